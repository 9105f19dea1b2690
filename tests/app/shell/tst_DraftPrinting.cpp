// "Später fortsetzen" with a printer: the resume code slip is printed at once through the real
// CupsPrinter into the test's own cupsd (cups-pdf), the overlay says so in plain words and offers
// printing again; a queue that does not work says "write it down"; a slip still waiting when the
// session ends never comes out, and its outcome reaches no later citizen.
#include "CupsPrinter.h"
#include "CupsTestPeer.h"
#include "DraftSavedOverlay.h"
#include "DraftService.h"
#include "FormFilling.h"
#include "FormScreen.h"
#include "ManualClock.h"
#include "ServiceScreen.h"
#include "TerminalFixture.h"

#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using bt::app::CupsPrinter;
using bt::app::DraftSavedOverlay;
using bt::test::answerStep;
using bt::test::TerminalFixture;
using PrintState = bt::app::DraftSavedOverlay::PrintState;

class tst_DraftPrinting : public QObject
{
    Q_OBJECT

    bt::test::CupsTestPeer m_cups;
    QTemporaryDir m_folder;
    bt::test::ManualClock m_clock; // the drafts store's time
    std::unique_ptr<bt::app::DraftService> m_drafts;

    // A citizen in the Sperrmüll form, first step answered, with drafts and this printer.
    std::unique_ptr<TerminalFixture> inFormWith(bt::app::Printer* printer)
    {
        auto terminal = std::make_unique<TerminalFixture>();
        terminal->workflows.drafts.setStore(m_drafts.get(), 30);
        terminal->workflows.drafts.setPrinter(printer);
        terminal->startJourney();
        terminal->session.setAchievedTrustLevel(bt::app::TrustLevel::Basic);
        terminal->workflows.journey.chooseService(QStringLiteral("local:sperrmuell-abholung"));
        TerminalFixture::settle();
        terminal->serviceScreen()->startButton()->click();
        TerminalFixture::settle();
        if (!answerStep(*terminal->formScreen(), terminal->journey)) {
            return nullptr;
        }
        return terminal;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString started = m_cups.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString added = m_cups.addPdfQueue(QStringLiteral("Bondrucker"));
        QVERIFY2(added.isEmpty(), qPrintable(added));
        m_drafts = std::make_unique<bt::app::DraftService>(
            bt::app::DraftSettings{m_folder.filePath(QStringLiteral("drafts.sqlite")), 30, {}}, m_clock);
        QSignalSpy ready(m_drafts.get(), &bt::app::DraftService::ready);
        QVERIFY(ready.wait(10000));
    }

    void cleanupTestCase() { m_drafts.reset(); }

    void init() { m_cups.discardPdfs(); }

    void theSavedCodeIsPrintedAndCanBePrintedAgain()
    {
        CupsPrinter printer(QStringLiteral("Bondrucker"));
        auto terminal = inFormWith(&printer);
        QVERIFY(terminal);
        DraftSavedOverlay* overlay = terminal->draftSavedOverlay();
        // What the overlay says while printing, taken when it says it: the slip may be out
        // before a test that polls would look.
        QString whilePrinting;
        bool printAgainWhilePrinting = true;
        const QMetaObject::Connection watch =
            connect(overlay, &DraftSavedOverlay::printStateChanged, this, [&](PrintState state) {
                if (state == PrintState::Printing && whilePrinting.isEmpty()) {
                    whilePrinting = overlay->printStatus()->isVisible() ? overlay->printStatus()->text() : QString();
                    printAgainWhilePrinting = overlay->printAgainButton()->isVisible();
                }
            });
        QTest::mouseClick(terminal->formScreen()->laterButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(overlay->isOpen(), 10000);
        disconnect(watch);
        QCOMPARE(whilePrinting, QStringLiteral("Der Code wird gedruckt …")); // the terminal speaks German
        QVERIFY(!printAgainWhilePrinting);                                   // one tap, one slip
        const QString code = overlay->shownCode();

        QTRY_COMPARE_WITH_TIMEOUT(overlay->printState(), PrintState::Printed, 30000);
        QCOMPARE(overlay->printStatus()->text(), QStringLiteral("Bitte nehmen Sie Ihren Ausdruck."));
        QVERIFY(overlay->printAgainButton()->isVisible());
        QVERIFY(terminal->window->grab().save(QStringLiteral(BT_TEST_OUTPUT_DIR "/draft-printed.png")));
        QStringList pdfs = m_cups.waitForPdfs(1);
        QCOMPARE(pdfs.size(), 1);
        const QString text = bt::test::CupsTestPeer::pdfText(pdfs.first());
        QVERIFY2(text.contains(code), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ihr Antrag ist gespeichert")), qPrintable(text)); // in her language
        QVERIFY2(!text.contains(QStringLiteral("Muster")), qPrintable(text)); // no answers on the slip

        QTest::mouseClick(overlay->printAgainButton(), Qt::LeftButton);
        QCOMPARE(overlay->printState(), PrintState::Printing);
        QTRY_COMPARE_WITH_TIMEOUT(overlay->printState(), PrintState::Printed, 30000);
        pdfs = m_cups.waitForPdfs(2);
        QCOMPARE(pdfs.size(), 2);
        QVERIFY(bt::test::CupsTestPeer::pdfText(pdfs.first()).contains(code));
        QTest::mouseClick(overlay->doneButton(), Qt::LeftButton);
    }

    void aBrokenPrinterSaysToWriteTheCodeDown()
    {
        CupsPrinter printer(QStringLiteral("Ausgebaut"));
        auto terminal = inFormWith(&printer);
        QVERIFY(terminal);
        QTest::mouseClick(terminal->formScreen()->laterButton(), Qt::LeftButton);
        DraftSavedOverlay* overlay = terminal->draftSavedOverlay();
        QTRY_VERIFY_WITH_TIMEOUT(overlay->isOpen(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(overlay->printState(), PrintState::Failed, 30000);
        QCOMPARE(overlay->printStatus()->text(),
                 QStringLiteral("Der Drucker funktioniert gerade nicht. Bitte schreiben Sie den Code ab oder "
                                "fotografieren Sie ihn."));
        QVERIFY(overlay->printAgainButton()->isVisible());
        QVERIFY(!overlay->shownCode().isEmpty()); // the screen still shows it
        QVERIFY(terminal->window->grab().save(QStringLiteral(BT_TEST_OUTPUT_DIR "/draft-print-failed.png")));
    }

    void withoutAPrinterNothingIsSaidAboutPrinting()
    {
        auto terminal = inFormWith(nullptr);
        QVERIFY(terminal);
        QTest::mouseClick(terminal->formScreen()->laterButton(), Qt::LeftButton);
        DraftSavedOverlay* overlay = terminal->draftSavedOverlay();
        QTRY_VERIFY_WITH_TIMEOUT(overlay->isOpen(), 10000);
        QCOMPARE(overlay->printState(), PrintState::NoPrinter);
        QVERIFY(!overlay->printStatus()->isVisible());
        QVERIFY(!overlay->printAgainButton()->isVisible());
    }

    // The citizen leaves while the slip waits behind another job: it is dropped, and the next
    // citizen's screen hears nothing of it.
    void aSlipNotYetPrintedWhenTheSessionEndsNeverComesOut()
    {
        CupsPrinter printer(QStringLiteral("Bondrucker"));
        auto terminal = inFormWith(&printer);
        QVERIFY(terminal);
        QSignalSpy saved(m_drafts.get(), &bt::app::DraftService::saved);
        QSignalSpy failed(&printer, &bt::app::Printer::failed);
        QSignalSpy printed(&printer, &bt::app::Printer::printed);
        // Someone else's job holds the printer's thread until the test lets it go: the reprint is
        // certainly still queued behind it when the session ends.
        struct Held : bt::app::PrintDocument
        {
            std::shared_ptr<QSemaphore> started = std::make_shared<QSemaphore>();
            std::shared_ptr<QSemaphore> release = std::make_shared<QSemaphore>();
            QString jobName() const override { return QStringLiteral("held"); }
            void paint(QPainter&, const QRectF&) const override
            {
                started->release();
                release->acquire();
            }
        };
        const auto held = std::make_shared<Held>();
        const auto letGo = qScopeGuard([held] { held->release->release(); }); // also when a check fails
        QTest::mouseClick(terminal->formScreen()->laterButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY(terminal->draftSavedOverlay()->isOpen());
        // (the slip is queued right after the save; the held job goes in after it, before a reprint)
        printer.print(held);
        QVERIFY(held->started->tryAcquire(1, 30000)); // the first slip is done, the held job in progress
        QTRY_COMPARE(printed.size(), 1);
        QTest::mouseClick(terminal->draftSavedOverlay()->printAgainButton(), Qt::LeftButton);
        terminal->journey.wipe(bt::app::Journey::WipeReason::IdleTimeout);
        QVERIFY(!terminal->draftSavedOverlay()->isOpen());
        terminal->startJourney();
        held->release->release();
        QTRY_COMPARE_WITH_TIMEOUT(printed.size() + failed.size(), 3, 30000);
        QCOMPARE(failed.size(), 1); // the reprint, dropped
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("cancelled before it was printed"));
        QCOMPARE(terminal->draftSavedOverlay()->printState(), PrintState::NoPrinter);
        // CUPS has finished what it got: the first slip and the held job, not the dropped reprint.
        QCOMPARE(m_cups.waitForPdfs(2, 30000).size(), 2);
    }
};

QTEST_MAIN(tst_DraftPrinting)
#include "tst_DraftPrinting.moc"
