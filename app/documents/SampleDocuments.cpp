#include "documents/SampleDocuments.h"

#include "money/GstTotals.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <iterator>

namespace bcp::documents {

namespace {

struct SampleBox {
    const char *name;
    const char *description;
    double length, width, height;
    bool outside;
    int ply;
    const char *flutes;
    const char *paper;
    const char *printing;
    qint64 quantity;
    qint64 ratePaise;
    qint64 negotiatedPaise; // 0: none
    TechnicalDetails technical;
};

const SampleBox kBoxes[] = {
    {"Apple Box 3 Ply",
     "Top load, two hand holes",
     300,
     200,
     150,
     false,
     3,
     "B",
     "180/24 + 150/18 + 150/18",
     "2 colour flexo",
     5000,
     1165,
     1049,
     {812, 520, 0.286, 7.9, 246}},
    {"Export Shipper 5 Ply",
     "Regular slotted carton for 12 bottles, with partitions",
     450,
     300,
     300,
     true,
     5,
     "BC",
     "230/28 + 150/18 + 150/18 + 150/18 + 230/28",
     "Plain",
     500,
     3840,
     0,
     {1522, 620, 1.124, 14.6, 512}},
    {"Mono Carton E-Flute",
     "Printed display box",
     250,
     250,
     40,
     false,
     3,
     "E",
     "300/20 + 120/16 + 180/20",
     "4 colour offset, gloss varnish",
     2500,
     975,
     0,
     {650, 420, 0.118, 6.2, 118}},
    {"Pharma Outer 3 Ply",
     "Die-cut with lock bottom",
     210,
     160,
     120,
     false,
     3,
     "B",
     "150/20 + 120/16 + 150/20",
     "1 colour flexo",
     3000,
     842,
     0,
     {760, 300, 0.164, 5.4, 152}},
};

QImage sampleLogo() {
    QImage logo(360, 360, QImage::Format_ARGB32_Premultiplied);
    logo.fill(Qt::transparent);
    QPainter p(&logo);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x1f, 0x4e, 0x79));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(10, 10, 340, 340), 60, 60);
    // An open box seen from the front: the product drawn as the mark.
    QPainterPath box;
    box.moveTo(90, 150);
    box.lineTo(270, 150);
    box.lineTo(270, 290);
    box.lineTo(90, 290);
    box.closeSubpath();
    p.setBrush(QColor(0xf2, 0xc1, 0x7d));
    p.drawPath(box);
    QPainterPath flaps;
    flaps.moveTo(90, 150);
    flaps.lineTo(60, 95);
    flaps.lineTo(175, 95);
    flaps.lineTo(180, 150);
    flaps.moveTo(270, 150);
    flaps.lineTo(300, 95);
    flaps.lineTo(185, 95);
    flaps.lineTo(180, 150);
    p.setBrush(QColor(0xd9, 0x9a, 0x4e));
    p.drawPath(flaps);
    p.setPen(QPen(QColor(0x1f, 0x4e, 0x79), 10));
    p.drawLine(QPointF(120, 215), QPointF(240, 215));
    return logo;
}

Totals totalsFor(const TotalsInput &input) {
    const Result<Totals> totals = GstTotals::compute(input);
    return totals ? totals.value() : Totals{};
}

} // namespace

CompanyProfile SampleDocuments::company() {
    CompanyProfile c;
    c.name = QStringLiteral("Shree Ganesh Packaging Industries");
    c.addressLines = {QStringLiteral("Plot No. 42, MIDC Industrial Area"), QStringLiteral("Bhosari")};
    c.city = QStringLiteral("Pune");
    c.pin = QStringLiteral("411026");
    c.stateCode = QStringLiteral("27");
    c.phone = QStringLiteral("+91 98220 12345");
    c.email = QStringLiteral("sales@ganeshpack.in");
    c.gstin = QStringLiteral("27AAPFU0939F1ZV");
    c.pan = QStringLiteral("AAPFU0939F");
    c.logo = sampleLogo();
    c.bankName = QStringLiteral("HDFC Bank");
    c.bankAccount = QStringLiteral("50200012345678");
    c.bankIfsc = QStringLiteral("HDFC0001234");
    c.bankBranch = QStringLiteral("Bhosari, Pune");
    c.upiId = QStringLiteral("ganeshpack@okhdfcbank");
    c.signatory = QStringLiteral("Ramesh Patil");
    c.defaultTerms =
        QCoreApplication::translate("bcp::documents::SampleDocuments",
                                    "Goods once sold will not be taken back.\n"
                                    "Interest at 18% a year is charged on payments received after the due date.\n"
                                    "Subject to Pune jurisdiction.");
    return c;
}

PartyBlock SampleDocuments::party(bool interState) {
    PartyBlock p;
    if (interState) {
        p.name = QStringLiteral("Suresh Gowda");
        p.company = QStringLiteral("Bharat Agro Foods Pvt. Ltd.");
        p.addressLines = {QStringLiteral("No. 18, 2nd Cross, Peenya Industrial Area")};
        p.city = QStringLiteral("Bengaluru");
        p.pin = QStringLiteral("560058");
        p.stateCode = QStringLiteral("29");
        p.gstin = QStringLiteral("29AAGCB7383J1Z4");
        p.mobile = QStringLiteral("+91 98450 22222");
        p.email = QStringLiteral("purchase@bharatagro.in");
    } else {
        p.name = QStringLiteral("Ravi Kumar");
        p.company = QStringLiteral("Apple Exports");
        p.addressLines = {QStringLiteral("Gat No. 114, Chakan Talegaon Road")};
        p.city = QStringLiteral("Chakan, Pune");
        p.pin = QStringLiteral("410501");
        p.stateCode = QStringLiteral("27");
        p.gstin = QStringLiteral("27BHBRE4628D5ZJ");
        p.mobile = QStringLiteral("+91 98200 11111");
        p.email = QStringLiteral("ravi@appleexports.in");
    }
    return p;
}

QuoteDocument SampleDocuments::quote(int items, bool interState) {
    QuoteDocument q;
    q.company = company();
    q.number = QStringLiteral("QT/25-26/0107");
    q.version = 2;
    q.date = QDate(2025, 11, 26);
    q.validityDays = 7;
    q.validUntil = q.date.addDays(q.validityDays);
    q.preparedBy = QStringLiteral("Anita Deshmukh");
    q.party = party(interState);
    q.paymentTerms = QStringLiteral("30 days from the invoice date");
    q.deliveryDays = 10;
    q.notes = QCoreApplication::translate("bcp::documents::SampleDocuments",
                                          "Rates are for the quantities shown; artwork to be supplied by the buyer.");

    TotalsInput input;
    input.transport = Money::fromPaise(150000);
    input.gstRatePercent = 5.0;
    input.intraState =
        GstTotals::isIntraState(q.company.stateCode, GstTotals::placeOfSupply(q.party.gstin, q.party.stateCode));
    for (int i = 0; i < items; ++i) {
        const SampleBox &b = kBoxes[i % std::size(kBoxes)];
        QuoteItem item;
        item.boxName = QString::fromUtf8(b.name);
        if (i >= static_cast<int>(std::size(kBoxes)))
            item.boxName += QStringLiteral(" (%1)").arg(i + 1);
        item.description = QString::fromUtf8(b.description);
        item.size = {b.length, b.width, b.height, QStringLiteral("mm"), b.outside};
        item.ply = b.ply;
        item.flutes = QString::fromUtf8(b.flutes);
        item.paperSpec = QString::fromUtf8(b.paper);
        item.printing = QString::fromUtf8(b.printing);
        item.quantity = b.quantity;
        item.rate = Money::fromPaise(b.negotiatedPaise ? b.negotiatedPaise : b.ratePaise);
        if (b.negotiatedPaise)
            item.originalRate = Money::fromPaise(b.ratePaise);
        item.amount = item.rate * item.quantity;
        item.technical = b.technical;
        input.lines.push_back({item.rate, item.quantity, true, QStringLiteral("4819")});
        q.items.push_back(std::move(item));
    }
    q.totals = totalsFor(input);
    return q;
}

InvoiceDocument SampleDocuments::invoice(int lines, bool interState) {
    InvoiceDocument inv;
    inv.company = company();
    inv.number = QStringLiteral("INV/25-26/0042");
    inv.date = QDate(2025, 11, 28);
    inv.dueDate = inv.date.addDays(30);
    inv.poNumber = QStringLiteral("PO/AE/1187");
    inv.poDate = QDate(2025, 11, 24);
    inv.billTo = party(interState);
    PartyBlock ship = inv.billTo;
    ship.addressLines = {QStringLiteral("Warehouse 3, Survey No. 221, Near Toll Plaza")};
    inv.shipTo = ship;
    inv.placeOfSupply = GstTotals::placeOfSupply(inv.billTo.gstin, inv.billTo.stateCode);

    TotalsInput input;
    input.transport = Money::fromPaise(150000);
    input.gstRatePercent = 5.0;
    input.intraState = GstTotals::isIntraState(inv.company.stateCode, inv.placeOfSupply);
    const QuoteDocument source = quote(lines, interState);
    for (const QuoteItem &item : source.items) {
        InvoiceLine line;
        line.description = item.boxName + QStringLiteral(" - ") + item.description;
        line.size = item.size;
        line.paperSpec = item.paperSpec;
        line.hsn = QStringLiteral("4819");
        line.quantity = item.quantity;
        line.rate = item.rate;
        line.taxable = item.amount;
        input.lines.push_back({item.rate, item.quantity, true, line.hsn});
        inv.lines.push_back(std::move(line));
    }
    const Result<GstShares> shares = GstTotals::gstShares(input);
    const Result<int> rate = GstTotals::rateBasisPoints(input.gstRatePercent);
    for (size_t i = 0; i < inv.lines.size(); ++i) {
        InvoiceLine &line = inv.lines[i];
        line.gstRateBasisPoints = rate ? rate.value() : 0;
        line.gstAmount = shares ? shares->lineGst[i] : Money();
        line.total = line.taxable + line.gstAmount;
    }
    const Result<std::vector<HsnSummaryRow>> summary = GstTotals::hsnSummary(input);
    if (summary)
        inv.hsnSummary = summary.value();
    inv.totals = totalsFor(input);
    return inv;
}

} // namespace bcp::documents
