#pragma once

#include "Screen.h"

#include <QStringList>

class QLabel;

namespace bt::app {

class LanguageManager;

// Shown instead of the journey when the terminal cannot work (e.g. a bad terminal.conf):
// a notice for citizens in every shipped language, and the exact problems for staff.
class OutOfServiceScreen : public Screen
{
    Q_OBJECT
public:
    OutOfServiceScreen(const LanguageManager& languages, QStringList problems, QWidget* parent = nullptr);

    void retranslate() override;
    [[nodiscard]] QString staffDetails() const;

private:
    const LanguageManager& m_languages;
    QStringList m_problems;
    QLabel* m_notice;
    QLabel* m_staffHeading;
    QLabel* m_details;
};

} // namespace bt::app
