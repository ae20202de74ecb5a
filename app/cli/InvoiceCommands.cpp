// boxcost invoice create --from-quote NUMBER [--date YYYY-MM-DD] | finalize ID | show NUMBER|ID [--json], and
// boxcost pdf quote|invoice NUMBER OUT.pdf. Signed in like the GUI; the same services, permissions and audit.
// The PDF is drawn by the same renderer as the print preview.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "data/Database.h"
#include "documents/DocumentRenderer.h"
#include "money/IndianFormat.h"
#include "services/DocumentBuilder.h"
#include "services/InvoiceService.h"
#include "services/QuoteJson.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bcp::cli {

namespace {

struct InvoiceText {
    Q_DECLARE_TR_FUNCTIONS(InvoiceCommands)
};

QString invoiceUsage() {
    return InvoiceText::tr("usage: boxcost invoice create --from-quote NUMBER [--date YYYY-MM-DD] | finalize ID | "
                           "show NUMBER|ID [--json]   (sign in with --as USERNAME)");
}

QString pdfUsage() {
    return InvoiceText::tr("usage: boxcost pdf quote|invoice NUMBER OUT.pdf [--version N] [--copy original|duplicate|"
                           "triplicate] [--layout classic|compact]   (sign in with --as USERNAME)");
}

QString money(Money m) {
    return IndianFormat::money(m);
}

// DOCUMENTS.md "JSON for scripts": the quote show shape with the invoice number, its status, the source quote
// and `lines` in place of `items`.
QJsonObject showJson(const Invoice &inv) {
    QJsonArray lines;
    for (const InvoiceLine &l : inv.lines) {
        lines.append(QJsonObject{{QStringLiteral("name"), l.name},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("ratePerBox"), l.rate.rupees()},
                                 {QStringLiteral("unitPaise"), l.rate.paise()},
                                 {QStringLiteral("amountPaise"), l.taxable.paise()},
                                 {QStringLiteral("hsn"), l.hsn},
                                 {QStringLiteral("paperSpec"), l.paperSpec}});
    }
    return QJsonObject{{QStringLiteral("number"), inv.number},
                       {QStringLiteral("status"), invoiceStatusCode(inv.status)},
                       {QStringLiteral("date"), inv.date.toString(Qt::ISODate)},
                       {QStringLiteral("sellerState"), inv.sellerState},
                       {QStringLiteral("placeOfSupply"), inv.placeOfSupply},
                       {QStringLiteral("intraState"), inv.intraState},
                       {QStringLiteral("party"), QJsonObject{{QStringLiteral("name"), inv.party.name},
                                                             {QStringLiteral("mobile"), inv.party.mobile},
                                                             {QStringLiteral("gstin"), inv.party.gstin}}},
                       {QStringLiteral("quote"), inv.quoteNumber},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("totals"), QuoteJson::totals(inv.totals)}};
}

void printInvoice(const Invoice &inv) {
    out(QStringLiteral("%1  %2  %3  %4")
            .arg(inv.number.isEmpty() ? InvoiceText::tr("(draft %1)").arg(inv.id) : inv.number,
                 invoiceStatusCode(inv.status), inv.date.toString(Qt::ISODate), inv.party.name));
    for (const InvoiceLine &l : inv.lines)
        out(QStringLiteral("  %1  %2 %3 x %4 = %5")
                .arg(l.name)
                .arg(l.quantity)
                .arg(l.unit, money(l.rate), money(l.taxable)));
    const Totals &t = inv.totals;
    out(InvoiceText::tr("taxable %1  GST %2  round-off %3  grand total %4")
            .arg(money(t.taxable), money(t.gst), money(t.roundOff), money(t.grand)));
    if (inv.status == InvoiceStatus::Final && inv.kind == InvoiceKind::Invoice)
        out(InvoiceText::tr("%1  paid %2  balance %3")
                .arg(paymentStatusLabel(inv.paymentStatus), money(inv.paid), money(inv.balance)));
    if (inv.status == InvoiceStatus::Cancelled)
        out(InvoiceText::tr("cancelled: %1").arg(inv.cancelReason));
}

// An invoice is named by its number or by its id (all digits), which is all a draft has.
bool isInvoiceId(const QString &key) {
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(key).hasMatch();
}

Result<qint64> parseId(const QString &text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(QStringLiteral("ID"),
                              InvoiceText::tr("give the draft's id as `invoice create` printed it"));
    return id;
}

int create(InvoiceService &invoices, const Session &session, const Args &args) {
    const QString quote = args.opt(QStringLiteral("from-quote"));
    if (args.positional.size() != 1 || quote.isEmpty())
        return fail(invoiceUsage());
    QDate date;
    if (args.has(QStringLiteral("date"))) {
        date = QDate::fromString(args.opt(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return fail(Error::invalid(QStringLiteral("--date"), InvoiceText::tr("use YYYY-MM-DD")));
    }
    auto made = invoices.createFromQuoteNumber(session, quote, date);
    if (!made)
        return fail(made.error());
    out(QString::number(made->id));
    return 0;
}

int finalize(InvoiceService &invoices, const Session &session, const Args &args) {
    if (args.positional.size() != 2)
        return fail(invoiceUsage());
    auto id = parseId(args.positional.at(1));
    if (!id)
        return fail(id.error());
    auto done = invoices.finalize(session, id.value());
    if (!done)
        return fail(done.error());
    out(done->number);
    return 0;
}

int show(InvoiceService &invoices, const Session &session, const Args &args) {
    if (args.positional.size() != 2)
        return fail(invoiceUsage());
    const QString key = args.positional.at(1);
    auto inv = isInvoiceId(key) ? invoices.get(session, key.toLongLong()) : invoices.getByNumber(session, key);
    if (!inv)
        return fail(inv.error());
    if (args.flag(QStringLiteral("json")))
        outJson(QJsonDocument(showJson(inv.value())));
    else
        printInvoice(inv.value());
    return 0;
}

Result<documents::RenderOptions> renderOptions(const Args &args) {
    documents::RenderOptions options;
    const QString layout = args.opt(QStringLiteral("layout"), QStringLiteral("classic"));
    if (layout == QLatin1String("compact"))
        options.layout = documents::RenderOptions::Layout::Compact;
    else if (layout != QLatin1String("classic"))
        return Error::invalid(QStringLiteral("--layout"), InvoiceText::tr("use classic or compact"));
    return options;
}

} // namespace

int runInvoice(const Args &args) {
    const QString action = args.positional.value(0);
    static const QStringList actions = {QStringLiteral("create"), QStringLiteral("finalize"), QStringLiteral("show")};
    if (!actions.contains(action))
        return fail(invoiceUsage());
    auto signedIn = openAndSignIn(args);
    if (!signedIn)
        return fail(signedIn.error());
    InvoiceService invoices(*signedIn->db);
    const Session &session = signedIn->session;
    if (action == QLatin1String("create"))
        return create(invoices, session, args);
    if (action == QLatin1String("finalize"))
        return finalize(invoices, session, args);
    return show(invoices, session, args);
}

int runPdf(const Args &args) {
    const QString kind = args.positional.value(0);
    if (args.positional.size() != 3 || (kind != QLatin1String("quote") && kind != QLatin1String("invoice")))
        return fail(pdfUsage());
    const QString number = args.positional.at(1);
    const QString path = QFileInfo(args.positional.at(2)).absoluteFilePath();
    auto options = renderOptions(args);
    if (!options)
        return fail(options.error());
    auto signedIn = openAndSignIn(args);
    if (!signedIn)
        return fail(signedIn.error());
    const Session &session = signedIn->session;
    DocumentBuilder builder(*signedIn->db);
    Result<int> pages = 0;
    if (kind == QLatin1String("quote")) {
        bool ok = true;
        const int version = args.has(QStringLiteral("version")) ? args.opt(QStringLiteral("version")).toInt(&ok) : 0;
        if (!ok || version < 0)
            return fail(Error::invalid(QStringLiteral("--version"), InvoiceText::tr("give a version number")));
        auto doc = builder.quoteByNumber(session, number, version);
        if (!doc)
            return fail(doc.error());
        pages = documents::DocumentRenderer::writePdf(path, doc.value(), options.value());
    } else {
        using Copy = documents::InvoiceDocument::Copy;
        const QString copyText = args.opt(QStringLiteral("copy"), QStringLiteral("original"));
        const std::pair<const char *, Copy> copies[] = {
            {"original", Copy::Original}, {"duplicate", Copy::Duplicate}, {"triplicate", Copy::Triplicate}};
        std::optional<Copy> copy;
        for (const auto &[name, value] : copies)
            if (copyText == QLatin1String(name))
                copy = value;
        if (!copy)
            return fail(
                Error::invalid(QStringLiteral("--copy"), InvoiceText::tr("use original, duplicate or triplicate")));
        auto doc = isInvoiceId(number) ? builder.invoice(session, number.toLongLong(), *copy)
                                       : builder.invoiceByNumber(session, number, *copy);
        if (!doc)
            return fail(doc.error());
        pages = documents::DocumentRenderer::writePdf(path, doc.value(), options.value());
    }
    if (!pages)
        return fail(pages.error());
    out(InvoiceText::tr("%1 (%n page(s))", nullptr, pages.value()).arg(path));
    return 0;
}

} // namespace bcp::cli
