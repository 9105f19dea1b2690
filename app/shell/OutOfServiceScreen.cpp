#include "OutOfServiceScreen.h"

#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace bt::app {

namespace {
const char* const context = "bt::app::OutOfServiceScreen";
const char* const titleText = QT_TRANSLATE_NOOP("bt::app::OutOfServiceScreen", "Out of order");
const char* const noticeText =
    QT_TRANSLATE_NOOP("bt::app::OutOfServiceScreen", "This terminal is out of order. Please ask our staff for help.");
} // namespace

OutOfServiceScreen::OutOfServiceScreen(const LanguageManager& languages, QWidget* parent)
    : Screen(parent)
    , m_languages(languages)
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("outOfServiceScreen"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setTextFormat(Qt::RichText);

    pageLayout()->addStretch(1);
    pageLayout()->addWidget(m_notice);
    pageLayout()->addStretch(1);
    retranslate();
}

void OutOfServiceScreen::retranslate()
{
    // Citizens: every shipped language, since nobody has chosen one yet.
    QStringList blocks;
    for (const ShippedLanguage& language : LanguageManager::shipped()) {
        blocks.append(QStringLiteral("<p><span style=\"font-size:xx-large; font-weight:bold\">%1</span><br>%2</p>")
                          .arg(m_languages.translate(language.code, context, titleText).toHtmlEscaped(),
                               m_languages.translate(language.code, context, noticeText).toHtmlEscaped()));
    }
    m_notice->setText(blocks.join(QString()));
    // What a screen reader announces for the window, in the terminal's language.
    setWindowTitle(QCoreApplication::translate(context, titleText));
}

} // namespace bt::app
