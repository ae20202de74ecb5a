#include "documents/QuoteLayout.h"

#include "documents/DocumentText.h"

namespace bcp::documents {

namespace {
using Type = DocumentStyle::Type;
using Span = DocumentTable::Span;
} // namespace

QuoteLayout::QuoteLayout(QPagedPaintDevice &device, const QuoteDocument &quote, const RenderOptions &options)
    : DocumentLayout(device, options), m_quote(quote) {
    const QString reference = tr("Quotation %1 (version %2)").arg(quote.number).arg(quote.version);
    m_companyName = quote.company.name;
    m_runningTitle = reference + tr(", continued");
    m_footerText = quote.company.name + QStringLiteral("  \u00b7  ") + reference;

    add(m_blocks.letterhead(quote.company, tr("QUOTATION"), {}, options.showLogo, width()), 0);
    add(details(), m_style.gap());
    if (!m_style.compact())
        add(m_blocks.text(tr("Dear Sir / Madam, thank you for your enquiry. We are pleased to quote as follows:"),
                          Type::Body, width()),
            m_style.gap());
    addItems();
    // What follows the items stays with the last of them (PageFlow), so no page is left without the table.
    add(closing(), m_style.gap(), true);
    if (options.showNotes && !quote.notes.trimmed().isEmpty())
        add(m_blocks.panel(
                tr("Notes"), [this](qreal w) { return m_blocks.text(m_quote.notes.trimmed(), Type::Small, w); },
                width()),
            m_style.gap(), true);
    const qreal signWidth = m_style.mm(80);
    add(Block::beside({{width() - signWidth, m_blocks.signature(quote.company, signWidth)}}), m_style.gap(), true);
}

Block QuoteLayout::details() const {
    const DocumentBlocks::Pairs meta = {
        {tr("Quote No."), m_quote.number},
        {tr("Version"), QString::number(m_quote.version)},
        {tr("Date"), DocumentText::date(m_quote.date)},
        {tr("Valid Until"), DocumentText::date(m_quote.validUntil)},
        {tr("Prepared By"), m_quote.preparedBy},
    };
    if (m_style.compact()) {
        return Block::stacked(
            {m_blocks.inlinePairs(meta, width()),
             m_blocks.panel(
                 tr("To"), [this](qreal w) { return m_blocks.party(m_quote.party, w); }, width() * 0.6)},
            m_style.gap());
    }
    const qreal metaWidth = m_style.mm(74);
    return m_blocks.panelPair(
        tr("Quotation for"), [this](qreal w) { return m_blocks.party(m_quote.party, w); },
        width() - metaWidth - m_style.mm(3), tr("Quotation details"),
        [this, meta](qreal w) { return m_blocks.pairs(meta, w, m_style.mm(24)); }, width());
}

QString QuoteLayout::technicalText(const TechnicalDetails &t) const {
    QStringList parts;
    if (t.sheetLengthMm > 0 && t.sheetWidthMm > 0)
        parts << tr("Sheet %1 \u00d7 %2 mm")
                     .arg(DocumentText::decimal(t.sheetLengthMm, 1), DocumentText::decimal(t.sheetWidthMm, 1));
    if (t.weightKg > 0)
        parts << tr("Weight %1 kg").arg(DocumentText::decimal(t.weightKg, 3));
    if (t.burstStrength > 0)
        parts << tr("BS %1 kg/cm\u00b2").arg(DocumentText::decimal(t.burstStrength, 1));
    if (t.bctKgf > 0)
        parts << tr("BCT %1 kgf").arg(DocumentText::decimal(t.bctKgf, 0));
    return parts.join(QStringLiteral("   \u00b7   "));
}

void QuoteLayout::addItems() {
    const qreal mm = m_style.mm(1);
    DocumentTable &table = addTable({
        {tr("#"), Qt::AlignHCenter},
        {tr("Box / Description"), Qt::AlignLeft, 1.7, 32 * mm},
        {tr("Size (L \u00d7 W \u00d7 H)"), Qt::AlignLeft},
        {tr("Ply / Flute"), Qt::AlignLeft},
        {tr("Paper (GSM/BF)"), Qt::AlignLeft, 1.4, 26 * mm},
        {tr("Printing"), Qt::AlignLeft, 1.0, 16 * mm},
        {tr("Qty"), Qt::AlignRight},
        {tr("Rate (\u20b9)"), Qt::AlignRight},
        {tr("Amount (\u20b9)"), Qt::AlignRight},
    });
    int serial = 0;
    for (const QuoteItem &item : m_quote.items) {
        DocumentTable::Row row;
        row.cells.resize(9);
        row.cells[0] = {Span{QString::number(++serial)}};
        row.cells[1] = {Span{item.boxName, Type::BodyBold}};
        if (!item.description.trimmed().isEmpty())
            row.cells[1].push_back(Span{item.description.trimmed(), Type::Small, true});
        // Figures on the first line, unit and ID/OD under them, so the column stays narrow.
        row.cells[2] = {Span{DocumentText::sizeFigures(item.size), Type::Small},
                        Span{DocumentText::sizeBasis(item.size), Type::Small, true}};
        if (item.ply > 0)
            row.cells[3].push_back(Span{tr("%1 Ply").arg(item.ply), Type::Small});
        if (!item.flutes.isEmpty())
            row.cells[3].push_back(Span{item.flutes, Type::Small, true});
        row.cells[4] = {Span{item.paperSpec, Type::Small}};
        row.cells[5] = {Span{item.printing.trimmed().isEmpty() ? tr("Plain") : item.printing.trimmed(), Type::Small}};
        row.cells[6] = {Span{DocumentText::quantity(item.quantity)}, Span{item.unit, Type::Small, true}};
        if (item.originalRate && *item.originalRate != item.rate)
            row.cells[7].push_back(Span{DocumentText::money(*item.originalRate), Type::Small, true, true});
        row.cells[7].push_back(Span{DocumentText::money(item.rate)});
        row.cells[8] = {Span{DocumentText::money(item.amount), Type::BodyBold}};
        if (m_options.showTechnical && item.technical) {
            const QString technical = technicalText(*item.technical);
            if (!technical.isEmpty())
                row.detail = {Span{technical, Type::Small, true}};
        }
        table.addRow(std::move(row));
    }
    addTableRows(table);
}

Block QuoteLayout::termsBlock(qreal width) const {
    QStringList lines;
    if (m_quote.validityDays > 0)
        lines << tr("Validity: this quotation is valid for %n day(s), until %1.", nullptr, m_quote.validityDays)
                     .arg(DocumentText::date(m_quote.validUntil));
    if (m_quote.deliveryDays > 0)
        lines << tr("Delivery: within %n day(s) of order confirmation.", nullptr, m_quote.deliveryDays);
    if (!m_quote.paymentTerms.trimmed().isEmpty())
        lines << tr("Payment: %1.").arg(m_quote.paymentTerms.trimmed());
    lines << DocumentText::termLines(m_options.termsText, m_quote.terms, m_quote.company.defaultTerms);
    return m_blocks.panel(
        tr("Terms & Conditions"), [this, lines](qreal w) { return m_blocks.numberedLines(lines, w); }, width);
}

Block QuoteLayout::closing() const {
    const qreal totalsWidth = m_style.mm(m_style.compact() ? 68 : 74);
    const qreal gap = m_style.mm(5);
    const qreal leftWidth = width() - totalsWidth - gap;
    std::vector<Block> left;
    left.push_back(
        m_blocks.framed([this](qreal w) { return m_blocks.amountInWords(m_quote.totals.grand, w); }, leftWidth));
    if (m_options.showTerms)
        left.push_back(termsBlock(leftWidth));
    return Block::beside({{0, Block::stacked(std::move(left), m_style.gap())},
                          {leftWidth + gap, m_blocks.totals(m_quote.totals, totalsWidth)}});
}

} // namespace bcp::documents
