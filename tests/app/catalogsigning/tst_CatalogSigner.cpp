// Signing a catalog update on the operator's workstation (buergerterminal-tools --sign-catalog):
// the update carries the catalog's exact bytes and opens with the matching public key; keys that
// are not Ed25519 private keys are refused with a reason.
#include "CatalogSigner.h"
#include "CatalogUpdate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using bt::app::CatalogSigner;
using bt::app::CatalogUpdate;
using bt::app::Failure;

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

QByteArray pem(EVP_PKEY* key, bool privatePart)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    const int written = privatePart ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
                                    : PEM_write_bio_PUBKEY(bio.get(), key);
    if (written != 1) {
        qFatal("cannot write a PEM key");
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, length);
}

// The public key as terminal.conf holds it: base64 of the DER SubjectPublicKeyInfo.
QString publicBase64(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    const QString base64 = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(der), length).toBase64());
    OPENSSL_free(der);
    return base64;
}

} // namespace

class tst_CatalogSigner : public QObject
{
    Q_OBJECT

    Key m_operator{EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), &EVP_PKEY_free};

private Q_SLOTS:
    void signsTheCatalogsExactBytes()
    {
        const QByteArray catalog = "{\"catalogVersion\": \"2099.1.1\",\n \"services\": []}\n";
        Failure failure;
        const std::optional<QByteArray> update = CatalogSigner::sign(catalog, pem(m_operator.get(), true), &failure);
        QVERIFY2(update, qPrintable(failure.staffDetail()));

        const QJsonObject envelope = QJsonDocument::fromJson(*update).object();
        QCOMPARE(envelope.value(QStringLiteral("format")).toString(), QLatin1StringView(CatalogUpdate::format));
        QCOMPARE(QByteArray::fromBase64(envelope.value(QStringLiteral("catalog")).toString().toLatin1()), catalog);
        QCOMPARE(QByteArray::fromBase64(envelope.value(QStringLiteral("signature")).toString().toLatin1()).size(), 64);
        // What the terminal does with it: the same bytes, verified.
        const std::optional<QByteArray> opened = CatalogUpdate::open(*update, publicBase64(m_operator.get()), &failure);
        QVERIFY2(opened, qPrintable(failure.staffDetail()));
        QCOMPARE(*opened, catalog);
    }

    void refusesWhatIsNotAnEd25519PrivateKey_data()
    {
        QTest::addColumn<QByteArray>("key");
        const Key rsa(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t{2048}), &EVP_PKEY_free);
        QTest::newRow("an RSA private key") << pem(rsa.get(), true);
        QTest::newRow("the Ed25519 public key") << pem(m_operator.get(), false);
        QTest::newRow("not PEM at all") << QByteArray("catalog-signing.pem");
        QTest::newRow("an empty file") << QByteArray();
    }

    void refusesWhatIsNotAnEd25519PrivateKey()
    {
        QFETCH(QByteArray, key);
        Failure failure;
        QVERIFY(!CatalogSigner::sign("{}", key, &failure));
        QCOMPARE(failure.staffDetail(), QStringLiteral("the key is not an Ed25519 private key in PEM form"));
        QCOMPARE(failure.code(), Failure::Code::CatalogSigning_KeyInvalid);
    }
};

QTEST_GUILESS_MAIN(tst_CatalogSigner)
#include "tst_CatalogSigner.moc"
