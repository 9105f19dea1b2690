#include "Session.h"

#include "Logging.h"

#include <QRandomGenerator>

namespace bt::app {

Session::Session(Defaults defaults, QObject* parent)
    : QObject(parent)
    , m_defaults(std::move(defaults))
    , m_journeyId(newJourneyId())
    , m_language(m_defaults.language)
    , m_theme(m_defaults.theme)
    , m_speech(m_defaults.speech)
{}

Session::~Session()
{
    for (auto& [field, value] : m_personal) {
        value.clear();
    }
}

void Session::setLanguage(const QString& language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    qCInfo(lcAppSession) << "journey" << m_journeyId << "language" << language;
    Q_EMIT languageChanged(language);
}

void Session::setTheme(widgets::ThemeSettings theme)
{
    if (theme == m_theme) {
        return;
    }
    m_theme = theme;
    Q_EMIT themeChanged(theme);
}

void Session::setSpeech(widgets::SpeechSettings speech)
{
    if (speech == m_speech) {
        return;
    }
    m_speech = speech;
    Q_EMIT speechChanged(speech);
}

void Session::setTopicId(const QString& topicId)
{
    m_topicId = topicId;
}

void Session::setService(const QString& serviceKey, TrustLevel requiredTrustLevel)
{
    m_serviceKey = serviceKey;
    m_requiredTrustLevel = requiredTrustLevel;
}

void Session::setAchievedTrustLevel(TrustLevel level)
{
    m_achievedTrustLevel = level;
    qCInfo(lcAppSession) << "journey" << m_journeyId << "trust level" << trustLevelName(level);
}

void Session::setPersonalValue(const QString& field, QStringView value)
{
    // Convert straight into secure storage; the temporary UTF-8 copy is wiped too.
    QByteArray utf8 = value.toUtf8();
    eid::SecureBytes& slot = m_personal[field];
    slot.clear();
    slot.append(utf8);
    utf8.fill('\0');
}

QString Session::personalValue(const QString& field) const
{
    const auto found = m_personal.find(field);
    if (found == m_personal.end()) {
        return {};
    }
    return QString::fromUtf8(found->second.view());
}

bool Session::hasProgress() const
{
    return hasPersonalData() || !m_serviceKey.isEmpty() || m_achievedTrustLevel != TrustLevel::None || m_form.isOpen();
}

void Session::setDraftCode(QByteArrayView groupedCode, QDate keptUntil)
{
    m_draftCode.clear();
    m_draftCode.append(groupedCode);
    m_draftKeptUntil = keptUntil;
}

QString Session::draftCode() const
{
    return QString::fromLatin1(m_draftCode.view());
}

void Session::forgetDraftCode()
{
    m_draftCode.clear();
    m_draftKeptUntil = QDate();
}

void Session::wipe()
{
    for (auto& [field, value] : m_personal) {
        value.clear();
    }
    m_personal.clear();
    m_form.wipe();
    forgetDraftCode();
    m_topicId.clear();
    m_serviceKey.clear();
    m_requiredTrustLevel = TrustLevel::None;
    m_achievedTrustLevel = TrustLevel::None;
    qCInfo(lcAppSession) << "journey" << m_journeyId << "wiped";
    m_journeyId = newJourneyId();
    setLanguage(m_defaults.language);
    setTheme(m_defaults.theme);
    setSpeech(m_defaults.speech);
    Q_EMIT wiped();
}

QString Session::newJourneyId()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QString::number(value, 16).rightJustified(16, u'0');
}

} // namespace bt::app
