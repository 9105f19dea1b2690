// The signed catalog update (CatalogUpdate::open) and what the terminal does at start with the
// update staff installed (CatalogStore::load): used when it checks out and is newer, the built-in
// catalog when that is newer, and no catalog at all (the terminal goes out of order, with the
// reason for staff) when the installed file no longer checks out.
#include "Catalog.h"
#include "CatalogSigner.h"
#include "CatalogStore.h"
#include "CatalogUpdate.h"
#include "OzgTaxonomy.h"

#include <QDir>
#include <QFile>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

void btInitTerminalResources();

using bt::app::Catalog;
using bt::app::CatalogSigner;
using bt::app::CatalogStore;
using bt::app::CatalogUpdate;
using bt::app::Failure;
using bt::app::OzgTaxonomy;

namespace {

// An Ed25519 key pair as the operator makes it with openssl: the PEM private key for signing and
// the base64 DER public key as terminal.conf holds it.
struct SigningKey
{
    QByteArray privatePem;
    QString publicBase64;

    static SigningKey generate()
    {
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"),
                                                                 &EVP_PKEY_free);
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
        if (!key || !bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
            qFatal("cannot make an Ed25519 key");
        }
        char* pem = nullptr;
        const long pemLength = BIO_get_mem_data(bio.get(), &pem);
        unsigned char* der = nullptr;
        const int derLength = i2d_PUBKEY(key.get(), &der);
        SigningKey made{QByteArray(pem, pemLength),
                        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(der), derLength).toBase64())};
        OPENSSL_free(der);
        return made;
    }
};

} // namespace

class tst_CatalogUpdate : public QObject
{
    Q_OBJECT

    std::optional<OzgTaxonomy> m_taxonomy;
    QByteArray m_shippedBytes;
    QString m_shippedVersion;
    SigningKey m_operator = SigningKey::generate();
    SigningKey m_stranger = SigningKey::generate();

    // The shipped catalog under another version number.
    QByteArray catalogVersion(const QString& version) const
    {
        QString text = QString::fromUtf8(m_shippedBytes);
        text.replace(QRegularExpression(QStringLiteral("\"catalogVersion\": \"[0-9.]+\"")),
                     QStringLiteral("\"catalogVersion\": \"%1\"").arg(version));
        return text.toUtf8();
    }

    // A newer catalog in a format version this build does not read.
    QByteArray futureFormatCatalog() const
    {
        QByteArray catalog = catalogVersion(QStringLiteral("2099.1.1"));
        if (!catalog.contains("\"formatVersion\": 1,")) {
            qFatal("the shipped catalog does not state its format version as expected");
        }
        return catalog.replace("\"formatVersion\": 1,", "\"formatVersion\": 2,");
    }

    static QByteArray signedBy(const SigningKey& key, const QByteArray& catalog)
    {
        Failure failure;
        const std::optional<QByteArray> update = CatalogSigner::sign(catalog, key.privatePem, &failure);
        if (!update) {
            qFatal("signing failed: %s", qPrintable(failure.staffDetail()));
        }
        return *update;
    }

    // Well formed in every part; only the key that signed it is not the configured one.
    QByteArray foreignUpdate() const { return signedBy(m_stranger, catalogVersion(QStringLiteral("2099.1.1"))); }

    // One byte of the signed catalog changed after signing: still valid base64, still a valid
    // catalog ("{" becomes "[", base64 "ew" becomes "Ww").
    QByteArray tamperedUpdate() const
    {
        QByteArray update = signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1")));
        const qsizetype at = update.indexOf("\"catalog\": \"ew");
        if (at < 0) {
            qFatal("the signed catalog does not start as expected");
        }
        update[at + 12] = 'W';
        return update;
    }

    static bool write(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        btInitTerminalResources();
        Failure failure;
        m_taxonomy = OzgTaxonomy::loadShipped(&failure);
        QVERIFY2(m_taxonomy, qPrintable(failure.staffDetail()));
        QFile shipped(QString::fromLatin1(Catalog::resourcePath));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        m_shippedBytes = shipped.readAll();
        const std::optional<Catalog> catalog = Catalog::parse(m_shippedBytes, *m_taxonomy, &failure);
        QVERIFY2(catalog, qPrintable(failure.staffDetail()));
        m_shippedVersion = catalog->catalogVersion();
    }

    void opensAWellSignedUpdate()
    {
        const QByteArray catalog = catalogVersion(QStringLiteral("2099.1.1"));
        Failure failure;
        const std::optional<QByteArray> opened =
            CatalogUpdate::open(signedBy(m_operator, catalog), m_operator.publicBase64, &failure);
        QVERIFY2(opened, qPrintable(failure.staffDetail()));
        QCOMPARE(*opened, catalog);
    }

    void withoutAValidKeyNothingOpens()
    {
        const QByteArray update = signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1")));
        for (const QString& key : {QString(), QStringLiteral("bm90IGEga2V5"), m_operator.publicBase64.left(20)}) {
            Failure failure;
            QVERIFY(!CatalogUpdate::open(update, key, &failure));
            QCOMPARE(failure.code(), Failure::Code::Catalog_UpdateKeyInvalid);
            QCOMPARE(failure.staffDetail(),
                     QStringLiteral("no valid update key is configured ([catalog] update_public_key)"));
        }
    }

    void refusesWhatDoesNotCheckOut_data()
    {
        using Code = Failure::Code;
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray good = signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1")));
        QTest::newRow("signed with another key")
            << foreignUpdate() << Code::Catalog_SignatureMismatch << "signature: does not match";
        QTest::newRow("payload changed after signing")
            << tamperedUpdate() << Code::Catalog_SignatureMismatch << "signature: does not match";
        QByteArray otherSignature = good;
        const qsizetype signatureAt = otherSignature.indexOf("\"signature\": \"") + 14;
        otherSignature[signatureAt] = otherSignature[signatureAt] == 'A' ? 'B' : 'A';
        QTest::newRow("signature changed")
            << otherSignature << Code::Catalog_SignatureMismatch << "signature: does not match";
        QTest::newRow("truncated") << good.left(good.size() / 2) << Code::Catalog_NotJson << "offset";
        QTest::newRow("empty") << QByteArray() << Code::Catalog_NotJson << "offset";
        QTest::newRow("not an update") << m_shippedBytes << Code::Catalog_WrongFormat << "format: must be";
        QTest::newRow("root not an object") << QByteArray("[" + good + "]") << Code::Catalog_WrongFormat
                                            << "format: must be \"buergerterminal-catalog-update\" in an object";
        QByteArray noSignature = good;
        noSignature.replace("\"signature\"", "\"signatur\"");
        QTest::newRow("no signature") << noSignature << Code::Catalog_InvalidData << "signature: must be base64";
    }

    void refusesWhatDoesNotCheckOut()
    {
        QFETCH(QByteArray, file);
        QFETCH(Failure::Code, code);
        QFETCH(QString, reason);
        Failure failure;
        QVERIFY(!CatalogUpdate::open(file, m_operator.publicBase64, &failure));
        QVERIFY2(failure.staffDetail().contains(reason), qPrintable(failure.staffDetail()));
        QCOMPARE(failure.code(), code);
    }

    void aNewerInstalledUpdateIsUsed()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(write(installed, signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1")))));
        Failure failure;
        const std::optional<Catalog> catalog =
            CatalogStore(installed, m_operator.publicBase64).load(*m_taxonomy, &failure);
        QVERIFY2(catalog, qPrintable(failure.staffDetail()));
        QCOMPARE(catalog->catalogVersion(), QStringLiteral("2099.1.1"));
    }

    // A package upgrade brought a built-in catalog newer than the installed update: the built-in
    // one is used, and that is no fault.
    void anOlderInstalledUpdateGivesWayToTheBuiltInCatalog()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(write(installed, signedBy(m_operator, catalogVersion(QStringLiteral("2000.1.1")))));
        Failure failure;
        const std::optional<Catalog> catalog =
            CatalogStore(installed, m_operator.publicBase64).load(*m_taxonomy, &failure);
        QVERIFY2(catalog, qPrintable(failure.staffDetail()));
        QCOMPARE(catalog->catalogVersion(), m_shippedVersion);
        QVERIFY(!failure);
        QVERIFY(failure.staffDetail().isEmpty());
    }

    // Changed on the terminal's disk after it was installed: no catalog, and the reason names the
    // file, so the out-of-order screen tells staff what to do.
    void anInstalledUpdateThatNoLongerChecksOutPutsTheTerminalOutOfOrder_data()
    {
        using Code = Failure::Code;
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray good = signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1")));
        QTest::newRow("signed with another key")
            << foreignUpdate() << Code::Catalog_SignatureMismatch << "signature: does not match";
        QTest::newRow("payload changed") << tamperedUpdate() << Code::Catalog_SignatureMismatch
                                         << "signature: does not match";
        QTest::newRow("truncated") << good.left(good.size() - 40) << Code::Catalog_NotJson << "offset";
        // Signed by the operator, but no valid catalog inside.
        QTest::newRow("signed, not a catalog") << signedBy(m_operator, "{}") << Code::Catalog_WrongFormat << "format";
        QTest::newRow("signed, a catalog of a newer format")
            << signedBy(m_operator, futureFormatCatalog()) << Code::Catalog_UnsupportedVersion
            << "formatVersion: only version 1 is supported";
    }

    void anInstalledUpdateThatNoLongerChecksOutPutsTheTerminalOutOfOrder()
    {
        QFETCH(QByteArray, file);
        QFETCH(Failure::Code, code);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(write(installed, file));
        Failure failure;
        // The log names the code first: what a ticket quotes.
        QTest::ignoreMessage(
            QtCriticalMsg,
            QRegularExpression(QStringLiteral("^%1: installed catalog update .* refused")
                                   .arg(QString::fromLatin1(
                                       QMetaEnum::fromType<Failure::Code>().valueToKey(static_cast<int>(code))))));
        QVERIFY(!CatalogStore(installed, m_operator.publicBase64).load(*m_taxonomy, &failure));
        const QString detail = failure.staffDetail();
        QVERIFY2(detail.contains(QStringLiteral("installed catalog update %1 refused").arg(installed)),
                 qPrintable(detail));
        QVERIFY2(detail.contains(reason), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("--install-catalog")), qPrintable(detail));
        QCOMPARE(failure.code(), code);
    }

    // Something that is not a file where the update should be: refused like a damaged one.
    void anInstalledUpdateThatCannotBeReadPutsTheTerminalOutOfOrder()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(QDir().mkdir(installed));
        Failure failure;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("^Catalog_FileUnreadable: ")));
        QVERIFY(!CatalogStore(installed, m_operator.publicBase64).load(*m_taxonomy, &failure));
        QCOMPARE(failure.code(), Failure::Code::Catalog_FileUnreadable);
        QVERIFY2(failure.staffDetail().contains(QStringLiteral("installed catalog update %1 refused: is not a regular "
                                                               "file")
                                                    .arg(installed)),
                 qPrintable(failure.staffDetail()));
    }

    void withoutAKeyUpdatesAreOff()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(write(installed, signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1")))));
        Failure failure;
        const std::optional<Catalog> catalog = CatalogStore(installed, QString()).load(*m_taxonomy, &failure);
        QVERIFY2(catalog, qPrintable(failure.staffDetail()));
        QCOMPARE(catalog->catalogVersion(), m_shippedVersion);
    }

    // Staff repair a terminal whose installed update was damaged by installing a good one.
    void aGoodUpdateReplacesARefusedOne()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(write(installed, "garbage"));
        const CatalogStore store(installed, m_operator.publicBase64);
        Failure failure;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("replacing a refused update")));
        const std::optional<Catalog> catalog =
            store.install(signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1"))), *m_taxonomy, &failure);
        QVERIFY2(catalog, qPrintable(failure.staffDetail()));
        const std::optional<Catalog> loaded = store.load(*m_taxonomy, &failure);
        QVERIFY2(loaded, qPrintable(failure.staffDetail()));
        QCOMPARE(loaded->catalogVersion(), QStringLiteral("2099.1.1"));
    }

    // Installing checks against what is in use: nothing older than the built-in catalog, and
    // nothing signed by another key, whatever its version.
    void installRefusesOlderAndForeignUpdates()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        const CatalogStore store(installed, m_operator.publicBase64);
        Failure failure;
        QVERIFY(
            !store.install(signedBy(m_operator, catalogVersion(QStringLiteral("2000.1.1"))), *m_taxonomy, &failure));
        QVERIFY2(failure.staffDetail().contains(QStringLiteral("is not newer")), qPrintable(failure.staffDetail()));
        QCOMPARE(failure.code(), Failure::Code::Catalog_UpdateNotNewer);
        QVERIFY(!store.install(foreignUpdate(), *m_taxonomy, &failure));
        QVERIFY2(failure.staffDetail().contains(QStringLiteral("signature: does not match")),
                 qPrintable(failure.staffDetail()));
        QCOMPARE(failure.code(), Failure::Code::Catalog_SignatureMismatch);
        // A catalog this build cannot read is not installed, however well signed.
        QVERIFY(!store.install(signedBy(m_operator, futureFormatCatalog()), *m_taxonomy, &failure));
        QCOMPARE(failure.staffDetail(), QStringLiteral("catalog: formatVersion: only version 1 is supported"));
        QCOMPARE(failure.code(), Failure::Code::Catalog_UnsupportedVersion);
        QVERIFY(!QFile::exists(installed));
    }
};

QTEST_GUILESS_MAIN(tst_CatalogUpdate)
#include "tst_CatalogUpdate.moc"
