// TOTP (RFC 6238) and the base 32 encoding of its keys (RFC 4648).

#include "services/Base32.h"
#include "services/Totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using bcp::Base32;
using bcp::Error;
using bcp::Totp;

namespace {

// RFC 6238 Appendix B: the SHA-1 key is the ASCII string "12345678901234567890".
const QByteArray kRfcSecret = QByteArrayLiteral("12345678901234567890");
// An ordinary moment well inside a step: 2021-05-17 12:00:05 UTC.
constexpr qint64 kNow = 1621252805;

} // namespace

class TestTotp : public QObject {
    Q_OBJECT

private slots:
    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void sixDigitsAreTheLowDigits();
    void stepBoundaries();
    void currentCodeAccepted();
    void windowOfOneStepEitherSide();
    void twoStepsAwayRefused();
    void replayRefused();
    void laterCodeAfterUseAccepted();
    void malformedCodesRejected_data();
    void malformedCodesRejected();
    void spacesInCodeAllowed();
    void emptySecretRefused();
    void secretGeneration();
    void provisioningUri();
    void displayKey();

    void base32Vectors_data();
    void base32Vectors();
    void base32TolerantInput();
    void base32InvalidInput_data();
    void base32InvalidInput();
    void base32RoundTrip();
};

void TestTotp::rfc6238Vectors_data() {
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("59") << qint64(59) << "94287082";
    QTest::newRow("1111111109") << qint64(1111111109) << "07081804";
    QTest::newRow("1111111111") << qint64(1111111111) << "14050471";
    QTest::newRow("1234567890") << qint64(1234567890) << "89005924";
    QTest::newRow("2000000000") << qint64(2000000000) << "69279037";
    QTest::newRow("20000000000") << qint64(20000000000LL) << "65353130";
}

void TestTotp::rfc6238Vectors() {
    QFETCH(qint64, time);
    QFETCH(QString, expected);
    QCOMPARE(Totp::code(kRfcSecret, Totp::stepAt(time), 8), expected);
    const auto verified = Totp::verify(kRfcSecret, expected, time, -1, 8);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().text()));
    QCOMPARE(verified.value(), time / 30);
}

void TestTotp::sixDigitsAreTheLowDigits() {
    // The product's 6-digit codes are the same truncation modulo 10^6: the last six digits of the vectors.
    QCOMPARE(Totp::code(kRfcSecret, Totp::stepAt(59)), QStringLiteral("287082"));
    QCOMPARE(Totp::code(kRfcSecret, Totp::stepAt(1111111109)), QStringLiteral("081804"));
    QCOMPARE(Totp::code(kRfcSecret, Totp::stepAt(20000000000LL)), QStringLiteral("353130"));
    QCOMPARE(Totp::code(kRfcSecret, 1, 5), QString());
    QCOMPARE(Totp::code(kRfcSecret, 1, 9), QString());
    QCOMPARE(Totp::code(QByteArray(), 1), QString());
}

void TestTotp::stepBoundaries() {
    QCOMPARE(Totp::stepAt(0), qint64(0));
    QCOMPARE(Totp::stepAt(29), qint64(0));
    QCOMPARE(Totp::stepAt(30), qint64(1));
    QCOMPARE(Totp::stepAt(59), qint64(1));
    QCOMPARE(Totp::stepAt(60), qint64(2));
    QCOMPARE(Totp::stepAt(-1), qint64(-1));
    QCOMPARE(Totp::stepAt(-30), qint64(-1));
    QCOMPARE(Totp::stepAt(-31), qint64(-2));
}

void TestTotp::currentCodeAccepted() {
    const QByteArray secret = Totp::generateSecret();
    const qint64 step = Totp::stepAt(kNow);
    const QString code = Totp::code(secret, step);
    QCOMPARE(code.size(), 6);
    const auto result = Totp::verify(secret, code, kNow);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), step);
}

void TestTotp::windowOfOneStepEitherSide() {
    const QByteArray secret = Totp::generateSecret();
    const qint64 step = Totp::stepAt(kNow);
    for (qint64 offset : {-1, 1}) {
        const auto result = Totp::verify(secret, Totp::code(secret, step + offset), kNow);
        QVERIFY2(result.ok(), qPrintable(QStringLiteral("offset %1").arg(offset)));
        QCOMPARE(result.value(), step + offset);
    }
    // At the first and last second of a step the window is still measured in whole steps.
    const qint64 stepStart = step * 30;
    QVERIFY(Totp::verify(secret, Totp::code(secret, step - 1), stepStart + 29).ok());
    QVERIFY(Totp::verify(secret, Totp::code(secret, step + 1), stepStart).ok());
}

void TestTotp::twoStepsAwayRefused() {
    const QByteArray secret = kRfcSecret;
    const qint64 step = Totp::stepAt(kNow);
    for (qint64 offset : {-2, 2, -3, 3}) {
        const QString code = Totp::code(secret, step + offset);
        // Guard against the one-in-a-million case of the far code equalling a code inside the window.
        bool collides = false;
        for (qint64 near = step - 1; near <= step + 1; ++near)
            collides = collides || Totp::code(secret, near) == code;
        QVERIFY(!collides);
        const auto result = Totp::verify(secret, code, kNow);
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("offset %1 was accepted").arg(offset)));
        QCOMPARE(result.error().kind, Error::Kind::Denied);
        QVERIFY(result.error().message.contains(QStringLiteral("not correct")));
    }
}

void TestTotp::replayRefused() {
    const QByteArray secret = kRfcSecret;
    const qint64 step = Totp::stepAt(kNow);
    const QString code = Totp::code(secret, step);
    const auto first = Totp::verify(secret, code, kNow);
    QVERIFY(first.ok());
    const qint64 lastUsed = first.value();

    // The same code a few seconds later, still inside its step: refused as a replay.
    auto again = Totp::verify(secret, code, kNow + 5, lastUsed);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QVERIFY(again.error().message.contains(QStringLiteral("already been used")));

    // Still refused one step later, when the window would otherwise accept it.
    again = Totp::verify(secret, code, kNow + 30, lastUsed);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);

    // An older code inside the window is refused too: steps never go backwards.
    again = Totp::verify(secret, Totp::code(secret, step - 1), kNow, lastUsed);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
}

void TestTotp::laterCodeAfterUseAccepted() {
    const QByteArray secret = kRfcSecret;
    const qint64 step = Totp::stepAt(kNow);
    const auto next = Totp::verify(secret, Totp::code(secret, step + 1), kNow + 30, step);
    QVERIFY(next.ok());
    QCOMPARE(next.value(), step + 1);
    // A phone running one step ahead may be used right after the current code.
    const auto ahead = Totp::verify(secret, Totp::code(secret, step + 1), kNow, step);
    QVERIFY(ahead.ok());
    QCOMPARE(ahead.value(), step + 1);
}

void TestTotp::malformedCodesRejected_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("five digits") << QStringLiteral("12345");
    QTest::newRow("seven digits") << QStringLiteral("1234567");
    QTest::newRow("letter") << QStringLiteral("12a456");
    QTest::newRow("sign") << QStringLiteral("-12345");
    QTest::newRow("dash") << QStringLiteral("123-456");
    QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤٥٦");
    QTest::newRow("devanagari digits") << QStringLiteral("१२३४५६");
    QTest::newRow("fullwidth digits") << QStringLiteral("１２３４５６");
    QTest::newRow("backup code") << QStringLiteral("7KQM-4XHT");
}

void TestTotp::malformedCodesRejected() {
    QFETCH(QString, input);
    const auto result = Totp::verify(kRfcSecret, input, kNow);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QCOMPARE(result.error().field, QStringLiteral("code"));
    QCOMPARE(result.error().message, QStringLiteral("Enter the 6-digit code from the authenticator app."));
}

void TestTotp::spacesInCodeAllowed() {
    const QString code = Totp::code(kRfcSecret, Totp::stepAt(kNow));
    const QString spaced = QStringLiteral(" %1 %2 ").arg(code.left(3), code.mid(3));
    const auto result = Totp::verify(kRfcSecret, spaced, kNow);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), Totp::stepAt(kNow));
}

void TestTotp::emptySecretRefused() {
    const auto result = Totp::verify(QByteArray(), QStringLiteral("123456"), kNow);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QCOMPARE(result.error().field, QStringLiteral("secret"));
}

void TestTotp::secretGeneration() {
    const QByteArray a = Totp::generateSecret();
    const QByteArray b = Totp::generateSecret();
    QCOMPARE(a.size(), 20);
    QCOMPARE(b.size(), 20);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(20, '\0'));
    QCOMPARE(Base32::encode(a).size(), 32); // 160 bits = 32 base-32 symbols, no padding needed
}

void TestTotp::provisioningUri() {
    QCOMPARE(
        Totp::provisioningUri(QStringLiteral("owner"), kRfcSecret),
        QStringLiteral("otpauth://totp/BoxCostPro:owner?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=BoxCostPro"));

    const QString user = QStringLiteral("ravi.k@shree packaging/मुंबई");
    const QString uri = Totp::provisioningUri(user, kRfcSecret);
    QVERIFY(uri.startsWith(QStringLiteral("otpauth://totp/BoxCostPro:ravi.k%40shree%20packaging%2F%E0%A4%AE")));
    QVERIFY(uri.endsWith(QStringLiteral("?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=BoxCostPro")));

    // What an authenticator app parses out of it.
    const QUrl url(uri);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    QCOMPARE(url.path(QUrl::FullyDecoded), QStringLiteral("/BoxCostPro:") + user);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("BoxCostPro"));
    const auto secret = Base32::decode(query.queryItemValue(QStringLiteral("secret")));
    QVERIFY(secret.ok());
    QCOMPARE(secret.value(), kRfcSecret);
}

void TestTotp::displayKey() {
    QCOMPARE(Totp::displayKey(kRfcSecret), QStringLiteral("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"));
    const auto decoded = Base32::decode(Totp::displayKey(kRfcSecret));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), kRfcSecret);
}

void TestTotp::base32Vectors_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("padded");
    // RFC 4648 section 10.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY======");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ====");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6===");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ=");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI======");
}

void TestTotp::base32Vectors() {
    QFETCH(QByteArray, data);
    QFETCH(QString, padded);
    QString unpadded = padded;
    while (unpadded.endsWith(QLatin1Char('=')))
        unpadded.chop(1);
    QCOMPARE(Base32::encode(data), unpadded);
    for (const QString &input : {padded, unpadded, padded.toLower()}) {
        const auto decoded = Base32::decode(input);
        QVERIFY2(decoded.ok(), qPrintable(input));
        QCOMPARE(decoded.value(), data);
    }
}

void TestTotp::base32TolerantInput() {
    const auto spaced = Base32::decode(QStringLiteral(" gezd gnbv gy3t qojq\tGEZD-GNBV-GY3T-QOJQ \n"));
    QVERIFY(spaced.ok());
    QCOMPARE(spaced.value(), kRfcSecret);
    const auto shortPadding = Base32::decode(QStringLiteral("MZXW6YTBOI="));
    QVERIFY(shortPadding.ok());
    QCOMPARE(shortPadding.value(), QByteArray("foobar"));
}

void TestTotp::base32InvalidInput_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    const QString badChar = QStringLiteral("The key contains '%1', which is not a letter A-Z or a digit 2-7.");
    const QString badLength = QStringLiteral("The key has the wrong length; check that it was copied whole.");
    QTest::newRow("digit 1") << QStringLiteral("MZXW1YTB") << badChar.arg(QLatin1Char('1'));
    QTest::newRow("digit 0") << QStringLiteral("MZXW0YTB") << badChar.arg(QLatin1Char('0'));
    QTest::newRow("digit 8") << QStringLiteral("MZXW8YTB") << badChar.arg(QLatin1Char('8'));
    QTest::newRow("padding inside") << QStringLiteral("MZ=W6YTB") << badChar.arg(QLatin1Char('='));
    QTest::newRow("accented letter") << QStringLiteral("MZXWÉYTB") << badChar.arg(QStringLiteral("É"));
    QTest::newRow("one symbol") << QStringLiteral("M") << badLength;
    QTest::newRow("three symbols") << QStringLiteral("MZX") << badLength;
    QTest::newRow("six symbols") << QStringLiteral("MZXW6Y") << badLength;
}

void TestTotp::base32InvalidInput() {
    QFETCH(QString, input);
    QFETCH(QString, message);
    const auto decoded = Base32::decode(input);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, Error::Kind::Invalid);
    QCOMPARE(decoded.error().field, QStringLiteral("secret"));
    QCOMPARE(decoded.error().message, message);
}

void TestTotp::base32RoundTrip() {
    for (int size = 0; size <= 41; ++size) {
        QByteArray data(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            data[i] = static_cast<char>((i * 73 + size * 29) & 0xff);
        const QString encoded = Base32::encode(data);
        QCOMPARE(encoded.size(), (size * 8 + 4) / 5);
        const auto decoded = Base32::decode(encoded);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), data);
    }
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
