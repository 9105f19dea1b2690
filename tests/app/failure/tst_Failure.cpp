#include "Failure.h"
#include "LanguageManager.h"

#include <QMetaEnum>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using bt::app::Failure;
using bt::app::LanguageManager;
using Code = Failure::Code;

namespace {

// Every code but None, as the enum declares them.
QList<Code> allCodes()
{
    const QMetaEnum codes = QMetaEnum::fromType<Code>();
    QList<Code> all;
    for (int i = 0; i < codes.keyCount(); ++i) {
        if (static_cast<Code>(codes.value(i)) != Code::None) {
            all.append(static_cast<Code>(codes.value(i)));
        }
    }
    return all;
}

QString nameOf(Code code)
{
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(static_cast<int>(code)));
}

} // namespace

// Sends failures from the thread it lives on, as the workers of search, drafts and printing do.
class Emitter : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void failed(const bt::app::Failure& failure);
};

class tst_Failure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Failure::registerMetaType(); }

    void aDefaultFailureIsNoFailure()
    {
        const Failure none;
        QVERIFY(!none);
        QCOMPARE(none.code(), Code::None);
        QVERIFY(none.staffDetail().isEmpty());
        QVERIFY(none.citizenMessage().isEmpty());
        QVERIFY(Failure(Code::Draft_NotSaved, QStringLiteral("disk full")));
    }

    // What a ticket quotes: "Code_Name: detail", the same through any QDebug.
    void logsNameTheCodeAndTheDetail()
    {
        const Failure failure(Code::Catalog_SignatureMismatch,
                              QStringLiteral("signature: does not match the catalog and the configured key"));
        QString text;
        QDebug(&text).nospace() << failure; // nospace: a QDebug into a string keeps its last space

        QCOMPARE(text,
                 QStringLiteral("Catalog_SignatureMismatch: signature: does not match the catalog and the "
                                "configured key"));
        QCOMPARE(failure.codeName(), QStringLiteral("Catalog_SignatureMismatch"));

        // In a log line among other words: no quotes around the detail, spaces around the failure.
        QTest::ignoreMessage(QtWarningMsg,
                             "job 7 not printed: Print_QueueMissing: CUPS has no queue named \"Bon\" (retry)");
        qWarning() << "job" << 7 << "not printed:"
                   << Failure(Code::Print_QueueMissing, QStringLiteral("CUPS has no queue named \"Bon\"")) << "(retry)";
    }

    void everyCodeIsNamedAfterItsLibrary_data()
    {
        QTest::addColumn<Code>("code");
        for (const Code code : allCodes()) {
            QTest::newRow(qPrintable(nameOf(code))) << code;
        }
    }

    void everyCodeIsNamedAfterItsLibrary()
    {
        QFETCH(Code, code);
        static const QRegularExpression shape(
            QStringLiteral("^(Catalog|CatalogSigning|Browser|Search|Draft|Form|Print|Screenshots)_[A-Z][A-Za-z]+$"));
        const QString name = Failure(code, {}).codeName();
        QVERIFY2(shape.match(name).hasMatch(), qPrintable(name));
        QCOMPARE(name, nameOf(code));
    }

    // Short, plain, and nothing of the detail: no file, no field, no code name, no placeholder.
    void everyCodeHasAPlainMessageForTheCitizen_data() { everyCodeIsNamedAfterItsLibrary_data(); }

    void everyCodeHasAPlainMessageForTheCitizen()
    {
        QFETCH(Code, code);
        const Failure failure(code, QStringLiteral("/etc/buergerterminal/terminal.conf:7: catalog.update_public_key"));
        const QString message = failure.citizenMessage();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.size() <= 120, qPrintable(message));
        static const QRegularExpression technical(QStringLiteral("[/\\\\:_%<>{}]|\\.(json|xml|conf|sqlite)\\b"));
        QVERIFY2(!technical.match(message).hasMatch(), qPrintable(message));
        QVERIFY2(!message.contains(failure.codeName()), qPrintable(message));
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
    }

    // German is the default language and complete; English is the source text.
    void citizenMessagesAreTranslated_data() { everyCodeIsNamedAfterItsLibrary_data(); }

    void citizenMessagesAreTranslated()
    {
        QFETCH(Code, code);
        const Failure failure(code, QStringLiteral("detail"));
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        const QString english = failure.citizenMessage();
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        const QString german = failure.citizenMessage();
        QVERIFY(!german.isEmpty());
        QVERIFY2(german != english, qPrintable(english));
    }

    void theMessageFollowsTheKindOfFailure()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QCOMPARE(Failure(Code::Catalog_SignatureMismatch, {}).citizenMessage(),
                 QStringLiteral("Dieser Dienst ist gerade nicht verfügbar. Bitte wenden Sie sich an das Personal."));
        QCOMPARE(Failure(Code::Print_QueueMissing, {}).citizenMessage(),
                 Failure(Code::Print_NotAccepted, {}).citizenMessage());
        QVERIFY(Failure(Code::Print_QueueMissing, {}).citizenMessage() !=
                Failure(Code::Draft_NotSaved, {}).citizenMessage());
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(Failure(Code::Search_IndexUnavailable, {}).citizenMessage(),
                 QStringLiteral("Searching is not possible at the moment. Please choose a topic instead."));
    }

    void whereIsAddedInFrontAndTheCodeStays()
    {
        Failure failure(Code::Catalog_InvalidData, QStringLiteral("services[3].fee: must be an object"));
        failure.prependWhere(QStringLiteral("catalog"));
        QCOMPARE(failure.staffDetail(), QStringLiteral("catalog: services[3].fee: must be an object"));
        QCOMPARE(failure.code(), Code::Catalog_InvalidData);
        QCOMPARE(failure,
                 Failure(Code::Catalog_InvalidData, QStringLiteral("catalog: services[3].fee: must be an object")));
    }

    // The way search, drafts and printing report: from a worker thread, queued to the UI thread.
    void aQueuedSignalCarriesCodeAndDetailAcrossThreads()
    {
        QThread worker;
        Emitter emitter;
        emitter.moveToThread(&worker);
        worker.start();
        QObject receiver;
        Failure received;
        QThread* receivedOn = nullptr;
        connect(&emitter, &Emitter::failed, &receiver, [&](const Failure& failure) {
            received = failure;
            receivedOn = QThread::currentThread();
        });
        QThread* sentOn = nullptr;
        QMetaObject::invokeMethod(&emitter, [&emitter, &sentOn] {
            sentOn = QThread::currentThread();
            Q_EMIT emitter.failed(Failure(Code::Draft_StoreUnavailable, QStringLiteral("cannot open /var/lib/x")));
        });
        QTRY_VERIFY(received);
        QCOMPARE(received.code(), Code::Draft_StoreUnavailable);
        QCOMPARE(received.staffDetail(), QStringLiteral("cannot open /var/lib/x"));
        QCOMPARE(sentOn, &worker);
        QCOMPARE(receivedOn, QThread::currentThread());
        // As a QVariant (a QSignalSpy, generic code): the failure itself, or its detail as text.
        const QVariant variant = QVariant::fromValue(received);
        QCOMPARE(variant.value<Failure>(), received);
        QCOMPARE(variant.toString(), received.staffDetail());
        worker.quit();
        QVERIFY(worker.wait(5000));
    }
};

QTEST_GUILESS_MAIN(tst_Failure)
#include "tst_Failure.moc"
