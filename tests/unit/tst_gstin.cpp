// GSTIN validation and the state table (DOCUMENTS.md "Parties", golden/documents_cases.json), and the
// PAN, mobile, PIN code and e-mail validators.

#include "Golden.h"

#include "money/Gstin.h"
#include "money/Validators.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace bcp;

class TestGstin : public QObject {
    Q_OBJECT

private slots:
    void golden();
    void specExamples();
    void normalisesInput();
    void derivesStateAndPan();
    void errorsSayWhatIsWrong_data();
    void errorsSayWhatIsWrong();
    void errorUsesGivenField();
    void checkCharacterCatchesEverySingleTypo();
    void checkCharacterInput();
    void stateTable();
    void everyStateCodeAccepted();

    void pan_data();
    void pan();
    void mobile_data();
    void mobile();
    void pinCode_data();
    void pinCode();
    void email_data();
    void email();
};

void TestGstin::golden() {
    const QJsonArray cases =
        test::loadGolden(QStringLiteral("documents_cases.json")).value(QStringLiteral("gstin")).toArray();
    QVERIFY(cases.size() >= 8);
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const QString text = c.value(QStringLiteral("gstin")).toString();
        const Result<Gstin> g = Gstin::parse(text);
        QVERIFY2(g.ok() == c.value(QStringLiteral("valid")).toBool(),
                 qPrintable(text + QStringLiteral(": ") + (g.ok() ? QStringLiteral("valid") : g.error().message)));
        QCOMPARE(Gstin::isValid(text), g.ok());
        if (g.ok())
            QCOMPARE(g->text(), text);
    }
}

void TestGstin::specExamples() {
    QVERIFY(Gstin::isValid(QStringLiteral("29AAGCB7383J1Z4")));
    QCOMPARE(Gstin::checkCharacter(u"29AAGCB7383J1Z"), QChar(QLatin1Char('4')));
    const Result<Gstin> wrong = Gstin::parse(QStringLiteral("27AABCU9603R1ZM"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, Error::Kind::Invalid);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("check character should be N")),
             qPrintable(wrong.error().message));
    QCOMPARE(Gstin::checkCharacter(u"27AABCU9603R1Z"), QChar(QLatin1Char('N')));
    QVERIFY(Gstin::isValid(QStringLiteral("27AABCU9603R1ZN")));
}

void TestGstin::normalisesInput() {
    QCOMPARE(Gstin::normalise(QStringLiteral("  29aagcb7383j1z4\t")), QStringLiteral("29AAGCB7383J1Z4"));
    const Result<Gstin> g = Gstin::parse(QStringLiteral(" 29aagcb7383j1z4 "));
    QVERIFY(g.ok());
    QCOMPARE(g->text(), QStringLiteral("29AAGCB7383J1Z4"));
}

void TestGstin::derivesStateAndPan() {
    const Result<Gstin> karnataka = Gstin::parse(QStringLiteral("29AAGCB7383J1Z4"));
    QVERIFY(karnataka.ok());
    QCOMPARE(karnataka->stateCode(), QStringLiteral("29"));
    QCOMPARE(karnataka->stateName(), QStringLiteral("Karnataka"));
    QCOMPARE(karnataka->pan(), QStringLiteral("AAGCB7383J"));

    const Result<Gstin> maharashtra = Gstin::parse(QStringLiteral("27AAPFU0939F1ZV"));
    QVERIFY(maharashtra.ok());
    QCOMPARE(maharashtra->stateName(), QStringLiteral("Maharashtra"));
    QCOMPARE(maharashtra->pan(), QStringLiteral("AAPFU0939F"));
    QVERIFY(Validators::pan(maharashtra->pan()).ok());

    const Result<Gstin> goa = Gstin::parse(QStringLiteral("30NCHCR6091H1ZX"));
    QVERIFY(goa.ok());
    QCOMPARE(goa->stateName(), QStringLiteral("Goa"));
}

void TestGstin::errorsSayWhatIsWrong_data() {
    QTest::addColumn<QString>("gstin");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the GSTIN");
    QTest::newRow("too short") << QStringLiteral("27AABCU9603R1Z") << QStringLiteral("this one has 14");
    QTest::newRow("too long") << QStringLiteral("27AABCU9603R1ZNN") << QStringLiteral("this one has 16");
    QTest::newRow("punctuation") << QStringLiteral("27AABCU-603R1ZN") << QStringLiteral("character 8");
    QTest::newRow("inner space") << QStringLiteral("27AABCU 9603R1ZN") << QStringLiteral("letters and digits");
    QTest::newRow("state not digits") << QStringLiteral("2BAABCU9603R1ZN") << QStringLiteral("state code");
    QTest::newRow("state 00") << QStringLiteral("00AABCU9603R1ZM") << QStringLiteral("00 is not a GST state code");
    QTest::newRow("state 28 (retired)") << QStringLiteral("28AABCU9603R1ZN")
                                        << QStringLiteral("28 is not a GST state code");
    QTest::newRow("PAN letter where digit") << QStringLiteral("27AABCUX603R1ZN") << QStringLiteral("character 8");
    QTest::newRow("PAN digit where letter") << QStringLiteral("27AAB1U9603R1ZN") << QStringLiteral("PAN");
    QTest::newRow("PAN last char digit") << QStringLiteral("27AABCU960321ZN") << QStringLiteral("character 12");
    QTest::newRow("entity 0") << QStringLiteral("27AABCU9603R0ZN") << QStringLiteral("Character 13");
    QTest::newRow("no Z") << QStringLiteral("27AABCU9603R1YN") << QStringLiteral("Character 14");
    QTest::newRow("check") << QStringLiteral("29AAGCB7383J1Z5") << QStringLiteral("check character should be 4, not 5");
}

void TestGstin::errorsSayWhatIsWrong() {
    QFETCH(QString, gstin);
    QFETCH(QString, messagePart);
    const Result<Gstin> g = Gstin::parse(gstin);
    QVERIFY(!g.ok());
    QCOMPARE(g.error().field, QStringLiteral("gstin"));
    QVERIFY2(g.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(g.error().message));
}

void TestGstin::errorUsesGivenField() {
    const Result<Gstin> g = Gstin::parse(QStringLiteral("27AABCU9603R1ZM"), QStringLiteral("party.gstin"));
    QVERIFY(!g.ok());
    QCOMPARE(g.error().field, QStringLiteral("party.gstin"));
    QCOMPARE(g.error().text().left(12), QStringLiteral("party.gstin:"));
}

void TestGstin::checkCharacterCatchesEverySingleTypo() {
    // Mod-36 with alternating weights detects every single-character substitution: a mistyped character
    // anywhere in the first 14 always changes the expected check character.
    const QString valid = QStringLiteral("29AAGCB7383J1Z4");
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    int typos = 0;
    for (int i = 0; i < 14; ++i) {
        for (const QChar c : alphabet) {
            if (c == valid[i])
                continue;
            QString typo = valid.left(14);
            typo[i] = c;
            QVERIFY2(Gstin::checkCharacter(typo) != valid[14], qPrintable(typo));
            ++typos;
        }
    }
    QCOMPARE(typos, 14 * 35);
}

void TestGstin::checkCharacterInput() {
    QCOMPARE(Gstin::checkCharacter(u"29AAGCB7383J1"), QChar());
    QCOMPARE(Gstin::checkCharacter(u"29AAGCB7383J1Z4"), QChar());
    QCOMPARE(Gstin::checkCharacter(u"29aagcb7383j1z"), QChar());
    QCOMPARE(Gstin::checkCharacter(u"29AAGCB7383J1-"), QChar());
}

void TestGstin::stateTable() {
    const std::vector<IndianState> &states = Gstin::states();
    const QStringList expectedCodes = {
        QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("04"), QStringLiteral("05"),
        QStringLiteral("06"), QStringLiteral("07"), QStringLiteral("08"), QStringLiteral("09"), QStringLiteral("10"),
        QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("14"), QStringLiteral("15"),
        QStringLiteral("16"), QStringLiteral("17"), QStringLiteral("18"), QStringLiteral("19"), QStringLiteral("20"),
        QStringLiteral("21"), QStringLiteral("22"), QStringLiteral("23"), QStringLiteral("24"), QStringLiteral("26"),
        QStringLiteral("27"), QStringLiteral("29"), QStringLiteral("30"), QStringLiteral("31"), QStringLiteral("32"),
        QStringLiteral("33"), QStringLiteral("34"), QStringLiteral("35"), QStringLiteral("36"), QStringLiteral("37"),
        QStringLiteral("38"), QStringLiteral("97"), QStringLiteral("99")};
    QStringList codes;
    for (const IndianState &s : states) {
        codes << s.code;
        QVERIFY(!s.name.isEmpty());
    }
    QCOMPARE(codes, expectedCodes);
    QCOMPARE(Gstin::stateName(QStringLiteral("01")), QStringLiteral("Jammu & Kashmir"));
    QCOMPARE(Gstin::stateName(QStringLiteral("07")), QStringLiteral("Delhi"));
    QCOMPARE(Gstin::stateName(QStringLiteral("26")), QStringLiteral("Dadra & Nagar Haveli and Daman & Diu"));
    QCOMPARE(Gstin::stateName(QStringLiteral("27")), QStringLiteral("Maharashtra"));
    QCOMPARE(Gstin::stateName(QStringLiteral("35")), QStringLiteral("Andaman & Nicobar Islands"));
    QCOMPARE(Gstin::stateName(QStringLiteral("36")), QStringLiteral("Telangana"));
    QCOMPARE(Gstin::stateName(QStringLiteral("37")), QStringLiteral("Andhra Pradesh"));
    QCOMPARE(Gstin::stateName(QStringLiteral("38")), QStringLiteral("Ladakh"));
    QCOMPARE(Gstin::stateName(QStringLiteral("97")), QStringLiteral("Other Territory"));
    QCOMPARE(Gstin::stateName(QStringLiteral("99")), QStringLiteral("Centre Jurisdiction"));
    QCOMPARE(Gstin::stateName(QStringLiteral("25")), QString());
    QCOMPARE(Gstin::stateName(QStringLiteral("28")), QString());
    QCOMPARE(Gstin::stateName(QStringLiteral("7")), QString());
    QVERIFY(Gstin::isStateCode(QStringLiteral("33")));
    QVERIFY(!Gstin::isStateCode(QStringLiteral("00")));
}

void TestGstin::everyStateCodeAccepted() {
    for (const IndianState &s : Gstin::states()) {
        const QString first14 = s.code + QStringLiteral("AABCU9603R1Z");
        const QString gstin = first14 + Gstin::checkCharacter(first14);
        const Result<Gstin> g = Gstin::parse(gstin);
        QVERIFY2(g.ok(), qPrintable(gstin));
        QCOMPARE(g->stateName(), s.name);
    }
}

void TestGstin::pan_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("valid") << QStringLiteral("AAPFU0939F") << QStringLiteral("AAPFU0939F") << QString();
    QTest::newRow("lower case, spaces") << QStringLiteral(" aapfu0939f ") << QStringLiteral("AAPFU0939F") << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("Enter the PAN");
    QTest::newRow("short") << QStringLiteral("AAPFU0939") << QString() << QStringLiteral("this one has 9");
    QTest::newRow("digit in letters") << QStringLiteral("AAPF10939F") << QString() << QStringLiteral("character 5");
    QTest::newRow("letter in digits") << QStringLiteral("AAPFU09X9F") << QString() << QStringLiteral("character 8");
    QTest::newRow("digit last") << QStringLiteral("AAPFU09391") << QString() << QStringLiteral("character 10");
}

void TestGstin::pan() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, messagePart);
    const Result<QString> r = Validators::pan(input);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok()) {
        QCOMPARE(*r, expected);
    } else {
        QCOMPARE(r.error().field, QStringLiteral("pan"));
        QVERIFY2(r.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(r.error().message));
    }
}

void TestGstin::mobile_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("bare") << QStringLiteral("9820011111") << QStringLiteral("9820011111") << QString();
    QTest::newRow("starts with 6") << QStringLiteral("6000000000") << QStringLiteral("6000000000") << QString();
    QTest::newRow("+91 spaced") << QStringLiteral("+91 98200 11111") << QStringLiteral("9820011111") << QString();
    QTest::newRow("+91 dashed") << QStringLiteral("+91-98200-11111") << QStringLiteral("9820011111") << QString();
    QTest::newRow("+91 compact") << QStringLiteral("+919820011111") << QStringLiteral("9820011111") << QString();
    QTest::newRow("91 prefix") << QStringLiteral("919820011111") << QStringLiteral("9820011111") << QString();
    QTest::newRow("0091 prefix") << QStringLiteral("00919820011111") << QStringLiteral("9820011111") << QString();
    QTest::newRow("0 prefix") << QStringLiteral("09820011111") << QStringLiteral("9820011111") << QString();
    QTest::newRow("brackets") << QStringLiteral("(98200) 11111") << QStringLiteral("9820011111") << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("Enter the mobile number");
    QTest::newRow("starts with 5") << QStringLiteral("5820011111") << QString() << QStringLiteral("6, 7, 8 or 9");
    QTest::newRow("starts with 0 after prefix")
        << QStringLiteral("+91 0820011111") << QString() << QStringLiteral("6, 7, 8 or 9");
    QTest::newRow("nine digits") << QStringLiteral("982001111") << QString() << QStringLiteral("this one has 9");
    QTest::newRow("eleven digits") << QStringLiteral("98200111112") << QString() << QStringLiteral("this one has 11");
    QTest::newRow("foreign") << QStringLiteral("+1 202 555 0123") << QString() << QStringLiteral("+91");
    QTest::newRow("letter") << QStringLiteral("98200x1111") << QString() << QStringLiteral("only digits");
    QTest::newRow("landline with 0") << QStringLiteral("02024567890") << QString() << QStringLiteral("6, 7, 8 or 9");
}

void TestGstin::mobile() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, messagePart);
    const Result<QString> r = Validators::mobile(input);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok()) {
        QCOMPARE(*r, expected);
    } else {
        QCOMPARE(r.error().field, QStringLiteral("mobile"));
        QVERIFY2(r.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(r.error().message));
    }
}

void TestGstin::pinCode_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("valid") << QStringLiteral("411026") << QStringLiteral("411026") << QString();
    QTest::newRow("spaced") << QStringLiteral(" 411 026 ") << QStringLiteral("411026") << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("Enter the PIN code");
    QTest::newRow("leading zero") << QStringLiteral("011026") << QString() << QStringLiteral("start with 0");
    QTest::newRow("five digits") << QStringLiteral("41102") << QString() << QStringLiteral("6 digits");
    QTest::newRow("seven digits") << QStringLiteral("4110266") << QString() << QStringLiteral("6 digits");
    QTest::newRow("letter") << QStringLiteral("41102A") << QString() << QStringLiteral("6 digits");
}

void TestGstin::pinCode() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, messagePart);
    const Result<QString> r = Validators::pinCode(input, QStringLiteral("address.pin"));
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok()) {
        QCOMPARE(*r, expected);
    } else {
        QCOMPARE(r.error().field, QStringLiteral("address.pin"));
        QVERIFY2(r.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(r.error().message));
    }
}

void TestGstin::email_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("simple") << QStringLiteral("ravi@example.in") << QStringLiteral("ravi@example.in") << QString();
    QTest::newRow("domain lower-cased, local kept")
        << QStringLiteral("  Ravi.Kumar@Example.IN ") << QStringLiteral("Ravi.Kumar@example.in") << QString();
    QTest::newRow("plus and subdomains") << QStringLiteral("ravi+quotes@mail.example.co.in")
                                         << QStringLiteral("ravi+quotes@mail.example.co.in") << QString();
    QTest::newRow("hyphenated domain") << QStringLiteral("a_b@my-shop.com") << QStringLiteral("a_b@my-shop.com")
                                       << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("Enter the e-mail");
    QTest::newRow("no at") << QStringLiteral("ravi.example.in") << QString() << QStringLiteral("one @");
    QTest::newRow("two ats") << QStringLiteral("ravi@@example.in") << QString() << QStringLiteral("one @");
    QTest::newRow("space") << QStringLiteral("ravi kumar@example.in") << QString() << QStringLiteral("no spaces");
    QTest::newRow("no name") << QStringLiteral("@example.in") << QString() << QStringLiteral("before @ is missing");
    QTest::newRow("no domain") << QStringLiteral("ravi@") << QString() << QStringLiteral("after @ is missing");
    QTest::newRow("no dot in domain") << QStringLiteral("ravi@example") << QString() << QStringLiteral("needs a dot");
    QTest::newRow("one-letter TLD") << QStringLiteral("ravi@example.c") << QString() << QStringLiteral("two letters");
    QTest::newRow("numeric TLD") << QStringLiteral("ravi@example.123") << QString() << QStringLiteral("two letters");
    QTest::newRow("leading dot") << QStringLiteral(".ravi@example.in") << QString() << QStringLiteral("dot");
    QTest::newRow("double dot") << QStringLiteral("ra..vi@example.in") << QString() << QStringLiteral("two dots");
    QTest::newRow("hyphen label") << QStringLiteral("ravi@-example.in") << QString() << QStringLiteral("domain");
    QTest::newRow("empty label") << QStringLiteral("ravi@example..in") << QString() << QStringLiteral("domain");
    QTest::newRow("underscore domain") << QStringLiteral("ravi@exa_mple.in") << QString() << QStringLiteral("domain");
    QTest::newRow("bad local char") << QStringLiteral("ra(vi)@example.in") << QString() << QStringLiteral("before @");
    QTest::newRow("long local") << QString(65, QLatin1Char('a')) + QStringLiteral("@example.in") << QString()
                                << QStringLiteral("64");
}

void TestGstin::email() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, messagePart);
    const Result<QString> r = Validators::email(input);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok()) {
        QCOMPARE(*r, expected);
    } else {
        QCOMPARE(r.error().field, QStringLiteral("email"));
        QVERIFY2(r.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(r.error().message));
    }
}

QTEST_GUILESS_MAIN(TestGstin)
#include "tst_gstin.moc"
