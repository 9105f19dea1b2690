#include "NumberPad.h"

#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace bt::widgets {

NumberPad::NumberPad(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("numberPad"));
    setProperty("role", QStringLiteral("numberPad"));
    // Touching the pad must not take the focus from the field being typed into.
    setFocusPolicy(Qt::NoFocus);
    // A press on a widget that takes no focus hands the focus to the nearest parent that takes
    // clicks (the scrolling page), unless a widget on the way, or its focus proxy, has the focus
    // already. The field's own focus proxy is only one of its inputs (a date's day), so the pad
    // names the field being typed into as its proxy: a press on a key stops here and the focus
    // stays where the digit goes.
    connect(qApp, &QApplication::focusChanged, this, &NumberPad::followFocus);
    followFocus(nullptr, QApplication::focusWidget());
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setSpacing(6);
    // Telephone order (1 2 3 on top), as on card terminals and cash machines.
    for (int digit = 1; digit <= 9; ++digit) {
        grid->addWidget(addKey(QString::number(digit)), (digit - 1) / 3, (digit - 1) % 3);
    }
    m_comma = addKey(QStringLiteral(","));
    grid->addWidget(m_comma, 3, 0);
    grid->addWidget(addKey(QStringLiteral("0")), 3, 1);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteKey"));
    m_delete->setAutoRepeat(true);
    grid->addWidget(m_delete, 3, 2);
    connect(m_delete, &QPushButton::clicked, this, [] { sendKey(Qt::Key_Backspace, QString()); });

    for (QPushButton* key : findChildren<QPushButton*>()) {
        key->setFocusPolicy(Qt::NoFocus);
        // Large keys, growing with the text size: a rule of the theme (Theme::numberPadKeySize()).
        // A style sheet of their own would be parsed and matched for each key, each time a
        // field first shows its pad.
        key->setProperty("role", QStringLiteral("padKey"));
        key->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    retranslate();
}

QPushButton* NumberPad::addKey(const QString& text)
{
    auto* key = new QPushButton(text, this);
    key->setObjectName(QStringLiteral("key_") + text);
    m_keys.emplace_back(text, key);
    const int code = text == u"," ? int(Qt::Key_Comma) : int(Qt::Key_0) + text.toInt();
    connect(key, &QPushButton::clicked, this, [code, text] { sendKey(code, text); });
    return key;
}

void NumberPad::setDecimalSeparatorVisible(bool visible)
{
    // Keeps its place, so the 0 stays in the middle.
    QSizePolicy policy = m_comma->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_comma->setSizePolicy(policy);
    m_comma->setVisible(visible);
}

QPushButton* NumberPad::keyFor(const QString& text) const
{
    for (const auto& [label, key] : m_keys) {
        if (label == text) {
            return key;
        }
    }
    return nullptr;
}

void NumberPad::followFocus(QWidget* /*old*/, QWidget* now)
{
    // Never a widget of the pad itself (it has none that takes the focus) nor one whose proxy
    // chain leads back here.
    QWidget* field = now && now != this && !isAncestorOf(now) ? now : nullptr;
    for (QWidget* proxy = field; proxy; proxy = proxy->focusProxy()) {
        if (proxy == this) {
            field = nullptr;
            break;
        }
    }
    if (focusProxy() != field) {
        setFocusProxy(field);
    }
}

void NumberPad::sendKey(int key, const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    if (!target) {
        return;
    }
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
}

void NumberPad::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void NumberPad::retranslate()
{
    m_delete->setText(QStringLiteral("⌫"));
    //: Number pad, read out for the key that deletes the last digit.
    m_delete->setAccessibleName(tr("Delete"));
    //: Number pad, read out for the decimal comma key.
    m_comma->setAccessibleName(tr("Decimal comma"));
}

} // namespace bt::widgets
