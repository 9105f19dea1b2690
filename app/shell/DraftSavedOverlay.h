#pragma once

#include "OverlayPanel.h"

#include <QDate>

class QLabel;
class QPushButton;

namespace bt::widgets {
class QrCode;
}

namespace bt::app {

// "Ihr Antrag ist gespeichert": the resume code, large and grouped, and as a QR code, with the
// date it is kept until. The citizen needs nothing else to continue; "Fertig" ends the session.
class DraftSavedOverlay : public widgets::OverlayPanel
{
    Q_OBJECT
public:
    explicit DraftSavedOverlay(QWidget* parent);

    void show(const QString& groupedCode, QDate keptUntil);
    // Clears the code from the screen; also done when closed.
    void forget();
    [[nodiscard]] QString shownCode() const;
    [[nodiscard]] QPushButton* doneButton() const { return m_done; }
    [[nodiscard]] widgets::QrCode* code() const { return m_qr; }

Q_SIGNALS:
    void done();

protected:
    void retranslate() override;

private:
    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_code;
    widgets::QrCode* m_qr;
    QPushButton* m_done;
    QDate m_keptUntil;
};

} // namespace bt::app
