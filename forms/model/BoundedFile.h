#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt::forms {

// Reads a file that comes from outside the program (a configuration, a catalog or its signed
// update, a FIM schema): it must be a regular file, and at most `limit` bytes of it are read. A
// device (/dev/zero), a FIFO or a folder is refused before it is opened, since reading it would
// never end or block forever (QFile::size() is 0 for them, so a size check alone does not help);
// a larger file is refused after reading limit + 1 bytes. On refusal, *problem says why, without
// the path (callers name the file in their own message format).
// It lives in the form model because that is the lowest library both the FIM parser and the
// terminal's own readers may use.
[[nodiscard]] std::optional<QByteArray> readBoundedFile(const QString& path, qint64 limit, QString* problem);

} // namespace bt::forms
