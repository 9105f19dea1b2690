// Builds and shows one form step of 40 mixed fields (text, date, yes/no, choice, number, amount,
// document), offscreen, until its first paint; prints median and p95 over the runs.
// Budget (DESIGN.md): < 16 ms. Usage: bench_form_step [runs] [--no-style-sheet]
// --no-style-sheet: the theme's palette and font only, to show the style sheet's share.
#include "StepView.h"
#include "Theme.h"

#include <QApplication>
#include <QByteArray>
#include <QElapsedTimer>
#include <QEvent>
#include <QScrollArea>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bt::forms;

namespace {

std::shared_ptr<const CodeList> choices()
{
    std::vector<CodeListEntry> entries{{QStringLiteral("m"), QStringLiteral("männlich"), {}},
                                       {QStringLiteral("w"), QStringLiteral("weiblich"), {}},
                                       {QStringLiteral("d"), QStringLiteral("divers"), {}},
                                       {QStringLiteral("x"), QStringLiteral("keine Angabe"), {}}};
    return std::make_shared<CodeList>(CodeListReference{}, QStringLiteral("geschlecht"), std::move(entries));
}

Group fortyFields()
{
    // 12 text, 6 date, 8 yes/no, 6 choice, 4 number, 2 amount, 2 document.
    const std::vector<std::pair<DataType, int>> mix{{DataType::Text, 12},
                                                    {DataType::Date, 6},
                                                    {DataType::Bool, 8},
                                                    {DataType::Obj, 6}, // stands for a choice below
                                                    {DataType::Num, 4},
                                                    {DataType::NumCurrency, 2},
                                                    {DataType::File, 2}};
    const std::shared_ptr<const CodeList> list = choices();
    Group group;
    group.id = QStringLiteral("G1");
    group.label = QStringLiteral("Vierzig Felder");
    int n = 0;
    for (int round = 0; round < 12; ++round) {
        for (const auto& [type, count] : mix) {
            if (round >= count) {
                continue;
            }
            auto field = std::make_shared<Field>();
            field->id = QStringLiteral("F%1").arg(++n, 8, 10, QLatin1Char('0'));
            field->label = QStringLiteral("Frage Nummer %1 mit einer etwas längeren Bezeichnung").arg(n);
            field->helpText = n % 3 == 0 ? QStringLiteral("Ein Hilfetext zu dieser Frage.") : QString();
            field->type = type == DataType::Obj ? DataType::Text : type;
            if (type == DataType::Obj) {
                field->kind = FieldKind::Select;
                field->codeList = list;
            }
            Member member;
            member.field = field;
            member.multiplicity = Multiplicity{n % 4 == 0 ? 0 : 1, 1};
            group.members.push_back(member);
        }
    }
    return group;
}

class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            painted = true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    bt::widgets::Theme().applyTo(app);
    const bool withStyleSheet = !(argc > 2 && QByteArray(argv[2]) == "--no-style-sheet");
    if (!withStyleSheet) {
        app.setStyleSheet(QString());
    }
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    const Group group = fortyFields();

    QScrollArea page;
    page.setWidgetResizable(true);
    page.resize(1280, 1024);
    page.show();
    QApplication::processEvents();

    std::vector<double> times;
    for (int run = 0; run < runs + 1; ++run) {
        PaintWatcher watcher;
        QElapsedTimer timer;
        timer.start();
        auto* view = new StepView(group, QDate(2026, 11, 25));
        view->installEventFilter(&watcher);
        page.setWidget(view);
        view->show();
        while (!watcher.painted) {
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (run > 0) { // the first run also loads fonts and styles once for the whole program
            times.push_back(ms);
        }
        delete page.takeWidget();
        QApplication::processEvents();
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    const double p95 = times[std::min(times.size() - 1, times.size() * 95 / 100)];
    std::printf("form step of 40 fields%s, build and show until first paint, %zu runs: median %.2f ms, p95 %.2f ms, "
                "best %.2f ms, worst %.2f ms (budget < 16 ms)\n",
                withStyleSheet ? "" : " (no style sheet)",
                times.size(),
                median,
                p95,
                times.front(),
                times.back());
    return 0;
}
