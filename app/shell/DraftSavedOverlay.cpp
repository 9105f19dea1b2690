#include "DraftSavedOverlay.h"

#include "QrCode.h"
#include "Session.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::app {

DraftSavedOverlay::DraftSavedOverlay(DraftWorkflow& drafts, const Session& session, QWidget* parent)
    : OverlayPanel(parent)
    , m_title(new QLabel)
    , m_explanation(new QLabel)
    , m_code(new QLabel)
    , m_qr(new widgets::QrCode)
    , m_printStatus(new QLabel)
    , m_printAgain(new QPushButton)
    , m_done(new QPushButton)
{
    setObjectName(QStringLiteral("draftSavedOverlay"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("resumeCode"));
    m_code->setProperty("role", QStringLiteral("title"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setWordWrap(true); // at the largest text size the four groups take two lines
    m_code->setTextInteractionFlags(Qt::NoTextInteraction);
    m_qr->setFixedSize(240, 240);
    m_printStatus->setObjectName(QStringLiteral("draftPrintStatus"));
    m_printStatus->setWordWrap(true);
    m_printStatus->hide();
    m_printAgain->setObjectName(QStringLiteral("draftPrintAgainButton"));
    m_printAgain->hide();
    m_done->setObjectName(QStringLiteral("draftDoneButton"));
    m_done->setProperty("role", QStringLiteral("primary"));
    cardLayout()->addWidget(m_title);
    cardLayout()->addWidget(m_explanation);
    cardLayout()->addWidget(m_code);
    cardLayout()->addWidget(m_qr, 0, Qt::AlignHCenter);
    cardLayout()->addWidget(m_printStatus);
    cardLayout()->addWidget(m_printAgain);
    cardLayout()->addWidget(m_done);
    connect(m_printAgain, &QPushButton::clicked, this, &DraftSavedOverlay::printAgainRequested);
    connect(m_done, &QPushButton::clicked, this, &DraftSavedOverlay::done);
    connect(this, &OverlayPanel::closed, this, &DraftSavedOverlay::forget);
    connect(&drafts, &DraftWorkflow::codeReady, this, [this, &session] {
        show(session.draftCode(), session.draftKeptUntil());
    });
    connect(&drafts, &DraftWorkflow::printStateChanged, this, &DraftSavedOverlay::setPrintState);
    connect(this, &DraftSavedOverlay::printAgainRequested, &drafts, &DraftWorkflow::printAgain);
    // Gone from the screen ("Fertig", or the session ended): the workflow forgets the code.
    connect(this, &OverlayPanel::closed, &drafts, &DraftWorkflow::closeCode);
    retranslate();
}

void DraftSavedOverlay::show(const QString& groupedCode, QDate keptUntil)
{
    m_keptUntil = keptUntil;
    // Spaces around the dashes let a long code wrap between its groups, never inside one.
    m_code->setText(QString(groupedCode).replace(u'-', QStringLiteral(" – ")));
    m_qr->setText(groupedCode);
    setPrintState(PrintState::NoPrinter);
    open();
}

void DraftSavedOverlay::forget()
{
    m_code->clear();
    m_qr->setText(QString());
    setPrintState(PrintState::NoPrinter);
}

void DraftSavedOverlay::setPrintState(PrintState state)
{
    m_printState = state;
    m_printStatus->setVisible(state != PrintState::NoPrinter);
    // Printing again only once the last try has finished: one tap, one slip.
    m_printAgain->setVisible(state == PrintState::Printed || state == PrintState::Failed);
    retranslate();
    Q_EMIT printStateChanged(state);
}

QString DraftSavedOverlay::shownCode() const
{
    return QString(m_code->text()).replace(QStringLiteral(" – "), QStringLiteral("-"));
}

void DraftSavedOverlay::retranslate()
{
    //: After "Später fortsetzen": the form's answers are stored at the terminal.
    m_title->setText(tr("Your application is saved"));
    //: %1 is a date. The citizen writes the code down or photographs the QR code.
    m_explanation->setText(
        tr("Write down this code or take a photo of the QR code. With it you can continue here until %1. "
           "Without the code nobody can open your answers, not even the staff.")
            .arg(locale().toString(m_keptUntil, QLocale::LongFormat)));
    switch (m_printState) {
    case PrintState::NoPrinter:
        m_printStatus->clear();
        break;
    case PrintState::Printing:
        //: The resume code is being printed on the terminal's printer.
        m_printStatus->setText(tr("The code is being printed …"));
        break;
    case PrintState::Printed:
        //: The printout with the resume code comes out of the terminal's printer.
        m_printStatus->setText(tr("Please take your printout."));
        break;
    case PrintState::Failed:
        m_printStatus->setText(
            tr("The printer is not working right now. Please write down the code or take a photo of it."));
        break;
    }
    //: Prints the slip with the resume code once more.
    m_printAgain->setText(tr("Print again"));
    m_done->setText(tr("Done"));
}

} // namespace bt::app
