#include "documents/InvoiceLayout.h"

#include "documents/DocumentText.h"
#include "documents/QrCode.h"
#include "documents/TextBox.h"
#include "documents/UpiLink.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace bcp::documents {

namespace {
using Type = DocumentStyle::Type;
using Span = DocumentTable::Span;

// A QR code from QrCode::image(text, 1) (one pixel a module, quiet zone included) drawn as vector squares:
// sharp at any resolution and in every viewer (an image gets smoothed when a viewer enlarges it a little),
// and nothing for the PDF writer to compress. Each run of dark modules in a row is one rectangle.
void paintModules(QPainter &painter, const QRectF &target, const QImage &qr) {
    if (qr.isNull() || qr.format() != QImage::Format_Grayscale8)
        return;
    const qreal side = std::min(target.width(), target.height());
    const qreal module = side / qr.width();
    const QPointF origin(target.center().x() - side / 2, target.center().y() - side / 2);
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < qr.height(); ++y) {
        const uchar *row = qr.constScanLine(y);
        for (int x = 0; x < qr.width();) {
            if (row[x] >= 128) {
                ++x;
                continue;
            }
            int end = x;
            while (end < qr.width() && row[end] < 128)
                ++end;
            dark.addRect(QRectF(origin.x() + x * module, origin.y() + y * module, (end - x) * module, module));
            x = end;
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    painter.fillPath(dark, Qt::black);
    painter.restore();
}

} // namespace

QString InvoiceLayout::paymentUri(const InvoiceDocument &invoice) {
    if (invoice.kind != InvoiceDocument::Kind::TaxInvoice || invoice.cancelled || invoice.number.trimmed().isEmpty())
        return {};
    return UpiLink::paymentUri(invoice.company.upiId, invoice.company.name, invoice.totals.grand, invoice.number);
}

InvoiceLayout::InvoiceLayout(QPagedPaintDevice &device, const InvoiceDocument &invoice, const RenderOptions &options)
    : DocumentLayout(device, options), m_invoice(invoice),
      m_creditNote(invoice.kind == InvoiceDocument::Kind::CreditNote) {
    const QString title = m_creditNote ? tr("CREDIT NOTE") : tr("TAX INVOICE");
    const QString number = invoice.number.isEmpty() ? tr("Draft") : invoice.number;
    const QString reference = (m_creditNote ? tr("Credit note %1") : tr("Tax invoice %1")).arg(number);
    m_companyName = invoice.company.name;
    m_runningTitle = reference + tr(", continued");
    m_footerText = tr("This is a computer-generated document.") + QStringLiteral("  \u00b7  ") + reference;
    if (invoice.cancelled) {
        m_mark = tr("CANCELLED");
        m_markColor = QColor(0xc0, 0x1c, 0x28, 70);
    } else if (invoice.number.isEmpty()) {
        m_mark = tr("DRAFT");
        m_markColor = QColor(0x80, 0x80, 0x80, 60);
    }

    add(m_blocks.letterhead(invoice.company, title, DocumentText::copyMarker(invoice.copy), options.showLogo, width()),
        0);
    if (invoice.cancelled) {
        const QString reason = invoice.cancelReason.trimmed();
        add(notice(reason.isEmpty() ? tr("CANCELLED") : tr("CANCELLED: %1").arg(reason), QColor(0xc0, 0x1c, 0x28)),
            m_style.gap());
    } else if (invoice.number.isEmpty()) {
        add(notice(m_creditNote ? tr("DRAFT: not valid as a credit note until it is finalised.")
                                : tr("DRAFT: not valid as a tax invoice until it is finalised."),
                   m_style.muted()),
            m_style.gap());
    }
    add(details(), m_style.gap());
    add(parties(), m_style.gap());
    addLines();
    // What follows the lines stays with the last of them (PageFlow), so no page is left without the table.
    add(closing(), m_style.gap(), true);
    add(hsnSummary(), m_style.gap(), true);
    add(termsAndSignature(), m_style.gap(), true);
}

Block InvoiceLayout::notice(const QString &text, const QColor &color) const {
    const TextBox box(text, m_style.font(Type::BodyBold), color, width(), Qt::AlignLeft, m_style.device());
    return {box.height(), [box](QPainter &p, const QPointF &at) { box.draw(p, at); }};
}

QString InvoiceLayout::poText() const {
    const QString number = m_invoice.poNumber.trimmed();
    if (number.isEmpty())
        return {};
    return m_invoice.poDate.isValid() ? tr("%1 dated %2").arg(number, DocumentText::date(m_invoice.poDate)) : number;
}

Block InvoiceLayout::details() const {
    const QString number = m_invoice.number.isEmpty() ? tr("Draft") : m_invoice.number;
    DocumentBlocks::Pairs left = {
        {m_creditNote ? tr("Credit Note No.") : tr("Invoice No."), number},
        {m_creditNote ? tr("Credit Note Date") : tr("Invoice Date"), DocumentText::date(m_invoice.date)},
    };
    if (m_creditNote) {
        left.push_back({tr("Against Invoice"), m_invoice.againstNumber});
        left.push_back({tr("Invoice Date"), DocumentText::date(m_invoice.againstDate)});
    } else {
        left.push_back({tr("Due Date"), DocumentText::date(m_invoice.dueDate)});
    }
    const DocumentBlocks::Pairs right = {
        {tr("Place of Supply"), DocumentText::state({}, m_invoice.placeOfSupply)},
        {tr("Reverse Charge"), m_invoice.reverseCharge ? tr("Yes") : tr("No")},
        {tr("PO No. / Date"), poText()},
    };
    if (m_style.compact()) {
        DocumentBlocks::Pairs all = left;
        all.insert(all.end(), right.begin(), right.end());
        return m_blocks.inlinePairs(all, width());
    }
    return m_blocks.framed(
        [this, left, right](qreal w) {
            const qreal half = (w - m_style.mm(6)) / 2;
            return Block::beside({{0, m_blocks.pairs(left, half, m_style.mm(30))},
                                  {half + m_style.mm(6), m_blocks.pairs(right, half, m_style.mm(30))}});
        },
        width());
}

Block InvoiceLayout::parties() const {
    const PartyBlock &shipTo = m_invoice.shipTo ? *m_invoice.shipTo : m_invoice.billTo;
    return m_blocks.panelPair(
        tr("Bill to"), [this](qreal w) { return m_blocks.party(m_invoice.billTo, w); }, (width() - m_style.mm(3)) / 2,
        tr("Ship to"), [this, shipTo](qreal w) { return m_blocks.party(shipTo, w, false); }, width());
}

void InvoiceLayout::addLines() {
    const qreal mm = m_style.mm(1);
    DocumentTable &table = addTable({
        {tr("#"), Qt::AlignHCenter},
        {tr("Description of Goods"), Qt::AlignLeft, 1, 40 * mm},
        {tr("HSN"), Qt::AlignLeft},
        {tr("Qty"), Qt::AlignRight},
        {tr("Unit"), Qt::AlignLeft},
        {tr("Rate (\u20b9)"), Qt::AlignRight},
        {tr("Taxable Value"), Qt::AlignRight},
        {tr("GST %"), Qt::AlignRight},
        {tr("GST Amount"), Qt::AlignRight},
        {tr("Total (\u20b9)"), Qt::AlignRight},
    });
    int serial = 0;
    Money taxable;
    Money gst;
    Money total;
    qint64 quantity = 0;
    QString commonUnit;
    bool oneUnit = true;
    for (const InvoiceLine &line : m_invoice.lines) {
        DocumentTable::Row row;
        row.cells.resize(10);
        row.cells[0] = {Span{QString::number(++serial)}};
        row.cells[1] = {Span{line.description, Type::BodyBold}};
        QStringList specs;
        const QString size = DocumentText::size(line.size);
        if (!size.isEmpty())
            specs << tr("Size: %1").arg(size);
        if (!line.paperSpec.trimmed().isEmpty())
            specs << tr("Paper: %1").arg(line.paperSpec.trimmed());
        if (!specs.isEmpty())
            row.cells[1].push_back(Span{specs.join(QStringLiteral("   ")), Type::Small, true});
        row.cells[2] = {Span{line.hsn}};
        row.cells[3] = {Span{DocumentText::quantity(line.quantity)}};
        row.cells[4] = {Span{line.unit}};
        row.cells[5] = {Span{DocumentText::money(line.rate)}};
        row.cells[6] = {Span{DocumentText::money(line.taxable)}};
        row.cells[7] = {Span{DocumentText::percent(line.gstRateBasisPoints)}};
        row.cells[8] = {Span{DocumentText::money(line.gstAmount)}};
        row.cells[9] = {Span{DocumentText::money(line.total), Type::BodyBold}};
        table.addRow(std::move(row));
        taxable += line.taxable;
        gst += line.gstAmount;
        total += line.total;
        quantity += line.quantity;
        oneUnit = oneUnit && (commonUnit.isEmpty() || commonUnit == line.unit);
        commonUnit = line.unit;
    }
    if (!m_invoice.lines.empty()) {
        DocumentTable::Row row;
        row.emphasis = true;
        row.cells.resize(10);
        row.cells[1] = {Span{tr("Total"), Type::BodyBold}};
        if (oneUnit) {
            row.cells[3] = {Span{DocumentText::quantity(quantity), Type::BodyBold}};
            row.cells[4] = {Span{commonUnit, Type::BodyBold}};
        }
        row.cells[6] = {Span{DocumentText::money(taxable), Type::BodyBold}};
        row.cells[8] = {Span{DocumentText::money(gst), Type::BodyBold}};
        row.cells[9] = {Span{DocumentText::money(total), Type::BodyBold}};
        table.addRow(std::move(row));
    }
    addTableRows(table);
}

Block InvoiceLayout::payment(qreal width) const {
    // A credit note is money going back to the customer: nothing to pay, so no bank details or QR code.
    if (m_creditNote)
        return {};
    const CompanyProfile &company = m_invoice.company;
    const bool bank =
        m_options.showBankDetails &&
        !(company.bankName + company.bankAccount + company.bankIfsc + company.bankBranch).trimmed().isEmpty();
    const QString uri = m_options.showQr ? paymentUri(m_invoice) : QString();
    if (!bank && uri.isEmpty())
        return {};

    QImage qr;
    if (!uri.isEmpty()) {
        Result<QImage> image = QrCode::image(uri, 1);
        if (image)
            qr = std::move(image).value();
    }
    const qreal qrSide = m_style.mm(m_style.compact() ? 21 : 24);
    const QString caption = bank ? tr("Bank details") : tr("Pay by UPI");
    const QString upiId = company.upiId.trimmed();
    return m_blocks.panel(
        caption,
        [this, bank, qr, qrSide, upiId, &company](qreal w) {
            const qreal qrSpace = qr.isNull() ? 0 : qrSide + m_style.mm(4);
            DocumentBlocks::Pairs pairs;
            if (bank) {
                pairs = {{tr("Bank"), company.bankName},
                         {tr("Account No."), company.bankAccount},
                         {tr("IFSC"), company.bankIfsc},
                         {tr("Branch"), company.bankBranch}};
            }
            if (!qr.isNull())
                pairs.push_back({tr("UPI ID"), upiId});
            std::vector<std::pair<qreal, Block>> columns;
            columns.emplace_back(0, m_blocks.pairs(pairs, w - qrSpace, m_style.mm(22)));
            if (!qr.isNull()) {
                const Block code{qrSide, [qr, qrSide](QPainter &p, const QPointF &at) {
                                     paintModules(p, QRectF(at, QSizeF(qrSide, qrSide)), qr);
                                 }};
                const Block hint = m_blocks.text(tr("Scan to pay"), Type::Small, qrSide, Qt::AlignHCenter, true);
                columns.emplace_back(w - qrSide, Block::stacked({code, hint}));
            }
            return Block::beside(std::move(columns));
        },
        width);
}

Block InvoiceLayout::closing() const {
    const qreal totalsWidth = m_style.mm(m_style.compact() ? 68 : 76);
    const qreal gap = m_style.mm(5);
    const qreal leftWidth = width() - totalsWidth - gap;
    std::vector<Block> left;
    left.push_back(
        m_blocks.framed([this](qreal w) { return m_blocks.amountInWords(m_invoice.totals.grand, w); }, leftWidth));
    left.push_back(payment(leftWidth));
    return Block::beside({{0, Block::stacked(std::move(left), m_style.gap())},
                          {leftWidth + gap, m_blocks.totals(m_invoice.totals, totalsWidth)}});
}

Block InvoiceLayout::hsnSummary() {
    if (m_invoice.hsnSummary.empty())
        return {};
    const bool intra = m_invoice.totals.intraState;
    std::vector<DocumentTable::Column> columns = {{tr("HSN/SAC"), Qt::AlignLeft, 1, 0},
                                                  {tr("Taxable Value"), Qt::AlignRight, 1.3, 0}};
    if (intra) {
        columns.push_back({tr("CGST Rate"), Qt::AlignRight, 0.8, 0});
        columns.push_back({tr("CGST Amount"), Qt::AlignRight, 1.2, 0});
        columns.push_back({tr("SGST Rate"), Qt::AlignRight, 0.8, 0});
        columns.push_back({tr("SGST Amount"), Qt::AlignRight, 1.2, 0});
    } else {
        columns.push_back({tr("IGST Rate"), Qt::AlignRight, 0.8, 0});
        columns.push_back({tr("IGST Amount"), Qt::AlignRight, 1.2, 0});
    }
    columns.push_back({tr("Total Tax"), Qt::AlignRight, 1.2, 0});
    DocumentTable &table = addTable(std::move(columns));

    Money taxable;
    Money cgst;
    Money sgst;
    Money igst;
    Money tax;
    for (const HsnSummaryRow &summary : m_invoice.hsnSummary) {
        DocumentTable::Row row;
        row.cells.push_back({Span{summary.hsn}});
        row.cells.push_back({Span{DocumentText::money(summary.taxable)}});
        if (intra) {
            const QString half = GstTotals::halfPercentText(summary.gstRateBasisPoints) + QLatin1Char('%');
            row.cells.push_back({Span{half}});
            row.cells.push_back({Span{DocumentText::money(summary.cgst)}});
            row.cells.push_back({Span{half}});
            row.cells.push_back({Span{DocumentText::money(summary.sgst)}});
        } else {
            row.cells.push_back({Span{DocumentText::percent(summary.gstRateBasisPoints)}});
            row.cells.push_back({Span{DocumentText::money(summary.igst)}});
        }
        row.cells.push_back({Span{DocumentText::money(summary.gst)}});
        table.addRow(std::move(row));
        taxable += summary.taxable;
        cgst += summary.cgst;
        sgst += summary.sgst;
        igst += summary.igst;
        tax += summary.gst;
    }
    if (m_invoice.hsnSummary.size() == 1) {
        table.layout(width());
        return Block::stacked(
            {m_blocks.text(tr("HSN/SAC-wise tax summary"), Type::Label, width(), Qt::AlignLeft, true), table.whole()},
            m_style.pt(2));
    }
    DocumentTable::Row total;
    total.emphasis = true;
    total.cells.push_back({Span{tr("Total"), Type::BodyBold}});
    total.cells.push_back({Span{DocumentText::money(taxable), Type::BodyBold}});
    if (intra) {
        total.cells.push_back({});
        total.cells.push_back({Span{DocumentText::money(cgst), Type::BodyBold}});
        total.cells.push_back({});
        total.cells.push_back({Span{DocumentText::money(sgst), Type::BodyBold}});
    } else {
        total.cells.push_back({});
        total.cells.push_back({Span{DocumentText::money(igst), Type::BodyBold}});
    }
    total.cells.push_back({Span{DocumentText::money(tax), Type::BodyBold}});
    table.addRow(std::move(total));
    table.layout(width());
    return Block::stacked(
        {m_blocks.text(tr("HSN/SAC-wise tax summary"), Type::Label, width(), Qt::AlignLeft, true), table.whole()},
        m_style.pt(2));
}

Block InvoiceLayout::termsAndSignature() const {
    const qreal signWidth = m_style.mm(m_style.compact() ? 62 : 68);
    const qreal gap = m_style.mm(5);
    const qreal leftWidth = width() - signWidth - gap;
    QString declaration = m_invoice.declaration.trimmed();
    if (declaration.isEmpty())
        declaration = m_creditNote
                          ? tr("We declare that this credit note shows the actual value of the goods described "
                               "and that all particulars are true and correct.")
                          : tr("We declare that this invoice shows the actual price of the goods described and "
                               "that all particulars are true and correct.");
    const QStringList terms = m_options.showTerms ? DocumentText::termLines(m_options.termsText, m_invoice.terms,
                                                                            m_invoice.company.defaultTerms)
                                                  : QStringList();
    const QString caption = terms.isEmpty() ? tr("Declaration") : tr("Terms & Conditions");
    Block left = m_blocks.panel(
        caption,
        [this, terms, declaration](qreal w) {
            std::vector<Block> parts;
            if (!terms.isEmpty()) {
                parts.push_back(m_blocks.numberedLines(terms, w));
                parts.push_back(m_blocks.text(tr("Declaration"), Type::Label, w, Qt::AlignLeft, true));
            }
            parts.push_back(m_blocks.text(declaration, Type::Small, w));
            return Block::stacked(std::move(parts), m_style.pt(2));
        },
        leftWidth);
    const qreal frameSpace = m_style.compact() ? 0 : 3 * m_style.padY();
    Block sign =
        m_blocks.framed([this, &left, frameSpace](
                            qreal w) { return m_blocks.signature(m_invoice.company, w, left.height - frameSpace); },
                        signWidth, left.height);
    return Block::beside({{0, std::move(left)}, {leftWidth + gap, std::move(sign)}});
}

} // namespace bcp::documents
