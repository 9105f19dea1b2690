#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace bt::widgets {

namespace {

bool isHigh(const ThemeSettings& settings)
{
    return settings.contrast == Contrast::High;
}

QString css(const QColor& color)
{
    return color.name(QColor::HexRgb);
}

} // namespace

Theme::Theme(ThemeSettings settings)
    : m_settings(settings)
{}

int Theme::bodyPixelSize() const
{
    switch (m_settings.textSize) {
    case TextSize::Normal:
        return 24;
    case TextSize::Large:
        return 30;
    case TextSize::ExtraLarge:
        return 38;
    }
    return 24;
}

int Theme::headingPixelSize() const
{
    return bodyPixelSize() * 4 / 3;
}

int Theme::titlePixelSize() const
{
    return bodyPixelSize() * 2;
}

QSize Theme::numberPadKeySize() const
{
    // Room around the digits (drawn at the heading size), and never below the touch size.
    const int height = qMax(minimumTouchSize() + 8, bodyPixelSize() * 3);
    return {height * 4 / 3, height};
}

// Standard: dark text on light grey, a blue accent with 7:1 contrast to white (WCAG AAA), outlines
// of tiles and buttons at 3.2:1 to the page (WCAG 1.4.11 asks 3:1).
// High contrast: white on black with a yellow accent, thick borders everywhere.
QColor Theme::background() const
{
    return isHigh(m_settings) ? QColor(0x00, 0x00, 0x00) : QColor(0xF2, 0xF4, 0xF7);
}

QColor Theme::surface() const
{
    return isHigh(m_settings) ? QColor(0x00, 0x00, 0x00) : QColor(0xFF, 0xFF, 0xFF);
}

QColor Theme::text() const
{
    return isHigh(m_settings) ? QColor(0xFF, 0xFF, 0xFF) : QColor(0x1A, 0x1A, 0x1A);
}

QColor Theme::accent() const
{
    return isHigh(m_settings) ? QColor(0xFF, 0xE0, 0x00) : QColor(0x0A, 0x4F, 0x9E);
}

QColor Theme::onAccent() const
{
    return isHigh(m_settings) ? QColor(0x00, 0x00, 0x00) : QColor(0xFF, 0xFF, 0xFF);
}

QColor Theme::border() const
{
    return isHigh(m_settings) ? QColor(0xFF, 0xFF, 0xFF) : QColor(0x80, 0x89, 0x94);
}

QColor Theme::error() const
{
    return isHigh(m_settings) ? QColor(0xFF, 0x80, 0x80) : QColor(0xA5, 0x00, 0x1E);
}

QString Theme::styleSheet() const
{
    const int body = bodyPixelSize();
    const int borderWidth = isHigh(m_settings) ? 3 : 2;
    const QString touch = QString::number(minimumTouchSize());
    // Focus is shown by a thick outline in the accent colour *and* an underline-free frame
    // change, so keyboard users never depend on colour alone.
    return QStringLiteral(R"(
QWidget { color: %1; font-size: %3px; }
QWidget[role="page"], QWidget#kioskRoot { background: %2; }
QLabel[role="title"] { font-size: %4px; font-weight: bold; }
QLabel[role="heading"] { font-size: %5px; font-weight: bold; }
QLabel[role="countdown"] { font-size: %12px; font-weight: bold; color: %10; }
QFrame[role="card"] { background: %6; border: %7px solid %8; border-radius: 12px; }
QFrame[role="bar"] { background: %6; border: none; border-bottom: %7px solid %8; }
QLabel[role="notice"] { background: %6; border: 4px solid %10; border-radius: 10px; padding: 12px;
                       font-weight: bold; }
QFrame[role="footer"] { background: %6; border: none; border-top: %7px solid %8; }
QPushButton { min-height: %9px; min-width: %9px; padding: 8px 24px; border-radius: 10px;
              background: %6; border: %7px solid %8; font-size: %3px; }
QPushButton:focus { border: 4px solid %10; }
QPushButton:pressed { background: %8; color: %15; }
QPushButton[role="letter"] { padding: 4px; font-weight: bold; }
QPushButton[role="key"] { padding: 0px 4px; font-size: %5px; }
QPushButton[role="padKey"] { padding: 0px 4px; font-size: %5px; min-width: %13px; min-height: %14px; }
QFrame[role="keyboard"] { background: %2; border: none; border-top: %7px solid %8; }
QPushButton[role="primary"] { background: %10; color: %11; border: %7px solid %10; font-weight: bold; }
QPushButton[role="primary"]:focus { border: 4px solid %1; }
QPushButton:checked { border: 4px solid %10; }
QAbstractButton[role="tile"] { background: %6; border: %7px solid %8; border-radius: 14px; }
QAbstractButton[role="tile"]:focus { border: 4px solid %10; }
QLineEdit[role="search"] { min-height: %9px; padding: 8px 16px; font-size: %5px; background: %6;
                          border: 3px solid %8; border-radius: 12px; }
QLineEdit[role="search"]:focus { border: 4px solid %10; }
QWidget[role="backdrop"] { background: rgba(0, 0, 0, 160); }
QScrollBar:vertical { width: 28px; background: %2; }
QScrollBar::handle:vertical { background: %8; min-height: %9px; border-radius: 8px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0px; }
)")
               .arg(css(text()),
                    css(background()),
                    QString::number(body),
                    QString::number(titlePixelSize()),
                    QString::number(headingPixelSize()),
                    css(surface()),
                    QString::number(borderWidth),
                    css(border()),
                    touch)
               .arg(css(accent()), css(onAccent()), QString::number(titlePixelSize() * 2))
               .arg(QString::number(numberPadKeySize().width()), QString::number(numberPadKeySize().height()))
               // A pressed button is filled with the outline colour: its label takes the colour
               // that stands out on it (black on high contrast's white, the text colour otherwise).
               .arg(css(isHigh(m_settings) ? surface() : text())) +
           formStyleSheet();
}

// Form fields: inputs at touch size, a field frame that turns thick when the answer needs a look,
// choice tiles and list rows.
QString Theme::formStyleSheet() const
{
    const int borderWidth = isHigh(m_settings) ? 3 : 2;
    return QStringLiteral(R"(
QFrame[role="field"] { border: 4px solid transparent; border-radius: 12px; background: transparent; }
QFrame[role="field"][invalid="true"] { border: 5px solid %1; }
QLabel[role="fieldLabel"] { font-weight: bold; }
QLabel[role="required"] { font-size: %7px; }
QLabel[role="error"] { color: %1; font-weight: bold; }
QWidget[role="errorIcon"] { color: %1; }
QPushButton[role="fieldHelp"] { padding: 0px; font-weight: bold; }
QLabel[role="help"] { background: %2; border: %3px solid %4; border-left: 8px solid %5; border-radius: 8px;
                      padding: 12px; }
QLabel[role="locked"] { font-weight: bold; }
QLabel[role="fieldNotice"] { background: %2; border: none; border-left: 8px solid %4; border-radius: 4px; padding: 12px 16px; }
QLineEdit[role="input"], QPlainTextEdit[role="input"], QListWidget[role="input"] {
    min-height: %6px; padding: 4px 12px; background: %2; border: %3px solid %4; border-radius: 10px; }
QLineEdit[role="input"]:focus, QPlainTextEdit[role="input"]:focus, QListWidget[role="input"]:focus {
    border: 4px solid %5; }
QLineEdit[role="input"]:read-only, QPlainTextEdit[role="input"]:read-only { border-style: dashed; }
QListWidget[role="input"]::item { padding: 0px 12px; border-bottom: 1px solid %4; }
QListWidget[role="input"]::item:selected { background: %5; color: %8; font-weight: bold; }
QAbstractButton[role="choice"] { background: %2; border: %3px solid %4; border-radius: 12px; }
QAbstractButton[role="choice"]:focus { border: 4px solid %5; }
QFrame[role="section"] { border: none; border-left: 6px solid %4; padding-left: 8px; }
QFrame[role="summary"] { background: %2; border: 5px solid %1; border-radius: 12px; padding: 8px; }
QAbstractButton[role="summaryLink"] { background: transparent; border: none; }
QFrame[role="numberPad"] { background: transparent; border: none; }
)")
        .arg(css(error()),
             css(surface()),
             QString::number(borderWidth),
             css(border()),
             css(accent()),
             QString::number(minimumTouchSize()),
             QString::number(qMax(20, bodyPixelSize() * 5 / 6)),
             css(onAccent()));
}

void Theme::applyTo(QApplication& application) const
{
    QPalette palette;
    palette.setColor(QPalette::Window, background());
    palette.setColor(QPalette::Base, surface());
    palette.setColor(QPalette::Button, surface());
    palette.setColor(QPalette::WindowText, text());
    palette.setColor(QPalette::Text, text());
    palette.setColor(QPalette::ButtonText, text());
    palette.setColor(QPalette::Highlight, accent());
    palette.setColor(QPalette::HighlightedText, onAccent());
    application.setPalette(palette);

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(bodyPixelSize());
    application.setFont(font);
    application.setStyleSheet(styleSheet());
}

} // namespace bt::widgets
