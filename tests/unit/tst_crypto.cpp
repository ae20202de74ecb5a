// Password hashing and policy, backup codes, and the secret box that seals TOTP keys.

#include "services/BackupCodes.h"
#include "services/PasswordHasher.h"
#include "services/SecretBox.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <sodium.h>

#include <optional>

using bcp::BackupCodes;
using bcp::Error;
using bcp::PasswordHasher;
using bcp::SecretBox;

namespace {

const PasswordHasher::Identity kRavi{QStringLiteral("ravik"), QStringLiteral("Ravi Kumar"),
                                     QStringLiteral("shree.boxes@example.com")};

// A hash made directly with libsodium at given costs, as an older release of the product would have stored.
QString sodiumHash(const QByteArray &password, unsigned long long ops, size_t mem, int alg) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(), static_cast<unsigned long long>(password.size()), ops, mem,
                              alg) != 0)
        return {};
    return QString::fromLatin1(out);
}

QByteArray key(char fill) {
    return QByteArray(SecretBox::kKeyBytes, fill);
}

} // namespace

class TestCrypto : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void hashFormatAndParameters();
    void verify();
    void verifyIgnoresUnicodeForm();
    void needsRehash();
    void policyAccepts_data();
    void policyAccepts();
    void policyRejects_data();
    void policyRejects();
    void strength_data();
    void strength();
    void strengthRanksBetterPasswordsHigher();

    void backupCodesFormat();
    void backupCodesNormalise_data();
    void backupCodesNormalise();
    void backupCodesHashAndMatch();
    void backupCodeWorksOnce();
    void backupCodeHashRejectsGarbage();

    void secretBoxRoundTrip();
    void secretBoxFreshNonceEachTime();
    void secretBoxDetectsTampering();
    void secretBoxWrongKey();
    void secretBoxDamagedInput_data();
    void secretBoxDamagedInput();
    void secretBoxKeySize();
    void secretBoxCopiesOutliveOriginal();
};

void TestCrypto::initTestCase() {
    QVERIFY(sodium_init() >= 0);
}

void TestCrypto::hashFormatAndParameters() {
    const auto hashed = PasswordHasher::hash(QStringLiteral("Tangerine-Quartz-77"));
    QVERIFY(hashed.ok());
    static const QRegularExpression format(
        QStringLiteral(R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$)"));
    const auto match = format.match(hashed.value());
    QVERIFY2(match.hasMatch(), qPrintable(hashed.value()));
    const int memoryKiB = match.captured(1).toInt();
    const int passes = match.captured(2).toInt();
    QVERIFY2(memoryKiB >= 19456, "PLATFORM.md: at least 19 MiB");
    QVERIFY2(passes >= 2, "PLATFORM.md: at least 2 passes");
    QCOMPARE(memoryKiB, int(PasswordHasher::kMemLimit / 1024));
    QCOMPARE(passes, int(PasswordHasher::kOpsLimit));

    // Random salt: the same password never gives the same string twice.
    const auto again = PasswordHasher::hash(QStringLiteral("Tangerine-Quartz-77"));
    QVERIFY(again.ok());
    QVERIFY(again.value() != hashed.value());

    QElapsedTimer timer;
    timer.start();
    QVERIFY(PasswordHasher::hash(QStringLiteral("Tangerine-Quartz-77")).ok());
    qInfo("one Argon2id hash at t=%llu, m=%zu MiB: %lld ms", PasswordHasher::kOpsLimit,
          PasswordHasher::kMemLimit / (1024 * 1024), static_cast<long long>(timer.elapsed()));
}

void TestCrypto::verify() {
    const QString password = QStringLiteral("Tangerine-Quartz-77");
    const auto hashed = PasswordHasher::hash(password);
    QVERIFY(hashed.ok());
    QVERIFY(PasswordHasher::verify(hashed.value(), password));
    QVERIFY(!PasswordHasher::verify(hashed.value(), QStringLiteral("tangerine-Quartz-77")));
    QVERIFY(!PasswordHasher::verify(hashed.value(), QStringLiteral("Tangerine-Quartz-77 ")));
    QVERIFY(!PasswordHasher::verify(hashed.value(), QString()));
    QVERIFY(!PasswordHasher::verify(QString(), password));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$garbage"), password));
    QVERIFY(!PasswordHasher::verify(QString(200, QLatin1Char('x')), password));

    // A stored hash with other (older) parameters still verifies: the parameters travel with it.
    const QString old = sodiumHash(password.toUtf8(), 2, 19u * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13);
    QVERIFY(!old.isEmpty());
    QVERIFY(PasswordHasher::verify(old, password));
    QVERIFY(!PasswordHasher::verify(old, QStringLiteral("Tangerine-Quartz-78")));
}

void TestCrypto::verifyIgnoresUnicodeForm() {
    const QString composed = QStringLiteral("Caf\u00e9-au-lait-42");    // é as one code point
    const QString decomposed = QStringLiteral("Cafe\u0301-au-lait-42"); // e + combining acute
    QVERIFY(composed != decomposed);
    const auto hashed = PasswordHasher::hash(decomposed);
    QVERIFY(hashed.ok());
    QVERIFY(PasswordHasher::verify(hashed.value(), composed));
    QVERIFY(PasswordHasher::verify(hashed.value(), decomposed));
}

void TestCrypto::needsRehash() {
    const QByteArray password("Tangerine-Quartz-77");
    const auto current = PasswordHasher::hash(QString::fromLatin1(password));
    QVERIFY(current.ok());
    QVERIFY(!PasswordHasher::needsRehash(current.value()));

    QVERIFY(PasswordHasher::needsRehash(
        sodiumHash(password, 2, 19u * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13))); // cheaper than today
    QVERIFY(PasswordHasher::needsRehash(sodiumHash(password, PasswordHasher::kOpsLimit, PasswordHasher::kMemLimit,
                                                   crypto_pwhash_ALG_ARGON2I13))); // same cost, older algorithm
    QVERIFY(PasswordHasher::needsRehash(QString()));
    QVERIFY(PasswordHasher::needsRehash(QStringLiteral("plain-text-from-an-import")));
}

void TestCrypto::policyAccepts_data() {
    QTest::addColumn<QString>("password");
    QTest::newRow("ten characters") << QStringLiteral("Tangerine7");
    QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple");
    QTest::newRow("hindi") << QStringLiteral("कागज़-के-डिब्बे");
    QTest::newRow("two characters alternating") << QStringLiteral("abababababab");
    QTest::newRow("short name parts are not checked") << QStringLiteral("Alligator-Pie-9");
    QTest::newRow("maximum length") << QString(PasswordHasher::kMaxLength - 1, QLatin1Char('x')) + QLatin1Char('y');
}

void TestCrypto::policyAccepts() {
    QFETCH(QString, password);
    const PasswordHasher::Identity alLi{QStringLiteral("al"), QStringLiteral("Al Li"), QStringLiteral("al@li.in")};
    const auto forRavi = PasswordHasher::checkPolicy(password, kRavi);
    QVERIFY2(forRavi.ok(), qPrintable(forRavi.ok() ? QString() : forRavi.error().text()));
    const auto forAl = PasswordHasher::checkPolicy(password, alLi);
    QVERIFY2(forAl.ok(), qPrintable(forAl.ok() ? QString() : forAl.error().text()));
}

void TestCrypto::policyRejects_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    const QString tooShort = QStringLiteral("The password must be at least 10 characters long.");
    const QString repeated = QStringLiteral("The password must not be one character repeated.");
    const QString username = QStringLiteral("The password must not contain the user name.");
    const QString name = QStringLiteral("The password must not contain the person's name.");
    const QString email = QStringLiteral("The password must not contain the e-mail address.");
    QTest::newRow("empty") << QString() << tooShort;
    QTest::newRow("nine characters") << QStringLiteral("Tangerin7") << tooShort;
    // 9 characters but 12 UTF-16 units: length is counted in characters.
    QTest::newRow("nine with emoji") << QStringLiteral("ab\U0001F642cd\U0001F642ef\U0001F642") << tooShort;
    QTest::newRow("too long") << QString(PasswordHasher::kMaxLength + 1, QLatin1Char('x')) + QLatin1Char('y')
                              << QStringLiteral("The password must be at most 1024 characters long.");
    QTest::newRow("one character") << QStringLiteral("zzzzzzzzzzzz") << repeated;
    QTest::newRow("one character, mixed case") << QStringLiteral("AaAaAaAaAaAa") << repeated;
    QTest::newRow("one digit") << QStringLiteral("1111111111") << repeated;
    QTest::newRow("username") << QStringLiteral("my-ravik-2024!") << username;
    QTest::newRow("username, other case") << QStringLiteral("My-RaviK-2024!") << username;
    QTest::newRow("whole display name") << QStringLiteral("ravi kumar 2024") << name;
    QTest::newRow("first name") << QStringLiteral("Ravi@Secure99") << name;
    QTest::newRow("surname") << QStringLiteral("sECURE-kUMAR-99") << name;
    QTest::newRow("e-mail local part") << QStringLiteral("Shree.Boxes!2024") << email;
}

void TestCrypto::policyRejects() {
    QFETCH(QString, password);
    QFETCH(QString, message);
    const auto result = PasswordHasher::checkPolicy(password, kRavi);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QCOMPARE(result.error().field, QStringLiteral("password"));
    QCOMPARE(result.error().message, message);
}

void TestCrypto::strength_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaa") << 0 << 0;
    QTest::newRow("digits in a row") << QStringLiteral("1234567890") << 0 << 0;
    QTest::newRow("letters in a row") << QStringLiteral("abcdefghijkl") << 0 << 0;
    QTest::newRow("common") << QStringLiteral("Password@123") << 0 << 0;
    QTest::newRow("keyboard row") << QStringLiteral("qwertyuiop12") << 0 << 1;
    QTest::newRow("too short but varied") << QStringLiteral("Xq7#m") << 0 << 1;
    QTest::newRow("own name") << QStringLiteral("RaviKumar#2024") << 0 << 1;
    QTest::newRow("ten random lower case") << QStringLiteral("kqzmtwpxbv") << 2 << 2;
    QTest::newRow("mixed") << QStringLiteral("Tangerine-Quartz-77") << 3 << 4;
    QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple") << 4 << 4;
    QTest::newRow("random 16") << QStringLiteral("r8#Kp2!vQz@9mT4w") << 4 << 4;
}

void TestCrypto::strength() {
    QFETCH(QString, password);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const int score = PasswordHasher::strength(password, kRavi);
    QVERIFY2(score >= minimum && score <= maximum, qPrintable(QStringLiteral("%1 scored %2").arg(password).arg(score)));
}

void TestCrypto::strengthRanksBetterPasswordsHigher() {
    QVERIFY(PasswordHasher::strength(QStringLiteral("tangerine")) <
            PasswordHasher::strength(QStringLiteral("Tangerine-Quartz-77")));
    QVERIFY(PasswordHasher::strength(QStringLiteral("Secure-Ravi-Kumar-77"), kRavi) <
            PasswordHasher::strength(QStringLiteral("Secure-Ravi-Kumar-77")));
}

void TestCrypto::backupCodesFormat() {
    static const QRegularExpression format(
        QStringLiteral("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$"));
    const QStringList codes = BackupCodes::generate();
    QCOMPARE(codes.size(), 10);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 10);
    for (const QString &code : codes)
        QVERIFY2(format.match(code).hasMatch(), qPrintable(code));

    // Over many codes every symbol of the alphabet turns up and nothing else does.
    QSet<QChar> seen;
    for (const QString &code : BackupCodes::generate(300)) {
        QVERIFY2(format.match(code).hasMatch(), qPrintable(code));
        for (const QChar c : code)
            seen.insert(c);
    }
    seen.remove(QLatin1Char('-'));
    QCOMPARE(seen.size(), 31);
}

void TestCrypto::backupCodesNormalise_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("display form") << QStringLiteral("7KQM-4XHT") << QStringLiteral("7KQM4XHT");
    QTest::newRow("lower case") << QStringLiteral("7kqm-4xht") << QStringLiteral("7KQM4XHT");
    QTest::newRow("spaces") << QStringLiteral(" 7kqm 4xht ") << QStringLiteral("7KQM4XHT");
    QTest::newRow("no separator") << QStringLiteral("7kqm4xht") << QStringLiteral("7KQM4XHT");
    QTest::newRow("extra dashes") << QStringLiteral("7k-qm-4x-ht") << QStringLiteral("7KQM4XHT");
    QTest::newRow("too short") << QStringLiteral("7KQM-4XH") << QString();
    QTest::newRow("too long") << QStringLiteral("7KQM-4XHTT") << QString();
    QTest::newRow("zero") << QStringLiteral("7KQM-4XH0") << QString();
    QTest::newRow("letter O") << QStringLiteral("7KQM-4XHO") << QString();
    QTest::newRow("one") << QStringLiteral("7KQM-4XH1") << QString();
    QTest::newRow("totp code") << QStringLiteral("123456") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCrypto::backupCodesNormalise() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(BackupCodes::normalise(input), expected);
    QCOMPARE(BackupCodes::looksLikeCode(input), !expected.isEmpty());
}

void TestCrypto::backupCodesHashAndMatch() {
    const QStringList codes = BackupCodes::generate();
    QStringList stored;
    for (const QString &code : codes) {
        const auto hashed = BackupCodes::hash(code);
        QVERIFY(hashed.ok());
        QVERIFY2(hashed.value().startsWith(QStringLiteral("$argon2id$")), qPrintable(hashed.value()));
        QVERIFY(!hashed.value().contains(BackupCodes::normalise(code)));
        stored << hashed.value();
    }
    // Salted: hashing the same code again gives another string that still matches.
    const auto rehashed = BackupCodes::hash(codes.at(0));
    QVERIFY(rehashed.ok());
    QVERIFY(rehashed.value() != stored.at(0));
    QCOMPARE(BackupCodes::match(codes.at(0), {rehashed.value()}), 0);

    for (int i = 0; i < codes.size(); ++i)
        QCOMPARE(BackupCodes::match(codes.at(i), stored), i);
    // As typed by hand.
    QCOMPARE(BackupCodes::match(QStringLiteral(" ") + codes.at(6).toLower().remove(QLatin1Char('-')), stored), 6);

    QString wrong = BackupCodes::normalise(codes.at(2));
    wrong[7] = wrong[7] == QLatin1Char('2') ? QLatin1Char('3') : QLatin1Char('2');
    QCOMPARE(BackupCodes::match(wrong, stored), -1);
    QCOMPARE(BackupCodes::match(QStringLiteral("123456"), stored), -1);
    QCOMPARE(BackupCodes::match(codes.at(0), {}), -1);
    QCOMPARE(BackupCodes::match(codes.at(0), {QString(), QStringLiteral("not a hash")}), -1);
}

void TestCrypto::backupCodeWorksOnce() {
    // The account service keeps one row per code and deletes (or marks) the one matched, in the sign-in
    // transaction; this is that flow against the real hashes.
    const QStringList codes = BackupCodes::generate();
    QStringList unused;
    for (const QString &code : codes)
        unused << BackupCodes::hash(code).value();

    const int first = BackupCodes::match(codes.at(4), unused);
    QCOMPARE(first, 4);
    unused.removeAt(first);
    QCOMPARE(BackupCodes::match(codes.at(4), unused), -1);
    QCOMPARE(unused.size(), 9);
    // The others are unaffected.
    QCOMPARE(BackupCodes::match(codes.at(5), unused), 4);
    QCOMPARE(BackupCodes::match(codes.at(3), unused), 3);
}

void TestCrypto::backupCodeHashRejectsGarbage() {
    const auto hashed = BackupCodes::hash(QStringLiteral("hello"));
    QVERIFY(!hashed.ok());
    QCOMPARE(hashed.error().kind, Error::Kind::Invalid);
    QCOMPARE(hashed.error().field, QStringLiteral("code"));
}

void TestCrypto::secretBoxRoundTrip() {
    const auto box = SecretBox::withKey(SecretBox::generateKey());
    QVERIFY(box.ok());
    for (int size : {0, 1, 20, 1000, 70000}) {
        QByteArray plain(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            plain[i] = static_cast<char>(i * 7 + 3);
        const QString sealed = box->encrypt(plain);
        const auto decoded = QByteArray::fromBase64Encoding(sealed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 24 + 16 + size); // nonce, MAC, ciphertext
        if (size >= 20)
            QVERIFY(!decoded.decoded.contains(plain.left(20)));
        const auto opened = box->decrypt(sealed);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), plain);
    }
}

void TestCrypto::secretBoxFreshNonceEachTime() {
    const auto box = SecretBox::withKey(key('k'));
    QVERIFY(box.ok());
    const QByteArray secret("12345678901234567890");
    const QString a = box->encrypt(secret);
    const QString b = box->encrypt(secret);
    QVERIFY(a != b);
    QVERIFY(QByteArray::fromBase64(a.toLatin1()).left(24) != QByteArray::fromBase64(b.toLatin1()).left(24));
    QCOMPARE(box->decrypt(a).value(), secret);
    QCOMPARE(box->decrypt(b).value(), secret);
}

void TestCrypto::secretBoxDetectsTampering() {
    const auto box = SecretBox::withKey(key('k'));
    QVERIFY(box.ok());
    const QByteArray secret("12345678901234567890");
    const QByteArray sealed = QByteArray::fromBase64(box->encrypt(secret).toLatin1());
    // Every single-bit change anywhere (nonce, MAC or ciphertext) is caught.
    for (int i = 0; i < sealed.size(); ++i) {
        for (int bit : {0, 7}) {
            QByteArray altered = sealed;
            altered[i] = static_cast<char>(altered[i] ^ (1 << bit));
            const auto opened = box->decrypt(QString::fromLatin1(altered.toBase64()));
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
            QCOMPARE(opened.error().kind, Error::Kind::Invalid);
            QCOMPARE(opened.error().field, QStringLiteral("secret"));
            QCOMPARE(opened.error().message,
                     QStringLiteral("The stored secret has been altered or was encrypted with a different data key; "
                                    "it cannot be used."));
        }
    }
    // Cut short, or with a byte appended.
    QVERIFY(!box->decrypt(QString::fromLatin1(sealed.chopped(1).toBase64())).ok());
    QVERIFY(!box->decrypt(QString::fromLatin1((sealed + 'x').toBase64())).ok());
}

void TestCrypto::secretBoxWrongKey() {
    const auto box = SecretBox::withKey(key('a'));
    const auto other = SecretBox::withKey(key('b'));
    QVERIFY(box.ok() && other.ok());
    const auto opened = other->decrypt(box->encrypt("secret"));
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(QStringLiteral("different data key")));
}

void TestCrypto::secretBoxDamagedInput_data() {
    QTest::addColumn<QString>("sealed");
    QTest::newRow("empty") << QString();
    QTest::newRow("not base64") << QStringLiteral("not base64 at all!");
    QTest::newRow("shorter than nonce and MAC") << QString::fromLatin1(QByteArray(39, 'x').toBase64());
}

void TestCrypto::secretBoxDamagedInput() {
    QFETCH(QString, sealed);
    const auto box = SecretBox::withKey(key('k'));
    const auto opened = box->decrypt(sealed);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Invalid);
    QCOMPARE(opened.error().message, QStringLiteral("The stored secret is damaged: it is not an encrypted value."));
}

void TestCrypto::secretBoxKeySize() {
    QCOMPARE(SecretBox::generateKey().size(), 32);
    QVERIFY(SecretBox::generateKey() != SecretBox::generateKey());
    for (int size : {0, 16, 31, 33, 64}) {
        const auto box = SecretBox::withKey(QByteArray(size, 'k'));
        QVERIFY(!box.ok());
        QCOMPARE(box.error().kind, Error::Kind::Invalid);
        QCOMPARE(box.error().field, QStringLiteral("key"));
        QCOMPARE(box.error().message, QStringLiteral("The data key must be 32 bytes long, not %1.").arg(size));
    }
}

void TestCrypto::secretBoxCopiesOutliveOriginal() {
    // The key is wiped when a box is destroyed; copies share it and must keep working.
    std::optional<SecretBox> copy;
    QString sealed;
    {
        const auto original = SecretBox::withKey(key('z'));
        QVERIFY(original.ok());
        sealed = original->encrypt("still readable");
        copy.emplace(original.value());
    }
    const auto opened = copy->decrypt(sealed);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), QByteArray("still readable"));
    const auto fresh = SecretBox::withKey(key('z'));
    QCOMPARE(fresh->decrypt(copy->encrypt("both ways")).value(), QByteArray("both ways"));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
