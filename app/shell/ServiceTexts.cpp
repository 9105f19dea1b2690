#include "ServiceTexts.h"

#include <QLocale>

namespace bt::app {

QString ServiceTexts::euros(qint64 cents, const QString& language)
{
    return QLocale(language).toCurrencyString(static_cast<double>(cents) / 100.0, QStringLiteral("€"));
}

QString ServiceTexts::fee(const Fee& fee, const QString& language)
{
    QString text;
    switch (fee.kind) {
    case Fee::Kind::None:
        text = tr("Free of charge.");
        break;
    case Fee::Kind::Fixed:
        text = tr("%1.").arg(euros(fee.amountCents, language));
        break;
    case Fee::Kind::Range:
        text = tr("Between %1 and %2, depending on your case.")
                   .arg(euros(fee.minCents, language), euros(fee.maxCents, language));
        break;
    case Fee::Kind::PerUnit:
        //: %1 an amount of money, %2 the unit, e.g. "2,00 € per page"
        text = tr("%1 %2.").arg(euros(fee.amountCents, language), fee.unit.in(language));
        break;
    }
    if (fee.hasNote) {
        text += u' ' + fee.note.in(language);
    }
    return text;
}

QString ServiceTexts::trustLevel(TrustLevel level)
{
    switch (level) {
    case TrustLevel::None:
        return tr("You do not need to prove who you are.");
    case TrustLevel::Basic:
        return tr("You sign in with a user name and password (a service account).");
    case TrustLevel::Substantial:
        return tr("You prove who you are securely, for example with your ID card or a service account with a second "
                  "factor.");
    case TrustLevel::High:
        return tr("You prove who you are with your ID card and its PIN.");
    }
    return {};
}

QString ServiceTexts::channel(const Channel& channel)
{
    switch (channel.kind) {
    case Channel::Kind::Online:
        return tr("You can do this online, at home or on your phone: scan the code, or type the address %1")
            .arg(channel.url.toString());
    case Channel::Kind::Terminal:
    case Channel::Kind::InPerson:
        break;
    }
    return tr("You do this in person at the office responsible (see above).");
}

} // namespace bt::app
