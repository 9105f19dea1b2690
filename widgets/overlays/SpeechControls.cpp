#include "SpeechControls.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace bt::widgets {

namespace {

QPushButton* makeButton(QWidget* parent, const QString& objectName)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(72);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QLabel* makeLevel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

SpeechControls::SpeechControls(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_onOff(makeButton(this, QStringLiteral("speechOnOffButton")))
    , m_repeat(makeButton(this, QStringLiteral("speechRepeatButton")))
    , m_pause(makeButton(this, QStringLiteral("speechPauseButton")))
    , m_quieter(makeButton(this, QStringLiteral("speechQuieterButton")))
    , m_volume(makeLevel(this, QStringLiteral("speechVolume")))
    , m_louder(makeButton(this, QStringLiteral("speechLouderButton")))
    , m_slower(makeButton(this, QStringLiteral("speechSlowerButton")))
    , m_rate(makeLevel(this, QStringLiteral("speechRate")))
    , m_faster(makeButton(this, QStringLiteral("speechFasterButton")))
{
    setObjectName(QStringLiteral("speechControls"));
    m_heading->setProperty("role", QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_onOff->setCheckable(true);

    // Two buttons to a row, each level said above its pair: narrow enough for half a landscape
    // card at the largest text, and for a portrait card.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(16);
    grid->addWidget(m_heading, 0, 0, 1, 2);
    grid->addWidget(m_onOff, 1, 0, 1, 2);
    grid->addWidget(m_repeat, 2, 0);
    grid->addWidget(m_pause, 2, 1);
    grid->addWidget(m_volume, 3, 0, 1, 2);
    grid->addWidget(m_quieter, 4, 0);
    grid->addWidget(m_louder, 4, 1);
    grid->addWidget(m_rate, 5, 0, 1, 2);
    grid->addWidget(m_slower, 6, 0);
    grid->addWidget(m_faster, 6, 1);

    const auto step = [this](int SpeechSettings::*level, int by) {
        SpeechSettings next = m_settings;
        next.*level = std::clamp(next.*level + by, 1, SpeechSettings::steps);
        choose(next);
    };
    connect(m_onOff, &QPushButton::clicked, this, [this] {
        SpeechSettings next = m_settings;
        next.on = !next.on;
        choose(next);
    });
    connect(m_quieter, &QPushButton::clicked, this, [step] { step(&SpeechSettings::volume, -1); });
    connect(m_louder, &QPushButton::clicked, this, [step] { step(&SpeechSettings::volume, +1); });
    connect(m_slower, &QPushButton::clicked, this, [step] { step(&SpeechSettings::rate, -1); });
    connect(m_faster, &QPushButton::clicked, this, [step] { step(&SpeechSettings::rate, +1); });
    connect(m_repeat, &QPushButton::clicked, this, &SpeechControls::repeatRequested);
    connect(m_pause, &QPushButton::clicked, this, &SpeechControls::pauseRequested);
    retranslate();
}

void SpeechControls::setSettings(SpeechSettings settings)
{
    m_settings = settings;
    retranslate();
}

void SpeechControls::choose(SpeechSettings settings)
{
    m_settings = settings;
    retranslate();
    Q_EMIT settingsChosen(settings);
}

void SpeechControls::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SpeechControls::retranslate()
{
    //: Heading of the speech output controls in the reading aids.
    m_heading->setText(tr("Read aloud"));
    const QString onOff = m_settings.on ? tr("Reading aloud is on") : tr("Reading aloud is off");
    m_onOff->setChecked(m_settings.on);
    m_onOff->setAccessibleName(onOff);
    // A tick besides the frame, so the state is not shown by colour alone.
    m_onOff->setText(m_settings.on ? QStringLiteral("✓ ") + onOff : onOff);
    //: Speech output: say the last text again.
    m_repeat->setText(tr("Repeat"));
    //: Speech output: hold the voice, or let it go on.
    m_pause->setText(tr("Pause"));
    m_quieter->setText(tr("Quieter"));
    m_louder->setText(tr("Louder"));
    m_slower->setText(tr("Slower"));
    m_faster->setText(tr("Faster"));
    //: Speech output, e.g. "Lautstärke 4 von 5".
    m_volume->setText(tr("Volume %1 of %2").arg(m_settings.volume).arg(SpeechSettings::steps));
    //: Speech output, e.g. "Tempo 3 von 5".
    m_rate->setText(tr("Speed %1 of %2").arg(m_settings.rate).arg(SpeechSettings::steps));
    // Without speech there is nothing to repeat or tune: those controls appear with it.
    for (QWidget* part : std::initializer_list<QWidget*>{
             m_repeat, m_pause, m_volume, m_quieter, m_louder, m_rate, m_slower, m_faster}) {
        part->setVisible(m_settings.on);
    }
    m_quieter->setEnabled(m_settings.volume > 1);
    m_louder->setEnabled(m_settings.volume < SpeechSettings::steps);
    m_slower->setEnabled(m_settings.rate > 1);
    m_faster->setEnabled(m_settings.rate < SpeechSettings::steps);
}

} // namespace bt::widgets
