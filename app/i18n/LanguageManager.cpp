#include "LanguageManager.h"

#include "Logging.h"

#include <QCoreApplication>

void btInitTranslationsResource();

namespace bt::app {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
    btInitTranslationsResource();
}

LanguageManager::~LanguageManager()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(m_installed);
    }
}

const std::vector<ShippedLanguage>& LanguageManager::shipped()
{
    static const std::vector<ShippedLanguage> languages{
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    return languages;
}

QString LanguageManager::endonym(const QString& code)
{
    for (const ShippedLanguage& language : shipped()) {
        if (language.code == code) {
            return language.endonym;
        }
    }
    return code;
}

QTranslator* LanguageManager::translatorFor(const QString& code) const
{
    auto found = m_translators.find(code);
    if (found != m_translators.end()) {
        return found->second.get();
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/buergerterminal_%1").arg(code))) {
        qCWarning(lcAppI18n) << "no translation built in for" << code;
        return nullptr;
    }
    return m_translators.emplace(code, std::move(translator)).first->second.get();
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (code == m_language) {
        return true;
    }
    QTranslator* translator = translatorFor(code);
    if (!translator) {
        return false;
    }
    if (m_installed) {
        QCoreApplication::removeTranslator(m_installed);
    }
    QCoreApplication::installTranslator(translator);
    m_installed = translator;
    m_language = code;
    qCInfo(lcAppI18n) << "language" << code;
    Q_EMIT languageChanged(code);
    return true;
}

QString LanguageManager::translate(const QString& code, const char* context, const char* sourceText) const
{
    if (const QTranslator* translator = translatorFor(code)) {
        const QString text = translator->translate(context, sourceText);
        if (!text.isEmpty()) {
            return text;
        }
    }
    return QString::fromUtf8(sourceText);
}

} // namespace bt::app
