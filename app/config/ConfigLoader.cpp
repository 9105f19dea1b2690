#include "ConfigLoader.h"

#include "BoundedFile.h"
#include "CatalogUpdate.h"
#include "IniReader.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace bt::app {

namespace {

using Setter = std::function<QString(TerminalConfig&, const QString&)>; // returns the problem, or empty

struct KeyRule
{
    const char* section;
    const char* key;
    Setter set;
};

const QStringList& shippedLanguages()
{
    static const QStringList languages{QStringLiteral("de"), QStringLiteral("en")};
    return languages;
}

Setter seconds(std::chrono::seconds TerminalConfig::*member, int minimum, int maximum)
{
    return [=](TerminalConfig& config, const QString& value) -> QString {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < minimum || number > maximum) {
            return QStringLiteral("\"%1\" is not a whole number of seconds from %2 to %3")
                .arg(value)
                .arg(minimum)
                .arg(maximum);
        }
        config.*member = std::chrono::seconds(number);
        return {};
    };
}

Setter days(int TerminalConfig::*member, int minimum, int maximum)
{
    return [=](TerminalConfig& config, const QString& value) -> QString {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < minimum || number > maximum) {
            return QStringLiteral("\"%1\" is not a whole number of days from %2 to %3")
                .arg(value)
                .arg(minimum)
                .arg(maximum);
        }
        config.*member = number;
        return {};
    };
}

Setter text(QString TerminalConfig::*member, int maximumLength, bool mayBeEmpty)
{
    return [=](TerminalConfig& config, const QString& value) -> QString {
        if (!mayBeEmpty && value.isEmpty()) {
            return QStringLiteral("must not be empty");
        }
        if (value.size() > maximumLength) {
            return QStringLiteral("is longer than %1 characters").arg(maximumLength);
        }
        config.*member = value;
        return {};
    };
}

QString setTerminalId(TerminalConfig& config, const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!pattern.match(value).hasMatch()) {
        return QStringLiteral("\"%1\" is not a valid id (1 to 64 of A-Z a-z 0-9 . _ -)").arg(value);
    }
    config.terminalId = value;
    return {};
}

QString setCoatOfArms(TerminalConfig& config, const QString& value)
{
    if (!value.isEmpty()) {
        const QFileInfo file(value);
        if (!file.isFile() || !file.isReadable()) {
            return QStringLiteral("the file \"%1\" does not exist or cannot be read").arg(value);
        }
        const QString suffix = file.suffix().toLower();
        if (suffix != u"svg" && suffix != u"png") {
            return QStringLiteral("\"%1\" must be an .svg or .png file").arg(value);
        }
    }
    config.coatOfArmsPath = value;
    return {};
}

QString setLanguages(TerminalConfig& config, const QString& value)
{
    QStringList languages;
    for (const QString& part : value.split(u',')) {
        const QString code = part.trimmed();
        if (!shippedLanguages().contains(code)) {
            return QStringLiteral("\"%1\" is not a shipped language (shipped: %2)")
                .arg(code, shippedLanguages().join(QStringLiteral(", ")));
        }
        if (languages.contains(code)) {
            return QStringLiteral("\"%1\" is listed twice").arg(code);
        }
        languages.append(code);
    }
    config.languages = languages;
    return {};
}

QString setDefaultLanguage(TerminalConfig& config, const QString& value)
{
    if (!shippedLanguages().contains(value)) {
        return QStringLiteral("\"%1\" is not a shipped language (shipped: %2)")
            .arg(value, shippedLanguages().join(QStringLiteral(", ")));
    }
    config.defaultLanguage = value;
    return {};
}

QString setTextSize(TerminalConfig& config, const QString& value)
{
    if (value == u"normal") {
        config.theme.textSize = widgets::TextSize::Normal;
    } else if (value == u"large") {
        config.theme.textSize = widgets::TextSize::Large;
    } else if (value == u"extra-large") {
        config.theme.textSize = widgets::TextSize::ExtraLarge;
    } else {
        return QStringLiteral("\"%1\" is not one of normal, large, extra-large").arg(value);
    }
    return {};
}

QString setContrast(TerminalConfig& config, const QString& value)
{
    if (value == u"standard") {
        config.theme.contrast = widgets::Contrast::Standard;
    } else if (value == u"high") {
        config.theme.contrast = widgets::Contrast::High;
    } else {
        return QStringLiteral("\"%1\" is not one of standard, high").arg(value);
    }
    return {};
}

QString setOnScreenKeyboard(TerminalConfig& config, const QString& value)
{
    if (value == u"true") {
        config.onScreenKeyboard = true;
    } else if (value == u"false") {
        config.onScreenKeyboard = false;
    } else {
        return QStringLiteral("\"%1\" is not one of true, false").arg(value);
    }
    return {};
}

QString setStaffCallUrl(TerminalConfig& config, const QString& value)
{
    if (value.isEmpty()) {
        config.staffCallUrl = QUrl();
        return {};
    }
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
        return QStringLiteral("\"%1\" is not an http:// or https:// address").arg(value);
    }
    config.staffCallUrl = url;
    return {};
}

QString setBrowserAllowlist(TerminalConfig& config, const QString& value)
{
    Failure failure;
    std::optional<OriginAllowlist> allowlist = OriginAllowlist::parse(value, &failure);
    if (!allowlist) {
        return failure.staffDetail(); // a ConfigError names file, line and key around it
    }
    config.browserAllowlist = *allowlist;
    return {};
}

QString setPopularServices(TerminalConfig& config, const QString& value)
{
    static const QRegularExpression key(QStringLiteral("^([0-9]{14}|local:[a-z0-9]+(-[a-z0-9]+)*)$"));
    QStringList keys;
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!key.match(trimmed).hasMatch()) {
            return QStringLiteral("\"%1\" is not a service key (14 digits or local:<name>)").arg(trimmed);
        }
        keys.append(trimmed);
    }
    config.popularServices = keys;
    return {};
}

QString setCatalogUpdateKey(TerminalConfig& config, const QString& value)
{
    if (!value.isEmpty() && !CatalogUpdate::isValidPublicKey(value)) {
        return QStringLiteral("is not an Ed25519 public key (base64 of its DER form)");
    }
    config.catalogUpdatePublicKey = value;
    return {};
}

QString setAbsolutePath(QString TerminalConfig::*member, const QString& value, TerminalConfig& config)
{
    // QDir knows each platform's absolute paths (C:\ on Windows); it also calls a Qt resource path
    // (":/…") absolute, which a file the operator names never is.
    if (!value.isEmpty() && (!QDir::isAbsolutePath(value) || value.startsWith(u':'))) {
        return QStringLiteral("\"%1\" must be an absolute path").arg(value);
    }
    config.*member = value;
    return {};
}

QString setCatalogUpdatePath(TerminalConfig& config, const QString& value)
{
    return setAbsolutePath(&TerminalConfig::catalogUpdatePath, value, config);
}

QString setSearchIndexPath(TerminalConfig& config, const QString& value)
{
    return setAbsolutePath(&TerminalConfig::searchIndexPath, value, config);
}

QString setDraftsPath(TerminalConfig& config, const QString& value)
{
    return setAbsolutePath(&TerminalConfig::draftsPath, value, config);
}

QString setPrinterQueue(TerminalConfig& config, const QString& value)
{
    // What CUPS itself accepts as a queue name (lpadmin): printable, no space, slash, hash or quote.
    static const QRegularExpression name(QStringLiteral("^[^\\s/\\\\#'\"\\x00-\\x1f\\x7f]{1,127}$"));
    if (!value.isEmpty() && !name.match(value).hasMatch()) {
        return QStringLiteral("\"%1\" is not a CUPS queue name (up to 127 characters, no spaces, /, \\, # or quotes)")
            .arg(value);
    }
    config.printerQueue = value;
    return {};
}

const std::vector<KeyRule>& rules()
{
    static const std::vector<KeyRule> table{
        {"terminal", "id", setTerminalId},
        {"terminal", "town_name", text(&TerminalConfig::townName, 80, false)},
        {"terminal", "coat_of_arms", setCoatOfArms},
        {"terminal", "service_desk", text(&TerminalConfig::serviceDesk, 200, false)},
        {"language", "default", setDefaultLanguage},
        {"language", "offered", setLanguages},
        {"session", "idle_timeout_seconds", seconds(&TerminalConfig::idleTimeout, 20, 1800)},
        {"session", "countdown_seconds", seconds(&TerminalConfig::countdown, 5, 120)},
        {"display", "text_size", setTextSize},
        {"display", "contrast", setContrast},
        {"display", "on_screen_keyboard", setOnScreenKeyboard},
        {"catalog", "update_public_key", setCatalogUpdateKey},
        {"catalog", "installed", setCatalogUpdatePath},
        {"search", "index", setSearchIndexPath},
        {"search", "popular", setPopularServices},
        {"staff_call", "url", setStaffCallUrl},
        {"staff_call", "timeout_seconds", seconds(&TerminalConfig::staffCallTimeout, 1, 60)},
        {"browser", "allowed", setBrowserAllowlist},
        {"drafts", "path", setDraftsPath},
        {"drafts", "keep_days", days(&TerminalConfig::draftKeepDays, 1, 365)},
        {"printer", "cups_queue", setPrinterQueue},
    };
    return table;
}

const KeyRule* findRule(const QString& section, const QString& key)
{
    for (const KeyRule& rule : rules()) {
        if (section == QLatin1StringView(rule.section) && key == QLatin1StringView(rule.key)) {
            return &rule;
        }
    }
    return nullptr;
}

bool isKnownSection(const QString& section)
{
    for (const KeyRule& rule : rules()) {
        if (section == QLatin1StringView(rule.section)) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<TerminalConfig> ConfigLoader::apply(const TerminalConfig& base,
                                                  const QByteArray& text,
                                                  const QString& fileName,
                                                  std::vector<ConfigError>* errors)
{
    const std::size_t errorsBefore = errors->size();
    TerminalConfig config = base;
    QSet<QString> seen;
    for (const IniEntry& entry : readIni(text, fileName, errors)) {
        const QString name = entry.section + u'.' + entry.key;
        if (!isKnownSection(entry.section)) {
            errors->push_back({fileName, entry.line, name, QStringLiteral("unknown section [%1]").arg(entry.section)});
            continue;
        }
        const KeyRule* rule = findRule(entry.section, entry.key);
        if (!rule) {
            errors->push_back({fileName, entry.line, name, QStringLiteral("unknown key")});
            continue;
        }
        if (seen.contains(name)) {
            errors->push_back({fileName, entry.line, name, QStringLiteral("the key is set more than once")});
            continue;
        }
        seen.insert(name);
        if (const QString problem = rule->set(config, entry.value); !problem.isEmpty()) {
            errors->push_back({fileName, entry.line, name, problem});
        }
    }
    if (!config.languages.contains(config.defaultLanguage)) {
        errors->push_back({fileName,
                           0,
                           QStringLiteral("language.default"),
                           QStringLiteral("\"%1\" is not among the offered languages (%2)")
                               .arg(config.defaultLanguage, config.languages.join(QStringLiteral(", ")))});
    }
    if (errors->size() != errorsBefore) {
        return std::nullopt;
    }
    return config;
}

std::optional<TerminalConfig> ConfigLoader::load(const QString& operatorFile, std::vector<ConfigError>* errors)
{
    const QString defaultsPath = QString::fromLatin1(embeddedDefaultsPath);
    QFile defaultsFile(defaultsPath);
    if (!defaultsFile.open(QIODevice::ReadOnly)) {
        errors->push_back({defaultsPath, 0, {}, QStringLiteral("the embedded defaults are missing from this build")});
        return std::nullopt;
    }
    std::optional<TerminalConfig> config = apply(TerminalConfig{}, defaultsFile.readAll(), defaultsPath, errors);
    if (!config || operatorFile.isEmpty()) {
        return config;
    }
    constexpr qint64 maximumSize = 1024 * 1024;
    QString problem;
    const std::optional<QByteArray> bytes = forms::readBoundedFile(operatorFile, maximumSize, &problem);
    if (!bytes) {
        errors->push_back({operatorFile, 0, {}, problem + QStringLiteral("; this is not a terminal.conf")});
        return std::nullopt;
    }
    config = apply(*config, *bytes, operatorFile, errors);
    if (config) {
        qCInfo(lcAppConfig) << "configuration loaded from" << operatorFile;
    }
    return config;
}

} // namespace bt::app
