#include "services/DocumentBuilder.h"

#include "data/Database.h"
#include "money/Gstin.h"
#include "services/Clock.h"
#include "services/CompanyService.h"
#include "services/InvoiceService.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("DocumentBuilder", text);
}

// What a billed party and a ship-to address print alike; `stateCode` is the GST state, which the GSTIN
// decides over the address.
documents::PartyBlock addressBlock(const QString &name, const QString &company, const Address &address,
                                   const QString &stateCode, const QString &gstin) {
    documents::PartyBlock b;
    b.name = name;
    b.company = company;
    for (const QString &line : {address.line1, address.line2})
        if (!line.isEmpty())
            b.addressLines << line;
    b.city = address.city;
    b.pin = address.pin;
    b.stateCode = stateCode;
    b.state = Gstin::stateName(b.stateCode);
    b.gstin = gstin;
    return b;
}

documents::PartyBlock partyBlock(const Party &p) {
    documents::PartyBlock b = addressBlock(p.name, p.company, p.billing, p.stateCode(), p.gstin);
    b.mobile = p.mobile;
    b.email = p.email;
    return b;
}

documents::PartyBlock shipBlock(const ShipTo &s) {
    return addressBlock(s.name, s.company, s.address, s.gstin.size() >= 2 ? s.gstin.left(2) : s.address.stateCode,
                        s.gstin);
}

QString printingText(const costing::BoxSpec &spec) {
    if (!spec.printing || spec.printing->colors <= 0)
        return QString();
    const QString type = QString::fromStdString(spec.printing->type).trimmed();
    const QString colours = spec.printing->colors == 1 ? tr("1 colour") : tr("%1 colours").arg(spec.printing->colors);
    return type.isEmpty() ? colours : colours + QLatin1Char(' ') + type;
}

std::optional<documents::TechnicalDetails> technical(const QJsonObject &result) {
    if (result.isEmpty())
        return std::nullopt;
    documents::TechnicalDetails t;
    const QJsonObject sheet = result.value(QLatin1String("sheet")).toObject();
    t.sheetLengthMm = sheet.value(QLatin1String("lengthMm")).toDouble();
    t.sheetWidthMm = sheet.value(QLatin1String("widthMm")).toDouble();
    t.weightKg = result.value(QLatin1String("weightKg")).toDouble();
    t.burstStrength = result.value(QLatin1String("burstStrength")).toDouble();
    t.bctKgf = result.value(QLatin1String("bctKgf")).toDouble();
    return t;
}

// The seller printed on a final document: the details fixed when it was finalised, with today's logo.
documents::CompanyProfile sellerFor(Database &tx, qint64 tenantId, qint64 invoiceId) {
    const CompanyProfile current = CompanyService::load(tx, tenantId);
    const QString stored =
        tx.scalar(QStringLiteral("SELECT seller_snapshot FROM invoices WHERE id = ? AND tenant_id = ?"),
                  {invoiceId, tenantId})
            .toString();
    if (stored.isEmpty())
        return DocumentBuilder::toDocument(current);
    CompanyProfile fixed = CompanyService::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object());
    fixed.logoPng = current.logoPng;
    return DocumentBuilder::toDocument(fixed);
}

// `inv` as printed, by id or by number alike, with the seller as it was fixed at finalising.
Result<documents::InvoiceDocument> invoiceDocument(Database &db, const Session &session, const Result<Invoice> &inv,
                                                   documents::InvoiceDocument::Copy copy) {
    if (!inv)
        return inv.error();
    auto seller = db.read(
        [&](Database &tx) -> Result<documents::CompanyProfile> { return sellerFor(tx, session.tenantId, inv->id); });
    if (!seller)
        return seller.error();
    return DocumentBuilder::toDocument(inv.value(), seller.value(), copy);
}

} // namespace

DocumentBuilder::DocumentBuilder(Database &db) : DocumentBuilder(db, Clock::system()) {}

DocumentBuilder::DocumentBuilder(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

documents::CompanyProfile DocumentBuilder::toDocument(const CompanyProfile &p) {
    documents::CompanyProfile c;
    c.name = p.name;
    for (const QString &line : {p.addressLine1, p.addressLine2})
        if (!line.isEmpty())
            c.addressLines << line;
    c.city = p.city;
    c.stateCode = p.stateCode;
    c.state = Gstin::stateName(p.stateCode);
    c.pin = p.pin;
    c.phone = p.phone;
    c.email = p.email;
    c.gstin = p.gstin;
    c.pan = p.pan;
    if (!p.logoPng.isEmpty())
        c.logo = QImage::fromData(p.logoPng, "PNG");
    c.bankName = p.bankName;
    c.bankAccount = p.bankAccount;
    c.bankIfsc = p.bankIfsc;
    c.bankBranch = p.bankBranch;
    c.upiId = p.upiId;
    c.signatory = p.signatory;
    c.defaultTerms = p.defaultTerms;
    return c;
}

documents::QuoteDocument DocumentBuilder::toDocument(const QuoteVersion &v, const documents::CompanyProfile &company) {
    documents::QuoteDocument d;
    d.company = company;
    d.number = v.number;
    d.version = v.version;
    d.date = v.date;
    d.validUntil = v.validUntil;
    d.preparedBy = v.createdBy;
    d.party = partyBlock(v.party);
    for (const QuoteItem &item : v.items) {
        if (!item.selected)
            continue;
        documents::QuoteItem i;
        i.boxName = item.name;
        i.description = item.description;
        i.size.length = item.spec.length;
        i.size.width = item.spec.width;
        i.size.height = item.spec.style == costing::Style::Sheet ? 0 : item.spec.height;
        i.size.unit = QLatin1String(costing::unitCode(item.spec.unit));
        i.size.outside = item.spec.measuredOn == costing::MeasuredOn::Outside;
        i.ply = item.spec.ply;
        i.flutes = QString::fromStdString(item.spec.flutes);
        i.paperSpec = item.paperSpec;
        i.printing = printingText(item.spec);
        i.quantity = item.quantity();
        i.unit = item.unit;
        i.rate = item.unitPrice;
        if (item.unitPrice != item.ratePerBox)
            i.originalRate = item.ratePerBox;
        i.amount = item.amount;
        i.technical = technical(item.result);
        d.items.push_back(i);
    }
    d.totals = v.totals;
    d.paymentTerms = v.terms.paymentTerms;
    d.deliveryDays = v.terms.deliveryDays;
    d.validityDays = v.terms.validityDays;
    d.notes = v.notes;
    return d;
}

documents::InvoiceDocument DocumentBuilder::toDocument(const Invoice &inv, const documents::CompanyProfile &company,
                                                       documents::InvoiceDocument::Copy copy) {
    documents::InvoiceDocument d;
    d.kind = inv.kind == InvoiceKind::CreditNote ? documents::InvoiceDocument::Kind::CreditNote
                                                 : documents::InvoiceDocument::Kind::TaxInvoice;
    d.copy = copy;
    d.company = company;
    d.number = inv.status == InvoiceStatus::Draft ? QString() : inv.number;
    d.date = inv.date;
    d.dueDate = inv.dueDate;
    d.poNumber = inv.poNumber;
    d.poDate = inv.poDate;
    d.placeOfSupply = inv.placeOfSupply.isEmpty() ? inv.sellerState : inv.placeOfSupply;
    d.reverseCharge = inv.reverseCharge;
    d.againstNumber = inv.againstNumber;
    d.againstDate = inv.againstDate;
    d.billTo = partyBlock(inv.party);
    if (inv.shipTo)
        d.shipTo = shipBlock(*inv.shipTo);
    for (const InvoiceLine &l : inv.lines) {
        documents::InvoiceLine line;
        line.description = l.description.isEmpty() ? l.name : l.name + QStringLiteral(" - ") + l.description;
        line.size.length = l.length;
        line.size.width = l.width;
        line.size.height = l.height;
        line.size.unit = l.sizeUnit;
        line.size.outside = l.outside;
        line.paperSpec = l.paperSpec;
        line.hsn = l.hsn;
        line.quantity = l.quantity;
        line.unit = l.unit;
        line.rate = l.rate;
        line.taxable = l.taxable;
        line.gstRateBasisPoints = inv.gstRateBasisPoints;
        line.gstAmount = l.gst;
        line.total = l.total;
        d.lines.push_back(line);
    }
    if (auto summary = GstTotals::hsnSummary(inv.totalsInput()))
        d.hsnSummary = summary.value();
    d.totals = inv.totals;
    d.terms = inv.kind == InvoiceKind::CreditNote ? tr("Reason: %1").arg(inv.reason) : inv.terms;
    d.cancelled = inv.status == InvoiceStatus::Cancelled;
    d.cancelReason = inv.cancelReason;
    return d;
}

Result<documents::CompanyProfile> DocumentBuilder::company(const Session &session) {
    CompanyService companies(m_db, m_clock);
    auto profile = companies.get(session);
    if (!profile)
        return profile.error();
    return toDocument(profile.value());
}

Result<documents::QuoteDocument> DocumentBuilder::quote(const Session &session, qint64 quoteId, int version) {
    QuoteService quotes(m_db, m_clock);
    auto stored = version > 0 ? quotes.version(session, quoteId, version) : [&]() -> Result<QuoteVersion> {
        auto q = quotes.get(session, quoteId);
        if (!q)
            return q.error();
        return q->active;
    }();
    if (!stored)
        return stored.error();
    auto profile =
        m_db.read([&](Database &tx) -> Result<CompanyProfile> { return CompanyService::load(tx, session.tenantId); });
    if (!profile)
        return profile.error();
    return toDocument(stored.value(), toDocument(profile.value()));
}

Result<documents::QuoteDocument> DocumentBuilder::quoteByNumber(const Session &session, const QString &number,
                                                                int version) {
    QuoteService quotes(m_db, m_clock);
    auto q = quotes.getByNumber(session, number);
    if (!q)
        return q.error();
    if (version <= 0)
        version = q->activeVersion;
    return quote(session, q->id, version);
}

Result<documents::InvoiceDocument> DocumentBuilder::invoice(const Session &session, qint64 invoiceId,
                                                            documents::InvoiceDocument::Copy copy) {
    InvoiceService invoices(m_db, m_clock);
    return invoiceDocument(m_db, session, invoices.get(session, invoiceId), copy);
}

Result<documents::InvoiceDocument> DocumentBuilder::invoiceByNumber(const Session &session, const QString &number,
                                                                    documents::InvoiceDocument::Copy copy) {
    InvoiceService invoices(m_db, m_clock);
    return invoiceDocument(m_db, session, invoices.getByNumber(session, number), copy);
}

} // namespace bcp
