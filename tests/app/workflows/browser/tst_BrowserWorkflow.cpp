// Another authority's online service as a journey step: only allowed sites open, the step is
// entered before the page is asked for, "back to the terminal" returns to the service page, and
// the end of the session ends the browser once.
#include "BrowserWorkflow.h"
#include "JourneyContext.h"
#include "JourneyController.h"

#include <QSignalSpy>
#include <QTest>

using bt::app::BrowserWorkflow;
using bt::app::JourneyStep;

namespace {

const QUrl allowed(QStringLiteral("https://www.elterngeld-digital.de/antrag"));

struct Context : bt::test::JourneyContext
{
    explicit Context(const QString& allowlist)
        : browser(controller, parse(allowlist))
    {
        controller.start(QStringLiteral("de"));
        controller.chooseService(QStringLiteral("local:sperrmuell-abholung"));
    }

    static bt::app::OriginAllowlist parse(const QString& entries)
    {
        bt::app::Failure failure;
        return bt::app::OriginAllowlist::parse(entries, &failure).value_or(bt::app::OriginAllowlist());
    }

    BrowserWorkflow browser;
};

} // namespace

class tst_BrowserWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anAllowedSiteOpensAsAJourneyStep()
    {
        Context context(QStringLiteral("https://www.elterngeld-digital.de"));
        QVERIFY(context.browser.isAvailable());
        QSignalSpy pages(&context.browser, &BrowserWorkflow::pageRequested);
        JourneyStep stepWhenAsked = JourneyStep::Attract;
        connect(&context.browser, &BrowserWorkflow::pageRequested, this, [&] {
            stepWhenAsked = context.controller.step();
        });
        context.browser.open(allowed);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().first().toUrl(), allowed);
        QCOMPARE(stepWhenAsked, JourneyStep::OnlineService); // the screen exists before the page loads
        QVERIFY(context.browser.isOpen());
        // A link within the site: the same step, another page.
        context.browser.open(QUrl(QStringLiteral("https://www.elterngeld-digital.de/schritt-2")));
        QCOMPARE(pages.size(), 2);
        context.browser.leave();
        QCOMPARE(context.controller.step(), JourneyStep::ServicePage);
    }

    void anyOtherSiteDoesNotOpen()
    {
        Context context(QStringLiteral("https://www.elterngeld-digital.de"));
        QSignalSpy pages(&context.browser, &BrowserWorkflow::pageRequested);
        QTest::ignoreMessage(QtWarningMsg, "online service not on the browser allowlist: \"www.example.org\"");
        context.browser.open(QUrl(QStringLiteral("https://www.example.org/")));
        QTest::ignoreMessage(QtWarningMsg,
                             "online service not on the browser allowlist: \"www.elterngeld-digital.de\"");
        context.browser.open(QUrl(QStringLiteral("http://www.elterngeld-digital.de/"))); // http, not https
        QCOMPARE(pages.size(), 0);
        QCOMPARE(context.controller.step(), JourneyStep::ServicePage);
        QVERIFY(!context.browser.isOpen());
    }

    void withoutAllowedSitesThereIsNoBrowser()
    {
        Context context{QString()};
        QVERIFY(!context.browser.isAvailable());
        QSignalSpy pages(&context.browser, &BrowserWorkflow::pageRequested);
        QTest::ignoreMessage(QtWarningMsg,
                             "online service not on the browser allowlist: \"www.elterngeld-digital.de\"");
        context.browser.open(allowed);
        QCOMPARE(pages.size(), 0);
    }

    void theSessionsEndEndsTheBrowserOnce()
    {
        Context context(QStringLiteral("https://www.elterngeld-digital.de"));
        QSignalSpy ended(&context.browser, &BrowserWorkflow::ended);
        context.controller.cancel(); // nothing opened: nothing to end
        QCOMPARE(ended.size(), 0);
        context.controller.start(QStringLiteral("de"));
        context.controller.chooseService(QStringLiteral("local:sperrmuell-abholung"));
        context.browser.open(allowed);
        context.controller.timeOut();
        QCOMPARE(ended.size(), 1);
        QVERIFY(!context.browser.isOpen());
        context.controller.start(QStringLiteral("de"));
        context.controller.cancel();
        QCOMPARE(ended.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_BrowserWorkflow)
#include "tst_BrowserWorkflow.moc"
