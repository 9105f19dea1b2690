// Theme: the look for each text size and contrast a citizen can choose. Here: text grows with
// the chosen size and titles stand above headings above body text; applyTo() gives the whole
// application that font, palette and style; and whatever a finger must hit is at least
// Theme::minimumTouchSize() in every look. Colours and contrast: tst_ThemeContrast.
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using bt::widgets::Contrast;
using bt::widgets::TextSize;
using bt::widgets::Theme;
using bt::widgets::ThemeSettings;

Q_DECLARE_METATYPE(ThemeSettings)

namespace {

// Every look a citizen can choose, as data rows.
void addLookRows()
{
    QTest::addColumn<ThemeSettings>("look");
    for (const auto& [size, sizeName] : {std::pair{TextSize::Normal, "normal"},
                                         std::pair{TextSize::Large, "large"},
                                         std::pair{TextSize::ExtraLarge, "extra large"}}) {
        for (const auto& [contrast, contrastName] :
             {std::pair{Contrast::Standard, "standard"}, std::pair{Contrast::High, "high contrast"}}) {
            QTest::addRow("%s, %s", sizeName, contrastName) << ThemeSettings{size, contrast};
        }
    }
}

template <typename T> T* withRole(T* widget, const char* role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    return widget;
}

// Widgets shown in a window under the application's current look.
struct Window
{
    QWidget window;
    QVBoxLayout* layout = new QVBoxLayout(&window);

    template <typename T> T* add(T* widget)
    {
        layout->addWidget(widget);
        return widget;
    }
    void show()
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            qFatal("window not exposed");
        }
    }
};

} // namespace

class tst_Theme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Theme().applyTo(*qApp); }

    void textGrowsWithTheChosenSize()
    {
        for (const Contrast contrast : {Contrast::Standard, Contrast::High}) {
            const Theme normal({TextSize::Normal, contrast});
            const Theme large({TextSize::Large, contrast});
            const Theme extraLarge({TextSize::ExtraLarge, contrast});
            QVERIFY(normal.bodyPixelSize() < large.bodyPixelSize());
            QVERIFY(large.bodyPixelSize() < extraLarge.bodyPixelSize());
            for (const Theme* theme : {&normal, &large, &extraLarge}) {
                QVERIFY(theme->bodyPixelSize() < theme->headingPixelSize());
                QVERIFY(theme->headingPixelSize() < theme->titlePixelSize());
                QCOMPARE(theme->settings().contrast, contrast);
            }
        }
        // Contrast changes colours, never sizes.
        QCOMPARE(Theme({TextSize::Large, Contrast::High}).bodyPixelSize(),
                 Theme({TextSize::Large, Contrast::Standard}).bodyPixelSize());
    }

    void applyToSetsFontAndPalette_data() { addLookRows(); }

    void applyToSetsFontAndPalette()
    {
        QFETCH(ThemeSettings, look);
        const Theme theme(look);
        theme.applyTo(*qApp);
        QCOMPARE(QApplication::font().pixelSize(), theme.bodyPixelSize());
        QCOMPARE(QApplication::font().family(), QStringLiteral("DejaVu Sans"));
        const QPalette palette = QApplication::palette();
        QCOMPARE(palette.color(QPalette::Window), theme.background());
        QCOMPARE(palette.color(QPalette::Base), theme.surface());
        QCOMPARE(palette.color(QPalette::Button), theme.surface());
        QCOMPARE(palette.color(QPalette::WindowText), theme.text());
        QCOMPARE(palette.color(QPalette::Text), theme.text());
        QCOMPARE(palette.color(QPalette::ButtonText), theme.text());
        QCOMPARE(palette.color(QPalette::Highlight), theme.accent());
        QCOMPARE(palette.color(QPalette::HighlightedText), theme.onAccent());
        QCOMPARE(qApp->styleSheet(), theme.styleSheet());
    }

    // What the widgets get from the style sheet by their role.
    void rolesGetTheirTypeSize_data() { addLookRows(); }

    void rolesGetTheirTypeSize()
    {
        QFETCH(ThemeSettings, look);
        const Theme theme(look);
        theme.applyTo(*qApp);
        Window window;
        auto* body = window.add(new QLabel(QStringLiteral("Text")));
        auto* heading = window.add(withRole(new QLabel(QStringLiteral("Überschrift")), "heading"));
        auto* title = window.add(withRole(new QLabel(QStringLiteral("Titel")), "title"));
        auto* countdown = window.add(withRole(new QLabel(QStringLiteral("30")), "countdown"));
        auto* button = window.add(new QPushButton(QStringLiteral("Weiter")));
        window.show();
        QCOMPARE(body->font().pixelSize(), theme.bodyPixelSize());
        QCOMPARE(button->font().pixelSize(), theme.bodyPixelSize());
        QCOMPARE(heading->font().pixelSize(), theme.headingPixelSize());
        QVERIFY(heading->font().bold());
        QCOMPARE(title->font().pixelSize(), theme.titlePixelSize());
        QVERIFY(title->font().bold());
        QVERIFY(countdown->font().pixelSize() > theme.titlePixelSize());
    }

    // Squeezed into the smallest window their layout allows, buttons and fields keep an edge
    // of at least the touch size.
    void touchTargetsAreBigEnough_data() { addLookRows(); }

    void touchTargetsAreBigEnough()
    {
        QFETCH(ThemeSettings, look);
        const Theme theme(look);
        theme.applyTo(*qApp);
        Window window;
        QList<QWidget*> buttons{window.add(new QPushButton(QStringLiteral("i"))),
                                window.add(withRole(new QPushButton(QStringLiteral("OK")), "primary")),
                                window.add(withRole(new QPushButton(QStringLiteral("a")), "key")),
                                window.add(withRole(new QPushButton(QStringLiteral("B")), "letter"))};
        QList<QWidget*> fields{window.add(withRole(new QLineEdit, "search")),
                               window.add(withRole(new QLineEdit, "input")),
                               window.add(withRole(new QPlainTextEdit, "input"))};
        window.window.resize(1, 1);
        window.show();
        const int touch = Theme::minimumTouchSize();
        for (QWidget* widget : buttons + fields) {
            const QString what =
                QStringLiteral("%1 %2: %3×%4")
                    .arg(QString::fromLatin1(widget->metaObject()->className()), widget->property("role").toString())
                    .arg(widget->width())
                    .arg(widget->height());
            QVERIFY2(widget->height() >= touch, qPrintable(what));
            QVERIFY2(!buttons.contains(widget) || widget->width() >= touch, qPrintable(what));
        }
    }

    // The number pad's keys: larger than the touch size, and growing with the text.
    void numberPadKeysGrowWithTheText()
    {
        int previous = 0;
        for (const TextSize size : {TextSize::Normal, TextSize::Large, TextSize::ExtraLarge}) {
            const QSize key = Theme({size, Contrast::Standard}).numberPadKeySize();
            QVERIFY(key.height() > Theme::minimumTouchSize());
            QVERIFY(key.width() >= key.height());
            QVERIFY(key.height() > previous);
            previous = key.height();
        }
    }
};

QTEST_MAIN(tst_Theme)
#include "tst_Theme.moc"
