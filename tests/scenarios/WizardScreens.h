#pragma once

#include <QDir>
#include <QImage>
#include <QString>

class QWidget;

namespace bt::test {

// The screens a scenario passes, saved as PNG for people to look at; each is checked first to
// show something. Names are "<prefix><name>.png" in the folder given (created by prepare()).
class WizardScreens
{
public:
    explicit WizardScreens(const QString& folder);

    void prepare();
    void setPrefix(const QString& prefix) { m_prefix = prefix; }
    void save(const QImage& image, const QString& name);
    // The screen as the citizen sees it.
    void saveWindow(QWidget& window, const QString& name);

private:
    QDir m_folder;
    QString m_prefix;
};

} // namespace bt::test
