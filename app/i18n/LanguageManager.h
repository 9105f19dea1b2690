#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <map>
#include <memory>
#include <vector>

namespace bt::app {

struct ShippedLanguage
{
    QString code;    // ISO 639-1, "de"
    QString endonym; // the language's name in itself, "Deutsch"
};

// Installs the translation of the current language into the application, which makes every
// widget receive QEvent::LanguageChange and retranslate itself.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    [[nodiscard]] static const std::vector<ShippedLanguage>& shipped();
    [[nodiscard]] static QString endonym(const QString& code);

    [[nodiscard]] QString language() const { return m_language; }
    // False (and the language stays) if the code is not shipped or its translation is missing.
    bool setLanguage(const QString& code);
    // A text in a language other than the current one, for screens that speak to everyone
    // at once (the start screen, "out of order").
    [[nodiscard]] QString translate(const QString& code, const char* context, const char* sourceText) const;

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QTranslator* translatorFor(const QString& code) const;

    mutable std::map<QString, std::unique_ptr<QTranslator>> m_translators;
    QTranslator* m_installed = nullptr;
    QString m_language;
};

} // namespace bt::app
