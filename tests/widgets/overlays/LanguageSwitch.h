#pragma once

#include <QCoreApplication>
#include <QTranslator>

namespace bt::test {

// The terminal's language for as long as it lives, from the shipped translations (bt::translations),
// switched as app/i18n does it: a translator installed, and the LanguageChange that Qt then posts
// to every window delivered before the test looks.
class LanguageSwitch
{
public:
    explicit LanguageSwitch(const QString& language)
    {
        if (!m_translator.load(QStringLiteral(":/i18n/buergerterminal_") + language)) {
            qFatal("no translations for %s", qPrintable(language));
        }
        QCoreApplication::installTranslator(&m_translator);
        deliver();
    }
    ~LanguageSwitch()
    {
        QCoreApplication::removeTranslator(&m_translator);
        deliver();
    }
    LanguageSwitch(const LanguageSwitch&) = delete;
    LanguageSwitch& operator=(const LanguageSwitch&) = delete;

private:
    static void deliver()
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    QTranslator m_translator;
};

} // namespace bt::test
