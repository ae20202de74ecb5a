// `boxcost invoice create|finalize|show` and `boxcost pdf quote|invoice` as a script runs them: only accepted
// quotes become invoices, several processes finalising at once get numbers 1..N without a gap or a duplicate,
// 31 March and 1 April fall in different series, `invoice show --json` has the documented shape, and the PDF
// carries the number, the buyer's GSTIN, every line, the tax lines, the grand total, the amount in words, the
// exact UPI payment link in its QR code and embedded fonts; a 60-item quote runs over several pages, each
// with the table header.

#include "CliRunner.h"
#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "money/AmountInWords.h"
#include "money/Gstin.h"
#include "money/IndianFormat.h"
#include "services/CompanyService.h"
#include "services/InvoiceService.h"
#include "services/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bcp;
using bcp::test::kDocumentedQuoteInput;
using bcp::test::parseJsonObject;
using bcp::test::passwordEnv;
using bcp::test::runCli;
using bcp::test::writeJsonFile;

namespace {

const QString kPassword = QStringLiteral("Corrugated#Board-2026");

// The quote example's figures (DOCUMENTS.md "JSON for scripts") as an invoice.
const char kInvoiceOutput[] = R"({"number": "INV/25-26/0001", "status": "final", "date": "2025-11-27",
 "sellerState": "27", "placeOfSupply": "27", "intraState": true,
 "party": {"name": "Ravi Kumar", "mobile": "9820011111", "gstin": "27AAPFU0939F1ZV"},
 "quote": "QT/25-26/0001",
 "lines": [{"name": "Apple Box 3P", "quantity": 1000, "ratePerBox": 10.49, "unitPaise": 1049,
            "amountPaise": 1049000, "hsn": "4819", "paperSpec": "180/24 + 150/18 + 150/18"}],
 "totals": {"subtotal": 1049000, "transport": 150000, "taxable": 1199000, "gstRatePercent": 5,
            "gst": 59950, "cgst": 29975, "sgst": 29975, "igst": 0, "roundOff": 50, "grand": 1259000}})";

// The PDF's text in reading order (one page when page > 0), every run of white space made one space, so a
// phrase wrapped over two lines is still found.
QString pdfText(const QString &pdf, int page = 0) {
    QStringList args = {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    const test::ToolResult r = test::runTool(QStringLiteral("pdftotext"), args);
    if (r.exitCode != 0)
        qFatal("pdftotext failed on %s: %s", qPrintable(pdf), qPrintable(r.err));
    return r.out.simplified();
}

// pdffonts lists at least one font and every one is embedded ("emb" is the fifth column from the end).
bool fontsEmbedded(const QString &pdf) {
    const test::ToolResult fonts = test::runTool(QStringLiteral("pdffonts"), {pdf});
    const QStringList rows = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    if (fonts.exitCode != 0 || rows.isEmpty())
        return false;
    for (const QString &row : rows) {
        const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 5 || cols.at(cols.size() - 5) != QLatin1String("yes"))
            return false;
    }
    return true;
}

int pdfPages(const QString &pdf) {
    const test::ToolResult r = test::runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption).match(r.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestInvoiceCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void onlyAcceptedQuotesBecomeInvoices();
    void showJsonHasTheDocumentedShape();
    void concurrentProcessesFinalizeGapless();
    void newFinancialYearStartsANewSeries();
    void invoicePdfCarriesEverything();
    void creditNoteAndCancelledInvoicePdfs();
    void longQuoteRunsOverPagesWithHeaders();
    void badArguments();

private:
    test::CliResult run(QStringList args);
    QString writeInput(const QJsonObject &json);
    QString acceptedQuote(const QJsonObject &input, const QString &date = QStringLiteral("2025-11-26"));
    QString createDraft(const QString &quote, const QString &date = {});
    void setCompanyProfile();
    Session owner(Database &db);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    int m_files = 0;
};

void TestInvoiceCli::initTestCase() {
    for (const char *program : {"pdftotext", "pdfinfo", "pdffonts", "pdftoppm", "zbarimg"}) {
        // The checks below need these; a missing one is a broken test machine, not a skip.
        const test::ToolResult r = test::runTool(QLatin1String(program), {QStringLiteral("-v")});
        QVERIFY2(r.exitCode >= 0, program);
    }
}

void TestInvoiceCli::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_url = m_t->url().toString();
    test::setUpShopByCli(m_url, kPassword);
}

void TestInvoiceCli::cleanup() {
    m_dir.reset();
    m_t.reset();
}

test::CliResult TestInvoiceCli::run(QStringList args) {
    args << QStringLiteral("--db") << m_url << QStringLiteral("--as") << QStringLiteral("ravi");
    return runCli(args, {}, passwordEnv(kPassword));
}

QString TestInvoiceCli::writeInput(const QJsonObject &json) {
    return writeJsonFile(m_dir->filePath(QStringLiteral("quote-%1.json").arg(++m_files)), json);
}

QString TestInvoiceCli::acceptedQuote(const QJsonObject &input, const QString &date) {
    auto created =
        run({QStringLiteral("quote"), QStringLiteral("create"), writeInput(input), QStringLiteral("--date"), date});
    if (created.exitCode != 0)
        qFatal("quote create failed: %s", created.err.constData());
    const QString number = QString::fromUtf8(created.out).trimmed();
    auto accepted = run({QStringLiteral("quote"), QStringLiteral("status"), number, QStringLiteral("accepted")});
    if (accepted.exitCode != 0)
        qFatal("quote status failed: %s", accepted.err.constData());
    return number;
}

QString TestInvoiceCli::createDraft(const QString &quote, const QString &date) {
    QStringList args = {QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--from-quote"), quote};
    if (!date.isEmpty())
        args << QStringLiteral("--date") << date;
    auto created = run(args);
    if (created.exitCode != 0)
        qFatal("invoice create failed: %s", created.err.constData());
    return QString::fromUtf8(created.out).trimmed();
}

// The shop's GSTIN, bank and UPI details, saved through the service as the Settings screen does.
// The shop owner's session, as `--as ravi` signs in, for the calls the command line does not offer.
Session TestInvoiceCli::owner(Database &db) {
    Session s;
    QSqlQuery u = db.exec(QStringLiteral("SELECT id, tenant_id, username, role FROM users WHERE username = 'ravi'"));
    if (!u.next())
        qFatal("no owner");
    s.userId = u.value(0).toLongLong();
    s.tenantId = u.value(1).toLongLong();
    s.username = u.value(2).toString();
    s.role = u.value(3).toString();
    s.permissions = test::seededPermissions(db, s.role);
    return s;
}

void TestInvoiceCli::setCompanyProfile() {
    auto db = m_t->open();
    const Session owner = this->owner(*db);
    CompanyService company(*db);
    CompanyProfile profile = company.get(owner).value();
    profile.gstin = QStringLiteral("27AAGCB7383J1Z1");
    profile.gstin = profile.gstin.left(14) + Gstin::checkCharacter(profile.gstin.left(14));
    profile.addressLine1 = QStringLiteral("Gala 12, Bhosari MIDC");
    profile.city = QStringLiteral("Pune");
    profile.pin = QStringLiteral("411026");
    profile.phone = QStringLiteral("020 2712 3456");
    profile.bankName = QStringLiteral("State Bank of India");
    profile.bankAccount = QStringLiteral("30124455667");
    profile.bankIfsc = QStringLiteral("SBIN0001234");
    profile.bankBranch = QStringLiteral("Bhosari");
    profile.upiId = QStringLiteral("sharmapack@sbi");
    profile.signatory = QStringLiteral("Ravi Sharma");
    auto saved = company.save(owner, profile);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().text()));
}

void TestInvoiceCli::onlyAcceptedQuotesBecomeInvoices() {
    auto created =
        run({QStringLiteral("quote"), QStringLiteral("create"), writeInput(parseJsonObject(kDocumentedQuoteInput))});
    QCOMPARE(created.exitCode, 0);
    const QString number = QString::fromUtf8(created.out).trimmed();
    auto refused = run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--from-quote"), number});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(QStringLiteral("boxcost quote status %1 accepted").arg(number).toUtf8()),
             refused.err.constData());
    QCOMPARE(refused.err.count('\n'), 1);
    QVERIFY(run({QStringLiteral("quote"), QStringLiteral("status"), number, QStringLiteral("accepted")}).exitCode == 0);
    auto made = run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--from-quote"), number});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]+\n$")).match(QString::fromUtf8(made.out)).hasMatch());
    auto shown = run({QStringLiteral("invoice"), QStringLiteral("show"), QString::fromUtf8(made.out).trimmed(),
                      QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QCOMPARE(parseJsonObject(shown.out).value(QLatin1String("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(parseJsonObject(shown.out).value(QLatin1String("number")).toString(), QString());
}

void TestInvoiceCli::showJsonHasTheDocumentedShape() {
    const QString quote = acceptedQuote(parseJsonObject(kDocumentedQuoteInput));
    const QString id = createDraft(quote, QStringLiteral("2025-11-27"));
    auto finalized = run({QStringLiteral("invoice"), QStringLiteral("finalize"), id});
    QVERIFY2(finalized.exitCode == 0, finalized.err.constData());
    QCOMPARE(finalized.out, QByteArray("INV/25-26/0001\n"));
    auto shown = run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV/25-26/0001"),
                      QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QCOMPARE(parseJsonObject(shown.out), parseJsonObject(kInvoiceOutput));

    auto text = run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV/25-26/0001")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("grand total 12,590.00"), text.out.constData());
    QVERIFY(text.out.contains("Apple Box 3P"));

    // Finalising twice is refused and changes nothing.
    auto again = run({QStringLiteral("invoice"), QStringLiteral("finalize"), id});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("already final (INV/25-26/0001)"), again.err.constData());
    auto db = m_t->open();
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('invoice.create', "
                                       "'invoice.finalize')"))
                 .toInt(),
             2);
}

void TestInvoiceCli::concurrentProcessesFinalizeGapless() {
    constexpr int kDrafts = 6;
    const QString quote = acceptedQuote(parseJsonObject(kDocumentedQuoteInput));
    QStringList ids;
    for (int i = 0; i < kDrafts; ++i)
        ids << createDraft(quote, QStringLiteral("2025-11-27"));
    // Two processes race for every draft: each draft is finalised once, and the numbers are 1..N.
    QList<QProcess *> running;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(passwordEnv(kPassword));
    for (int round = 0; round < 2; ++round) {
        for (const QString &id : ids) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(BOXCOST_CLI_PATH),
                     {QStringLiteral("invoice"), QStringLiteral("finalize"), id, QStringLiteral("--db"), m_url,
                      QStringLiteral("--as"), QStringLiteral("ravi")});
            running << p;
        }
    }
    QStringList numbers;
    int refused = 0;
    for (QProcess *p : running) {
        QVERIFY(p->waitForFinished(180000));
        const QByteArray err = p->readAllStandardError();
        if (p->exitCode() == 0) {
            numbers << QString::fromUtf8(p->readAllStandardOutput()).trimmed();
        } else {
            QVERIFY2(err.contains("already final"), err.constData());
            ++refused;
        }
        delete p;
    }
    QCOMPARE(numbers.size(), kDrafts);
    QCOMPARE(refused, kDrafts);
    const QSet<QString> unique(numbers.cbegin(), numbers.cend());
    QCOMPARE(unique.size(), kDrafts);
    for (int seq = 1; seq <= kDrafts; ++seq)
        QVERIFY2(unique.contains(QStringLiteral("INV/25-26/%1").arg(seq, 4, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(seq)));
    auto db = m_t->open();
    QCOMPARE(db->scalar(QStringLiteral("SELECT next_value FROM counters WHERE series = 'invoice'")).toInt(),
             kDrafts + 1);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'final'")).toInt(), kDrafts);
}

void TestInvoiceCli::newFinancialYearStartsANewSeries() {
    const QString quote = acceptedQuote(parseJsonObject(kDocumentedQuoteInput));
    const QString march = createDraft(quote, QStringLiteral("2026-03-31"));
    const QString april = createDraft(quote, QStringLiteral("2026-04-01"));
    const QString march2 = createDraft(quote, QStringLiteral("2026-03-31"));
    QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("finalize"), april}).out, QByteArray("INV/26-27/0001\n"));
    QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("finalize"), march}).out, QByteArray("INV/25-26/0001\n"));
    QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("finalize"), march2}).out, QByteArray("INV/25-26/0002\n"));
}

void TestInvoiceCli::invoicePdfCarriesEverything() {
    setCompanyProfile();
    QJsonObject input = parseJsonObject(kDocumentedQuoteInput);
    QJsonArray items = input.value(QLatin1String("items")).toArray();
    QJsonObject second = items.first().toObject();
    second.insert(QStringLiteral("name"), QStringLiteral("Mango Tray 5P"));
    second.insert(QStringLiteral("description"), QStringLiteral("With lid"));
    second.remove(QStringLiteral("negotiation"));
    QJsonObject costing = second.value(QLatin1String("costing")).toObject();
    costing.insert(QStringLiteral("length"), 410);
    costing.insert(QStringLiteral("quantity"), 250);
    second.insert(QStringLiteral("costing"), costing);
    items.append(second);
    input.insert(QStringLiteral("items"), items);
    const QString quote = acceptedQuote(input);
    const QString id = createDraft(quote, QStringLiteral("2025-11-27"));
    auto fin = run({QStringLiteral("invoice"), QStringLiteral("finalize"), id});
    QVERIFY2(fin.exitCode == 0, fin.err.constData());
    const QString number = QString::fromUtf8(fin.out).trimmed();
    auto shown = run({QStringLiteral("invoice"), QStringLiteral("show"), number, QStringLiteral("--json")});
    const QJsonObject json = parseJsonObject(shown.out);
    const QJsonObject totals = json.value(QLatin1String("totals")).toObject();
    const Money grand = Money::fromPaise(totals.value(QLatin1String("grand")).toInteger());
    const Money cgst = Money::fromPaise(totals.value(QLatin1String("cgst")).toInteger());

    const QString pdf = m_dir->filePath(QStringLiteral("invoice.pdf"));
    auto written = run({QStringLiteral("pdf"), QStringLiteral("invoice"), number, pdf});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QVERIFY(written.out.contains("page"));
    QVERIFY(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(number), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("TAX INVOICE")));
    QVERIFY(text.contains(QLatin1String("27AAPFU0939F1ZV"))); // the buyer's GSTIN
    QVERIFY(text.contains(QLatin1String("Apple Box 3P")));
    QVERIFY(text.contains(QLatin1String("Mango Tray 5P")));
    QVERIFY(text.contains(QLatin1String("CGST @")));
    QVERIFY(text.contains(QLatin1String("SGST @")));
    QVERIFY(!text.contains(QLatin1String("IGST @")));
    QVERIFY2(text.contains(IndianFormat::money(cgst)), qPrintable(IndianFormat::money(cgst)));
    QVERIFY2(text.contains(IndianFormat::money(grand)), qPrintable(IndianFormat::money(grand)));
    QVERIFY2(text.contains(AmountInWords::text(grand)), qPrintable(AmountInWords::text(grand)));
    QVERIFY(text.contains(QLatin1String("SBIN0001234")));

    // The QR code carries the exact payment link.
    const QString stem = m_dir->filePath(QStringLiteral("invoice-page"));
    QCOMPARE(
        test::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                   QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, stem})
            .exitCode,
        0);
    const test::ToolResult zbar = test::runTool(
        QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), stem + QStringLiteral(".png")});
    const QString expectedUri =
        QStringLiteral("upi://pay?pa=sharmapack@sbi&pn=Sharma%20Packaging&am=%1&cu=INR&tn=%2")
            .arg(IndianFormat::plain(grand), QString(number).replace(QLatin1Char('/'), QStringLiteral("%2F")));
    QCOMPARE(zbar.out.trimmed(), expectedUri);

    QVERIFY2(fontsEmbedded(pdf), qPrintable(test::runTool(QStringLiteral("pdffonts"), {pdf}).out));

    // The duplicate copy says so; the quote prints too.
    const QString duplicate = m_dir->filePath(QStringLiteral("duplicate.pdf"));
    QCOMPARE(run({QStringLiteral("pdf"), QStringLiteral("invoice"), number, duplicate, QStringLiteral("--copy"),
                  QStringLiteral("duplicate")})
                 .exitCode,
             0);
    QVERIFY(pdfText(duplicate).contains(QLatin1String("DUPLICATE FOR TRANSPORTER")));
    QVERIFY(text.contains(QLatin1String("ORIGINAL FOR RECIPIENT")));
    const QString quotePdf = m_dir->filePath(QStringLiteral("quote.pdf"));
    auto quoteRun = run({QStringLiteral("pdf"), QStringLiteral("quote"), quote, quotePdf});
    QVERIFY2(quoteRun.exitCode == 0, quoteRun.err.constData());
    const QString quoteText = pdfText(quotePdf);
    QVERIFY(quoteText.contains(QLatin1String("QUOTATION")));
    QVERIFY(quoteText.contains(quote));
    QVERIFY(quoteText.contains(QLatin1String("Mango Tray 5P")));
}

void TestInvoiceCli::creditNoteAndCancelledInvoicePdfs() {
    setCompanyProfile();
    const QString quote = acceptedQuote(parseJsonObject(kDocumentedQuoteInput));
    const QString first = createDraft(quote, QStringLiteral("2025-11-27"));
    const QString second = createDraft(quote, QStringLiteral("2025-11-27"));
    QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("finalize"), first}).out, QByteArray("INV/25-26/0001\n"));
    QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("finalize"), second}).out, QByteArray("INV/25-26/0002\n"));
    {
        auto db = m_t->open();
        const Session ravi = owner(*db);
        InvoiceService invoices(*db);
        auto note = invoices.createCreditNote(
            ravi,
            {first.toLongLong(), QDate(2025, 11, 30), QStringLiteral("Forty boxes crushed in transit"), {{0, 40}}, {}});
        QVERIFY2(note, note ? "" : qPrintable(note.error().text()));
        QCOMPARE(note->number, QStringLiteral("CN/25-26/0001"));
        QVERIFY(invoices.cancel(ravi, second.toLongLong(), QStringLiteral("Raised twice for one delivery")));
    }

    const QString notePdf = m_dir->filePath(QStringLiteral("credit-note.pdf"));
    auto written = run({QStringLiteral("pdf"), QStringLiteral("invoice"), QStringLiteral("CN/25-26/0001"), notePdf});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    const QString note = pdfText(notePdf);
    QVERIFY2(note.contains(QLatin1String("CREDIT NOTE")), qPrintable(note));
    QVERIFY(note.contains(QLatin1String("CN/25-26/0001")));
    QVERIFY(note.contains(QLatin1String("INV/25-26/0001"))); // the invoice it corrects
    QVERIFY(note.contains(QLatin1String("Forty boxes crushed in transit")));
    QVERIFY(note.contains(QLatin1String("27AAPFU0939F1ZV")));
    // 40 boxes at 10.49: 419.60 taxable, 5 % GST 20.98, 440.58 rounded to 441.00.
    QVERIFY2(note.contains(QLatin1String("419.60")), qPrintable(note));
    QVERIFY(note.contains(QLatin1String("441.00")));
    QVERIFY(note.contains(AmountInWords::text(Money::fromPaise(44100))));

    const QString cancelledPdf = m_dir->filePath(QStringLiteral("cancelled.pdf"));
    QCOMPARE(run({QStringLiteral("pdf"), QStringLiteral("invoice"), QStringLiteral("INV/25-26/0002"), cancelledPdf})
                 .exitCode,
             0);
    const QString cancelled = pdfText(cancelledPdf);
    QVERIFY2(cancelled.contains(QLatin1String("CANCELLED: Raised twice for one delivery")), qPrintable(cancelled));
    QVERIFY(cancelled.contains(QLatin1String("INV/25-26/0002")));

    // Neither asks to be paid: no QR code on either page.
    for (const QString &pdf : {notePdf, cancelledPdf}) {
        const QString stem = pdf + QStringLiteral("-page");
        QCOMPARE(test::runTool(QStringLiteral("pdftoppm"),
                               {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                QStringLiteral("-singlefile"), pdf, stem})
                     .exitCode,
                 0);
        const test::ToolResult zbar =
            test::runTool(QStringLiteral("zbarimg"),
                          {QStringLiteral("--quiet"), QStringLiteral("--raw"), stem + QStringLiteral(".png")});
        QVERIFY2(zbar.out.trimmed().isEmpty(), qPrintable(zbar.out));
    }
}

void TestInvoiceCli::longQuoteRunsOverPagesWithHeaders() {
    QJsonObject input = parseJsonObject(kDocumentedQuoteInput);
    const QJsonObject first = input.value(QLatin1String("items")).toArray().first().toObject();
    QJsonArray items;
    for (int i = 1; i <= 60; ++i) {
        QJsonObject item = first;
        item.insert(QStringLiteral("name"), QStringLiteral("Carton %1").arg(i, 2, 10, QLatin1Char('0')));
        QJsonObject costing = item.value(QLatin1String("costing")).toObject();
        costing.insert(QStringLiteral("length"), 200 + i * 5);
        item.insert(QStringLiteral("costing"), costing);
        items.append(item);
    }
    input.insert(QStringLiteral("items"), items);
    const QString quote = acceptedQuote(input);
    const QString pdf = m_dir->filePath(QStringLiteral("long-quote.pdf"));
    auto written = run({QStringLiteral("pdf"), QStringLiteral("quote"), quote, pdf});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QString everything;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        QVERIFY2(text.contains(QLatin1String("Box / Description")), qPrintable(QStringLiteral("page %1").arg(page)));
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text.right(300)));
        everything += text;
    }
    for (int i = 1; i <= 60; ++i)
        QVERIFY2(everything.contains(QStringLiteral("Carton %1").arg(i, 2, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(i)));
    QVERIFY2(fontsEmbedded(pdf), qPrintable(test::runTool(QStringLiteral("pdffonts"), {pdf}).out));
}

void TestInvoiceCli::badArguments() {
    auto noQuote = run({QStringLiteral("invoice"), QStringLiteral("create")});
    QCOMPARE(noQuote.exitCode, 2);
    QVERIFY(noQuote.err.startsWith("boxcost: usage: boxcost invoice"));
    auto badId = run({QStringLiteral("invoice"), QStringLiteral("finalize"), QStringLiteral("abc")});
    QCOMPARE(badId.exitCode, 2);
    QVERIFY2(badId.err.contains("ID:"), badId.err.constData());
    auto missing = run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV/25-26/0042")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("INV/25-26/0042"), missing.err.constData());
    auto badDate = run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--from-quote"),
                        QStringLiteral("QT/25-26/0001"), QStringLiteral("--date"), QStringLiteral("31-03-2026")});
    QCOMPARE(badDate.exitCode, 2);
    QVERIFY(badDate.err.contains("--date"));
    auto badPdf = run({QStringLiteral("pdf"), QStringLiteral("receipt"), QStringLiteral("X"), QStringLiteral("x.pdf")});
    QCOMPARE(badPdf.exitCode, 2);
    QVERIFY(badPdf.err.contains("usage: boxcost pdf"));
    auto unsigned_ = runCli({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV/25-26/0001"),
                             QStringLiteral("--db"), m_url},
                            {}, passwordEnv(kPassword));
    QCOMPARE(unsigned_.exitCode, 2);
    QVERIFY(unsigned_.err.contains("--as"));
}

QTEST_GUILESS_MAIN(TestInvoiceCli)
#include "tst_invoice_cli.moc"
