// The theme's colours against WCAG 2.1, with contrast computed as WCAG defines it
// (ContrastRatio.h): text at least 4.5:1 against what it is drawn on (AA, 1.4.3), the outlines
// that show a control or the focus at least 3:1 (1.4.11). First from the colours the theme
// names, then measured in the pixels of rendered widgets, where the style sheet combines them
// (a pressed button, a selected row) and a wrong combination shows. The focus must show also
// to someone who does not see colours (2.4.7, 1.4.1).
#include "ContrastRatio.h"
#include "Theme.h"

#include <QApplication>
#include <QFrame>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

#include <functional>

using bt::test::contrastRatio;
using bt::widgets::Contrast;
using bt::widgets::TextSize;
using bt::widgets::Theme;

namespace {

constexpr double textMinimum = 4.5;
constexpr double outlineMinimum = 3.0;

const std::pair<Contrast, const char*> looks[] = {{Contrast::Standard, "standard"}, {Contrast::High, "high contrast"}};

// The colour of most pixels in the area (what the text is drawn on) and the strongest contrast
// any pixel there has to it (the text's core; its anti-aliased edges are weaker).
double measuredContrast(const QImage& image, QRect area)
{
    area &= image.rect();
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            ++counts[image.pixel(x, y) | 0xFF000000u];
        }
    }
    QRgb fill = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            fill = it.key();
        }
    }
    double strongest = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        strongest = std::max(strongest, contrastRatio(QColor(fill), QColor(it.key())));
    }
    return strongest;
}

// A widget on a page of the terminal, and where in it its text is, once it is laid out (the
// whole widget unless said otherwise).
struct Sample
{
    QWidget* widget = nullptr;
    std::function<QRect()> textArea;
};

using SampleMaker = std::function<Sample(QVBoxLayout*)>;

Sample button(QVBoxLayout* page, const char* role, bool down, bool checked = false)
{
    auto* button = new QPushButton(QStringLiteral("Zurück zur Übersicht"));
    if (role) {
        button->setProperty("role", QString::fromLatin1(role));
    }
    button->setCheckable(checked);
    button->setChecked(checked);
    button->setDown(down);
    page->addWidget(button);
    return {button, {}};
}

Sample label(QVBoxLayout* page, const char* role, const QString& text)
{
    auto* label = new QLabel(text);
    if (role) {
        label->setProperty("role", QString::fromLatin1(role));
    }
    page->addWidget(label);
    return {label, {}};
}

} // namespace

Q_DECLARE_METATYPE(SampleMaker)

class tst_ThemeContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Theme().applyTo(*qApp); }

    void coloursMeetWcag_data()
    {
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<double>("minimum");
        for (const auto& [contrast, name] : looks) {
            const Theme theme({TextSize::Normal, contrast});
            const auto row = [name = name](const char* what, QColor foreground, QColor background, double minimum) {
                QTest::addRow("%s: %s", name, what) << foreground << background << minimum;
            };
            row("text on the page", theme.text(), theme.background(), textMinimum);
            row("text on cards, buttons, fields", theme.text(), theme.surface(), textMinimum);
            row("primary buttons, selected rows", theme.onAccent(), theme.accent(), textMinimum);
            row("countdown seconds on the card", theme.accent(), theme.surface(), textMinimum);
            row("error message in a field", theme.error(), theme.surface(), textMinimum);
            row("error message on the page", theme.error(), theme.background(), textMinimum);
            row("outline on a card", theme.border(), theme.surface(), outlineMinimum);
            row("outline on the page", theme.border(), theme.background(), outlineMinimum);
            row("focus frame on a card", theme.accent(), theme.surface(), outlineMinimum);
            row("focus frame on the page", theme.accent(), theme.background(), outlineMinimum);
        }
    }

    void coloursMeetWcag()
    {
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        QFETCH(double, minimum);
        const double ratio = contrastRatio(foreground, background);
        QVERIFY2(ratio >= minimum,
                 qPrintable(QStringLiteral("%1 on %2: %3:1, needs %4:1")
                                .arg(foreground.name(), background.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(minimum)));
    }

    // What the theme promises beyond AA: the standard accent has 7:1 to white (AAA, for the text
    // of primary buttons), high contrast is white on black.
    void looksKeepTheirPromises()
    {
        const Theme standard({TextSize::Normal, Contrast::Standard});
        QVERIFY(contrastRatio(standard.accent(), Qt::white) >= 7.0);
        QCOMPARE(standard.onAccent(), QColor(Qt::white));
        const Theme high({TextSize::Normal, Contrast::High});
        QCOMPARE(high.text(), QColor(Qt::white));
        QCOMPARE(high.background(), QColor(Qt::black));
    }

    void renderedTextIsReadable_data()
    {
        QTest::addColumn<int>("contrast");
        QTest::addColumn<SampleMaker>("make");
        const std::pair<const char*, SampleMaker> kinds[] = {
            {"label", [](QVBoxLayout* page) { return label(page, nullptr, QStringLiteral("Bitte wählen Sie")); }},
            {"error message",
             [](QVBoxLayout* page) {
                 return label(page, "error", QStringLiteral("Bitte füllen Sie dieses Feld aus."));
             }},
            {"button", [](QVBoxLayout* page) { return button(page, nullptr, false); }},
            {"pressed button", [](QVBoxLayout* page) { return button(page, nullptr, true); }},
            {"primary button", [](QVBoxLayout* page) { return button(page, "primary", false); }},
            {"pressed primary button", [](QVBoxLayout* page) { return button(page, "primary", true); }},
            {"chosen choice", [](QVBoxLayout* page) { return button(page, nullptr, false, true); }},
            {"field",
             [](QVBoxLayout* page) {
                 auto* field = new QLineEdit(QStringLiteral("Musterstadt"));
                 field->setProperty("role", QStringLiteral("input"));
                 page->addWidget(field);
                 return Sample{field, {}};
             }},
            {"countdown on its card",
             [](QVBoxLayout* page) {
                 auto* card = new QFrame;
                 card->setProperty("role", QStringLiteral("card"));
                 auto* seconds = new QLabel(QStringLiteral("30"));
                 seconds->setProperty("role", QStringLiteral("countdown"));
                 (new QVBoxLayout(card))->addWidget(seconds);
                 page->addWidget(card);
                 return Sample{seconds, {}};
             }},
            {"selected row of a list",
             [](QVBoxLayout* page) {
                 auto* list = new QListWidget;
                 list->setProperty("role", QStringLiteral("input"));
                 list->addItems({QStringLiteral("Köln"), QStringLiteral("Bonn")});
                 list->item(0)->setSelected(true);
                 page->addWidget(list);
                 return Sample{list->viewport(), [list] { return list->visualItemRect(list->item(0)); }};
             }},
        };
        for (const auto& [contrast, name] : looks) {
            for (const auto& [kind, make] : kinds) {
                QTest::addRow("%s: %s", name, kind) << int(contrast) << make;
            }
        }
    }

    void renderedTextIsReadable()
    {
        QFETCH(int, contrast);
        QFETCH(SampleMaker, make);
        Theme({TextSize::Normal, Contrast(contrast)}).applyTo(*qApp);
        QWidget window;
        auto* page = new QVBoxLayout(&window);
        const Sample sample = make(page);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QRect area = sample.textArea ? sample.textArea() : sample.widget->rect();
        // Clear of frames (up to 5 px) and rounded corners (up to 14 px).
        area = area.adjusted(16, 6, -16, -6);
        const QImage image = window.grab(QRect(sample.widget->mapTo(&window, area.topLeft()), area.size())).toImage();
        const double ratio = measuredContrast(image, image.rect());
        QVERIFY2(ratio >= textMinimum, qPrintable(QStringLiteral("measured %1:1").arg(ratio, 0, 'f', 2)));
    }

    // A focused button looks different from an unfocused one even in grey: a thicker frame.
    void focusShowsWithoutColour_data()
    {
        QTest::addColumn<int>("contrast");
        for (const auto& [contrast, name] : looks) {
            QTest::newRow(name) << int(contrast);
        }
    }

    void focusShowsWithoutColour()
    {
        QFETCH(int, contrast);
        Theme({TextSize::Normal, Contrast(contrast)}).applyTo(*qApp);
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* other = new QPushButton(QStringLiteral("Hilfe"));
        auto* button = new QPushButton(QStringLiteral("Weiter"));
        layout->addWidget(other);
        layout->addWidget(button);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
        const QImage plain = button->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
        button->setFocus();
        QTRY_VERIFY(button->hasFocus());
        const QImage focused = button->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(focused.size(), plain.size());
        QVERIFY(focused != plain);
    }
};

QTEST_MAIN(tst_ThemeContrast)
#include "tst_ThemeContrast.moc"
