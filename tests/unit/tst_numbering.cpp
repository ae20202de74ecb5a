// Financial years and document number templates (DOCUMENTS.md "Invoices", GST rule 46(b),
// golden/documents_cases.json "financialYear").

#include "Golden.h"

#include "money/DocumentNumber.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <limits>

using namespace bcp;

Q_DECLARE_METATYPE(bcp::NumberSeries)

class TestNumbering : public QObject {
    Q_OBJECT

private slots:
    void financialYearGolden();
    void financialYearBoundary_data();
    void financialYearBoundary();
    void financialYearInvalidDate();

    void defaults();
    void formatTokens();
    void zeroPaddedWidthSpelling();
    void sequenceOutgrowsWidth();
    void ticketsAreNotBoundByRule46();
    void validTemplates_data();
    void validTemplates();
    void rejectedTemplates_data();
    void rejectedTemplates();
    void formatRejects();
    void everyRule46NumberIsLegal();
};

void TestNumbering::financialYearGolden() {
    const QJsonArray cases =
        test::loadGolden(QStringLiteral("documents_cases.json")).value(QStringLiteral("financialYear")).toArray();
    QVERIFY(cases.size() >= 6);
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const QDate date = QDate::fromString(c.value(QStringLiteral("date")).toString(), Qt::ISODate);
        QVERIFY(date.isValid());
        QCOMPARE(DocumentNumber::financialYear(date), c.value(QStringLiteral("fy")).toString());
    }
}

void TestNumbering::financialYearBoundary_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("fy");
    QTest::addColumn<int>("start");
    QTest::newRow("31 March 2025") << QDate(2025, 3, 31) << QStringLiteral("24-25") << 2024;
    QTest::newRow("1 April 2025") << QDate(2025, 4, 1) << QStringLiteral("25-26") << 2025;
    QTest::newRow("1 January 2026") << QDate(2026, 1, 1) << QStringLiteral("25-26") << 2025;
    QTest::newRow("31 December 2025") << QDate(2025, 12, 31) << QStringLiteral("25-26") << 2025;
    QTest::newRow("31 March 2026") << QDate(2026, 3, 31) << QStringLiteral("25-26") << 2025;
    QTest::newRow("1 April 2026") << QDate(2026, 4, 1) << QStringLiteral("26-27") << 2026;
    QTest::newRow("leap day 2024") << QDate(2024, 2, 29) << QStringLiteral("23-24") << 2023;
    QTest::newRow("century 31 March 2000") << QDate(2000, 3, 31) << QStringLiteral("99-00") << 1999;
    QTest::newRow("century 1 April 2099") << QDate(2099, 4, 1) << QStringLiteral("99-00") << 2099;
    QTest::newRow("1 April 2009") << QDate(2009, 4, 1) << QStringLiteral("09-10") << 2009;
}

void TestNumbering::financialYearBoundary() {
    QFETCH(QDate, date);
    QFETCH(QString, fy);
    QFETCH(int, start);
    QCOMPARE(DocumentNumber::financialYear(date), fy);
    QCOMPARE(DocumentNumber::financialYearStart(date), start);
}

void TestNumbering::financialYearInvalidDate() {
    QCOMPARE(DocumentNumber::financialYear(QDate()), QString());
    QCOMPARE(DocumentNumber::financialYearStart(QDate()), 0);
}

void TestNumbering::defaults() {
    QCOMPARE(DocumentNumber::defaultTemplate(NumberSeries::Quote), QStringLiteral("QT/{FY}/{seq:4}"));
    QCOMPARE(DocumentNumber::defaultTemplate(NumberSeries::Invoice), QStringLiteral("INV/{FY}/{seq:4}"));
    QCOMPARE(DocumentNumber::defaultTemplate(NumberSeries::CreditNote), QStringLiteral("CN/{FY}/{seq:4}"));
    QCOMPARE(DocumentNumber::defaultTemplate(NumberSeries::Ticket), QStringLiteral("TKT-{YYYY}-{seq:6}"));
    QVERIFY(DocumentNumber::followsRule46(NumberSeries::Invoice));
    QVERIFY(DocumentNumber::followsRule46(NumberSeries::CreditNote));
    QVERIFY(DocumentNumber::followsRule46(NumberSeries::Quote));
    QVERIFY(!DocumentNumber::followsRule46(NumberSeries::Ticket));

    const QDate date(2025, 11, 26);
    const struct {
        NumberSeries series;
        qint64 sequence;
        const char *expected;
    } cases[] = {{NumberSeries::Quote, 1, "QT/25-26/0001"},
                 {NumberSeries::Invoice, 1, "INV/25-26/0001"},
                 {NumberSeries::Invoice, 42, "INV/25-26/0042"},
                 {NumberSeries::CreditNote, 7, "CN/25-26/0007"},
                 {NumberSeries::Ticket, 1, "TKT-2025-000001"}};
    for (const auto &c : cases) {
        const QString tmpl = DocumentNumber::defaultTemplate(c.series);
        const Result<NumberTemplateInfo> info = DocumentNumber::validate(tmpl, c.series);
        QVERIFY2(info.ok(), qPrintable(tmpl));
        const Result<QString> number = DocumentNumber::format(tmpl, c.series, date, c.sequence);
        QVERIFY(number.ok());
        QCOMPARE(*number, QString::fromLatin1(c.expected));
    }
    const Result<NumberTemplateInfo> invoice =
        DocumentNumber::validate(DocumentNumber::defaultTemplate(NumberSeries::Invoice), NumberSeries::Invoice);
    QCOMPARE(invoice->sequenceWidth, 4);
    QCOMPARE(invoice->maxLength, 14);
    QCOMPARE(invoice->maxSequence, qint64(999999));
}

void TestNumbering::formatTokens() {
    const QDate lateMarch(2026, 3, 31);
    const QDate april(2026, 4, 1);
    QCOMPARE(DocumentNumber::format(QStringLiteral("INV/{FY}/{seq:4}"), NumberSeries::Invoice, lateMarch, 812).value(),
             QStringLiteral("INV/25-26/0812"));
    QCOMPARE(DocumentNumber::format(QStringLiteral("INV/{FY}/{seq:4}"), NumberSeries::Invoice, april, 1).value(),
             QStringLiteral("INV/26-27/0001"));
    // {YYYY} and {YY} are the calendar year of the date, {FY} the financial year.
    QCOMPARE(DocumentNumber::format(QStringLiteral("{YYYY}/{FY}/{seq:3}"), NumberSeries::Invoice, lateMarch, 5).value(),
             QStringLiteral("2026/25-26/005"));
    QCOMPARE(DocumentNumber::format(QStringLiteral("S{YY}-{FY}-{seq:2}"), NumberSeries::Quote, lateMarch, 9).value(),
             QStringLiteral("S26-25-26-09"));
    QCOMPARE(DocumentNumber::format(QStringLiteral("{FY}{seq:1}"), NumberSeries::Invoice, april, 3).value(),
             QStringLiteral("26-273"));
    QCOMPARE(
        DocumentNumber::format(QStringLiteral("T{YY}-{seq:3}"), NumberSeries::Ticket, QDate(2009, 6, 1), 4).value(),
        QStringLiteral("T09-004"));
}

void TestNumbering::zeroPaddedWidthSpelling() {
    const QDate date(2025, 11, 26);
    QCOMPARE(DocumentNumber::format(QStringLiteral("QT/{FY}/{seq:04}"), NumberSeries::Quote, date, 12).value(),
             DocumentNumber::format(QStringLiteral("QT/{FY}/{seq:4}"), NumberSeries::Quote, date, 12).value());
    QCOMPARE(DocumentNumber::validate(QStringLiteral("QT/{FY}/{seq:04}"), NumberSeries::Quote)->sequenceWidth, 4);
}

void TestNumbering::sequenceOutgrowsWidth() {
    // INV/{FY}/{seq:4} is 14 characters at full width; the sequence may take the two spare characters
    // rather than stop invoicing at 9999, and is never cut (that would repeat numbers).
    const QString tmpl = QStringLiteral("INV/{FY}/{seq:4}");
    const QDate date(2025, 11, 26);
    QCOMPARE(DocumentNumber::format(tmpl, NumberSeries::Invoice, date, 9999).value(), QStringLiteral("INV/25-26/9999"));
    QCOMPARE(DocumentNumber::format(tmpl, NumberSeries::Invoice, date, 10000).value(),
             QStringLiteral("INV/25-26/10000"));
    QCOMPARE(DocumentNumber::format(tmpl, NumberSeries::Invoice, date, 999999).value(),
             QStringLiteral("INV/25-26/999999"));
    const Result<QString> tooMany = DocumentNumber::format(tmpl, NumberSeries::Invoice, date, 1000000);
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().field, QStringLiteral("sequence"));
    QVERIFY2(tooMany.error().message.contains(QStringLiteral("16 characters")), qPrintable(tooMany.error().message));

    // A template already at 16 characters has no room to grow.
    const QString full = QStringLiteral("INVO/{FY}/{seq:5}");
    QCOMPARE(DocumentNumber::validate(full, NumberSeries::Invoice)->maxLength, 16);
    QCOMPARE(DocumentNumber::validate(full, NumberSeries::Invoice)->maxSequence, qint64(99999));
    QCOMPARE(DocumentNumber::format(full, NumberSeries::Invoice, date, 99999).value(),
             QStringLiteral("INVO/25-26/99999"));
    QVERIFY(!DocumentNumber::format(full, NumberSeries::Invoice, date, 100000).ok());
}

void TestNumbering::ticketsAreNotBoundByRule46() {
    const QString tmpl = QStringLiteral("SUPPORT_TICKET#{YYYY}-{seq:8}");
    const Result<NumberTemplateInfo> info = DocumentNumber::validate(tmpl, NumberSeries::Ticket);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info->maxLength, 28);
    QCOMPARE(info->maxSequence, std::numeric_limits<qint64>::max());
    QCOMPARE(DocumentNumber::format(tmpl, NumberSeries::Ticket, QDate(2025, 5, 1), 123456789).value(),
             QStringLiteral("SUPPORT_TICKET#2025-123456789"));
    // The same template is refused for an invoice, for its characters first.
    QVERIFY(!DocumentNumber::validate(tmpl, NumberSeries::Invoice).ok());
    // Tickets need no financial year.
    QVERIFY(DocumentNumber::validate(QStringLiteral("TKT-{seq:6}"), NumberSeries::Ticket).ok());
}

void TestNumbering::validTemplates_data() {
    QTest::addColumn<QString>("tmpl");
    QTest::addColumn<int>("maxLength");
    QTest::newRow("default invoice") << QStringLiteral("INV/{FY}/{seq:4}") << 14;
    QTest::newRow("sixteen exactly") << QStringLiteral("INVO/{FY}/{seq:5}") << 16;
    QTest::newRow("hyphens and lower case") << QStringLiteral("bcp-{FY}-{seq:3}") << 13;
    QTest::newRow("all tokens") << QStringLiteral("{YY}{FY}{seq:3}") << 10;
    QTest::newRow("digits in text") << QStringLiteral("A1/{FY}/{seq:6}") << 15;
    QTest::newRow("only FY and sequence") << QStringLiteral("{FY}{seq:1}") << 6;
}

void TestNumbering::validTemplates() {
    QFETCH(QString, tmpl);
    QFETCH(int, maxLength);
    const Result<NumberTemplateInfo> info = DocumentNumber::validate(tmpl, NumberSeries::Invoice);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info->maxLength, maxLength);
    // The longest number really has that length: the sequence at its full width.
    qint64 widest = 0;
    for (int i = 0; i < info->sequenceWidth; ++i)
        widest = widest * 10 + 9;
    const QString longest = DocumentNumber::format(tmpl, NumberSeries::Invoice, QDate(2025, 11, 26), widest).value();
    QCOMPARE(longest.size(), qsizetype(maxLength));
}

void TestNumbering::rejectedTemplates_data() {
    QTest::addColumn<QString>("tmpl");
    QTest::addColumn<NumberSeries>("series");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("too long") << QStringLiteral("INVOICE/{FY}/{seq:6}") << NumberSeries::Invoice
                              << QStringLiteral("up to 20 characters; GST rule 46(b) allows at most 16");
    QTest::newRow("one over") << QStringLiteral("INVOI/{FY}/{seq:5}") << NumberSeries::CreditNote
                              << QStringLiteral("up to 17 characters");
    QTest::newRow("quote too long") << QStringLiteral("QUOTATION/{FY}/{seq:4}") << NumberSeries::Quote
                                    << QStringLiteral("up to 20 characters");
    QTest::newRow("space") << QStringLiteral("INV {FY}/{seq:4}") << NumberSeries::Invoice << QStringLiteral("Spaces");
    QTest::newRow("underscore") << QStringLiteral("INV_{FY}/{seq:4}") << NumberSeries::Invoice
                                << QStringLiteral("\"_\" cannot be part of a GST document number");
    QTest::newRow("hash") << QStringLiteral("INV#{FY}{seq:4}") << NumberSeries::Invoice << QStringLiteral("\"#\"");
    QTest::newRow("non-ASCII letter") << QString::fromUtf8("INV\xc3\xa9{FY}{seq:4}") << NumberSeries::Invoice
                                      << QStringLiteral("cannot be part of a GST document number");
    QTest::newRow("unknown token") << QStringLiteral("INV/{FY}/{MM}/{seq:4}") << NumberSeries::Invoice
                                   << QStringLiteral("Unknown token {MM}");
    QTest::newRow("lower-case token") << QStringLiteral("INV/{fy}/{seq:4}") << NumberSeries::Invoice
                                      << QStringLiteral("Unknown token {fy}");
    QTest::newRow("seq without width") << QStringLiteral("INV/{FY}/{seq}") << NumberSeries::Invoice
                                       << QStringLiteral("{seq} needs a width");
    QTest::newRow("seq width 0") << QStringLiteral("INV/{FY}/{seq:0}") << NumberSeries::Invoice
                                 << QStringLiteral("from 1 to 12");
    QTest::newRow("seq width 13") << QStringLiteral("T{seq:13}") << NumberSeries::Ticket
                                  << QStringLiteral("from 1 to 12");
    QTest::newRow("seq width text") << QStringLiteral("INV/{FY}/{seq:four}") << NumberSeries::Invoice
                                    << QStringLiteral("from 1 to 12");
    QTest::newRow("no sequence") << QStringLiteral("INV/{FY}") << NumberSeries::Invoice
                                 << QStringLiteral("needs {seq:N}");
    QTest::newRow("two sequences") << QStringLiteral("{FY}{seq:2}/{seq:2}") << NumberSeries::Invoice
                                   << QStringLiteral("only once");
    QTest::newRow("no financial year") << QStringLiteral("INV/{YYYY}/{seq:4}") << NumberSeries::Invoice
                                       << QStringLiteral("needs {FY}");
    QTest::newRow("quote without FY") << QStringLiteral("QT/{seq:4}") << NumberSeries::Quote
                                      << QStringLiteral("needs {FY}");
    QTest::newRow("unclosed") << QStringLiteral("INV/{FY/{seq:4}") << NumberSeries::Invoice
                              << QStringLiteral("not closed");
    QTest::newRow("unclosed at end") << QStringLiteral("INV/{FY}/{seq:4") << NumberSeries::Invoice
                                     << QStringLiteral("not closed");
    QTest::newRow("stray brace") << QStringLiteral("INV}/{FY}/{seq:4}") << NumberSeries::Invoice
                                 << QStringLiteral("no matching {");
    QTest::newRow("empty") << QString() << NumberSeries::Invoice << QStringLiteral("Enter a number template");
    QTest::newRow("blank") << QStringLiteral("   ") << NumberSeries::Ticket
                           << QStringLiteral("Enter a number template");
    QTest::newRow("ticket with tab") << QStringLiteral("T\t{seq:3}") << NumberSeries::Ticket
                                     << QStringLiteral("Spaces");
}

void TestNumbering::rejectedTemplates() {
    QFETCH(QString, tmpl);
    QFETCH(NumberSeries, series);
    QFETCH(QString, messagePart);
    const Result<NumberTemplateInfo> info = DocumentNumber::validate(tmpl, series);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, Error::Kind::Invalid);
    QCOMPARE(info.error().field, QStringLiteral("template"));
    QVERIFY2(info.error().message.contains(messagePart), qPrintable(info.error().message));
    // format() applies the same checks.
    const Result<QString> number = DocumentNumber::format(tmpl, series, QDate(2025, 11, 26), 1);
    QVERIFY(!number.ok());
    QCOMPARE(number.error().message, info.error().message);
}

void TestNumbering::formatRejects() {
    const QString tmpl = QStringLiteral("INV/{FY}/{seq:4}");
    const Result<QString> noDate = DocumentNumber::format(tmpl, NumberSeries::Invoice, QDate(), 1);
    QVERIFY(!noDate.ok());
    QCOMPARE(noDate.error().field, QStringLiteral("date"));
    for (qint64 sequence : {qint64(0), qint64(-1)}) {
        const Result<QString> bad = DocumentNumber::format(tmpl, NumberSeries::Invoice, QDate(2025, 4, 1), sequence);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("sequence"));
    }
}

void TestNumbering::everyRule46NumberIsLegal() {
    const QRegularExpression legal(QStringLiteral("^[A-Za-z0-9/-]{1,16}$"));
    const QStringList templates = {QStringLiteral("INV/{FY}/{seq:4}"), QStringLiteral("INVO/{FY}/{seq:5}"),
                                   QStringLiteral("{YY}{FY}{seq:3}"), QStringLiteral("CN-{FY}-{seq:1}"),
                                   QStringLiteral("{FY}/{YYYY}{seq:2}")};
    QRandomGenerator rng(46);
    for (const QString &tmpl : templates) {
        const Result<NumberTemplateInfo> info = DocumentNumber::validate(tmpl, NumberSeries::Invoice);
        QVERIFY2(info.ok(), qPrintable(tmpl));
        for (int i = 0; i < 300; ++i) {
            const QDate date = QDate(2017, 7, 1).addDays(rng.bounded(20000));
            const qint64 sequence = 1 + qint64(rng.generate64() % quint64(info->maxSequence));
            const Result<QString> number = DocumentNumber::format(tmpl, NumberSeries::Invoice, date, sequence);
            QVERIFY(number.ok());
            QVERIFY2(legal.match(*number).hasMatch(), qPrintable(*number));
            QVERIFY(number->contains(DocumentNumber::financialYear(date)));
        }
        QVERIFY(!DocumentNumber::format(tmpl, NumberSeries::Invoice, QDate(2025, 4, 1), info->maxSequence + 1).ok());
    }
}

QTEST_GUILESS_MAIN(TestNumbering)
#include "tst_numbering.moc"
