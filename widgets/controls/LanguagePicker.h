#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QButtonGroup;
class QPushButton;

namespace bt::widgets {

// One button per language, each labelled in its own language ("Deutsch", "English"), so a
// visitor who cannot read the current language still finds theirs.
class LanguagePicker : public QWidget
{
    Q_OBJECT
public:
    struct Language
    {
        QString code;    // "de"
        QString endonym; // "Deutsch"
    };

    explicit LanguagePicker(QWidget* parent = nullptr);

    void setLanguages(const std::vector<Language>& languages);
    void setCurrentLanguage(const QString& code);
    [[nodiscard]] QString currentLanguage() const { return m_current; }
    [[nodiscard]] QPushButton* buttonFor(const QString& code) const;

Q_SIGNALS:
    void languageChosen(const QString& code);

private:
    void updateMarks();

    std::vector<std::pair<QString, QPushButton*>> m_buttons;
    std::vector<Language> m_languages;
    QString m_current;
};

} // namespace bt::widgets
