#include "Failure.h"

#include <QMetaEnum>

namespace bt::app {

Failure::Failure(Code code, QString staffDetail)
    : m_code(code)
    , m_staffDetail(std::move(staffDetail))
{}

QString Failure::codeName() const
{
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(static_cast<int>(m_code)));
}

void Failure::prependWhere(const QString& where)
{
    m_staffDetail.prepend(where + QStringLiteral(": "));
}

void Failure::registerMetaType()
{
    static const bool registered = [] {
        qRegisterMetaType<Failure>();
        // Code that reads a signal's arguments as QVariants (a QSignalSpy, a generic logger) gets
        // the detail it used to get when failures were strings.
        return QMetaType::registerConverter<Failure, QString>(
            [](const Failure& failure) { return failure.staffDetail(); });
    }();
    Q_UNUSED(registered);
}

QDebug operator<<(QDebug debug, const Failure& failure)
{
    const QDebugStateSaver saver(debug);
    debug.noquote().nospace() << failure.codeName() << ": " << failure.staffDetail();
    return debug;
}

} // namespace bt::app
