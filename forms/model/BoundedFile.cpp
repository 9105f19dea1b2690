#include "BoundedFile.h"

#include <QFile>
#include <QFileInfo>

namespace bt::forms {

std::optional<QByteArray> readBoundedFile(const QString& path, qint64 limit, QString* problem)
{
    const QFileInfo info(path); // follows links: a link to /dev/zero is refused like /dev/zero
    if (!info.exists()) {
        *problem = QStringLiteral("cannot be read: no such file");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *problem = QStringLiteral("is not a regular file (a folder, device or pipe)");
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError) {
        *problem = QStringLiteral("cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > limit) {
        *problem = limit >= 1024 * 1024 ? QStringLiteral("is larger than %1 MiB").arg(limit / 1024 / 1024)
                                        : QStringLiteral("is larger than %1 bytes").arg(limit);
        return std::nullopt;
    }
    return bytes;
}

} // namespace bt::forms
