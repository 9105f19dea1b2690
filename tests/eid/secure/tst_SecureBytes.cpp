#include "SecureBytes.h"

#include <QTest>

#include <algorithm>

using bt::eid::SecureBytes;

class tst_SecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndView()
    {
        SecureBytes bytes;
        QVERIFY(bytes.isEmpty());
        bytes.append(QByteArrayView("1234"));
        bytes.append('5');
        QCOMPARE(bytes.size(), std::size_t(5));
        QCOMPARE(bytes.view(), QByteArrayView("12345"));
        QVERIFY(bytes.equals("12345"));
        QVERIFY(!bytes.equals("12346"));
        QVERIFY(!bytes.equals("1234"));
    }

    void clearZeroesTheWholeStorage()
    {
        SecureBytes bytes(QByteArrayView("Erika Mustermann"));
        const unsigned char* storage = bytes.storage();
        const std::size_t capacity = bytes.capacity();
        QVERIFY(capacity >= 16);
        bytes.clear();
        QCOMPARE(bytes.size(), std::size_t(0));
        // clear() keeps the storage, so it can be inspected: every byte must be zero.
        QCOMPARE(bytes.storage(), storage);
        QVERIFY(std::all_of(storage, storage + capacity, [](unsigned char c) { return c == 0; }));
    }

    void chopZeroesTheRemovedByte()
    {
        SecureBytes pin(QByteArrayView("123456"));
        pin.chop();
        QCOMPARE(pin.view(), QByteArrayView("12345"));
        QCOMPARE(pin.storage()[5], static_cast<unsigned char>(0));
        SecureBytes empty;
        empty.chop(); // must not underflow
        QVERIFY(empty.isEmpty());
    }

    void growingKeepsContent()
    {
        SecureBytes bytes;
        QByteArray expected;
        for (int i = 0; i < 1000; ++i) {
            const char c = static_cast<char>('a' + i % 26);
            bytes.append(c);
            expected.append(c);
        }
        QCOMPARE(bytes.view(), QByteArrayView(expected));
    }

    void moveLeavesSourceEmpty()
    {
        SecureBytes source(QByteArrayView("secret"));
        SecureBytes target = std::move(source);
        QCOMPARE(target.view(), QByteArrayView("secret"));
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): defined state is the point
        QCOMPARE(source.storage(), nullptr);
        SecureBytes other(QByteArrayView("x"));
        other = std::move(target);
        QCOMPARE(other.view(), QByteArrayView("secret"));
    }

    void cloneIsIndependent()
    {
        SecureBytes original(QByteArrayView("abc"));
        SecureBytes copy = original.clone();
        original.clear();
        QCOMPARE(copy.view(), QByteArrayView("abc"));
        QVERIFY(copy.storage() != original.storage());
    }
};

QTEST_APPLESS_MAIN(tst_SecureBytes)
#include "tst_SecureBytes.moc"
