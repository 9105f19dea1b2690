#include "OnScreenKeyboard.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::widgets {

namespace {

// German QWERTZ, without a symbol layer: what forms and searches need fits on four rows.
const char16_t* const characterRows[] = {
    u"1234567890ß",
    u"qwertzuiopü",
    u"asdfghjklöä",
    u"yxcvbnm,.-",
};

// Qt key codes of Latin-1 characters are their upper-case code points (Key_A, Key_Odiaeresis,
// Key_ssharp, …); web pages read them as the key that was pressed.
int keyCode(QChar character)
{
    const char16_t upper = character.toUpper().unicode();
    return upper <= 0xFF ? int(upper) : int(Qt::Key_unknown);
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(QWidget* parent)
    : QFrame(parent)
    , m_shift(nullptr)
    , m_backspace(nullptr)
    , m_space(nullptr)
    , m_done(nullptr)
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    setProperty("role", QStringLiteral("keyboard"));
    // Touching the keyboard must not take the focus from the field being typed into.
    setFocusPolicy(Qt::NoFocus);
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(12, 4, 12, 4);
    rows->setSpacing(4);

    for (const char16_t* characters : characterRows) {
        auto* row = new QHBoxLayout;
        row->setSpacing(4);
        const QString text = QString::fromUtf16(characters);
        if (text.startsWith(u'y')) {
            m_shift = new QPushButton(this);
            m_shift->setObjectName(QStringLiteral("shiftKey"));
            m_shift->setCheckable(true);
            row->addWidget(m_shift, 3);
            connect(m_shift, &QPushButton::clicked, this, [this](bool on) { setShifted(on); });
        }
        for (const QChar character : text) {
            row->addWidget(addKey(QString(character)), 2);
        }
        if (text.startsWith(u'y')) {
            m_backspace = new QPushButton(this);
            m_backspace->setObjectName(QStringLiteral("backspaceKey"));
            // Held down, it keeps deleting, like a real key.
            m_backspace->setAutoRepeat(true);
            row->addWidget(m_backspace, 3);
            connect(m_backspace, &QPushButton::clicked, this, [this] { sendKey(Qt::Key_Backspace, QString()); });
        }
        rows->addLayout(row);
    }

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(4);
    bottom->addWidget(addKey(QStringLiteral("@")), 2);
    m_space = new QPushButton(this);
    m_space->setObjectName(QStringLiteral("spaceKey"));
    bottom->addWidget(m_space, 14);
    connect(m_space, &QPushButton::clicked, this, [this] { sendKey(Qt::Key_Space, QStringLiteral(" ")); });
    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("doneKey"));
    m_done->setProperty("role", QStringLiteral("primary"));
    bottom->addWidget(m_done, 4);
    connect(m_done, &QPushButton::clicked, this, &OnScreenKeyboard::doneRequested);
    rows->addLayout(bottom);

    for (QPushButton* key : findChildren<QPushButton*>()) {
        key->setFocusPolicy(Qt::NoFocus);
        key->setProperty("role", key == m_done ? QStringLiteral("primary") : QStringLiteral("key"));
        key->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }
    retranslate();
}

QPushButton* OnScreenKeyboard::addKey(const QString& text)
{
    auto* key = new QPushButton(text, this);
    key->setObjectName(QStringLiteral("key_") + text);
    m_characterKeys.emplace_back(text, key);
    connect(key, &QPushButton::clicked, this, [this, text] { type(text); });
    return key;
}

QPushButton* OnScreenKeyboard::keyFor(const QString& text) const
{
    for (const auto& [character, key] : m_characterKeys) {
        if (character == text.toLower()) {
            return key;
        }
    }
    return nullptr;
}

void OnScreenKeyboard::type(const QString& text)
{
    // "ß" has no capital on a keyboard; everything else follows shift.
    const QString typed = m_shifted && text != u"ß" ? text.toUpper() : text;
    sendKey(keyCode(typed.front()), typed);
    if (m_shifted) {
        setShifted(false);
    }
}

void OnScreenKeyboard::sendKey(int key, const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    if (!target) {
        return;
    }
    const Qt::KeyboardModifiers modifiers = text != text.toLower() ? Qt::ShiftModifier : Qt::NoModifier;
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
}

void OnScreenKeyboard::setShifted(bool shifted)
{
    m_shifted = shifted;
    m_shift->setChecked(shifted);
    for (const auto& [character, key] : m_characterKeys) {
        key->setText(shifted && character != u"ß" ? character.toUpper() : character);
    }
}

void OnScreenKeyboard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void OnScreenKeyboard::retranslate()
{
    // The symbols every phone keyboard uses; words would not fit at the largest text size.
    m_shift->setText(QStringLiteral("⇧"));
    //: On-screen keyboard, read out for the shift key: the next letter is upper case.
    m_shift->setAccessibleName(tr("Capital letter"));
    m_backspace->setText(QStringLiteral("⌫"));
    //: On-screen keyboard, read out for the backspace key.
    m_backspace->setAccessibleName(tr("Delete"));
    //: On-screen keyboard: the space bar.
    m_space->setText(tr("Space"));
    //: On-screen keyboard: hides the keyboard.
    m_done->setText(tr("Done"));
}

} // namespace bt::widgets
