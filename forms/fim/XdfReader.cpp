#include "XdfReader.h"

#include "CodeListRegistry.h"
#include "FormsLogging.h"
#include "RuleRecognizer.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <type_traits>

namespace bt::forms {

namespace {

// Real schemas nest groups four or five deep; the limit keeps hostile input off the stack.
constexpr int deepestGroup = 24;

bool isNumberType(DataType type)
{
    return type == DataType::Num || type == DataType::NumInt || type == DataType::NumCurrency;
}

// A bound of praezisierung (minValue/maxValue) must mean something for the field's type.
bool isValidBound(DataType type, const QString& bound)
{
    if (bound.isEmpty()) {
        return true;
    }
    bool ok = false;
    switch (type) {
    case DataType::Num:
    case DataType::NumCurrency:
        bound.toDouble(&ok);
        return ok;
    case DataType::NumInt:
        bound.toLongLong(&ok);
        return ok;
    case DataType::Date:
        return QDate::fromString(bound, Qt::ISODate).isValid();
    case DataType::Time:
        return QTime::fromString(bound, Qt::ISODate).isValid();
    case DataType::DateTime:
        return QDateTime::fromString(bound, Qt::ISODate).isValid();
    default:
        return true; // kept as written; the terminal does not compare texts by value
    }
}

bool sameRules(const std::vector<Rule>& a, const std::vector<Rule>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Rule& x, const Rule& y) {
        // The condition is recognised from these, so it is the same when they are.
        return x.id == y.id && x.version == y.version && x.name == y.name && x.text == y.text && x.script == y.script &&
               x.type == y.type;
    });
}

bool sameValues(const CodeList* a, const CodeList* b)
{
    if (!a || !b) {
        return a == b;
    }
    return std::equal(a->entries().begin(),
                      a->entries().end(),
                      b->entries().begin(),
                      b->entries().end(),
                      [](const CodeListEntry& x, const CodeListEntry& y) {
                          return x.code == y.code && x.label == y.label && x.help == y.help;
                      });
}

// Members name their fields and groups by id+version only: those are checked on their own.
bool sameMembers(const std::vector<Member>& a, const std::vector<Member>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Member& x, const Member& y) {
        const QString& xVersion = x.field ? x.field->version : x.group->version;
        const QString& yVersion = y.field ? y.field->version : y.group->version;
        return x.multiplicity == y.multiplicity && x.isField() == y.isField() && x.id() == y.id() &&
               xVersion == yVersion;
    });
}

} // namespace

bool XdfReader::Seen::note(const QString& name, bool hasContent)
{
    const auto it = m_hadContent.find(name);
    if (it == m_hadContent.end()) {
        m_hadContent.insert(name, hasContent);
        return true;
    }
    if (*it || !hasContent) {
        return false;
    }
    *it = true;
    return true;
}

XdfReader::XdfReader(QXmlStreamReader& xml, QString fileName, QString xmlNamespace, LayoutVersion layout)
    : m_xml(xml)
    , m_layout(layout)
    , m_fileName(std::move(fileName))
    , m_namespace(std::move(xmlNamespace))
{}

bool XdfReader::fail(SchemaError::Code code, const QString& message)
{
    return failHere(code, message, m_xml.lineNumber(), m_xml.columnNumber());
}

bool XdfReader::failHere(SchemaError::Code code, const QString& message, qint64 line, qint64 column)
{
    if (!m_failed) {
        m_failed = true;
        // A parse error of the XML itself says more than what we made of it.
        if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::CustomError) {
            m_error = SchemaError{SchemaError::Code::Xml_NotWellFormed,
                                  m_fileName,
                                  m_xml.lineNumber(),
                                  m_xml.columnNumber(),
                                  QStringLiteral("not well-formed XML: ") + m_xml.errorString()};
        } else {
            m_error = SchemaError{code, m_fileName, line, column, message};
        }
        // Column 0 means "before the first character"; editors count from 1.
        m_error.line = std::max<qint64>(m_error.line, 1);
        m_error.column = std::max<qint64>(m_error.column, 1);
    }
    return false;
}

QString XdfReader::tag() const
{
    return tag(m_xml.name());
}

QString XdfReader::tag(QStringView localName) const
{
    // Our elements are named with the prefix the message uses for the XDatenfelder namespace.
    const QString prefix = localName == m_xml.name() ? m_xml.prefix().toString() : m_prefix;
    return u'<' + (prefix.isEmpty() ? QString() : prefix + u':') + localName.toString() + u'>';
}

bool XdfReader::unexpected(QStringView parent)
{
    return fail(SchemaError::Code::Element_Unexpected,
                QStringLiteral("unexpected element %1 in %2").arg(tag(), tag(parent)));
}

bool XdfReader::readText(QString* text)
{
    const QString element = tag();
    *text = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).trimmed();
    if (m_xml.hasError()) {
        if (m_xml.error() == QXmlStreamReader::UnexpectedElementError) {
            // Report it as ours: the XML is fine, the element is not where text belongs.
            m_xml.raiseError();
            return fail(SchemaError::Code::Element_Unexpected,
                        QStringLiteral("%1 must hold text, not elements").arg(element));
        }
        return fail(SchemaError::Code::Xml_NotWellFormed, QString());
    }
    return true;
}

bool XdfReader::readSingleText(Seen& seen, QString* text, bool required)
{
    const QString element = tag();
    const QString local = m_xml.name().toString();
    const qint64 line = m_xml.lineNumber();
    const qint64 column = m_xml.columnNumber();
    QString value;
    if (!readText(&value)) {
        return false;
    }
    if (!seen.note(local, !value.isEmpty())) {
        return failHere(SchemaError::Code::Element_Duplicate,
                        QStringLiteral("%1 appears more than once").arg(element),
                        line,
                        column);
    }
    if (required && value.isEmpty()) {
        return failHere(SchemaError::Code::Value_Empty, QStringLiteral("%1 is empty").arg(element), line, column);
    }
    if (!value.isEmpty() || text->isEmpty()) {
        *text = value;
    }
    return true;
}

bool XdfReader::readCode(Seen& seen, QString* code)
{
    const QString element = tag();
    const QString local = m_xml.name().toString();
    const qint64 line = m_xml.lineNumber();
    const qint64 column = m_xml.columnNumber();
    if (!seen.note(local, true)) {
        return fail(SchemaError::Code::Element_Duplicate, QStringLiteral("%1 appears more than once").arg(element));
    }
    bool found = false;
    while (m_xml.readNextStartElement()) {
        // XÖV codes: <code> (no namespace), optionally <name>.
        if (m_xml.name() == u"code" && m_xml.namespaceUri().isEmpty() && !found) {
            found = true;
            if (!readText(code)) {
                return false;
            }
        } else if (m_xml.name() == u"name" && m_xml.namespaceUri().isEmpty()) {
            if (!skip()) {
                return false;
            }
        } else {
            return unexpected(local);
        }
    }
    if (m_xml.hasError()) {
        return fail(SchemaError::Code::Xml_NotWellFormed, QString());
    }
    if (!found || code->isEmpty()) {
        return failHere(SchemaError::Code::Value_Empty, QStringLiteral("%1 has no <code>").arg(element), line, column);
    }
    return true;
}

bool XdfReader::skipMetadata(Seen& seen, QStringView local)
{
    // References, relations and keywords may repeat on groups and fields; the rest once.
    const bool repeatable = local == u"bezug" || local == u"relation" || local == u"stichwort";
    if (!seen.note(local.toString(), true) && !repeatable) {
        return fail(SchemaError::Code::Element_Duplicate, QStringLiteral("%1 appears more than once").arg(tag()));
    }
    return skip();
}

bool XdfReader::skip()
{
    m_xml.skipCurrentElement();
    return m_xml.hasError() ? fail(SchemaError::Code::Xml_NotWellFormed, QString()) : true;
}

bool XdfReader::parseConstraint(Field& field, QStringView key, const QString& value)
{
    Constraints& constraints = field.constraints;
    const auto length = [&](std::optional<int>* out) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 0) {
            return fail(SchemaError::Code::Value_Invalid,
                        QStringLiteral("praezisierung %1 \"%2\" is not a length").arg(key.toString(), value));
        }
        *out = number;
        return true;
    };
    if (key == u"minLength") {
        return length(&constraints.minLength);
    }
    if (key == u"maxLength") {
        return length(&constraints.maxLength);
    }
    if (key == u"minValue") {
        constraints.minValue = value;
        return true;
    }
    if (key == u"maxValue") {
        constraints.maxValue = value;
        return true;
    }
    if (key == u"pattern") {
        constraints.pattern = value;
        // XML Schema patterns match the whole value; QRegularExpression must be told so.
        constraints.compiledPattern = QRegularExpression(QRegularExpression::anchoredPattern(value));
        if (!constraints.compiledPattern.isValid()) {
            return fail(SchemaError::Code::Value_Invalid,
                        QStringLiteral("praezisierung pattern \"%1\" is not a valid regular expression: %2")
                            .arg(value, constraints.compiledPattern.errorString()));
        }
        return true;
    }
    return true; // other keys carry nothing the terminal checks
}

std::optional<FormSchema> XdfReader::readMessage(const CodeListRegistry* codeLists, SchemaError* error)
{
    m_codeLists = codeLists;
    m_prefix = m_xml.prefix().toString();
    FormSchema schema;
    schema.layout = m_layout;
    const QString root = m_xml.name().toString();
    bool haveContent = false;
    while (!m_failed && m_xml.readNextStartElement()) {
        if (!isOurs()) {
            unexpected(root);
        } else if (m_xml.name() == u"header") {
            skip();
        } else if (m_xml.name() == u"stammdatenschema" && !haveContent) {
            haveContent = true;
            readSchemaElement(schema);
        } else if (m_xml.name() == u"datenfeldgruppe" && !haveContent && m_layout == LayoutVersion::V3) {
            haveContent = true;
            const qint64 line = m_xml.lineNumber();
            const qint64 column = m_xml.columnNumber();
            const std::shared_ptr<const Group> group = readGroup(0);
            if (group) {
                schema.isGroupMessage = true;
                schema.root.members.push_back(Member{Multiplicity{1, 1}, nullptr, group});
                schema.id = group->id;
                schema.version = group->version;
                schema.name = group->name;
                schema.label = group->label;
                schema.description = group->description;
            } else if (!m_failed) {
                failHere(SchemaError::Code::Value_Invalid, QStringLiteral("unreadable data group"), line, column);
            }
        } else if (haveContent) {
            fail(SchemaError::Code::Element_Duplicate, QStringLiteral("a message holds one schema or group only"));
        } else {
            unexpected(root);
        }
    }
    if (!m_failed && m_xml.hasError()) {
        fail(SchemaError::Code::Xml_NotWellFormed, QString());
    }
    if (!m_failed) {
        // Nothing may follow the root element but comments and whitespace.
        while (!m_xml.atEnd()) {
            m_xml.readNext();
        }
        if (m_xml.hasError()) {
            fail(SchemaError::Code::Xml_NotWellFormed, QString());
        }
    }
    if (!m_failed && !haveContent) {
        fail(SchemaError::Code::Element_Missing, QStringLiteral("the message holds no schema"));
    }
    if (m_failed) {
        *error = m_error;
        return std::nullopt;
    }
    schema.index();
    for (const Rule* rule : schema.rules()) {
        if (!rule->isSupported()) {
            qCInfo(lcForms).noquote() << "schema" << schema.id << "rule" << rule->id << "not supported"
                                      << (rule->script.isEmpty() ? "(text only)" : "(script kept, not run)");
        }
    }
    return schema;
}

bool XdfReader::requireIdentity(const QString& id, const QString& version, QStringView element)
{
    if (id.isEmpty()) {
        return fail(SchemaError::Code::Element_Missing, QStringLiteral("%1 has no id").arg(tag(element)));
    }
    if (needsVersion() && version.isEmpty()) {
        return fail(SchemaError::Code::Element_Missing, QStringLiteral("%1 %2 has no version").arg(tag(element), id));
    }
    return true;
}

bool XdfReader::readLabelledElementChild(Seen& seen, QString* label, QString* help, QString* description, bool* handled)
{
    *handled = true;
    const QStringView local = m_xml.name();
    if (local == u"bezeichnungEingabe" || local == u"bezeichnung") {
        return readSingleText(seen, label);
    }
    if (local == u"hilfetextEingabe" || local == u"hilfetext") {
        return readSingleText(seen, help);
    }
    if (local == u"beschreibung") {
        return readSingleText(seen, description);
    }
    *handled = false;
    return true;
}

bool XdfReader::readSchemaElement(FormSchema& schema)
{
    Seen seen;
    const QString element = m_xml.name().toString();
    while (!m_failed && m_xml.readNextStartElement()) {
        if (!isOurs()) {
            return unexpected(element);
        }
        bool handled = false;
        if (!readLabelledElementChild(seen, &schema.label, &schema.root.helpText, &schema.description, &handled)) {
            return false;
        }
        if (handled) {
            continue;
        }
        const Handled identity = readIdentity(seen, &schema.id, &schema.version);
        if (identity == Handled::Failed) {
            return false;
        }
        if (identity == Handled::Yes) {
            continue;
        }
        const QStringView local = m_xml.name();
        if (local == u"name") {
            if (!readSingleText(seen, &schema.name, true)) {
                return false;
            }
        } else if (local == u"regel") {
            std::optional<Rule> rule = readRule();
            if (!rule) {
                return false;
            }
            schema.root.rules.push_back(std::move(*rule));
        } else if (local == u"struktur") {
            if (!readStructure(schema.root, 0)) {
                return false;
            }
        } else if (isMetadata(local) || local == u"definition") {
            if (!seen.note(local.toString(), true) && local != u"bezug") {
                return fail(SchemaError::Code::Element_Duplicate,
                            QStringLiteral("%1 appears more than once").arg(tag()));
            }
            if (!skip()) {
                return false;
            }
        } else {
            return unexpected(element);
        }
    }
    if (m_failed) {
        return false;
    }
    if (!requireIdentity(schema.id, schema.version, element)) {
        return false;
    }
    if (!seen.contains(QStringLiteral("name"))) {
        return fail(SchemaError::Code::Element_Missing, QStringLiteral("schema %1 has no <name>").arg(schema.id));
    }
    schema.root.id = schema.id;
    schema.root.version = schema.version;
    schema.root.name = schema.name;
    schema.root.label = schema.label;
    schema.root.description = schema.description;
    for (Rule& rule : schema.root.rules) {
        recognizeRule(rule, &schema.root, QString());
    }
    return true;
}

std::shared_ptr<const Group> XdfReader::readGroup(int depth)
{
    if (depth > deepestGroup) {
        fail(SchemaError::Code::Structure_TooDeep,
             QStringLiteral("groups nested deeper than %1 levels").arg(deepestGroup));
        return nullptr;
    }
    auto group = std::make_shared<Group>();
    Seen seen;
    const QString element = m_xml.name().toString();
    const qint64 line = m_xml.lineNumber();
    const qint64 column = m_xml.columnNumber();
    while (!m_failed && m_xml.readNextStartElement()) {
        if (!isOurs()) {
            unexpected(element);
            return nullptr;
        }
        bool handled = false;
        if (!readLabelledElementChild(seen, &group->label, &group->helpText, &group->description, &handled)) {
            return nullptr;
        }
        if (handled) {
            continue;
        }
        const Handled identity = readIdentity(seen, &group->id, &group->version);
        if (identity == Handled::Failed) {
            return nullptr;
        }
        if (identity == Handled::Yes) {
            continue;
        }
        const QStringView local = m_xml.name();
        if (local == u"name") {
            if (!readSingleText(seen, &group->name, true)) {
                return nullptr;
            }
        } else if (local == u"regel") {
            std::optional<Rule> rule = readRule();
            if (!rule) {
                return nullptr;
            }
            group->rules.push_back(std::move(*rule));
        } else if (local == u"struktur") {
            if (!readStructure(*group, depth)) {
                return nullptr;
            }
        } else if (isMetadata(local) || local == u"definition") {
            if (!skipMetadata(seen, local)) {
                return nullptr;
            }
        } else {
            unexpected(element);
            return nullptr;
        }
    }
    if (m_failed || !requireIdentity(group->id, group->version, element)) {
        return nullptr;
    }
    if (!seen.contains(QStringLiteral("name"))) {
        fail(SchemaError::Code::Element_Missing, QStringLiteral("group %1 has no <name>").arg(group->id));
        return nullptr;
    }
    if (group->label.isEmpty()) {
        group->label = group->name;
    }
    // A group's rules name its members, so they are read once the members are known.
    for (Rule& rule : group->rules) {
        recognizeRule(rule, group.get(), QString());
    }
    if (!checkDefinition<Group>(m_groupDefinitions, group, line, column)) {
        return nullptr;
    }
    return group;
}

std::shared_ptr<const Field> XdfReader::readField()
{
    auto field = std::make_shared<Field>();
    Seen seen;
    const QString element = m_xml.name().toString();
    const qint64 line = m_xml.lineNumber();
    const qint64 column = m_xml.columnNumber();
    while (!m_failed && m_xml.readNextStartElement()) {
        if (!isOurs()) {
            unexpected(element);
            return nullptr;
        }
        bool handled = false;
        if (!readLabelledElementChild(seen, &field->label, &field->helpText, &field->description, &handled)) {
            return nullptr;
        }
        if (handled) {
            continue;
        }
        Handled detail = readIdentity(seen, &field->id, &field->version);
        if (detail == Handled::No) {
            detail = readFieldDetail(seen, *field);
        }
        if (detail == Handled::Failed) {
            return nullptr;
        }
        if (detail == Handled::Yes) {
            continue;
        }
        const QStringView local = m_xml.name();
        if (local == u"name") {
            if (!readSingleText(seen, &field->name, true)) {
                return nullptr;
            }
        } else if (local == u"bezeichnungAusgabe") {
            if (!readSingleText(seen, &field->outputLabel)) {
                return nullptr;
            }
        } else if (local == u"inhalt") {
            if (!readSingleText(seen, &field->content)) {
                return nullptr;
            }
        } else if (local == u"feldart" || local == u"datentyp") {
            const QString what = tag();
            const qint64 codeLine = m_xml.lineNumber();
            const qint64 codeColumn = m_xml.columnNumber();
            QString code;
            if (!readCode(seen, &code)) {
                return nullptr;
            }
            if (local == u"feldart") {
                const std::optional<FieldKind> kind = fieldKindFromCode(code);
                if (!kind || (m_layout != LayoutVersion::V3 && *kind > FieldKind::Label)) {
                    failHere(SchemaError::Code::Value_Invalid,
                             QStringLiteral("%1 has the unknown code \"%2\"").arg(what, code),
                             codeLine,
                             codeColumn);
                    return nullptr;
                }
                field->kind = *kind;
            } else {
                const std::optional<DataType> type = dataTypeFromCode(code);
                if (!type ||
                    (m_layout != LayoutVersion::V3 &&
                     (*type == DataType::TextLatin || *type == DataType::Time || *type == DataType::DateTime))) {
                    failHere(SchemaError::Code::Value_Invalid,
                             QStringLiteral("%1 has the unknown code \"%2\"").arg(what, code),
                             codeLine,
                             codeColumn);
                    return nullptr;
                }
                field->type = *type;
            }
        } else if (local == u"regel") {
            std::optional<Rule> rule = readRule();
            if (!rule) {
                return nullptr;
            }
            field->rules.push_back(std::move(*rule));
        } else if (isMetadata(local) || local == u"definition") {
            if (!skipMetadata(seen, local)) {
                return nullptr;
            }
        } else {
            unexpected(element);
            return nullptr;
        }
    }
    if (m_failed || !requireIdentity(field->id, field->version, element)) {
        return nullptr;
    }
    for (const char* required : {"name", "feldart", "datentyp"}) {
        if (!seen.contains(QString::fromLatin1(required))) {
            fail(SchemaError::Code::Element_Missing,
                 QStringLiteral("field %1 has no %2").arg(field->id, tag(QString::fromLatin1(required))));
            return nullptr;
        }
    }
    if (!checkField(*field, line, column)) {
        return nullptr;
    }
    // Some real schemas leave bezeichnungEingabe empty; the editors' name is then the best label.
    if (field->label.isEmpty()) {
        field->label = field->name;
    }
    if (field->kind == FieldKind::Select && !field->codeList && !field->codeListReference.isEmpty() && m_codeLists) {
        field->codeList = m_codeLists->find(field->codeListReference);
    }
    for (Rule& rule : field->rules) {
        recognizeRule(rule, nullptr, field->id);
    }
    if (!checkDefinition<Field>(m_fieldDefinitions, field, line, column)) {
        return nullptr;
    }
    return field;
}

// A field or group reused in several places is written out in full at each place. The schema keeps
// one definition per id (FormSchema::index() takes the first), so a second occurrence that says
// something else would be dropped without a word: the form would show whichever came first. Such a
// message is refused instead. Only what the terminal keeps is compared; metadata it skips (status,
// dates, editors) may differ.
template <typename T>
bool XdfReader::checkDefinition(QHash<Identity, Definition<T>>& defined,
                                const std::shared_ptr<const T>& item,
                                qint64 line,
                                qint64 column)
{
    const Identity identity{item->id, item->version};
    const auto it = defined.constFind(identity);
    if (it == defined.cend()) {
        defined.insert(identity, Definition<T>{item, line, column});
        return true;
    }
    const QStringList differing = differences(*it->item, *item);
    if (differing.isEmpty()) {
        return true;
    }
    // A group is complete only after its members, so a group that contains itself is checked from
    // the inside out; the places are named in file order all the same.
    std::pair<qint64, qint64> first{it->line, it->column};
    std::pair<qint64, qint64> second{line, column};
    if (second < first) {
        std::swap(first, second);
    }
    const auto place = [this](const std::pair<qint64, qint64>& at) {
        return m_fileName + u':' + QString::number(at.first) + u':' + QString::number(at.second);
    };
    const QString what = std::is_same_v<T, Field> ? QStringLiteral("field") : QStringLiteral("group");
    const QString name = item->version.isEmpty() ? item->id : item->id + QStringLiteral(" version ") + item->version;
    return failHere(SchemaError::Code::Definition_Conflicting,
                    QStringLiteral("%1 %2 is defined twice, differing in %3: first at %4, again at %5")
                        .arg(what, name, differing.join(QStringLiteral(", ")), place(first), place(second)),
                    second.first,
                    second.second);
}

QStringList XdfReader::differences(const Field& first, const Field& second) const
{
    QStringList differing;
    const auto compare = [&](bool differs, QStringView element) {
        if (differs) {
            differing.append(tag(element));
        }
    };
    compare(first.name != second.name, u"name");
    compare(first.label != second.label, u"bezeichnungEingabe");
    compare(first.outputLabel != second.outputLabel, u"bezeichnungAusgabe");
    compare(first.helpText != second.helpText, u"hilfetextEingabe");
    compare(first.description != second.description, u"beschreibung");
    compare(first.content != second.content, u"inhalt");
    compare(first.kind != second.kind, u"feldart");
    compare(first.type != second.type, u"datentyp");
    compare(first.prefill != second.prefill, u"vorbefuellung");
    const Constraints& a = first.constraints;
    const Constraints& b = second.constraints;
    compare(a.minLength != b.minLength || a.maxLength != b.maxLength || a.minValue != b.minValue ||
                a.maxValue != b.maxValue || a.pattern != b.pattern,
            u"praezisierung");
    compare(a.maxSizeBytes != b.maxSizeBytes, u"maxSize");
    compare(a.mediaTypes != b.mediaTypes, u"mediaType");
    const CodeListReference& x = first.codeListReference;
    const CodeListReference& y = second.codeListReference;
    const bool sameReference =
        x.canonicalUri == y.canonicalUri && x.version == y.version && x.canonicalVersionUri == y.canonicalVersionUri;
    compare(!sameReference,
            m_layout == LayoutVersion::V1 ? QStringView(u"codeliste") : QStringView(u"codelisteReferenz"));
    // Values resolved from one reference are the same list; inline 3.0.0 values are compared.
    compare(sameReference && !sameValues(first.codeList.get(), second.codeList.get()), u"werte");
    compare(!sameRules(first.rules, second.rules), u"regel");
    return differing;
}

QStringList XdfReader::differences(const Group& first, const Group& second) const
{
    QStringList differing;
    const auto compare = [&](bool differs, QStringView element) {
        if (differs) {
            differing.append(tag(element));
        }
    };
    compare(first.name != second.name, u"name");
    compare(first.label != second.label, u"bezeichnungEingabe");
    compare(first.helpText != second.helpText, u"hilfetextEingabe");
    compare(first.description != second.description, u"beschreibung");
    compare(!sameRules(first.rules, second.rules), u"regel");
    compare(!sameMembers(first.members, second.members), u"struktur");
    return differing;
}

bool XdfReader::checkField(const Field& field, qint64 line, qint64 column)
{
    const Constraints& c = field.constraints;
    if (c.minLength && c.maxLength && *c.minLength > *c.maxLength) {
        return failHere(SchemaError::Code::Value_Invalid,
                        QStringLiteral("field %1: minLength %2 is larger than maxLength %3")
                            .arg(field.id)
                            .arg(*c.minLength)
                            .arg(*c.maxLength),
                        line,
                        column);
    }
    for (const QString& bound : {c.minValue, c.maxValue}) {
        if (!isValidBound(field.type, bound)) {
            return failHere(SchemaError::Code::Value_Invalid,
                            QStringLiteral("field %1: value bound \"%2\" does not fit data type %3")
                                .arg(field.id, bound, codeOf(field.type)),
                            line,
                            column);
        }
    }
    if (isNumberType(field.type) && !c.minValue.isEmpty() && !c.maxValue.isEmpty() &&
        c.minValue.toDouble() > c.maxValue.toDouble()) {
        return failHere(
            SchemaError::Code::Value_Invalid,
            QStringLiteral("field %1: minValue %2 is larger than maxValue %3").arg(field.id, c.minValue, c.maxValue),
            line,
            column);
    }
    return true;
}

bool XdfReader::readStructure(Group& parent, int depth)
{
    Seen seen;
    std::optional<Multiplicity> multiplicity;
    Member member;
    const QString element = m_xml.name().toString();
    while (!m_failed && m_xml.readNextStartElement()) {
        if (!isOurs()) {
            return unexpected(element);
        }
        const QStringView local = m_xml.name();
        if (local == u"anzahl") {
            const QString what = tag();
            QString text;
            if (!readSingleText(seen, &text, true)) {
                return false;
            }
            multiplicity = Multiplicity::parse(text);
            if (!multiplicity) {
                return fail(SchemaError::Code::Value_Invalid,
                            QStringLiteral("%1 \"%2\" is not a count like 1:1, 0:1, 2:5 or 0:*").arg(what, text));
            }
        } else if (local == u"bezug") {
            if (!skip()) {
                return false;
            }
        } else if (local == u"enthaelt") {
            if (!seen.note(local.toString(), true)) {
                return fail(SchemaError::Code::Element_Duplicate,
                            QStringLiteral("%1 appears more than once").arg(tag()));
            }
            const QString contains = local.toString();
            while (!m_failed && m_xml.readNextStartElement()) {
                if (!isOurs() || member.field || member.group) {
                    return unexpected(contains);
                }
                if (m_xml.name() == u"datenfeldgruppe") {
                    member.group = readGroup(depth + 1);
                    if (!member.group) {
                        return false;
                    }
                } else if (m_xml.name() == u"datenfeld") {
                    member.field = readField();
                    if (!member.field) {
                        return false;
                    }
                } else {
                    return unexpected(contains);
                }
            }
            if (m_failed) {
                return false;
            }
            if (!member.field && !member.group) {
                return fail(SchemaError::Code::Element_Missing,
                            QStringLiteral("%1 holds neither a field nor a group").arg(tag(contains)));
            }
        } else {
            return unexpected(element);
        }
    }
    if (m_failed) {
        return false;
    }
    if (!multiplicity) {
        return fail(SchemaError::Code::Element_Missing, QStringLiteral("%1 has no <anzahl>").arg(tag(element)));
    }
    if (!member.field && !member.group) {
        return fail(SchemaError::Code::Element_Missing, QStringLiteral("%1 has no <enthaelt>").arg(tag(element)));
    }
    member.multiplicity = *multiplicity;
    parent.members.push_back(std::move(member));
    return true;
}

std::optional<Rule> XdfReader::readRule()
{
    Rule rule;
    Seen seen;
    QString description;
    const QString element = m_xml.name().toString();
    while (!m_failed && m_xml.readNextStartElement()) {
        if (!isOurs()) {
            unexpected(element);
            return std::nullopt;
        }
        const Handled identity = readIdentity(seen, &rule.id, &rule.version);
        if (identity == Handled::Failed) {
            return std::nullopt;
        }
        if (identity == Handled::Yes) {
            continue;
        }
        const QStringView local = m_xml.name();
        bool ok = true;
        if (local == u"name") {
            ok = readSingleText(seen, &rule.name, true);
        } else if (local == u"definition" || local == u"freitextRegel") {
            ok = readSingleText(seen, &rule.text);
        } else if (local == u"beschreibung") {
            ok = readSingleText(seen, &description);
        } else if (local == u"script" || local == u"skript") {
            ok = readSingleText(seen, &rule.script);
        } else if (local == u"typ" && m_layout == LayoutVersion::V3) {
            ok = readCode(seen, &rule.type);
        } else if (isMetadata(local) || local == u"param" || local == u"ziel" || local == u"fehler") {
            ok = skip();
        } else {
            unexpected(element);
            return std::nullopt;
        }
        if (!ok) {
            return std::nullopt;
        }
    }
    if (m_failed || !requireIdentity(rule.id, rule.version, element)) {
        return std::nullopt;
    }
    if (rule.text.isEmpty()) {
        rule.text = description;
    }
    return rule;
}

} // namespace bt::forms
