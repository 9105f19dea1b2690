#include "AccessibilityOverlay.h"

#include "SpeechControls.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::widgets {

namespace {

QPushButton* makeChoice(QWidget* parent, const QString& objectName)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setMinimumHeight(88);
    // Wide enough for its label always; the rows turn vertical when the labels do not fit.
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

AccessibilityOverlay::AccessibilityOverlay(QWidget* parent)
    : OverlayPanel(parent)
    , m_title(new QLabel(card()))
    , m_textSizeLabel(new QLabel(card()))
    , m_contrastLabel(new QLabel(card()))
    , m_speech(new SpeechControls(card()))
    , m_doneButton(new QPushButton(card()))
{
    setObjectName(QStringLiteral("accessibilityOverlay"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_textSizeLabel->setProperty("role", QStringLiteral("heading"));
    m_contrastLabel->setProperty("role", QStringLiteral("heading"));

    auto* sizes = new QBoxLayout(QBoxLayout::LeftToRight);
    m_sizeRow = sizes;
    sizes->setSpacing(16);
    const std::pair<TextSize, QString> sizeNames[] = {{TextSize::Normal, QStringLiteral("textNormalButton")},
                                                      {TextSize::Large, QStringLiteral("textLargeButton")},
                                                      {TextSize::ExtraLarge, QStringLiteral("textExtraLargeButton")}};
    for (const auto& [size, name] : sizeNames) {
        QPushButton* button = makeChoice(card(), name);
        connect(button, &QPushButton::clicked, this, [this, size] {
            ThemeSettings next = m_settings;
            next.textSize = size;
            choose(next);
        });
        sizes->addWidget(button);
        m_sizeButtons.emplace_back(size, button);
    }
    auto* contrasts = new QBoxLayout(QBoxLayout::LeftToRight);
    m_contrastRow = contrasts;
    contrasts->setSpacing(16);
    const std::pair<Contrast, QString> contrastNames[] = {
        {Contrast::Standard, QStringLiteral("contrastStandardButton")},
        {Contrast::High, QStringLiteral("contrastHighButton")}};
    for (const auto& [contrast, name] : contrastNames) {
        QPushButton* button = makeChoice(card(), name);
        connect(button, &QPushButton::clicked, this, [this, contrast] {
            ThemeSettings next = m_settings;
            next.contrast = contrast;
            choose(next);
        });
        contrasts->addWidget(button);
        m_contrastButtons.emplace_back(contrast, button);
    }
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    m_doneButton->setProperty("role", QStringLiteral("primary"));
    connect(m_doneButton, &QPushButton::clicked, this, &AccessibilityOverlay::close);

    // The look on one side, speech on the other where the screen is wider than high (the card
    // would not fit a landscape screen's height at the largest text otherwise); one under the
    // other on a portrait screen.
    auto* look = new QVBoxLayout;
    look->setSpacing(cardLayout()->spacing());
    look->addWidget(m_textSizeLabel);
    look->addLayout(sizes);
    look->addWidget(m_contrastLabel);
    look->addLayout(contrasts);
    look->addStretch();
    m_columns = new QBoxLayout(QBoxLayout::TopToBottom);
    m_columns->setSpacing(40);
    m_columns->addLayout(look, 1);
    m_columns->addWidget(m_speech, 1, Qt::AlignTop);
    cardLayout()->addWidget(m_title);
    cardLayout()->addLayout(m_columns);
    cardLayout()->addWidget(m_doneButton);
    connect(m_speech, &SpeechControls::settingsChosen, this, &AccessibilityOverlay::speechChosen);
    connect(m_speech, &SpeechControls::repeatRequested, this, &AccessibilityOverlay::speechRepeatRequested);
    connect(m_speech, &SpeechControls::pauseRequested, this, &AccessibilityOverlay::speechPauseRequested);
    retranslate();
}

void AccessibilityOverlay::setSettings(ThemeSettings settings)
{
    m_settings = settings;
    updateMarks();
}

void AccessibilityOverlay::setSpeechSettings(SpeechSettings settings)
{
    m_speech->setSettings(settings);
}

QPushButton* AccessibilityOverlay::textSizeButton(TextSize size) const
{
    for (const auto& [candidate, button] : m_sizeButtons) {
        if (candidate == size) {
            return button;
        }
    }
    return nullptr;
}

QPushButton* AccessibilityOverlay::contrastButton(Contrast contrast) const
{
    for (const auto& [candidate, button] : m_contrastButtons) {
        if (candidate == contrast) {
            return button;
        }
    }
    return nullptr;
}

void AccessibilityOverlay::resizeEvent(QResizeEvent* event)
{
    OverlayPanel::resizeEvent(event);
    updateDirections();
}

void AccessibilityOverlay::updateDirections()
{
    // Side by side where the choices fit the card, else one under the other (large text,
    // portrait screens): a choice must never be cut off.
    // The card has a fixed width (OverlayPanel), known before it is laid out.
    const int width =
        card()->minimumWidth() - cardLayout()->contentsMargins().left() - cardLayout()->contentsMargins().right();
    const bool sideBySide = parentWidget() && parentWidget()->width() > parentWidget()->height() && width >= 900;
    m_columns->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    const int available = sideBySide ? (width - m_columns->spacing()) / 2 : width;
    const auto place = [available](QBoxLayout* row, const auto& buttons) {
        int needed = row->spacing() * (static_cast<int>(buttons.size()) - 1);
        for (const auto& entry : buttons) {
            needed += entry.second->sizeHint().width();
        }
        row->setDirection(needed > available ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    };
    place(m_sizeRow, m_sizeButtons);
    place(m_contrastRow, m_contrastButtons);
}

void AccessibilityOverlay::choose(ThemeSettings settings)
{
    m_settings = settings;
    updateMarks();
    Q_EMIT settingsChosen(settings);
}

void AccessibilityOverlay::retranslate()
{
    //: Title of the overlay with text size, contrast and speech output.
    m_title->setText(tr("Reading aids"));
    m_textSizeLabel->setText(tr("Text size"));
    m_contrastLabel->setText(tr("Contrast"));
    m_doneButton->setText(tr("Done"));
    updateMarks();
}

void AccessibilityOverlay::updateMarks()
{
    const auto mark = [](QPushButton* button, bool current, const QString& label) {
        button->setChecked(current);
        button->setAccessibleName(label);
        // A tick besides the frame, so the choice is not shown by colour alone.
        button->setText(current ? QStringLiteral("✓ ") + label : label);
    };
    for (const auto& [size, button] : m_sizeButtons) {
        const QString label = size == TextSize::Normal  ? tr("Normal")
                              : size == TextSize::Large ? tr("Large")
                                                        : tr("Extra large");
        mark(button, size == m_settings.textSize, label);
    }
    for (const auto& [contrast, button] : m_contrastButtons) {
        mark(button,
             contrast == m_settings.contrast,
             contrast == Contrast::Standard ? tr("Standard colours") : tr("High contrast"));
    }
    updateDirections();
}

} // namespace bt::widgets
