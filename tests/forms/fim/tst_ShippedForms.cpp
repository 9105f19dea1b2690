// The forms the terminal ships (resources/forms): each loads through the real parser with the
// shipped code lists, completely understood, with the structure the citizen is meant to see.
#include "CodeListRegistry.h"
#include "FormSchema.h"
#include "SchemaParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <optional>

void btInitTerminalResources();

using namespace bt::forms;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject formIndex()
{
    return readJson(QStringLiteral(":/forms/forms.json")).value(QStringLiteral("forms")).toObject();
}

// "G99000001 1:1, G99000002 1:1, …": the wizard steps with their counts.
QString steps(const FormSchema& schema)
{
    QStringList parts;
    for (const Member& member : schema.root.members) {
        parts.append(member.id() + u' ' + member.multiplicity.toString());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

class tst_ShippedForms : public QObject
{
    Q_OBJECT

    std::optional<CodeListRegistry> m_codeLists;

    std::optional<FormSchema> load(const QString& formId)
    {
        const QJsonObject entry = formIndex().value(formId).toObject();
        const QString path = QStringLiteral(":/forms/") + entry.value(QStringLiteral("file")).toString();
        SchemaError error;
        std::optional<FormSchema> schema = SchemaParser::load(path, &*m_codeLists, &error);
        if (!schema) {
            qWarning().noquote() << error.toString();
        }
        return schema;
    }

private Q_SLOTS:
    void initTestCase()
    {
        btInitTerminalResources();
        SchemaError error;
        m_codeLists = CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
        QVERIFY2(m_codeLists, qPrintable(error.toString()));
    }

    void everyFormLoadsCompletelyUnderstood_data()
    {
        QTest::addColumn<QString>("formId");
        const QStringList ids = formIndex().keys();
        QCOMPARE(ids.size(), qsizetype(7));
        for (const QString& id : ids) {
            QTest::newRow(qPrintable(id)) << id;
        }
    }

    void everyFormLoadsCompletelyUnderstood()
    {
        QFETCH(QString, formId);
        const std::optional<FormSchema> schema = load(formId);
        QVERIFY(schema);
        QCOMPARE(schema->id, formIndex().value(formId).toObject().value(QStringLiteral("schemaId")).toString());
        QCOMPARE(schema->layout, LayoutVersion::V2);
        QVERIFY2(schema->missingCodeLists().isEmpty(), qPrintable(schema->missingCodeLists().join(u' ')));
        for (const Rule* rule : schema->rules()) {
            QVERIFY2(rule->isSupported(), qPrintable(rule->id + u' ' + rule->text));
        }
        // Every field a citizen answers has a label; select fields have values.
        for (auto it = schema->fieldsById().begin(); it != schema->fieldsById().end(); ++it) {
            const Field& field = **it;
            QVERIFY2(!field.label.isEmpty(), qPrintable(field.id));
            if (field.kind == FieldKind::Select) {
                QVERIFY2(field.codeList && !field.codeList->entries().empty(), qPrintable(field.id));
            }
        }
    }

    void structures_data()
    {
        QTest::addColumn<QString>("formId");
        QTest::addColumn<QString>("expectedSteps");
        QTest::addColumn<int>("rules");
        QTest::newRow("meldebescheinigung") << QStringLiteral("meldebescheinigung")
                                            << QStringLiteral("G99000001 1:1, G99000002 1:1, G99000010 1:1") << 2;
        QTest::newRow("hundesteuer-anmeldung")
            << QStringLiteral("hundesteuer-anmeldung")
            << QStringLiteral("G99000001 1:1, G99000002 1:1, G99000020 1:5, G99000021 1:1, G99000022 1:1") << 9;
        QTest::newRow("bewohnerparkausweis")
            << QStringLiteral("bewohnerparkausweis")
            << QStringLiteral("G99000001 1:1, G99000002 1:1, G99000040 1:1, G99000041 1:1") << 4;
        QTest::newRow("fuehrungszeugnis")
            << QStringLiteral("fuehrungszeugnis")
            << QStringLiteral("G99000001 1:1, G99000002 1:1, G99000030 1:1, G99000032 1:1") << 6;
        QTest::newRow("sperrmuell") << QStringLiteral("sperrmuell")
                                    << QStringLiteral("G99000003 1:1, G99000050 1:1, G99000051 1:20") << 4;
        QTest::newRow("gewerbeanmeldung")
            << QStringLiteral("gewerbeanmeldung")
            << QStringLiteral("G99000001 1:1, G99000002 1:1, G99000060 1:1, G99000061 1:1, G99000062 1:1") << 8;
        QTest::newRow("blaue-karte") << QStringLiteral("blaue-karte") << QString() << 3;
    }

    void structures()
    {
        QFETCH(QString, formId);
        QFETCH(QString, expectedSteps);
        QFETCH(int, rules);
        const std::optional<FormSchema> schema = load(formId);
        QVERIFY(schema);
        if (!expectedSteps.isEmpty()) {
            QCOMPARE(steps(*schema), expectedSteps);
            // One step of the wizard is one group of a few questions.
            for (const Member& member : schema->root.members) {
                QVERIFY2(member.group, qPrintable(member.id()));
                QVERIFY2(member.group->members.size() >= 3 && member.group->members.size() <= 10,
                         qPrintable(member.id()));
            }
        }
        QCOMPARE(int(schema->rules().size()), rules);
    }

    void fieldTypes_data()
    {
        QTest::addColumn<QString>("formId");
        QTest::addColumn<QString>("fieldId");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("type");
        const auto row = [](const char* form, const char* field, const char* kind, const char* type) {
            QTest::addRow("%s %s", form, field) << QString::fromLatin1(form) << QString::fromLatin1(field)
                                                << QString::fromLatin1(kind) << QString::fromLatin1(type);
        };
        for (const char* form : {"meldebescheinigung",
                                 "hundesteuer-anmeldung",
                                 "bewohnerparkausweis",
                                 "fuehrungszeugnis",
                                 "gewerbeanmeldung"}) {
            row(form, "F99000001", "input", "text");
            row(form, "F99000005", "input", "date");
            row(form, "F99000007", "select", "text");
            row(form, "F99000009", "input", "text");
        }
        row("meldebescheinigung", "F99000101", "select", "text");
        row("meldebescheinigung", "F99000102", "label", "text");
        row("meldebescheinigung", "F99000105", "input", "num_int");
        row("hundesteuer-anmeldung", "F99000204", "input", "date");
        row("hundesteuer-anmeldung", "F99000212", "select", "text");
        row("hundesteuer-anmeldung", "F99000213", "input", "file");
        row("bewohnerparkausweis", "F99000401", "input", "text");
        row("bewohnerparkausweis", "F99000402", "input", "bool");
        row("bewohnerparkausweis", "F99000411", "select", "text");
        row("fuehrungszeugnis", "F99000301", "input", "bool");
        row("fuehrungszeugnis", "F99000303", "select", "text");
        row("fuehrungszeugnis", "F99000304", "input", "bool");
        row("fuehrungszeugnis", "F99000311", "input", "text");
        row("sperrmuell", "F99000011", "input", "text");
        row("sperrmuell", "F99000505", "input", "date");
        row("sperrmuell", "F99000511", "select", "text");
        row("sperrmuell", "F99000512", "input", "num_int");
        row("gewerbeanmeldung", "F99000601", "select", "text");
        row("gewerbeanmeldung", "F99000606", "input", "num_currency");
        row("gewerbeanmeldung", "F99000615", "input", "text");
        row("gewerbeanmeldung", "F99000624", "input", "file");
    }

    void fieldTypes()
    {
        QFETCH(QString, formId);
        QFETCH(QString, fieldId);
        QFETCH(QString, kind);
        QFETCH(QString, type);
        const std::optional<FormSchema> schema = load(formId);
        QVERIFY(schema);
        const Field* field = schema->field(fieldId);
        QVERIFY(field);
        QCOMPARE(codeOf(field->kind), kind);
        QCOMPARE(codeOf(field->type), type);
    }

    // The DESTATIS lists are complete, so the nationality and state fields show the filter list
    // (SelectEditor: tiles only up to seven values), with Deutschland first.
    void nationalityAndStateFieldsHaveTheCompleteLists_data()
    {
        QTest::addColumn<QString>("formId");
        QTest::addColumn<QString>("fieldId");
        QTest::addColumn<int>("entries");
        for (const char* form : {"meldebescheinigung",
                                 "hundesteuer-anmeldung",
                                 "bewohnerparkausweis",
                                 "fuehrungszeugnis",
                                 "gewerbeanmeldung"}) {
            QTest::addRow("%s F99000007", form) << QString::fromLatin1(form) << QStringLiteral("F99000007") << 208;
        }
        QTest::newRow("blaue-karte F00000039") << QStringLiteral("blaue-karte") << QStringLiteral("F00000039") << 208;
        QTest::newRow("blaue-karte F00000038 (Staat)")
            << QStringLiteral("blaue-karte") << QStringLiteral("F00000038") << 197;
    }

    void nationalityAndStateFieldsHaveTheCompleteLists()
    {
        QFETCH(QString, formId);
        QFETCH(QString, fieldId);
        QFETCH(int, entries);
        const std::optional<FormSchema> schema = load(formId);
        QVERIFY(schema);
        const Field* field = schema->field(fieldId);
        QVERIFY(field);
        QVERIFY(field->codeList);
        QCOMPARE(int(field->codeList->entries().size()), entries);
        QVERIFY(field->codeList->entries().size() > 7);
        QCOMPARE(field->codeList->entries().front().code, QStringLiteral("000"));
    }

    void constraintsAndRules()
    {
        const std::optional<FormSchema> hund = load(QStringLiteral("hundesteuer-anmeldung"));
        QVERIFY(hund);
        const Field* plz = hund->field(QStringLiteral("F99000009"));
        QVERIFY(plz);
        QVERIFY(plz->constraints.compiledPattern.match(QStringLiteral("12345")).hasMatch());
        QVERIFY(!plz->constraints.compiledPattern.match(QStringLiteral("1234")).hasMatch());
        // The dog's time with its keeper starts on or after its birth.
        const Group* dog = hund->group(QStringLiteral("G99000020"));
        QVERIFY(dog);
        bool relativeRange = false;
        for (const Rule& rule : dog->rules) {
            if (rule.condition->kind == Condition::Kind::DateRange) {
                QCOMPARE(rule.condition->targets, QStringList{QStringLiteral("F99000204")});
                QCOMPARE(rule.condition->notBefore, QStringLiteral("F99000203"));
                relativeRange = true;
            }
        }
        QVERIFY(relativeRange);

        // Führungszeugnis: the authority's address only for a Behördenführungszeugnis.
        const std::optional<FormSchema> fz = load(QStringLiteral("fuehrungszeugnis"));
        QVERIFY(fz);
        bool authorityVisibleIf = false;
        for (const Rule& rule : fz->group(QStringLiteral("G99000030"))->rules) {
            if (rule.condition->kind == Condition::Kind::VisibleIf &&
                rule.condition->targets == QStringList{QStringLiteral("G99000031")}) {
                QCOMPARE(rule.condition->trigger, QStringLiteral("F99000304"));
                QCOMPARE(rule.condition->triggerValue, QStringLiteral("true"));
                authorityVisibleIf = true;
            }
        }
        QVERIFY(authorityVisibleIf);

        // Sperrmüll: telephone or e-mail.
        const std::optional<FormSchema> sperr = load(QStringLiteral("sperrmuell"));
        QVERIFY(sperr);
        const Rule& either = sperr->group(QStringLiteral("G99000003"))->rules.at(0);
        QCOMPARE(either.condition->kind, Condition::Kind::OneOf);
        QCOMPARE(either.condition->targets, QStringList({QStringLiteral("F99000011"), QStringLiteral("F99000012")}));
    }

    void eidPrefillNamesExistingFields()
    {
        const QJsonObject prefill = readJson(QStringLiteral(":/forms/eid-prefill.json"));
        QCOMPARE(prefill.value(QStringLiteral("format")).toString(), QStringLiteral("buergerterminal-eid-prefill"));
        const QJsonObject groups = prefill.value(QStringLiteral("dataGroups")).toObject();
        const QJsonObject fields = prefill.value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.size(), qsizetype(10));
        QSet<QString> shippedFields;
        for (const QString& formId : formIndex().keys()) {
            const std::optional<FormSchema> schema = load(formId);
            QVERIFY(schema);
            for (auto it = schema->fieldsById().begin(); it != schema->fieldsById().end(); ++it) {
                shippedFields.insert(it.key());
            }
        }
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QVERIFY2(shippedFields.contains(it.key()), qPrintable(it.key()));
            const QString group = it.value().toObject().value(QStringLiteral("dataGroup")).toString();
            QVERIFY2(groups.contains(group), qPrintable(it.key() + u' ' + group));
        }
        // The person's data appear in every form of the terminal's own, always as the same fields.
        for (const QString& formId : formIndex().keys()) {
            if (formId == u"blaue-karte") {
                continue; // the real BMI schema: its fields are reused for other persons, not prefilled
            }
            const std::optional<FormSchema> schema = load(formId);
            QVERIFY(schema->field(QStringLiteral("F99000001")));
            QVERIFY(schema->field(QStringLiteral("F99000002")));
            QVERIFY(schema->field(QStringLiteral("F99000008")));
        }
    }

    void everyCatalogFormIsShipped()
    {
        const QJsonObject forms = formIndex();
        const QJsonObject catalog = readJson(QStringLiteral(":/catalog/catalog.json"));
        QSet<QString> linked;
        for (const QJsonValue& service : catalog.value(QStringLiteral("services")).toArray()) {
            const QJsonObject channel = service.toObject().value(QStringLiteral("channel")).toObject();
            if (channel.value(QStringLiteral("kind")).toString() == u"terminal") {
                const QString formId = channel.value(QStringLiteral("formId")).toString();
                QVERIFY2(forms.contains(formId), qPrintable(formId));
                linked.insert(formId);
            }
        }
        // And every shipped form is offered by a service.
        const QStringList shipped = forms.keys();
        QCOMPARE(linked, QSet<QString>(shipped.begin(), shipped.end()));
    }
};

QTEST_GUILESS_MAIN(tst_ShippedForms)
#include "tst_ShippedForms.moc"
