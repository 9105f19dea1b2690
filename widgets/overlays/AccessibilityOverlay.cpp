#include "AccessibilityOverlay.h"

#include <QHBoxLayout>
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
    return button;
}

} // namespace

AccessibilityOverlay::AccessibilityOverlay(QWidget* parent)
    : OverlayPanel(parent)
    , m_title(new QLabel(card()))
    , m_textSizeLabel(new QLabel(card()))
    , m_contrastLabel(new QLabel(card()))
    , m_doneButton(new QPushButton(card()))
{
    setObjectName(QStringLiteral("accessibilityOverlay"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_textSizeLabel->setProperty("role", QStringLiteral("heading"));
    m_contrastLabel->setProperty("role", QStringLiteral("heading"));

    auto* sizes = new QHBoxLayout;
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
        sizes->addWidget(button, 1);
        m_sizeButtons.emplace_back(size, button);
    }
    auto* contrasts = new QHBoxLayout;
    contrasts->setSpacing(16);
    const std::pair<Contrast, QString> contrastNames[] = {{Contrast::Standard, QStringLiteral("contrastStandardButton")},
                                                          {Contrast::High, QStringLiteral("contrastHighButton")}};
    for (const auto& [contrast, name] : contrastNames) {
        QPushButton* button = makeChoice(card(), name);
        connect(button, &QPushButton::clicked, this, [this, contrast] {
            ThemeSettings next = m_settings;
            next.contrast = contrast;
            choose(next);
        });
        contrasts->addWidget(button, 1);
        m_contrastButtons.emplace_back(contrast, button);
    }
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    m_doneButton->setProperty("role", QStringLiteral("primary"));
    connect(m_doneButton, &QPushButton::clicked, this, &AccessibilityOverlay::close);

    cardLayout()->addWidget(m_title);
    cardLayout()->addWidget(m_textSizeLabel);
    cardLayout()->addLayout(sizes);
    cardLayout()->addWidget(m_contrastLabel);
    cardLayout()->addLayout(contrasts);
    cardLayout()->addWidget(m_doneButton);
    retranslate();
}

void AccessibilityOverlay::setSettings(ThemeSettings settings)
{
    m_settings = settings;
    updateMarks();
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

void AccessibilityOverlay::choose(ThemeSettings settings)
{
    m_settings = settings;
    updateMarks();
    Q_EMIT settingsChosen(settings);
}

void AccessibilityOverlay::retranslate()
{
    m_title->setText(tr("Text size and contrast"));
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
}

} // namespace bt::widgets
