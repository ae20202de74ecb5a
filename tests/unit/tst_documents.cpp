// Quote and invoice PDFs, checked the way a reader sees them: the text poppler extracts, the fonts it finds
// embedded, the UPI QR code zbar decodes from a 200 dpi rendering, page counts, and which sections appear.
// The preview, the printer and the PDF share one renderer; the preview test counts its pages.
//
// Set BOXCOST_DOCUMENTS_KEEP=DIR to keep the PDFs the tests write.

#include "CliRunner.h"

#include "documents/DocumentExport.h"
#include "documents/DocumentFonts.h"
#include "documents/DocumentOutput.h"
#include "documents/DocumentRenderer.h"
#include "documents/PrintJob.h"
#include "documents/PrintPreview.h"
#include "documents/SampleDocuments.h"
#include "documents/UpiLink.h"
#include "money/AmountInWords.h"
#include "money/IndianFormat.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace bcp;
using namespace bcp::documents;

namespace {

// Runs of spaces collapsed, so "-layout" column padding does not matter for phrases on one line.
QString squeezed(const QString &text) {
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    return out;
}

// Whether `phrase` is in the -layout text, allowing it to wrap inside its column: between two words there
// may be a line break, with the rest of that line (other columns) and the start of the next one skipped.
bool containsFlowing(const QString &text, const QString &phrase) {
    if (text.contains(phrase))
        return true;
    QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w = QRegularExpression::escape(w);
    const QString gap = QStringLiteral("(?: +|[^\\n]*\\n(?:[^\\n]*? )?)");
    return QRegularExpression(words.join(gap)).match(text).hasMatch();
}

bool hasAll(const QString &text, const QStringList &needles, QString *missing) {
    for (const QString &n : needles) {
        if (!containsFlowing(text, n)) {
            *missing = n;
            return false;
        }
    }
    return true;
}

} // namespace

class TestDocuments : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The text of a PDF (one page when page > 0) as pdftotext -layout gives it, with runs of spaces collapsed.
    QString pdfText(const QString &pdf, int page = 0) const {
        QStringList args = {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        args << pdf << QStringLiteral("-");
        const test::ToolResult r = test::runTool(QStringLiteral("pdftotext"), args);
        if (r.exitCode != 0)
            qWarning("pdftotext failed on %s: %s", qPrintable(pdf), qPrintable(r.err));
        return squeezed(r.out);
    }

    int pdfPages(const QString &pdf) const {
        const test::ToolResult r = test::runTool(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption).match(r.out);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    // What zbarimg decodes from page 1 rendered at 200 dpi; empty when it finds no code.
    QString decodeQr(const QString &pdf) const {
        const QString stem = pdf + QStringLiteral("-page");
        const test::ToolResult raster = test::runTool(
            QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-f"),
             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, stem});
        if (raster.exitCode != 0)
            return QStringLiteral("<pdftoppm failed: %1>").arg(raster.err);
        const test::ToolResult zbar = test::runTool(
            QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), stem + QStringLiteral(".png")});
        return zbar.out.trimmed();
    }

    // pdffonts rows: name -> embedded ("yes"/"no").
    QList<QPair<QString, QString>> fonts(const QString &pdf) const {
        const test::ToolResult r = test::runTool(QStringLiteral("pdffonts"), {pdf});
        QList<QPair<QString, QString>> out;
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        for (int i = 2; i < lines.size(); ++i) {
            const QStringList cols = lines[i].simplified().split(QLatin1Char(' '));
            if (cols.size() < 7)
                continue;
            // name type [type...] encoding emb sub uni object ID: emb is the fifth column from the end.
            out.append({cols.first(), cols[cols.size() - 5]});
        }
        return out;
    }

    // Images drawn on the pages (a logo's transparency mask is not counted separately).
    int imageCount(const QString &pdf) const {
        const test::ToolResult r = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        int images = 0;
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 2; i < lines.size(); ++i)
            images += lines[i].simplified().section(QLatin1Char(' '), 2, 2) == QStringLiteral("image") ? 1 : 0;
        return images;
    }

    void keep(const QString &pdf) const {
        const QString dir = qEnvironmentVariable("BOXCOST_DOCUMENTS_KEEP");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString target = QDir(dir).filePath(QFileInfo(pdf).fileName());
        QFile::remove(target);
        QFile::copy(pdf, target);
    }

    QString writeQuote(const QString &name, const QuoteDocument &quote, const RenderOptions &options = {},
                       int *pages = nullptr) const {
        const QString file = path(name);
        const Result<int> written = DocumentRenderer::writePdf(file, quote, options);
        if (!written)
            qWarning("%s: %s", qPrintable(name), qPrintable(written.error().text()));
        if (pages)
            *pages = written ? written.value() : -1;
        keep(file);
        return written ? file : QString();
    }

    QString writeInvoice(const QString &name, const InvoiceDocument &invoice, const RenderOptions &options = {},
                         int *pages = nullptr) const {
        const QString file = path(name);
        const Result<int> written = DocumentRenderer::writePdf(file, invoice, options);
        if (!written)
            qWarning("%s: %s", qPrintable(name), qPrintable(written.error().text()));
        if (pages)
            *pages = written ? written.value() : -1;
        keep(file);
        return written ? file : QString();
    }

    static RenderOptions compact() {
        RenderOptions o;
        o.layout = RenderOptions::Layout::Compact;
        return o;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"pdftotext", "pdffonts", "pdftoppm", "pdfinfo", "pdfimages", "zbarimg"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is needed (poppler-utils, zbar-tools)").arg(QLatin1String(tool))));
    }

    void fontsComeFromTheProgram() {
        const Result<QStringList> families = DocumentFonts::registerFonts();
        QVERIFY2(families.ok(), qPrintable(families.ok() ? QString() : families.error().text()));
        QCOMPARE(families.value(), DocumentFonts::families());
        QVERIFY(QFile::exists(QStringLiteral(":/fonts/OFL.txt")));
        // Every later call answers the same.
        QCOMPARE(DocumentFonts::registerFonts().value(), families.value());
    }

    void upiLinkIsEncoded_data() {
        QTest::addColumn<QString>("vpa");
        QTest::addColumn<QString>("payee");
        QTest::addColumn<qint64>("paise");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "ganeshpack@okhdfcbank"
                               << "Shree Ganesh Packaging" << qint64(10240100) << "INV/25-26/0042"
                               << "upi://pay?pa=ganeshpack@okhdfcbank&pn=Shree%20Ganesh%20Packaging&am=102401.00"
                                  "&cu=INR&tn=INV%2F25-26%2F0042";
        QTest::newRow("reserved characters") << "a.b-c_d@ybl"
                                             << "A & B = C+D?" << qint64(5) << "#1"
                                             << "upi://pay?pa=a.b-c_d@ybl&pn=A%20%26%20B%20%3D%20C%2BD%3F&am=0.05"
                                                "&cu=INR&tn=%231";
        QTest::newRow("devanagari payee") << "shop@upi" << QString::fromUtf8("गणेश") << qint64(100) << ""
                                          << "upi://pay?pa=shop@upi&pn=%E0%A4%97%E0%A4%A3%E0%A5%87%E0%A4%B6&am=1.00"
                                             "&cu=INR";
        QTest::newRow("no vpa") << ""
                                << "Shop" << qint64(100) << "X"
                                << "";
        QTest::newRow("vpa without provider") << "shop@"
                                              << "Shop" << qint64(100) << "X"
                                              << "";
        QTest::newRow("vpa with space") << "my shop@upi"
                                        << "Shop" << qint64(100) << "X"
                                        << "";
        QTest::newRow("nothing to pay") << "shop@upi"
                                        << "Shop" << qint64(0) << "X"
                                        << "";
    }
    void upiLinkIsEncoded() {
        QFETCH(QString, vpa);
        QFETCH(QString, payee);
        QFETCH(qint64, paise);
        QFETCH(QString, note);
        QFETCH(QString, expected);
        QCOMPARE(UpiLink::paymentUri(vpa, payee, Money::fromPaise(paise), note), expected);
    }

    void quoteCarriesEverything() {
        const QuoteDocument quote = SampleDocuments::quote(3);
        QVERIFY(quote.totals.intraState);
        QVERIFY(!quote.totals.roundOff.isZero());
        int pages = 0;
        const QString pdf = writeQuote(QStringLiteral("quote-classic.pdf"), quote, {}, &pages);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pages, 1);
        const QString text = pdfText(pdf);
        QStringList needles = {quote.number,
                               QStringLiteral("QUOTATION"),
                               quote.party.gstin,
                               quote.company.gstin,
                               QStringLiteral("CGST @ 2.5%"),
                               QStringLiteral("SGST @ 2.5%"),
                               QStringLiteral("Round Off"),
                               IndianFormat::money(quote.totals.roundOff),
                               IndianFormat::money(quote.totals.grand, IndianFormat::Symbol::Rupee),
                               AmountInWords::text(quote.totals.grand),
                               QStringLiteral("Valid Until"),
                               quote.validUntil.toString(QStringLiteral("dd-MM-yyyy")),
                               quote.preparedBy,
                               QStringLiteral("For %1").arg(quote.company.name),
                               QStringLiteral("Page 1 of 1")};
        for (const QuoteItem &item : quote.items) {
            needles << item.boxName << item.description << item.paperSpec << IndianFormat::money(item.amount)
                    << IndianFormat::money(item.rate);
            if (item.originalRate)
                needles << IndianFormat::money(*item.originalRate);
        }
        QString missing;
        QVERIFY2(hasAll(text, needles, &missing),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(missing, text)));
        QVERIFY(!text.contains(QStringLiteral("IGST")));
        // Indian grouping: the sample's grand total is over a lakh.
        QVERIFY(quote.totals.grand.paise() >= 100000 * 100);
        QVERIFY(QRegularExpression(QStringLiteral("₹\\d{1,2},\\d{2},\\d{3}\\.\\d{2}")).match(text).hasMatch());
    }

    void invoiceCarriesEverything_data() {
        QTest::addColumn<bool>("interState");
        QTest::addColumn<bool>("compactLayout");
        QTest::newRow("intra-state classic") << false << false;
        QTest::newRow("inter-state classic") << true << false;
        QTest::newRow("intra-state compact") << false << true;
        QTest::newRow("inter-state compact") << true << true;
    }
    void invoiceCarriesEverything() {
        QFETCH(bool, interState);
        QFETCH(bool, compactLayout);
        const InvoiceDocument invoice = SampleDocuments::invoice(3, interState);
        QCOMPARE(invoice.totals.intraState, !interState);
        int pages = 0;
        const QString pdf =
            writeInvoice(QStringLiteral("invoice-%1-%2.pdf")
                             .arg(interState ? QStringLiteral("igst") : QStringLiteral("cgst"),
                                  compactLayout ? QStringLiteral("compact") : QStringLiteral("classic")),
                         invoice, compactLayout ? compact() : RenderOptions{}, &pages);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pages, 1);
        const QString text = pdfText(pdf);
        QStringList needles = {QStringLiteral("TAX INVOICE"),
                               QStringLiteral("ORIGINAL FOR RECIPIENT"),
                               invoice.number,
                               invoice.billTo.gstin,
                               invoice.company.gstin,
                               invoice.company.pan,
                               QStringLiteral("Place of Supply"),
                               invoice.billTo.stateCode == QStringLiteral("29") ? QStringLiteral("Karnataka (29)")
                                                                                : QStringLiteral("Maharashtra (27)"),
                               QStringLiteral("Reverse Charge"),
                               invoice.poNumber,
                               QStringLiteral("4819"),
                               QStringLiteral("Round Off"),
                               IndianFormat::money(invoice.totals.roundOff),
                               IndianFormat::money(invoice.totals.grand, IndianFormat::Symbol::Rupee),
                               AmountInWords::text(invoice.totals.grand),
                               invoice.company.bankAccount,
                               invoice.company.bankIfsc,
                               QStringLiteral("Declaration"),
                               QStringLiteral("Page 1 of 1")};
        if (interState)
            needles << QStringLiteral("IGST @ 5%") << IndianFormat::money(invoice.totals.igst);
        else
            needles << QStringLiteral("CGST @ 2.5%") << QStringLiteral("SGST @ 2.5%")
                    << IndianFormat::money(invoice.totals.cgst) << IndianFormat::money(invoice.totals.sgst);
        for (const InvoiceLine &line : invoice.lines)
            needles << line.description << IndianFormat::money(line.taxable) << IndianFormat::money(line.total);
        for (const HsnSummaryRow &row : invoice.hsnSummary)
            needles << IndianFormat::money(row.taxable);
        QString missing;
        QVERIFY2(hasAll(text, needles, &missing),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(missing, text)));
        if (interState) {
            QVERIFY(!text.contains(QStringLiteral("CGST")));
            QVERIFY(!text.contains(QStringLiteral("SGST")));
        } else {
            QVERIFY(!text.contains(QStringLiteral("IGST")));
        }
    }

    void qrCodeCarriesTheGrandTotal_data() {
        QTest::addColumn<bool>("compactLayout");
        QTest::newRow("classic") << false;
        QTest::newRow("compact") << true;
    }
    void qrCodeCarriesTheGrandTotal() {
        QFETCH(bool, compactLayout);
        const InvoiceDocument invoice = SampleDocuments::invoice(3);
        const QString pdf = writeInvoice(QStringLiteral("invoice-qr-%1.pdf").arg(int(compactLayout)), invoice,
                                         compactLayout ? compact() : RenderOptions{});
        QVERIFY(!pdf.isEmpty());
        const QString expected = QStringLiteral("upi://pay?pa=ganeshpack@okhdfcbank"
                                                "&pn=Shree%20Ganesh%20Packaging%20Industries&am=") +
                                 IndianFormat::plain(invoice.totals.grand) +
                                 QStringLiteral("&cu=INR&tn=INV%2F25-26%2F0042");
        QCOMPARE(DocumentRenderer::paymentUri(invoice), expected);
        QCOMPARE(decodeQr(pdf), expected);
    }

    void longDocumentsRepeatTheTableHeader_data() {
        QTest::addColumn<bool>("compactLayout");
        QTest::newRow("classic") << false;
        QTest::newRow("compact") << true;
    }
    void longDocumentsRepeatTheTableHeader() {
        QFETCH(bool, compactLayout);
        const QuoteDocument quote = SampleDocuments::quote(60);
        int pages = 0;
        const QString pdf = writeQuote(QStringLiteral("quote-60-%1.pdf").arg(int(compactLayout)), quote,
                                       compactLayout ? compact() : RenderOptions{}, &pages);
        QVERIFY(!pdf.isEmpty());
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        QCOMPARE(pdfPages(pdf), pages);
        QString all;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page);
            all += text;
            QVERIFY2(text.contains(QStringLiteral("Box / Description")) &&
                         text.contains(QStringLiteral("Paper (GSM/BF)")),
                     qPrintable(QStringLiteral("page %1 has no table header:\n%2").arg(page).arg(text)));
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(QStringLiteral("page %1 has no page number:\n%2").arg(page).arg(text)));
            if (page > 1)
                QVERIFY(text.contains(QStringLiteral("continued")));
        }
        // Every item once, in order, and the totals after the last one.
        qsizetype at = 0;
        for (const QuoteItem &item : quote.items) {
            const qsizetype found = all.indexOf(item.boxName, at);
            QVERIFY2(found >= 0, qPrintable(item.boxName));
            at = found;
        }
        QVERIFY(all.indexOf(IndianFormat::money(quote.totals.grand, IndianFormat::Symbol::Rupee), at) > at);
    }

    void compactLayoutDiffersButKeepsTheEssentials() {
        const QuoteDocument quote = SampleDocuments::quote(60);
        int classicPages = 0;
        int compactPages = 0;
        const QString classic = writeQuote(QStringLiteral("quote-layout-classic.pdf"), quote, {}, &classicPages);
        const QString small = writeQuote(QStringLiteral("quote-layout-compact.pdf"), quote, compact(), &compactPages);
        QVERIFY(!classic.isEmpty() && !small.isEmpty());
        QVERIFY2(compactPages < classicPages,
                 qPrintable(QStringLiteral("%1 vs %2").arg(compactPages).arg(classicPages)));
        const QString classicText = pdfText(classic);
        const QString compactText = pdfText(small);
        QVERIFY(classicText != compactText);
        QVERIFY(classicText.contains(QStringLiteral("QUOTATION FOR")));
        QVERIFY(!compactText.contains(QStringLiteral("QUOTATION FOR")));
        QString missing;
        QVERIFY2(
            hasAll(compactText,
                   {quote.number, quote.party.gstin, QStringLiteral("CGST @ 2.5%"), QStringLiteral("SGST @ 2.5%"),
                    QStringLiteral("Round Off"), IndianFormat::money(quote.totals.grand, IndianFormat::Symbol::Rupee),
                    AmountInWords::text(quote.totals.grand)},
                   &missing),
            qPrintable(missing));
        QVERIFY(QFile(classic).size() > 0 && QFile(small).size() > 0);
    }

    void everyFontIsEmbedded() {
        QuoteDocument quote = SampleDocuments::quote(3);
        // A Hindi name on the document brings the Devanagari face in.
        quote.party.name = QString::fromUtf8("रवि कुमार");
        const QString quotePdf = writeQuote(QStringLiteral("quote-devanagari.pdf"), quote);
        const QString invoicePdf = writeInvoice(QStringLiteral("invoice-fonts.pdf"), SampleDocuments::invoice(3));
        for (const QString &pdf : {quotePdf, invoicePdf}) {
            QVERIFY(!pdf.isEmpty());
            const auto rows = fonts(pdf);
            QVERIFY2(!rows.isEmpty(), qPrintable(pdf));
            bool ours = false;
            for (const auto &[name, embedded] : rows) {
                QVERIFY2(embedded == QStringLiteral("yes"), qPrintable(name + QStringLiteral(" is not embedded")));
                // Only the program's own faces: nothing taken from the PC.
                QVERIFY2(name.contains(QStringLiteral("BoxCostProSans")), qPrintable(name));
                ours = true;
            }
            QVERIFY(ours);
        }
        bool devanagari = false;
        for (const auto &row : fonts(quotePdf))
            devanagari = devanagari || row.first.contains(QStringLiteral("BoxCostProSansDevanagari"));
        QVERIFY(devanagari);
        // "कुमार" extracts as typed; "रवि" does not, as its vowel sign is drawn before the consonant.
        QVERIFY(pdfText(quotePdf).contains(QString::fromUtf8("कुमार")));
    }

    void switchesHideTheirSections() {
        const QuoteDocument quote = SampleDocuments::quote(3);
        const InvoiceDocument invoice = SampleDocuments::invoice(3);

        const QString quoteAll = pdfText(writeQuote(QStringLiteral("sw-quote-all.pdf"), quote));
        const QString invoiceAll = pdfText(writeInvoice(QStringLiteral("sw-invoice-all.pdf"), invoice));
        const QString term = QStringLiteral("Goods once sold will not be taken back.");
        QVERIFY(quoteAll.contains(QStringLiteral("BCT")));
        QVERIFY(quoteAll.contains(quote.notes));
        QVERIFY(quoteAll.contains(term));
        QVERIFY(invoiceAll.contains(invoice.company.bankAccount));
        QVERIFY(invoiceAll.contains(QStringLiteral("Scan to pay")));
        QVERIFY(invoiceAll.contains(term));
        QCOMPARE(imageCount(path(QStringLiteral("sw-invoice-all.pdf"))), 1); // the logo (the QR code is drawn)
        QCOMPARE(decodeQr(path(QStringLiteral("sw-invoice-all.pdf"))), DocumentRenderer::paymentUri(invoice));

        RenderOptions off;
        off.showTechnical = false;
        off.showNotes = false;
        off.showTerms = false;
        off.showLogo = false;
        const QString quoteOff = writeQuote(QStringLiteral("sw-quote-off.pdf"), quote, off);
        const QString quoteOffText = pdfText(quoteOff);
        QVERIFY(!quoteOffText.contains(QStringLiteral("BCT")));
        QVERIFY(!quoteOffText.contains(quote.notes));
        QVERIFY(!quoteOffText.contains(term));
        QVERIFY(!quoteOffText.contains(QStringLiteral("Terms & Conditions")));
        QCOMPARE(imageCount(quoteOff), 0);
        QVERIFY(quoteOffText.contains(AmountInWords::text(quote.totals.grand)));

        RenderOptions noBank;
        noBank.showBankDetails = false;
        const QString noBankText = pdfText(writeInvoice(QStringLiteral("sw-invoice-nobank.pdf"), invoice, noBank));
        QVERIFY(!noBankText.contains(invoice.company.bankAccount));
        QVERIFY(noBankText.contains(QStringLiteral("Scan to pay")));
        QCOMPARE(decodeQr(path(QStringLiteral("sw-invoice-nobank.pdf"))), DocumentRenderer::paymentUri(invoice));

        RenderOptions noQr;
        noQr.showQr = false;
        noQr.showLogo = false;
        const QString noQrPdf = writeInvoice(QStringLiteral("sw-invoice-noqr.pdf"), invoice, noQr);
        QVERIFY(!pdfText(noQrPdf).contains(QStringLiteral("Scan to pay")));
        QVERIFY(pdfText(noQrPdf).contains(invoice.company.bankAccount));
        QCOMPARE(imageCount(noQrPdf), 0);
        QCOMPARE(decodeQr(noQrPdf), QString());

        RenderOptions edited;
        edited.termsText = QStringLiteral("Delivery ex-works Bhosari.\nPrices firm for this order only.");
        const QString editedText = pdfText(writeInvoice(QStringLiteral("sw-invoice-terms.pdf"), invoice, edited));
        QVERIFY(editedText.contains(QStringLiteral("Delivery ex-works Bhosari.")));
        QVERIFY(editedText.contains(QStringLiteral("Prices firm for this order only.")));
        QVERIFY(!editedText.contains(term));
    }

    void noPaymentCodeWhenNothingIsOwed() {
        InvoiceDocument cancelled = SampleDocuments::invoice(3);
        cancelled.cancelled = true;
        cancelled.cancelReason = QStringLiteral("Wrong party selected");
        const QString cancelledPdf = writeInvoice(QStringLiteral("invoice-cancelled.pdf"), cancelled);
        const QString cancelledText = pdfText(cancelledPdf);
        QVERIFY(cancelledText.contains(QStringLiteral("CANCELLED: Wrong party selected")));
        QVERIFY(cancelledText.contains(cancelled.number));
        QCOMPARE(DocumentRenderer::paymentUri(cancelled), QString());
        QCOMPARE(decodeQr(cancelledPdf), QString());

        InvoiceDocument draft = SampleDocuments::invoice(3);
        draft.number.clear();
        const QString draftPdf = writeInvoice(QStringLiteral("invoice-draft.pdf"), draft);
        QVERIFY(pdfText(draftPdf).contains(QStringLiteral("DRAFT: not valid as a tax invoice")));
        QCOMPARE(decodeQr(draftPdf), QString());

        InvoiceDocument noUpi = SampleDocuments::invoice(3);
        noUpi.company.upiId.clear();
        QCOMPARE(DocumentRenderer::paymentUri(noUpi), QString());
        QVERIFY(
            !pdfText(writeInvoice(QStringLiteral("invoice-noupi.pdf"), noUpi)).contains(QStringLiteral("Scan to pay")));

        InvoiceDocument credit = SampleDocuments::invoice(1);
        credit.kind = InvoiceDocument::Kind::CreditNote;
        credit.number = QStringLiteral("CN/25-26/0003");
        credit.againstNumber = QStringLiteral("INV/25-26/0042");
        credit.againstDate = QDate(2025, 11, 28);
        const QString creditPdf = writeInvoice(QStringLiteral("credit-note.pdf"), credit);
        const QString creditText = pdfText(creditPdf);
        QVERIFY(creditText.contains(QStringLiteral("CREDIT NOTE")));
        QVERIFY(creditText.contains(QStringLiteral("INV/25-26/0042")));
        QVERIFY(creditText.contains(QStringLiteral("this credit note")));
        QVERIFY(!creditText.contains(credit.company.bankAccount));
        QCOMPARE(decodeQr(creditPdf), QString());
    }

    void longDescriptionsWrapInsideTheirColumn() {
        InvoiceDocument invoice = SampleDocuments::invoice(2);
        const QString words = QStringLiteral(
            "Heavy duty export carton with double wall board, printed two colours on two panels, stitched joint, "
            "supplied with four vertical partitions and two horizontal pads for twenty four glass jars, palletised "
            "and stretch wrapped, each pallet labelled with the buyer's purchase order and batch number");
        invoice.lines[0].description = words;
        const QString pdf = writeInvoice(QStringLiteral("invoice-long.pdf"), invoice);
        QVERIFY(!pdf.isEmpty());
        // Word boxes from poppler: every word of the description lies left of the HSN column.
        const test::ToolResult r =
            test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        double hsnLeft = -1;
        QList<QPair<QString, double>> found; // word, right edge
        QList<double> lineTops;
        for (auto it = word.globalMatch(r.out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString w = m.captured(5);
            if (w == QStringLiteral("HSN") && hsnLeft < 0)
                hsnLeft = m.captured(1).toDouble();
            if (words.contains(w) && w.size() > 3) {
                found.append({w, m.captured(3).toDouble()});
                if (w == QStringLiteral("stretch") || w == QStringLiteral("Heavy"))
                    lineTops << m.captured(2).toDouble();
            }
        }
        QVERIFY(hsnLeft > 0);
        QVERIFY(found.size() > 20);
        for (const auto &[w, right] : found)
            QVERIFY2(right < hsnLeft,
                     qPrintable(QStringLiteral("%1 ends at %2, HSN starts at %3").arg(w).arg(right).arg(hsnLeft)));
        QCOMPARE(lineTops.size(), 2);
        QVERIFY(lineTops[1] > lineTops[0]); // the description took several lines
    }

    void devicesShareTheDrawing() {
        const InvoiceDocument invoice = SampleDocuments::invoice(40);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const Result<int> pdfPagesWritten = DocumentRenderer::writePdf(buffer, invoice);
        QVERIFY(pdfPagesWritten.ok());
        QVERIFY(pdfPagesWritten.value() >= 2);
        QVERIFY(buffer.data().startsWith("%PDF-"));

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path(QStringLiteral("printer.pdf")));
        const Result<int> printed = ui::printTo(printer, ui::PrintJob::invoice(invoice));
        QVERIFY(printed.ok());
        QCOMPARE(printed.value(), pdfPagesWritten.value());
        QCOMPARE(pdfPages(path(QStringLiteral("printer.pdf"))), printed.value());
        QVERIFY(pdfText(path(QStringLiteral("printer.pdf"))).contains(invoice.number));
    }

    void previewShowsTheSamePages() {
        const QuoteDocument quote = SampleDocuments::quote(60);
        const Result<int> classicPages = [&] {
            QBuffer b;
            b.open(QIODevice::WriteOnly);
            return DocumentRenderer::writePdf(b, quote);
        }();
        QVERIFY(classicPages.ok());
        ui::PrintPreview preview(ui::PrintJob::quote(quote));
        QPrintPreviewWidget *widget = preview.previewWidget();
        QVERIFY(widget);
        widget->updatePreview();
        QCOMPARE(preview.lastError(), QString());
        QCOMPARE(preview.pageCount(), classicPages.value());
        QCOMPARE(widget->pageCount(), classicPages.value());

        RenderOptions options = preview.job().options;
        options.layout = RenderOptions::Layout::Compact;
        preview.setOptions(options);
        QVERIFY(preview.pageCount() < classicPages.value());
        QCOMPARE(widget->pageCount(), preview.pageCount());

        // Save as PDF writes what the preview shows.
        const QString saved = path(QStringLiteral("preview-save.pdf"));
        const Result<int> written = ui::savePdf(preview.job(), saved);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), preview.pageCount());
        QCOMPARE(pdfPages(saved), preview.pageCount());
    }

    void bulkExportReportsProgress() {
        const InvoiceDocument invoice = SampleDocuments::invoice(2);
        QList<int> seen;
        const QString dir = path(QStringLiteral("export"));
        const Result<DocumentExport::Summary> summary = DocumentExport::invoices(
            5,
            [&invoice](int i) -> Result<InvoiceDocument> {
                InvoiceDocument d = invoice;
                d.number = i == 4 ? QStringLiteral("INV/25-26/0001")
                                  : QStringLiteral("INV/25-26/%1").arg(i + 1, 4, 10, QLatin1Char('0'));
                return d;
            },
            dir, {},
            [&seen](int done, int total) {
                seen << done;
                return total == 5;
            });
        QVERIFY(summary.ok());
        QCOMPARE(summary->written, 5);
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5}));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("Tax Invoice INV-25-26-0001.pdf"))));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("Tax Invoice INV-25-26-0001 (2).pdf"))));
        QCOMPARE(summary->files.size(), 5);

        int calls = 0;
        const Result<DocumentExport::Summary> stopped = DocumentExport::invoices(
            10, [&invoice](int) -> Result<InvoiceDocument> { return invoice; }, path(QStringLiteral("export2")), {},
            [&calls](int, int) { return ++calls < 3; });
        QVERIFY(stopped.ok());
        QCOMPARE(stopped->written, 3);
        QVERIFY(stopped->cancelled);

        const Result<DocumentExport::Summary> failed =
            DocumentExport::invoices(3,
                                     [](int i) -> Result<InvoiceDocument> {
                                         if (i == 1)
                                             return Error::notFound(QStringLiteral("invoice 2 is gone"));
                                         return SampleDocuments::invoice(1);
                                     },
                                     path(QStringLiteral("export3")), {});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, QStringLiteral("invoice 2 is gone"));
    }

    void unwritablePathFailsCleanly() {
        const QString target = path(QStringLiteral("no-such-folder/invoice.pdf"));
        const Result<int> r = DocumentRenderer::writePdf(target, SampleDocuments::invoice(1));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Unavailable);
        QVERIFY(!QFile::exists(target));
    }

    void fileNamesAvoidSlashes() {
        QCOMPARE(DocumentRenderer::suggestedFileName(SampleDocuments::invoice(1)),
                 QStringLiteral("Tax Invoice INV-25-26-0042.pdf"));
        QCOMPARE(DocumentRenderer::suggestedFileName(SampleDocuments::quote(1)),
                 QStringLiteral("Quotation QT-25-26-0107 v2.pdf"));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
