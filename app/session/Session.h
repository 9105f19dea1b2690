#pragma once

#include "FormInProgress.h"
#include "SecureBytes.h"
#include "SpeechSettings.h"
#include "ThemeSettings.h"
#include "TrustLevel.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <map>

namespace bt::app {

// The journey context: everything of one citizen's visit, and nothing else holds it. Language and
// reading aids (look and speech), the chosen service, the trust level reached, the identity (from the ID card), the
// form being filled with its answers, the code of a draft saved for later. Workflows change it,
// screens show it. wipe() is the one place a visit ends: it zeroes the personal data, returns to
// the terminal's defaults and tells everyone who keeps something for the session (wiped()).
class Session : public QObject
{
    Q_OBJECT
public:
    struct Defaults
    {
        Defaults(QString language, widgets::ThemeSettings theme, widgets::SpeechSettings speech = {})
            : language(std::move(language))
            , theme(theme)
            , speech(speech)
        {}

        QString language;
        widgets::ThemeSettings theme;
        widgets::SpeechSettings speech; // off unless the terminal is set to speak from the start
    };

    explicit Session(Defaults defaults, QObject* parent = nullptr);
    ~Session() override;

    // Random, per visit; the only session detail that may appear in logs.
    [[nodiscard]] QString journeyId() const { return m_journeyId; }

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString& language);
    [[nodiscard]] widgets::ThemeSettings theme() const { return m_theme; }
    void setTheme(widgets::ThemeSettings theme);
    // Speech output: on or off, volume and pace.
    [[nodiscard]] widgets::SpeechSettings speech() const { return m_speech; }
    void setSpeech(widgets::SpeechSettings speech);

    // What the citizen is looking at: not personal, but gone with the session.
    [[nodiscard]] QString topicId() const { return m_topicId; }
    void setTopicId(const QString& topicId);
    [[nodiscard]] QString serviceKey() const { return m_serviceKey; }
    void setService(const QString& serviceKey, TrustLevel requiredTrustLevel);
    [[nodiscard]] TrustLevel requiredTrustLevel() const { return m_requiredTrustLevel; }
    [[nodiscard]] TrustLevel achievedTrustLevel() const { return m_achievedTrustLevel; }
    void setAchievedTrustLevel(TrustLevel level);

    // Personal data by field name (e.g. "familyName"); stored in wiped memory.
    void setPersonalValue(const QString& field, QStringView value);
    [[nodiscard]] QString personalValue(const QString& field) const;
    [[nodiscard]] bool hasPersonalData() const { return !m_personal.empty(); }

    // The form the citizen is filling, with the answers so far.
    [[nodiscard]] forms::FormInProgress& form() { return m_form; }
    [[nodiscard]] const forms::FormInProgress& form() const { return m_form; }

    // The code of the draft just saved ("Später fortsetzen"), grouped as printed, and how long the
    // draft is kept; it opens the citizen's answers, so it lives here and goes with the session.
    void setDraftCode(QByteArrayView groupedCode, QDate keptUntil);
    [[nodiscard]] QString draftCode() const;
    [[nodiscard]] QDate draftKeptUntil() const { return m_draftKeptUntil; }
    void forgetDraftCode();
    // True once the citizen has done anything worth asking before it is thrown away.
    [[nodiscard]] bool hasProgress() const;

    void wipe();

Q_SIGNALS:
    void languageChanged(const QString& language);
    void themeChanged(bt::widgets::ThemeSettings theme);
    void speechChanged(bt::widgets::SpeechSettings speech);
    void wiped();

private:
    static QString newJourneyId();

    Defaults m_defaults;
    QString m_journeyId;
    QString m_language;
    widgets::ThemeSettings m_theme;
    widgets::SpeechSettings m_speech;
    QString m_topicId;
    QString m_serviceKey;
    TrustLevel m_requiredTrustLevel = TrustLevel::None;
    TrustLevel m_achievedTrustLevel = TrustLevel::None;
    std::map<QString, eid::SecureBytes> m_personal;
    forms::FormInProgress m_form;
    eid::SecureBytes m_draftCode;
    QDate m_draftKeptUntil;
};

} // namespace bt::app
