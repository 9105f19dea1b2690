// The signed catalog update (CatalogUpdate::open) and what the terminal does at start with the
// update staff installed (CatalogStore::load): used when it checks out and is newer, the built-in
// catalog when that is newer, and no catalog at all (the terminal goes out of order, with the
// reason for staff) when the installed file no longer checks out.
#include "Catalog.h"
#include "CatalogSigner.h"
#include "CatalogStore.h"
#include "CatalogUpdate.h"
#include "OzgTaxonomy.h"

#include <QFile>
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

    static QByteArray signedBy(const SigningKey& key, const QByteArray& catalog)
    {
        QString error;
        const std::optional<QByteArray> update = CatalogSigner::sign(catalog, key.privatePem, &error);
        if (!update) {
            qFatal("signing failed: %s", qPrintable(error));
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
        QString error;
        m_taxonomy = OzgTaxonomy::loadShipped(&error);
        QVERIFY2(m_taxonomy, qPrintable(error));
        QFile shipped(QString::fromLatin1(Catalog::resourcePath));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        m_shippedBytes = shipped.readAll();
        const std::optional<Catalog> catalog = Catalog::parse(m_shippedBytes, *m_taxonomy, &error);
        QVERIFY2(catalog, qPrintable(error));
        m_shippedVersion = catalog->catalogVersion();
    }

    void opensAWellSignedUpdate()
    {
        const QByteArray catalog = catalogVersion(QStringLiteral("2099.1.1"));
        QString error;
        const std::optional<QByteArray> opened = CatalogUpdate::open(signedBy(m_operator, catalog),
                                                                     m_operator.publicBase64, &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(*opened, catalog);
    }

    void refusesWhatDoesNotCheckOut_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason");
        const QByteArray good = signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1")));
        QTest::newRow("signed with another key") << foreignUpdate() << "signature: does not match";
        QTest::newRow("payload changed after signing") << tamperedUpdate() << "signature: does not match";
        QByteArray otherSignature = good;
        const qsizetype signatureAt = otherSignature.indexOf("\"signature\": \"") + 14;
        otherSignature[signatureAt] = otherSignature[signatureAt] == 'A' ? 'B' : 'A';
        QTest::newRow("signature changed") << otherSignature << "signature: does not match";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "offset";
        QTest::newRow("empty") << QByteArray() << "offset";
        QTest::newRow("not an update") << m_shippedBytes << "format: must be";
        QByteArray noSignature = good;
        noSignature.replace("\"signature\"", "\"signatur\"");
        QTest::newRow("no signature") << noSignature << "signature: must be base64";
    }

    void refusesWhatDoesNotCheckOut()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!CatalogUpdate::open(file, m_operator.publicBase64, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void aNewerInstalledUpdateIsUsed()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(write(installed, signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1")))));
        QString error;
        const std::optional<Catalog> catalog =
            CatalogStore(installed, m_operator.publicBase64).load(*m_taxonomy, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->catalogVersion(), QStringLiteral("2099.1.1"));
    }

    // A package upgrade brought a built-in catalog newer than the installed update: the built-in
    // one is used, and that is no fault.
    void anOlderInstalledUpdateGivesWayToTheBuiltInCatalog()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(write(installed, signedBy(m_operator, catalogVersion(QStringLiteral("2000.1.1")))));
        QString error;
        const std::optional<Catalog> catalog =
            CatalogStore(installed, m_operator.publicBase64).load(*m_taxonomy, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->catalogVersion(), m_shippedVersion);
        QVERIFY(error.isEmpty());
    }

    // Changed on the terminal's disk after it was installed: no catalog, and the reason names the
    // file, so the out-of-order screen tells staff what to do.
    void anInstalledUpdateThatNoLongerChecksOutPutsTheTerminalOutOfOrder_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason");
        const QByteArray good = signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1")));
        QTest::newRow("signed with another key") << foreignUpdate() << "signature: does not match";
        QTest::newRow("payload changed") << tamperedUpdate() << "signature: does not match";
        QTest::newRow("truncated") << good.left(good.size() - 40) << "offset";
        // Signed by the operator, but no valid catalog inside.
        QTest::newRow("signed, not a catalog") << signedBy(m_operator, "{}") << "format";
    }

    void anInstalledUpdateThatNoLongerChecksOutPutsTheTerminalOutOfOrder()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(write(installed, file));
        QString error;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("refused")));
        QVERIFY(!CatalogStore(installed, m_operator.publicBase64).load(*m_taxonomy, &error));
        QVERIFY2(error.contains(QStringLiteral("installed catalog update %1 refused").arg(installed)),
                 qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("--install-catalog")), qPrintable(error));
    }

    void withoutAKeyUpdatesAreOff()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(write(installed, signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1")))));
        QString error;
        const std::optional<Catalog> catalog = CatalogStore(installed, QString()).load(*m_taxonomy, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->catalogVersion(), m_shippedVersion);
    }

    // Staff repair a terminal whose installed update was damaged by installing a good one.
    void aGoodUpdateReplacesARefusedOne()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        QVERIFY(write(installed, "garbage"));
        const CatalogStore store(installed, m_operator.publicBase64);
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("replacing a refused update")));
        const std::optional<Catalog> catalog =
            store.install(signedBy(m_operator, catalogVersion(QStringLiteral("2099.1.1"))), *m_taxonomy, &error);
        QVERIFY2(catalog, qPrintable(error));
        const std::optional<Catalog> loaded = store.load(*m_taxonomy, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->catalogVersion(), QStringLiteral("2099.1.1"));
    }

    // Installing checks against what is in use: nothing older than the built-in catalog, and
    // nothing signed by another key, whatever its version.
    void installRefusesOlderAndForeignUpdates()
    {
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("catalog-update.json"));
        const CatalogStore store(installed, m_operator.publicBase64);
        QString error;
        QVERIFY(!store.install(signedBy(m_operator, catalogVersion(QStringLiteral("2000.1.1"))), *m_taxonomy, &error));
        QVERIFY2(error.contains(QStringLiteral("is not newer")), qPrintable(error));
        QVERIFY(!store.install(foreignUpdate(), *m_taxonomy, &error));
        QVERIFY2(error.contains(QStringLiteral("signature: does not match")), qPrintable(error));
        QVERIFY(!QFile::exists(installed));
    }
};

QTEST_GUILESS_MAIN(tst_CatalogUpdate)
#include "tst_CatalogUpdate.moc"
