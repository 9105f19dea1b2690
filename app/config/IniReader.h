#pragma once

#include "ConfigError.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace bt::app {

// One "key = value" line of an INI file, with where it stood.
struct IniEntry
{
    QString section;
    QString key;
    QString value;
    int line = 0;
};

// Reads INI text strictly: every line must be blank, a comment (; or #), a [section] or
// key = value inside a section. QSettings accepts anything and cannot say where a problem is,
// which staff need to fix a file on a terminal.
[[nodiscard]] std::vector<IniEntry>
readIni(const QByteArray& text, const QString& fileName, std::vector<ConfigError>* errors);

} // namespace bt::app
