#include "IniReader.h"

#include <QStringDecoder>
#include <QStringList>

namespace bt::app {

namespace {

bool isName(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-') || c.unicode() > 127) {
            return false;
        }
    }
    return true;
}

QString unquote(const QString& value)
{
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
        return value.mid(1, value.size() - 2);
    }
    return value;
}

} // namespace

std::vector<IniEntry> readIni(const QByteArray& text, const QString& fileName, std::vector<ConfigError>* errors)
{
    std::vector<IniEntry> entries;
    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    const QString decoded = decoder(text);
    if (decoder.hasError()) {
        errors->push_back({fileName, 0, {}, QStringLiteral("the file is not valid UTF-8 text")});
        return entries;
    }
    QString section;
    const QStringList lines = decoded.split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = static_cast<int>(index) + 1;
        const QString line = lines[index].trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#')) {
            continue;
        }
        if (line.startsWith(u'[')) {
            const QString name = line.mid(1, line.size() - 2).trimmed();
            if (!line.endsWith(u']') || !isName(name)) {
                errors->push_back({fileName, lineNumber, {}, QStringLiteral("a section header must look like [name]")});
                section.clear();
                continue;
            }
            section = name;
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0) {
            errors->push_back(
                {fileName, lineNumber, {}, QStringLiteral("expected \"key = value\", a [section] or a comment")});
            continue;
        }
        const QString key = line.left(equals).trimmed();
        if (!isName(key)) {
            errors->push_back(
                {fileName,
                 lineNumber,
                 {},
                 QStringLiteral("\"%1\" is not a valid key name (letters, digits, _ and - only)").arg(key)});
            continue;
        }
        if (section.isEmpty()) {
            errors->push_back(
                {fileName, lineNumber, key, QStringLiteral("the key stands before the first [section] header")});
            continue;
        }
        entries.push_back({section, key, unquote(line.mid(equals + 1).trimmed()), lineNumber});
    }
    return entries;
}

} // namespace bt::app
