#include "XzufiReader.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace bt::app {

namespace {

// Catalog amounts stop at 10 million euros (JsonFields::wholeNumber); so do imported ones.
constexpr qint64 maxCents = 1'000'000'000;

// Walks the XML once, keeping the first problem as "file:line:column: what".
class Parser
{
public:
    Parser(const QByteArray& xml, const QString& fileName, Failure* failure)
        : m_xml(xml)
        , m_fileName(fileName)
        , m_failure(failure)
    {
        *m_failure = Failure();
    }

    std::optional<XzufiFile> parse()
    {
        while (!m_xml.atEnd() && m_xml.readNext() != QXmlStreamReader::StartElement) {
            if (m_xml.tokenType() == QXmlStreamReader::DTD) {
                fail(QStringLiteral("a DTD is not allowed in an XZuFi file"));
                return std::nullopt;
            }
        }
        if (!m_xml.isStartElement()) {
            failXml(QStringLiteral("no root element"));
            return std::nullopt;
        }
        if (m_xml.namespaceUri() != QLatin1StringView(XzufiReader::namespaceUri)) {
            fail(QStringLiteral("the root element <%1> is not in the XZuFi 2.2.0 namespace %2 (it is in \"%3\")")
                     .arg(m_xml.name(), QLatin1StringView(XzufiReader::namespaceUri), m_xml.namespaceUri()));
            return std::nullopt;
        }
        XzufiFile file;
        const bool read = isXzufi(u"leistung") ? readLeistung(&file) : readMessage(&file);
        if (!read) {
            return std::nullopt;
        }
        // Anything after the root must still be well-formed (comments, whitespace).
        while (!m_xml.atEnd()) {
            m_xml.readNext();
        }
        if (m_xml.hasError()) {
            failXml({});
            return std::nullopt;
        }
        if (file.leistungen.empty()) {
            fail(QStringLiteral("the file holds no <leistung>"));
            return std::nullopt;
        }
        return file;
    }

private:
    XzufiPosition position() const { return {m_xml.lineNumber(), m_xml.columnNumber()}; }

    bool fail(const QString& what, Failure::Code code = Failure::Code::Catalog_XzufiInvalid)
    {
        return failAt(position(), what, code);
    }

    bool failAt(const XzufiPosition& at, const QString& what, Failure::Code code = Failure::Code::Catalog_XzufiInvalid)
    {
        if (!*m_failure) {
            *m_failure =
                Failure(code, QStringLiteral("%1:%2:%3: %4").arg(m_fileName).arg(at.line).arg(at.column).arg(what));
        }
        return false;
    }

    // A problem of the XML itself (truncated, not well-formed) wins over our own words.
    bool failXml(const QString& otherwise)
    {
        if (m_xml.hasError()) {
            return fail(QStringLiteral("malformed XML: %1").arg(m_xml.errorString()),
                        Failure::Code::Catalog_XzufiMalformed);
        }
        return fail(otherwise);
    }

    bool isXzufi(QStringView name) const
    {
        return m_xml.name() == name && m_xml.namespaceUri() == QLatin1StringView(XzufiReader::namespaceUri);
    }

    // XÖV code types keep their <code> child unqualified; some producers qualify it anyway.
    bool isCode() const
    {
        return m_xml.name() == u"code" &&
               (m_xml.namespaceUri().isEmpty() || m_xml.namespaceUri() == QLatin1StringView(XzufiReader::namespaceUri));
    }

    // Calls readChild for each child element of the current one; readChild must consume it.
    template <typename ReadChild> bool forEachChild(ReadChild readChild)
    {
        while (m_xml.readNextStartElement()) {
            if (!readChild()) {
                return false;
            }
        }
        return m_xml.hasError() ? failXml({}) : true;
    }

    bool skip()
    {
        m_xml.skipCurrentElement();
        return m_xml.hasError() ? failXml({}) : true;
    }

    bool readString(QString* out)
    {
        *out = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        return m_xml.hasError() ? failXml({}) : true;
    }

    bool readCode(QString* out)
    {
        return forEachChild([&] { return isCode() ? readString(out) : skip(); });
    }

    // One language version of a text: <… languageCode="de">text</…>. Without the attribute
    // the text is German, the language every XZuFi record is written in first.
    bool readLanguageText(XzufiText* out)
    {
        static const QRegularExpression languageCode(QStringLiteral("^[a-zA-Z]{2}([-_][a-zA-Z0-9]+)?$"));
        const XzufiPosition at = position();
        QString language = m_xml.attributes().value(QStringLiteral("languageCode")).toString().trimmed();
        if (language.isEmpty()) {
            language = QStringLiteral("de");
        }
        if (!languageCode.match(language).hasMatch()) {
            return failAt(at,
                          QStringLiteral("languageCode \"%1\" is not a language code like de or en-GB").arg(language));
        }
        QString text;
        if (!readString(&text)) {
            return false;
        }
        if (!text.isEmpty()) {
            QString& existing = (*out)[language.left(2).toLower()];
            existing = existing.isEmpty() ? text : existing + u'\n' + text;
        }
        return true;
    }

    bool readAmount(std::optional<qint64>* out)
    {
        static const QRegularExpression decimal(QStringLiteral("^([0-9]{1,8})(?:\\.([0-9]{1,2})0*)?$"));
        const XzufiPosition at = position();
        const QString name = m_xml.name().toString();
        QString text;
        if (!readString(&text)) {
            return false;
        }
        const QRegularExpressionMatch match = decimal.match(text);
        if (!match.hasMatch()) {
            return failAt(at,
                          QStringLiteral("<%1> \"%2\" is not an amount in euros like 37.00 (a decimal point, at "
                                         "most two decimals)")
                              .arg(name, text));
        }
        const qint64 cents =
            match.captured(1).toLongLong() * 100 + match.captured(2).leftJustified(2, u'0').toLongLong();
        if (cents > maxCents) {
            return failAt(
                at, QStringLiteral("<%1> %2 is more than the 10000000 euros a catalog fee may be").arg(name, text));
        }
        *out = cents;
        return true;
    }

    bool readCost(XzufiLeistung* leistung)
    {
        XzufiCost cost;
        cost.at = position();
        const bool read = forEachChild([&] {
            if (isXzufi(u"betragFest")) {
                return readAmount(&cost.fixedCents);
            }
            if (isXzufi(u"betragMin")) {
                return readAmount(&cost.minCents);
            }
            if (isXzufi(u"betragMax")) {
                return readAmount(&cost.maxCents);
            }
            if (isXzufi(u"einheit")) {
                return readLanguageText(&cost.unit);
            }
            if (isXzufi(u"beschreibung")) {
                return readLanguageText(&cost.note);
            }
            if (isXzufi(u"waehrung")) {
                const XzufiPosition at = position();
                QString currency;
                if (!readCode(&currency)) {
                    return false;
                }
                return currency.isEmpty() || currency == u"EUR"
                           ? true
                           : failAt(at, QStringLiteral("currency \"%1\" is not EUR").arg(currency));
            }
            return skip();
        });
        if (!read) {
            return false;
        }
        if (cost.minCents.has_value() != cost.maxCents.has_value()) {
            return failAt(cost.at, QStringLiteral("<kosten> needs both <betragMin> and <betragMax>"));
        }
        if (cost.minCents && *cost.minCents > *cost.maxCents) {
            return failAt(cost.at, QStringLiteral("<kosten>: <betragMin> is larger than <betragMax>"));
        }
        if (cost.fixedCents.has_value() == cost.minCents.has_value()) {
            return failAt(cost.at, QStringLiteral("<kosten> needs either <betragFest> or <betragMin> and <betragMax>"));
        }
        leistung->costs.push_back(std::move(cost));
        return true;
    }

    bool readLeistung(XzufiFile* file)
    {
        XzufiLeistung leistung;
        leistung.at = position();
        bool hasLeikaKey = false;
        const bool read = forEachChild([&] {
            if (isXzufi(u"id")) {
                return readString(&leistung.id);
            }
            if (isXzufi(u"referenzLeiKa") && !hasLeikaKey) {
                hasLeikaKey = true;
                leistung.leikaKeyAt = position();
                return readCode(&leistung.leikaKey);
            }
            if (isXzufi(u"modulText")) {
                QString code;
                XzufiText text;
                const XzufiPosition at = position();
                const bool moduleRead = forEachChild([&] {
                    if (isXzufi(u"leikaTextmodul")) {
                        return readCode(&code);
                    }
                    return isXzufi(u"inhalt") ? readLanguageText(&text) : skip();
                });
                if (!moduleRead) {
                    return false;
                }
                if (code.isEmpty()) {
                    return failAt(at, QStringLiteral("<modulText> without <leikaTextmodul> code"));
                }
                XzufiText& texts = leistung.textModules[code];
                for (auto it = text.cbegin(); it != text.cend(); ++it) {
                    texts[it.key()] =
                        texts.value(it.key()).isEmpty() ? it.value() : texts[it.key()] + u'\n' + it.value();
                }
                return true;
            }
            if (isXzufi(u"modulKosten")) {
                leistung.hasCostModule = true;
                return forEachChild([&] {
                    if (isXzufi(u"kosten")) {
                        return readCost(&leistung);
                    }
                    return isXzufi(u"beschreibung") ? readLanguageText(&leistung.costNote) : skip();
                });
            }
            if (isXzufi(u"modulBearbeitungsdauer")) {
                return forEachChild(
                    [&] { return isXzufi(u"beschreibung") ? readLanguageText(&leistung.processingTime) : skip(); });
            }
            if (isXzufi(u"modulBegriffImKontext")) {
                return forEachChild([&] {
                    if (!isXzufi(u"begriffImKontext")) {
                        return skip();
                    }
                    return forEachChild([&] {
                        if (!isXzufi(u"begriff")) {
                            return skip();
                        }
                        XzufiText term;
                        if (!readLanguageText(&term)) {
                            return false;
                        }
                        for (auto it = term.cbegin(); it != term.cend(); ++it) {
                            leistung.synonyms[it.key()].append(it.value());
                        }
                        return true;
                    });
                });
            }
            if (isXzufi(u"vertrauensniveau")) {
                leistung.trustLevelAt = position();
                return readCode(&leistung.trustLevelCode);
            }
            leistung.unread.append(m_xml.name().toString());
            return skip();
        });
        if (!read) {
            return false;
        }
        if (leistung.id.isEmpty()) {
            return failAt(leistung.at, QStringLiteral("<leistung> without <id>"));
        }
        file->leistungen.push_back(std::move(leistung));
        return true;
    }

    bool readOrganisation(XzufiFile* file)
    {
        XzufiOrganisation organisation;
        organisation.at = position();
        const bool read = forEachChild([&] {
            if (isXzufi(u"id")) {
                return readString(&organisation.id);
            }
            if (isXzufi(u"name")) {
                return forEachChild([&] { return isXzufi(u"name") ? readLanguageText(&organisation.name) : skip(); });
            }
            if (isXzufi(u"anschrift")) {
                return forEachChild([&] {
                    if (isXzufi(u"strasse")) {
                        return readString(&organisation.street);
                    }
                    if (isXzufi(u"hausnummer")) {
                        return readString(&organisation.houseNumber);
                    }
                    if (isXzufi(u"postleitzahl")) {
                        return readString(&organisation.postalCode);
                    }
                    return isXzufi(u"ort") ? readString(&organisation.city) : skip();
                });
            }
            if (isXzufi(u"kommunikation")) {
                QString channel;
                QString address;
                const bool channelRead = forEachChild([&] {
                    if (isXzufi(u"kanal")) {
                        return readCode(&channel);
                    }
                    return isXzufi(u"kennung") ? readString(&address) : skip();
                });
                // XÖV code list Erreichbarkeit: 01 e-mail, 02 telephone (landline).
                if (channel == u"01" && organisation.email.isEmpty()) {
                    organisation.email = address;
                } else if (channel == u"02" && organisation.phone.isEmpty()) {
                    organisation.phone = address;
                }
                return channelRead;
            }
            if (isXzufi(u"oeffnungszeiten")) {
                return forEachChild(
                    [&] { return isXzufi(u"beschreibung") ? readLanguageText(&organisation.openingHours) : skip(); });
            }
            if (isXzufi(u"zustaendigkeit")) {
                return forEachChild([&] {
                    if (!isXzufi(u"leistungID")) {
                        return skip();
                    }
                    QString id;
                    if (!readString(&id)) {
                        return false;
                    }
                    organisation.responsibleFor.append(id);
                    return true;
                });
            }
            return skip();
        });
        if (!read) {
            return false;
        }
        file->organisations.push_back(std::move(organisation));
        return true;
    }

    bool readOnlineService(XzufiFile* file)
    {
        XzufiOnlineService service;
        service.at = position();
        const bool read = forEachChild([&] {
            if (isXzufi(u"id")) {
                return readString(&service.id);
            }
            if (isXzufi(u"leistungID")) {
                QString id;
                if (!readString(&id)) {
                    return false;
                }
                service.leistungIds.append(id);
                return true;
            }
            if (isXzufi(u"link")) {
                QString url;
                const bool linkRead = forEachChild([&] { return isXzufi(u"link") ? readString(&url) : skip(); });
                if (service.url.isEmpty()) {
                    service.url = url;
                }
                return linkRead;
            }
            return skip();
        });
        if (!read) {
            return false;
        }
        file->onlineServices.push_back(std::move(service));
        return true;
    }

    // The objects of one message: directly under the root or in its <schreibe> blocks.
    bool readObject(XzufiFile* file)
    {
        if (isXzufi(u"leistung")) {
            return readLeistung(file);
        }
        if (isXzufi(u"organisationseinheit")) {
            return readOrganisation(file);
        }
        if (isXzufi(u"onlinedienst")) {
            return readOnlineService(file);
        }
        file->unread.append(m_xml.name().toString());
        return skip();
    }

    bool readMessage(XzufiFile* file)
    {
        const QString version = m_xml.attributes().value(QStringLiteral("xzufiVersion")).toString();
        if (!version.isEmpty() && version != u"2.2" && !version.startsWith(QStringLiteral("2.2."))) {
            return fail(QStringLiteral("xzufiVersion \"%1\" is not 2.2.x").arg(version));
        }
        return forEachChild([&] {
            if (isXzufi(u"schreibe")) {
                return forEachChild([&] { return readObject(file); });
            }
            if (isXzufi(u"leistung") || isXzufi(u"organisationseinheit") || isXzufi(u"onlinedienst")) {
                return readObject(file);
            }
            return skip(); // nachrichtenkopf, transaktionID, …
        });
    }

    QXmlStreamReader m_xml;
    QString m_fileName;
    Failure* m_failure;
};

} // namespace

std::optional<XzufiFile> XzufiReader::read(const QByteArray& xml, const QString& fileName, Failure* failure)
{
    return Parser(xml, fileName, failure).parse();
}

} // namespace bt::app
