// Money, rounding, Indian formatting, amount in words, negotiation and GST totals (DOCUMENTS.md "Totals",
// "Amount in words", golden/documents_cases.json).

#include "Golden.h"

#include "money/AmountInWords.h"
#include "money/GstTotals.h"
#include "money/IndianFormat.h"
#include "money/Money.h"
#include "money/Negotiation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace bcp;

namespace bcp {
// Lets QCOMPARE print both amounts when they differ.
char *toString(const Money &m) {
    return qstrdup(QByteArray::number(m.paise()));
}
} // namespace bcp

namespace {

Money paise(qint64 p) {
    return Money::fromPaise(p);
}

TotalsInput inputFromGolden(const QJsonObject &c) {
    TotalsInput in;
    for (const QJsonValue &v : c.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = v.toObject();
        in.lines.push_back({paise(line.value(QStringLiteral("unitPaise")).toInteger()),
                            line.value(QStringLiteral("qty")).toInteger(), true, QString()});
    }
    in.transport = paise(c.value(QStringLiteral("transportPaise")).toInteger());
    in.gstRatePercent = c.value(QStringLiteral("gstRatePercent")).toDouble();
    in.intraState = c.value(QStringLiteral("intraState")).toBool();
    in.roundOff = c.value(QStringLiteral("roundOff")).toBool();
    return in;
}

// Exact tax of a part in paise, as floor and whether it had a fraction; used to check apportionment.
qint64 exactTaxFloor(qint64 taxable, int basisPoints) {
    return taxable * basisPoints / 10000;
}

} // namespace

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void roundHalfUpIntegers_data();
    void roundHalfUpIntegers();
    void mulDivWithoutOverflow();
    void decimalToScaled();
    void fromRupees_data();
    void fromRupees();
    void fromRupeesOutOfRange();
    void arithmeticAndComparison();
    void roundedToRupee();

    void indianFormat_data();
    void indianFormat();
    void indianFormatSymbolAndPlain();
    void groupedIntegers();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void parseRoundTrip();

    void amountInWordsSpec_data();
    void amountInWordsSpec();
    void amountInWordsGolden();
    void numberWords_data();
    void numberWords();

    void negotiation();
    void negotiationRejects();

    void totalsGolden_data();
    void totalsGolden();
    void totalsSpecExample();
    void totalsJsonExample();
    void totalsSkipsUnselectedLines();
    void totalsRoundOffOff();
    void totalsFractionalRates();
    void totalsLargeAmountsExact();
    void totalsRejects();
    void ratePercentText();
    void hsnSummaryGroupsAndReconciles();
    void hsnSummaryInterState();
    void hsnSummaryTinyAmounts();
    void apportionmentProperties();
    void gstShares();
    void placeOfSupply();
};

void TestMoney::roundHalfUpIntegers_data() {
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(10) << qint64(5) << qint64(2);
    QTest::newRow("half up") << qint64(5) << qint64(2) << qint64(3);
    QTest::newRow("below half") << qint64(4) << qint64(3) << qint64(1);
    QTest::newRow("above half") << qint64(5) << qint64(3) << qint64(2);
    QTest::newRow("one half") << qint64(1) << qint64(2) << qint64(1);
    QTest::newRow("one third") << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("negative half goes away from zero") << qint64(-5) << qint64(2) << qint64(-3);
    QTest::newRow("negative below half") << qint64(-4) << qint64(3) << qint64(-1);
    QTest::newRow("negative denominator") << qint64(7) << qint64(-2) << qint64(-4);
    QTest::newRow("both negative") << qint64(-7) << qint64(-2) << qint64(4);
    QTest::newRow("paise to rupee") << qint64(105110) << qint64(100) << qint64(1051);
    QTest::newRow("paise to rupee half") << qint64(105150) << qint64(100) << qint64(1052);
    QTest::newRow("int64 max / 2") << std::numeric_limits<qint64>::max() << qint64(2) << qint64(4611686018427387904LL);
    QTest::newRow("int64 min / 1") << std::numeric_limits<qint64>::min() << qint64(1)
                                   << std::numeric_limits<qint64>::min();
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
}

void TestMoney::roundHalfUpIntegers() {
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(roundHalfUp(numerator, denominator), expected);
}

void TestMoney::mulDivWithoutOverflow() {
    const qint64 max = std::numeric_limits<qint64>::max();
    // The intermediate product is ~8.5e37; only the result has to fit.
    QCOMPARE(mulDivRoundHalfUp(max, max, max), std::optional<qint64>(max));
    QCOMPARE(mulDivRoundHalfUp(max, 3, 6), std::optional<qint64>(4611686018427387904LL));
    QCOMPARE(mulDivRoundHalfUp(Money::kMaxPaise, 2800, 10000), std::optional<qint64>(28'000'000'000'000'000));
    QCOMPARE(mulDivRoundHalfUp(3, 1, 2), std::optional<qint64>(2));
    QCOMPARE(mulDivRoundHalfUp(-3, 1, 2), std::optional<qint64>(-2));
    QCOMPARE(mulDivRoundHalfUp(3, -1, 2), std::optional<qint64>(-2));
    QCOMPARE(mulDivRoundHalfUp(123, 0, 5), std::optional<qint64>(0));
    QCOMPARE(mulDivRoundHalfUp(1165, 900000, 1000000), std::optional<qint64>(1049));
    QVERIFY(!mulDivRoundHalfUp(max, 2, 1));
    QVERIFY(!mulDivRoundHalfUp(std::numeric_limits<qint64>::min(), -1, 1));
    QCOMPARE(mulDivRoundHalfUp(std::numeric_limits<qint64>::min(), 1, 1),
             std::optional<qint64>(std::numeric_limits<qint64>::min()));
    QVERIFY(!mulDivRoundHalfUp(1, 1, 0));
    QCOMPARE(roundHalfUp(5, 0), qint64(0));
}

void TestMoney::decimalToScaled() {
    bool exact = false;
    QCOMPARE(bcp::decimalToScaled(0.25, 2, &exact), std::optional<qint64>(25));
    QVERIFY(exact);
    QCOMPARE(bcp::decimalToScaled(0.125, 2, &exact), std::optional<qint64>(13));
    QVERIFY(!exact);
    QCOMPARE(bcp::decimalToScaled(18.0, 2, &exact), std::optional<qint64>(1800));
    QVERIFY(exact);
    QCOMPARE(bcp::decimalToScaled(-2.5, 0), std::optional<qint64>(-3));
    QCOMPARE(bcp::decimalToScaled(33.3333, 4), std::optional<qint64>(333333));
    QCOMPARE(bcp::decimalToScaled(1e17, 0), std::optional<qint64>(100'000'000'000'000'000));
    QVERIFY(!bcp::decimalToScaled(2e17, 0));
    QVERIFY(!bcp::decimalToScaled(std::nan(""), 2));
    QVERIFY(!bcp::decimalToScaled(std::numeric_limits<double>::infinity(), 2));
    QCOMPARE(bcp::decimalToScaled(5e-324, 2), std::optional<qint64>(0));
}

void TestMoney::fromRupees_data() {
    QTest::addColumn<double>("rupees");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("naiveIsWrong"); // llround(x * 100) gets it wrong: the case is a real trap
    QTest::newRow("10.485") << 10.485 << qint64(1049) << false;
    QTest::newRow("1.005") << 1.005 << qint64(101) << true;
    QTest::newRow("0.285") << 0.285 << qint64(29) << true;
    QTest::newRow("1.015") << 1.015 << qint64(102) << true;
    QTest::newRow("4.015") << 4.015 << qint64(402) << true;
    QTest::newRow("2.675") << 2.675 << qint64(268) << false;
    QTest::newRow("0.125") << 0.125 << qint64(13) << false;
    QTest::newRow("0.045") << 0.045 << qint64(5) << false;
    QTest::newRow("11.65 less 10 %") << 11.65 * 0.9 << qint64(1049) << false;
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << qint64(30) << false;
    QTest::newRow("1234567.895") << 1234567.895 << qint64(123456790) << false;
    QTest::newRow("123456.5") << 123456.5 << qint64(12345650) << false;
    QTest::newRow("negative -10.485") << -10.485 << qint64(-1049) << false;
    QTest::newRow("negative -1.005") << -1.005 << qint64(-101) << true;
    QTest::newRow("just below half paisa") << 0.004999 << qint64(0) << false;
    QTest::newRow("half paisa") << 0.005 << qint64(1) << false;
    QTest::newRow("zero") << 0.0 << qint64(0) << false;
    QTest::newRow("negative zero") << -0.0 << qint64(0) << false;
    QTest::newRow("max") << 1e15 << Money::kMaxPaise << false;
}

void TestMoney::fromRupees() {
    QFETCH(double, rupees);
    QFETCH(qint64, expected);
    QFETCH(bool, naiveIsWrong);
    QVERIFY(Money::fitsRupees(rupees));
    QCOMPARE(Money::fromRupees(rupees).paise(), expected);
    QCOMPARE(std::llround(rupees * 100) != expected, naiveIsWrong);
}

void TestMoney::fromRupeesOutOfRange() {
    QVERIFY(!Money::fitsRupees(std::nan("")));
    QVERIFY(!Money::fitsRupees(std::numeric_limits<double>::infinity()));
    QVERIFY(!Money::fitsRupees(1.000001e15));
    QVERIFY(!Money::fitsRupees(-2e15));
    QCOMPARE(Money::fromRupees(std::nan("")).paise(), qint64(0));
    QCOMPARE(Money::fromRupees(1e300).paise(), Money::kMaxPaise);
    QCOMPARE(Money::fromRupees(-std::numeric_limits<double>::infinity()).paise(), -Money::kMaxPaise);
}

void TestMoney::arithmeticAndComparison() {
    const Money a = paise(1049);
    const Money b = paise(51);
    QCOMPARE((a + b).paise(), qint64(1100));
    QCOMPARE((a - b).paise(), qint64(998));
    QCOMPARE((b - a).paise(), qint64(-998));
    QCOMPARE((a * 1000).paise(), qint64(1049000));
    QCOMPARE((3 * b).paise(), qint64(153));
    QCOMPARE((-a).paise(), qint64(-1049));
    Money c = a;
    c += b;
    QCOMPARE(c, paise(1100));
    c -= a;
    QCOMPARE(c, b);
    QVERIFY(a > b && b < a && a >= a && a <= a && a != b && !(a == b));
    QVERIFY(Money().isZero());
    QVERIFY((b - a).isNegative());
    QCOMPARE(a.rupees(), 10.49);
    QCOMPARE(Money::fromRupees(a.rupees()), a);
}

void TestMoney::roundedToRupee() {
    QCOMPARE(paise(105110).roundedToRupee(), paise(105100));
    QCOMPARE(paise(105150).roundedToRupee(), paise(105200));
    QCOMPARE(paise(105149).roundedToRupee(), paise(105100));
    QCOMPARE(paise(49).roundedToRupee(), paise(0));
    QCOMPARE(paise(50).roundedToRupee(), paise(100));
    QCOMPARE(paise(-150).roundedToRupee(), paise(-200));
    QCOMPARE(paise(-149).roundedToRupee(), paise(-100));
}

void TestMoney::indianFormat_data() {
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("paise only") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("hundreds") << qint64(99999) << QStringLiteral("999.99");
    QTest::newRow("thousand") << qint64(100000) << QStringLiteral("1,000.00");
    QTest::newRow("ten thousand") << qint64(1234500) << QStringLiteral("12,345.00");
    QTest::newRow("lakh") << qint64(12345650) << QStringLiteral("1,23,456.50");
    QTest::newRow("ten lakh") << qint64(123456789) << QStringLiteral("12,34,567.89");
    QTest::newRow("crore") << qint64(1234567890) << QStringLiteral("1,23,45,678.90");
    QTest::newRow("hundreds of crores") << qint64(1234567890123) << QStringLiteral("12,34,56,78,901.23");
    QTest::newRow("negative") << qint64(-12345650) << QStringLiteral("-1,23,456.50");
    QTest::newRow("negative paise") << qint64(-7) << QStringLiteral("-0.07");
}

void TestMoney::indianFormat() {
    QFETCH(qint64, amount);
    QFETCH(QString, expected);
    QCOMPARE(IndianFormat::money(paise(amount)), expected);
}

void TestMoney::indianFormatSymbolAndPlain() {
    const QString rupee = QString(QChar(0x20B9));
    QCOMPARE(IndianFormat::money(paise(12345650), IndianFormat::Symbol::Rupee), rupee + QStringLiteral("1,23,456.50"));
    QCOMPARE(IndianFormat::money(paise(-12345650), IndianFormat::Symbol::Rupee),
             QStringLiteral("-") + rupee + QStringLiteral("1,23,456.50"));
    QCOMPARE(IndianFormat::rupees(123456.5), QStringLiteral("1,23,456.50"));
    QCOMPARE(IndianFormat::rupees(12345678.9), QStringLiteral("1,23,45,678.90"));
    QCOMPARE(IndianFormat::rupees(10.485, IndianFormat::Symbol::Rupee), rupee + QStringLiteral("10.49"));
    QCOMPARE(IndianFormat::plain(paise(12345650)), QStringLiteral("123456.50"));
    QCOMPARE(IndianFormat::plain(paise(1259000)), QStringLiteral("12590.00"));
    QCOMPARE(IndianFormat::plain(paise(-5)), QStringLiteral("-0.05"));
}

void TestMoney::groupedIntegers() {
    QCOMPARE(IndianFormat::grouped(0), QStringLiteral("0"));
    QCOMPARE(IndianFormat::grouped(999), QStringLiteral("999"));
    QCOMPARE(IndianFormat::grouped(1000), QStringLiteral("1,000"));
    QCOMPARE(IndianFormat::grouped(100000), QStringLiteral("1,00,000"));
    QCOMPARE(IndianFormat::grouped(12345678), QStringLiteral("1,23,45,678"));
    QCOMPARE(IndianFormat::grouped(-1234), QStringLiteral("-1,234"));
    QCOMPARE(IndianFormat::grouped(std::numeric_limits<qint64>::min()), QStringLiteral("-92,23,37,20,36,85,47,75,808"));
}

void TestMoney::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    const QString rupee = QString(QChar(0x20B9));
    QTest::newRow("indian grouping") << QStringLiteral("1,23,456.50") << qint64(12345650);
    QTest::newRow("plain") << QStringLiteral("123456.5") << qint64(12345650);
    QTest::newRow("international grouping") << QStringLiteral("123,456.78") << qint64(12345678);
    QTest::newRow("international millions") << QStringLiteral("1,234,567") << qint64(123456700);
    QTest::newRow("crore") << QStringLiteral("1,23,45,678.90") << qint64(1234567890);
    QTest::newRow("rupee sign and space") << rupee + QStringLiteral(" 1,23,456") << qint64(12345600);
    QTest::newRow("Rs.") << QStringLiteral("Rs. 1,234.5") << qint64(123450);
    QTest::newRow("INR") << QStringLiteral("INR 10") << qint64(1000);
    QTest::newRow("negative") << QStringLiteral("-1,23,456.50") << qint64(-12345650);
    QTest::newRow("minus before sign") << QStringLiteral("-") + rupee + QStringLiteral("5") << qint64(-500);
    QTest::newRow("minus after sign") << rupee + QStringLiteral("-5") << qint64(-500);
    QTest::newRow("unicode minus") << QString(QChar(0x2212)) + QStringLiteral("5") << qint64(-500);
    QTest::newRow("surrounding spaces") << QStringLiteral("  0.05 ") << qint64(5);
    QTest::newRow("leading dot") << QStringLiteral(".5") << qint64(50);
    QTest::newRow("trailing dot") << QStringLiteral("5.") << qint64(500);
    QTest::newRow("leading zeros") << QStringLiteral("0007.10") << qint64(710);
    QTest::newRow("maximum") << QStringLiteral("1000000000000000") << Money::kMaxPaise;
}

void TestMoney::parse() {
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const Result<Money> m = IndianFormat::parse(text);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().text()));
    QCOMPARE(m->paise(), expected);
}

void TestMoney::parseRejects_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter an amount");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Enter an amount");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("Not an amount");
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << QStringLiteral("Not an amount");
    QTest::newRow("only a dot") << QStringLiteral(".") << QStringLiteral("Not an amount");
    QTest::newRow("devanagari digits") << QString::fromUtf8("\xe0\xa5\xa7\xe0\xa5\xa8")
                                       << QStringLiteral("Not an amount");
    QTest::newRow("comma after four") << QStringLiteral("1,2345") << QStringLiteral("commas");
    QTest::newRow("mixed grouping") << QStringLiteral("1,23,4567") << QStringLiteral("commas");
    QTest::newRow("trailing comma") << QStringLiteral("1,23,") << QStringLiteral("commas");
    QTest::newRow("leading comma") << QStringLiteral(",123") << QStringLiteral("commas");
    QTest::newRow("three decimals") << QStringLiteral("1.234") << QStringLiteral("two decimals");
    QTest::newRow("two minus signs") << QStringLiteral("-") + QString(QChar(0x20B9)) + QStringLiteral("-5")
                                     << QStringLiteral("minus");
    QTest::newRow("too large") << QStringLiteral("10000000000000000") << QStringLiteral("too large");
    QTest::newRow("just over maximum") << QStringLiteral("1000000000000000.01") << QStringLiteral("too large");
}

void TestMoney::parseRejects() {
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<Money> m = IndianFormat::parse(text);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, Error::Kind::Invalid);
    QCOMPARE(m.error().field, QStringLiteral("amount"));
    QVERIFY2(m.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(m.error().message));
}

void TestMoney::parseRoundTrip() {
    QRandomGenerator rng(20251126);
    for (int i = 0; i < 2000; ++i) {
        const qint64 digits = rng.bounded(1, 17);
        qint64 p = static_cast<qint64>(rng.generate64() % static_cast<quint64>(std::pow(10.0, double(digits))));
        if (rng.bounded(2) == 1)
            p = -p;
        for (IndianFormat::Symbol s : {IndianFormat::Symbol::None, IndianFormat::Symbol::Rupee}) {
            const QString text = IndianFormat::money(paise(p), s);
            const Result<Money> back = IndianFormat::parse(text);
            QVERIFY2(back.ok(), qPrintable(text));
            QCOMPARE(back->paise(), p);
        }
        const Result<Money> plainBack = IndianFormat::parse(IndianFormat::plain(paise(p)));
        QVERIFY(plainBack.ok());
        QCOMPARE(plainBack->paise(), p);
    }
}

void TestMoney::amountInWordsSpec_data() {
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("expected");
    QTest::newRow("DOCUMENTS crore example")
        << qint64(1234567890)
        << QStringLiteral("Rupees One Crore Twenty Three Lakh Forty Five Thousand Six Hundred Seventy Eight and "
                          "Ninety Paise Only");
    QTest::newRow("one rupee") << qint64(100) << QStringLiteral("Rupees One Only");
    QTest::newRow("fifty paise") << qint64(50) << QStringLiteral("Rupees Zero and Fifty Paise Only");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("Rupees Zero Only");
    QTest::newRow("one paisa") << qint64(1) << QStringLiteral("Rupees Zero and One Paise Only");
    QTest::newRow("JSON example grand") << qint64(1259000)
                                        << QStringLiteral("Rupees Twelve Thousand Five Hundred Ninety Only");
    QTest::newRow("teens") << qint64(1311) << QStringLiteral("Rupees Thirteen and Eleven Paise Only");
    QTest::newRow("hundred and one") << qint64(10100) << QStringLiteral("Rupees One Hundred One Only");
    QTest::newRow("ten crore") << qint64(10000000000) << QStringLiteral("Rupees Ten Crore Only");
    QTest::newRow("hundreds of crores") << qint64(123000000000)
                                        << QStringLiteral("Rupees One Hundred Twenty Three Crore Only");
    QTest::newRow("hundreds of crores with the rest")
        << qint64(123456789012)
        << QStringLiteral("Rupees One Hundred Twenty Three Crore Forty Five Lakh Sixty Seven Thousand Eight Hundred "
                          "Ninety and Twelve Paise Only");
    QTest::newRow("thousands of crores")
        << qint64(12345678901234)
        << QStringLiteral("Rupees Twelve Thousand Three Hundred Forty Five Crore Sixty Seven Lakh Eighty Nine Thousand "
                          "Twelve and Thirty Four Paise Only");
    QTest::newRow("lakh crore") << qint64(100000000000000) << QStringLiteral("Rupees One Lakh Crore Only");
    QTest::newRow("negative") << qint64(-150) << QStringLiteral("Minus Rupees One and Fifty Paise Only");
}

void TestMoney::amountInWordsSpec() {
    QFETCH(qint64, amount);
    QFETCH(QString, expected);
    QCOMPARE(AmountInWords::text(paise(amount)), expected);
}

void TestMoney::amountInWordsGolden() {
    const QJsonArray cases =
        test::loadGolden(QStringLiteral("documents_cases.json")).value(QStringLiteral("amountInWords")).toArray();
    QVERIFY(cases.size() >= 10);
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const qint64 p = c.value(QStringLiteral("paise")).toInteger();
        QCOMPARE(AmountInWords::text(paise(p)), c.value(QStringLiteral("words")).toString());
    }
}

void TestMoney::numberWords_data() {
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << quint64(0) << QStringLiteral("Zero");
    QTest::newRow("7") << quint64(7) << QStringLiteral("Seven");
    QTest::newRow("10") << quint64(10) << QStringLiteral("Ten");
    QTest::newRow("19") << quint64(19) << QStringLiteral("Nineteen");
    QTest::newRow("20") << quint64(20) << QStringLiteral("Twenty");
    QTest::newRow("99") << quint64(99) << QStringLiteral("Ninety Nine");
    QTest::newRow("100") << quint64(100) << QStringLiteral("One Hundred");
    QTest::newRow("110") << quint64(110) << QStringLiteral("One Hundred Ten");
    QTest::newRow("1000") << quint64(1000) << QStringLiteral("One Thousand");
    QTest::newRow("1001") << quint64(1001) << QStringLiteral("One Thousand One");
    QTest::newRow("100000") << quint64(100000) << QStringLiteral("One Lakh");
    QTest::newRow("1050000") << quint64(1050000) << QStringLiteral("Ten Lakh Fifty Thousand");
    QTest::newRow("10000000") << quint64(10000000) << QStringLiteral("One Crore");
    QTest::newRow("10000001") << quint64(10000001) << QStringLiteral("One Crore One");
    QTest::newRow("largest") << std::numeric_limits<quint64>::max()
                             << QStringLiteral("One Lakh Eighty Four Thousand Four Hundred Sixty Seven Crore Forty "
                                               "Four Lakh Seven Thousand Three Hundred Seventy Crore Ninety Five Lakh "
                                               "Fifty One Thousand Six Hundred Fifteen");
}

void TestMoney::numberWords() {
    QFETCH(quint64, value);
    QFETCH(QString, expected);
    QCOMPARE(AmountInWords::number(value), expected);
}

void TestMoney::negotiation() {
    // DOCUMENTS.md: 11.65 less 10 % is 10.485 -> 10.49.
    const Result<Money> tenPercent = Negotiation::percent(10).apply(paise(1165));
    QVERIFY(tenPercent.ok());
    QCOMPARE(tenPercent->paise(), qint64(1049));
    QCOMPARE(Negotiation().apply(paise(1165))->paise(), qint64(1165));
    QVERIFY(Negotiation().isNone());
    QCOMPARE(Negotiation::percent(0).apply(paise(1165))->paise(), qint64(1165));
    QCOMPARE(Negotiation::percent(12.5).apply(paise(1000))->paise(), qint64(875));
    QCOMPARE(Negotiation::percent(50).apply(paise(3))->paise(), qint64(2));  // 1.5 -> 2
    QCOMPARE(Negotiation::percent(50).apply(paise(1))->paise(), qint64(1));  // 0.5 -> 1
    QCOMPARE(Negotiation::percent(5).apply(paise(1))->paise(), qint64(1));   // 0.95 -> 1
    QCOMPARE(Negotiation::percent(7.3).apply(paise(5))->paise(), qint64(5)); // 4.635 -> 5
    QCOMPARE(Negotiation::percent(33.3333).apply(paise(300))->paise(), qint64(200));
    QCOMPARE(Negotiation::percent(99.99).apply(paise(100000))->paise(), qint64(10));
    const Negotiation fixed = Negotiation::fixed(Money::fromRupees(12.34));
    QCOMPARE(fixed.kind(), Negotiation::Kind::Fixed);
    QCOMPARE(fixed.fixedRate(), paise(1234));
    QCOMPARE(fixed.apply(paise(1165))->paise(), qint64(1234));
    QCOMPARE(Negotiation::fixed(paise(0)).apply(paise(1165))->paise(), qint64(0));
    QCOMPARE(Negotiation::percent(10).kind(), Negotiation::Kind::Percent);
    QCOMPARE(Negotiation::percent(10).percentOff(), 10.0);
}

void TestMoney::negotiationRejects() {
    for (double p : {100.0, 120.0, -1.0, -0.0001, std::nan(""), std::numeric_limits<double>::infinity()}) {
        const Result<Money> r = Negotiation::percent(p).apply(paise(1165));
        QVERIFY2(!r.ok(), qPrintable(QString::number(p)));
        QCOMPARE(r.error().field, QStringLiteral("negotiation.percent"));
        QVERIFY(!r.error().message.isEmpty());
    }
    const Result<Money> negative = Negotiation::fixed(paise(-1)).apply(paise(1165));
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().field, QStringLiteral("negotiation.fixed"));
}

void TestMoney::totalsGolden_data() {
    QTest::addColumn<QJsonObject>("golden");
    const QJsonArray cases =
        test::loadGolden(QStringLiteral("documents_cases.json")).value(QStringLiteral("totals")).toArray();
    QVERIFY(cases.size() >= 6);
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("case %1").arg(i))) << cases[i].toObject();
}

void TestMoney::totalsGolden() {
    QFETCH(QJsonObject, golden);
    const Result<Totals> t = GstTotals::compute(inputFromGolden(golden));
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().text()));
    const QJsonObject e = golden.value(QStringLiteral("expectedPaise")).toObject();
    QCOMPARE(t->subtotal.paise(), e.value(QStringLiteral("subtotal")).toInteger());
    QCOMPARE(t->taxable.paise(), e.value(QStringLiteral("taxable")).toInteger());
    QCOMPARE(t->gst.paise(), e.value(QStringLiteral("gst")).toInteger());
    QCOMPARE(t->cgst.paise(), e.value(QStringLiteral("cgst")).toInteger());
    QCOMPARE(t->sgst.paise(), e.value(QStringLiteral("sgst")).toInteger());
    QCOMPARE(t->igst.paise(), e.value(QStringLiteral("igst")).toInteger());
    QCOMPARE(t->roundOff.paise(), e.value(QStringLiteral("roundOff")).toInteger());
    QCOMPARE(t->grand.paise(), e.value(QStringLiteral("grand")).toInteger());
    QCOMPARE(t->transport.paise(), golden.value(QStringLiteral("transportPaise")).toInteger());

    // The same lines computed intra-state split the same GST into halves.
    TotalsInput intra = inputFromGolden(golden);
    intra.intraState = true;
    const Result<Totals> ti = GstTotals::compute(intra);
    QVERIFY(ti.ok());
    QCOMPARE(ti->gst, t->gst);
    QCOMPARE(ti->cgst.paise(), roundHalfUp(t->gst.paise(), 2));
    QCOMPARE(ti->cgst + ti->sgst, ti->gst);
    QCOMPARE(ti->igst, Money());
    QCOMPARE(ti->grand, t->grand);
}

void TestMoney::totalsSpecExample() {
    // DOCUMENTS.md: taxable 1001.05, 5 %, intra -> gst 50.05, cgst 25.03, sgst 25.02, raw 1051.10,
    // grand 1051.00, round-off -0.10.
    TotalsInput in;
    in.lines = {{paise(100105), 1, true, QStringLiteral("4819")}};
    in.gstRatePercent = 5;
    in.intraState = true;
    in.roundOff = true;
    const Result<Totals> t = GstTotals::compute(in);
    QVERIFY(t.ok());
    QCOMPARE(t->taxable.paise(), qint64(100105));
    QCOMPARE(t->gst.paise(), qint64(5005));
    QCOMPARE(t->cgst.paise(), qint64(2503));
    QCOMPARE(t->sgst.paise(), qint64(2502));
    QCOMPARE(t->igst.paise(), qint64(0));
    QCOMPARE((t->taxable + t->gst).paise(), qint64(105110));
    QCOMPARE(t->grand.paise(), qint64(105100));
    QCOMPARE(t->roundOff.paise(), qint64(-10));
    QCOMPARE(t->gstRateBasisPoints, 500);
    QVERIFY(t->intraState);
}

void TestMoney::totalsJsonExample() {
    // DOCUMENTS.md `show --json`: 1000 boxes at 10.49 (negotiated), transport 1500, 5 % intra-state.
    TotalsInput in;
    in.lines = {{Negotiation::percent(10).apply(paise(1165)).value(), 1000, true, QStringLiteral("4819")}};
    in.transport = Money::fromRupees(1500.00);
    in.gstRatePercent = 5;
    in.intraState = true;
    in.roundOff = true;
    const Result<Totals> t = GstTotals::compute(in);
    QVERIFY(t.ok());
    QCOMPARE(t->subtotal.paise(), qint64(1049000));
    QCOMPARE(t->transport.paise(), qint64(150000));
    QCOMPARE(t->taxable.paise(), qint64(1199000));
    QCOMPARE(t->gst.paise(), qint64(59950));
    QCOMPARE(t->cgst.paise(), qint64(29975));
    QCOMPARE(t->sgst.paise(), qint64(29975));
    QCOMPARE(t->igst.paise(), qint64(0));
    QCOMPARE(t->roundOff.paise(), qint64(50));
    QCOMPARE(t->grand.paise(), qint64(1259000));
}

void TestMoney::totalsSkipsUnselectedLines() {
    TotalsInput in;
    in.lines = {{paise(1000), 10, true, {}},
                {paise(99999), 1000, false, {}},
                {paise(250), 4, true, {}},
                {paise(-5), -3, false, {}}};
    in.gstRatePercent = 18;
    in.intraState = false;
    in.roundOff = false;
    const Result<Totals> t = GstTotals::compute(in);
    QVERIFY(t.ok());
    QCOMPARE(t->subtotal.paise(), qint64(11000));
    QCOMPARE(t->gst.paise(), qint64(1980));
    QCOMPARE(t->igst.paise(), qint64(1980));
    QCOMPARE(t->grand.paise(), qint64(12980));

    in.lines.clear();
    const Result<Totals> empty = GstTotals::compute(in);
    QVERIFY(empty.ok());
    QCOMPARE(empty->grand, Money());
}

void TestMoney::totalsRoundOffOff() {
    TotalsInput in;
    in.lines = {{paise(100105), 1, true, {}}};
    in.gstRatePercent = 5;
    in.roundOff = false;
    const Result<Totals> t = GstTotals::compute(in);
    QVERIFY(t.ok());
    QCOMPARE(t->grand.paise(), qint64(105110));
    QCOMPARE(t->roundOff, Money());
}

void TestMoney::totalsFractionalRates() {
    TotalsInput in;
    in.roundOff = false;
    in.intraState = true;
    // 0.25 % of 2.00 is exactly half a paisa: rounds up to 1, split 1 + 0.
    in.lines = {{paise(200), 1, true, {}}};
    in.gstRatePercent = 0.25;
    Result<Totals> t = GstTotals::compute(in);
    QVERIFY(t.ok());
    QCOMPARE(t->gstRateBasisPoints, 25);
    QCOMPARE(t->gst.paise(), qint64(1));
    QCOMPARE(t->cgst.paise(), qint64(1));
    QCOMPARE(t->sgst.paise(), qint64(0));
    // 1.5 % of 1.00 is 1.5 paise -> 2.
    in.lines = {{paise(100), 1, true, {}}};
    in.gstRatePercent = 1.5;
    t = GstTotals::compute(in);
    QVERIFY(t.ok());
    QCOMPARE(t->gst.paise(), qint64(2));
    // 0.1 % (a rate with no exact binary form) of 15.00 is exactly 1.5 paise -> 2.
    in.lines = {{paise(1500), 1, true, {}}};
    in.gstRatePercent = 0.1;
    t = GstTotals::compute(in);
    QVERIFY(t.ok());
    QCOMPARE(t->gstRateBasisPoints, 10);
    QCOMPARE(t->gst.paise(), qint64(2));
    // 7.5 % of 1,234.50 = 92.5875 -> 92.59.
    in.lines = {{paise(123450), 1, true, {}}};
    in.gstRatePercent = 7.5;
    t = GstTotals::compute(in);
    QVERIFY(t.ok());
    QCOMPARE(t->gst.paise(), qint64(9259));
    QCOMPARE(t->cgst.paise(), qint64(4630));
    QCOMPARE(t->sgst.paise(), qint64(4629));
    // Zero-rated.
    in.gstRatePercent = 0;
    t = GstTotals::compute(in);
    QVERIFY(t.ok());
    QCOMPARE(t->gst, Money());
    QCOMPARE(t->grand, paise(123450));
}

void TestMoney::totalsLargeAmountsExact() {
    // Beyond 2^53 paise a double cannot hold every paisa; the integer path stays exact.
    TotalsInput in;
    in.lines = {{paise(12345678901234567), 1, true, {}}};
    in.gstRatePercent = 18;
    in.intraState = true;
    in.roundOff = true;
    const Result<Totals> t = GstTotals::compute(in);
    QVERIFY(t.ok());
    QCOMPARE(t->gst.paise(), qint64(2222222202222222)); // 2222222202222222.06
    QCOMPARE(t->cgst.paise(), qint64(1111111101111111));
    QCOMPARE(t->sgst.paise(), qint64(1111111101111111));
    QCOMPARE(t->grand.paise(), qint64(14567901103456800)); // raw ...456789 -> rupee
    QCOMPARE(t->roundOff.paise(), qint64(11));
}

void TestMoney::totalsRejects() {
    const auto field = [](const TotalsInput &in) {
        const Result<Totals> t = GstTotals::compute(in);
        return t.ok() ? QString() : t.error().field;
    };
    TotalsInput base;
    base.lines = {{paise(100), 1, true, {}}, {paise(200), 2, true, {}}};
    base.gstRatePercent = 5;
    QVERIFY(GstTotals::compute(base).ok());

    TotalsInput in = base;
    in.lines[1].quantity = -1;
    QCOMPARE(field(in), QStringLiteral("lines[1].quantity"));
    in = base;
    in.lines[0].unit = paise(-100);
    QCOMPARE(field(in), QStringLiteral("lines[0].unit"));
    in = base;
    in.transport = paise(-1);
    QCOMPARE(field(in), QStringLiteral("transport"));
    in = base;
    in.transport = paise(Money::kMaxPaise);
    QCOMPARE(field(in), QStringLiteral("transport"));
    in = base;
    in.lines[1].unit = paise(Money::kMaxPaise);
    QCOMPARE(field(in), QStringLiteral("lines[1].quantity"));
    in = base;
    in.lines[0].quantity = std::numeric_limits<qint64>::max();
    QCOMPARE(field(in), QStringLiteral("lines[0].quantity"));
    for (double rate : {-1.0, 100.01, 0.125, 12.345, std::nan(""), std::numeric_limits<double>::infinity()}) {
        in = base;
        in.gstRatePercent = rate;
        QCOMPARE(field(in), QStringLiteral("gstRatePercent"));
    }
    in = base;
    in.gstRatePercent = 100;
    QVERIFY(GstTotals::compute(in).ok());

    const Result<int> bad = GstTotals::rateBasisPoints(0.125);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("two decimals")));
    QCOMPARE(GstTotals::rateBasisPoints(28).value(), 2800);
    QCOMPARE(GstTotals::rateBasisPoints(0.25).value(), 25);
}

void TestMoney::ratePercentText() {
    QCOMPARE(GstTotals::percentText(500), QStringLiteral("5"));
    QCOMPARE(GstTotals::halfPercentText(500), QStringLiteral("2.5"));
    QCOMPARE(GstTotals::percentText(1800), QStringLiteral("18"));
    QCOMPARE(GstTotals::halfPercentText(1800), QStringLiteral("9"));
    QCOMPARE(GstTotals::percentText(25), QStringLiteral("0.25"));
    QCOMPARE(GstTotals::halfPercentText(25), QStringLiteral("0.125"));
    QCOMPARE(GstTotals::percentText(750), QStringLiteral("7.5"));
    QCOMPARE(GstTotals::halfPercentText(750), QStringLiteral("3.75"));
    QCOMPARE(GstTotals::percentText(10), QStringLiteral("0.1"));
    QCOMPARE(GstTotals::halfPercentText(10), QStringLiteral("0.05"));
    QCOMPARE(GstTotals::percentText(0), QStringLiteral("0"));
}

void TestMoney::hsnSummaryGroupsAndReconciles() {
    TotalsInput in;
    in.lines = {{paise(1049), 1000, true, QStringLiteral("4819")},
                {paise(333), 7, true, QStringLiteral("4808")},
                {paise(12345), 3, false, QStringLiteral("9999")},
                {paise(2501), 3, true, QStringLiteral(" 4819 ")}};
    in.transport = paise(150000);
    in.gstRatePercent = 5;
    in.intraState = true;
    const Result<Totals> t = GstTotals::compute(in);
    const Result<std::vector<HsnSummaryRow>> rows = GstTotals::hsnSummary(in);
    QVERIFY(t.ok() && rows.ok());
    QCOMPARE(rows->size(), std::size_t(2));
    const HsnSummaryRow &paper = rows->at(0);
    const HsnSummaryRow &other = rows->at(1);
    QCOMPARE(paper.hsn, QStringLiteral("4819"));
    QCOMPARE(other.hsn, QStringLiteral("4808"));
    // Transport joins the principal supply (4819).
    QCOMPARE(paper.taxable.paise(), qint64(1049000 + 7503 + 150000));
    QCOMPARE(other.taxable.paise(), qint64(2331));
    QCOMPARE(paper.gstRateBasisPoints, 500);
    // 4808: 2331 * 5 % = 116.55 and 4819: 1206503 * 5 % = 60325.15; the document GST is 60441.70 -> 60442,
    // so the larger remainder (4808's .55) takes the extra paisa.
    QCOMPARE(t->gst.paise(), qint64(60442));
    QCOMPARE(other.gst.paise(), qint64(117));
    QCOMPARE(paper.gst.paise(), qint64(60325));
    QCOMPARE(paper.taxable + other.taxable, t->taxable);
    QCOMPARE(paper.gst + other.gst, t->gst);
    QCOMPARE(paper.cgst + other.cgst, t->cgst);
    QCOMPARE(paper.sgst + other.sgst, t->sgst);
    QCOMPARE(paper.igst + other.igst, Money());
    QCOMPARE(paper.cgst + paper.sgst, paper.gst);
    QCOMPARE(other.cgst + other.sgst, other.gst);
}

void TestMoney::hsnSummaryInterState() {
    const QJsonArray cases =
        test::loadGolden(QStringLiteral("documents_cases.json")).value(QStringLiteral("totals")).toArray();
    for (const QJsonValue &v : cases) {
        TotalsInput in = inputFromGolden(v.toObject());
        for (std::size_t i = 0; i < in.lines.size(); ++i)
            in.lines[i].hsn = i % 2 == 0 ? QStringLiteral("4819") : QStringLiteral("4823");
        const Result<Totals> t = GstTotals::compute(in);
        const Result<std::vector<HsnSummaryRow>> rows = GstTotals::hsnSummary(in);
        QVERIFY(t.ok() && rows.ok());
        Money taxable, gst, igst, cgst;
        for (const HsnSummaryRow &row : *rows) {
            taxable += row.taxable;
            gst += row.gst;
            igst += row.igst;
            cgst += row.cgst + row.sgst;
            QCOMPARE(row.igst, row.gst);
        }
        QCOMPARE(taxable, t->taxable);
        QCOMPARE(gst, t->gst);
        QCOMPARE(igst, t->igst);
        QCOMPARE(cgst, Money());
    }
}

void TestMoney::hsnSummaryTinyAmounts() {
    // Ten groups each owed exactly half a paisa; the document owes 5 paise. Each group gets 0 or 1 and
    // none goes negative, which a "put the difference on the largest row" rule would not guarantee.
    TotalsInput in;
    for (int i = 0; i < 10; ++i)
        in.lines.push_back({paise(10), 1, true, QStringLiteral("48%1").arg(10 + i)});
    in.gstRatePercent = 5;
    in.intraState = true;
    in.roundOff = false;
    const Result<std::vector<HsnSummaryRow>> rows = GstTotals::hsnSummary(in);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), std::size_t(10));
    Money gst, cgst;
    for (const HsnSummaryRow &row : *rows) {
        QVERIFY(row.gst == paise(0) || row.gst == paise(1));
        QVERIFY(!row.cgst.isNegative() && !row.sgst.isNegative());
        gst += row.gst;
        cgst += row.cgst;
    }
    QCOMPARE(gst, paise(5));
    QCOMPARE(cgst, paise(3));
    // Ties go to the earlier groups.
    QCOMPARE(rows->at(0).gst, paise(1));
    QCOMPARE(rows->at(9).gst, paise(0));

    TotalsInput freightOnly;
    freightOnly.transport = paise(10000);
    freightOnly.gstRatePercent = 18;
    const Result<std::vector<HsnSummaryRow>> freight = GstTotals::hsnSummary(freightOnly);
    QVERIFY(freight.ok());
    QCOMPARE(freight->size(), std::size_t(1));
    QCOMPARE(freight->front().taxable, paise(10000));
    QCOMPARE(freight->front().gst, paise(1800));
    QVERIFY(GstTotals::hsnSummary(TotalsInput()).value().empty());
}

void TestMoney::apportionmentProperties() {
    QRandomGenerator rng(4819);
    const double rates[] = {0, 0.1, 0.25, 3, 5, 7.5, 12, 18, 28};
    for (int round = 0; round < 500; ++round) {
        TotalsInput in;
        const int lines = rng.bounded(1, 9);
        for (int i = 0; i < lines; ++i)
            in.lines.push_back({paise(rng.bounded(1, 50000)), rng.bounded(0, 5000), rng.bounded(5) != 0,
                                QStringLiteral("48%1").arg(rng.bounded(3))});
        in.transport = paise(rng.bounded(3) == 0 ? 0 : rng.bounded(1, 300000));
        in.gstRatePercent = rates[rng.bounded(int(std::size(rates)))];
        in.intraState = rng.bounded(2) == 0;
        in.roundOff = rng.bounded(2) == 0;
        const Result<Totals> t = GstTotals::compute(in);
        const Result<std::vector<HsnSummaryRow>> rows = GstTotals::hsnSummary(in);
        const Result<GstShares> shares = GstTotals::gstShares(in);
        QVERIFY(t.ok() && rows.ok() && shares.ok());

        QCOMPARE(t->grand - t->roundOff, t->taxable + t->gst);
        // Half a rupee rounds up, so the round-off lies in (-0.50, +0.50].
        QVERIFY(t->roundOff.paise() > -50 && t->roundOff.paise() <= 50);
        if (in.roundOff)
            QCOMPARE(t->grand.paise() % 100, qint64(0));

        Money taxable, gst, cgst, sgst, igst;
        for (const HsnSummaryRow &row : *rows) {
            const qint64 floor = exactTaxFloor(row.taxable.paise(), t->gstRateBasisPoints);
            QVERIFY(row.gst.paise() == floor || row.gst.paise() == floor + 1);
            QCOMPARE(row.cgst + row.sgst + row.igst, row.gst);
            QVERIFY(std::abs(row.cgst.paise() - row.sgst.paise()) <= 1);
            taxable += row.taxable;
            gst += row.gst;
            cgst += row.cgst;
            sgst += row.sgst;
            igst += row.igst;
        }
        QCOMPARE(taxable, t->taxable);
        QCOMPARE(gst, t->gst);
        QCOMPARE(cgst, t->cgst);
        QCOMPARE(sgst, t->sgst);
        QCOMPARE(igst, t->igst);

        Money shared = shares->transportGst;
        for (std::size_t i = 0; i < in.lines.size(); ++i) {
            const qint64 amount = in.lines[i].selected ? in.lines[i].unit.paise() * in.lines[i].quantity : 0;
            const qint64 floor = exactTaxFloor(amount, t->gstRateBasisPoints);
            QVERIFY(shares->lineGst[i].paise() == floor || shares->lineGst[i].paise() == floor + 1);
            shared += shares->lineGst[i];
        }
        QCOMPARE(shared, t->gst);
    }
}

void TestMoney::gstShares() {
    TotalsInput in;
    in.lines = {{paise(1049), 1000, true, {}}, {paise(500), 10, false, {}}, {paise(333), 3, true, {}}};
    in.transport = paise(150000);
    in.gstRatePercent = 5;
    const Result<GstShares> s = GstTotals::gstShares(in);
    QVERIFY(s.ok());
    QCOMPARE(s->lineGst.size(), std::size_t(3));
    QCOMPARE(s->lineGst[0], paise(52450));
    QCOMPARE(s->lineGst[1], Money());
    QCOMPARE(s->lineGst[2], paise(50)); // 49.95
    QCOMPARE(s->transportGst, paise(7500));
    QCOMPARE(s->lineGst[0] + s->lineGst[2] + s->transportGst, GstTotals::compute(in)->gst);

    in.lines[0].quantity = -1;
    QCOMPARE(GstTotals::gstShares(in).error().field, QStringLiteral("lines[0].quantity"));
}

void TestMoney::placeOfSupply() {
    QCOMPARE(GstTotals::placeOfSupply(QStringLiteral("27AAPFU0939F1ZV"), QStringLiteral("29")), QStringLiteral("27"));
    QCOMPARE(GstTotals::placeOfSupply(QStringLiteral(" 29aagcb7383j1z4 "), QString()), QStringLiteral("29"));
    QCOMPARE(GstTotals::placeOfSupply(QStringLiteral("27AABCU9603R1ZM"), QStringLiteral("29")), QStringLiteral("29"));
    QCOMPARE(GstTotals::placeOfSupply(QString(), QStringLiteral("7")), QStringLiteral("07"));
    QCOMPARE(GstTotals::placeOfSupply(QString(), QStringLiteral("28")), QString());
    QCOMPARE(GstTotals::placeOfSupply(QString(), QString()), QString());
    QVERIFY(GstTotals::isIntraState(QStringLiteral("27"), QStringLiteral("27")));
    QVERIFY(!GstTotals::isIntraState(QStringLiteral("27"), QStringLiteral("29")));
    QVERIFY(GstTotals::isIntraState(QStringLiteral("27"), QString()));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
