#include "LanguagePicker.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>

namespace bt::widgets {

LanguagePicker::LanguagePicker(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
}

void LanguagePicker::setLanguages(const std::vector<Language>& languages)
{
    for (auto& [code, button] : m_buttons) {
        delete button;
    }
    m_buttons.clear();
    m_languages = languages;
    for (const Language& language : languages) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("language_%1Button").arg(language.code));
        button->setCheckable(true);
        button->setLocale(QLocale(language.code));
        connect(button, &QPushButton::clicked, this, [this, code = language.code] {
            setCurrentLanguage(code);
            Q_EMIT languageChosen(code);
        });
        layout()->addWidget(button);
        m_buttons.emplace_back(language.code, button);
    }
    updateMarks();
}

void LanguagePicker::setCurrentLanguage(const QString& code)
{
    m_current = code;
    updateMarks();
}

QPushButton* LanguagePicker::buttonFor(const QString& code) const
{
    for (const auto& [buttonCode, button] : m_buttons) {
        if (buttonCode == code) {
            return button;
        }
    }
    return nullptr;
}

void LanguagePicker::updateMarks()
{
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        auto& [code, button] = m_buttons[i];
        const bool current = code == m_current;
        button->setChecked(current);
        // A tick as well as the frame: the current language is never marked by colour alone.
        const QString name = m_languages[i].endonym;
        button->setText(current ? QStringLiteral("✓ ") + name : name);
        button->setAccessibleName(name);
    }
}

} // namespace bt::widgets
