#include "services/InvoiceService.h"

#include "data/Database.h"
#include "money/DocumentNumber.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/CompanyService.h"
#include "services/Counters.h"
#include "services/MastersService.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("InvoiceService", text);
}

constexpr int kMaxLines = 500;
constexpr int kMaxText = 200;
constexpr int kMaxLongText = 4000;
constexpr int kMinReason = 5;
constexpr qint64 kMaxQuantity = 100'000'000;
constexpr qint64 kNumberSortYear = 1'000'000'000; // number_sort = first year of the FY × this + sequence

QString dateText(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate parseDate(const QString &s) {
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

QString counterPeriod(const QDate &date) {
    return QString::number(DocumentNumber::financialYearStart(date));
}

QString sortKey(const QString &text) {
    return text.simplified().toLower();
}

QString searchText(const Invoice &inv) {
    QStringList words;
    for (const QString &s : {inv.number, inv.quoteNumber, inv.againstNumber})
        if (!s.isEmpty())
            words << s.toLower();
    for (const QString &s : {inv.party.name, inv.party.company})
        words << s.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

// A LIKE pattern matching `word` as the start of a word of search_text.
QString likeWordPrefix(const QString &word) {
    QString escaped = word.toLower();
    escaped.replace(QLatin1Char('!'), QStringLiteral("!!"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("!%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("!_"));
    return QStringLiteral("% ") + escaped + QLatin1Char('%');
}

QJsonObject shipToJson(const ShipTo &s) {
    return QJsonObject{{QStringLiteral("name"), s.name},           {QStringLiteral("company"), s.company},
                       {QStringLiteral("line1"), s.address.line1}, {QStringLiteral("line2"), s.address.line2},
                       {QStringLiteral("city"), s.address.city},   {QStringLiteral("state"), s.address.stateCode},
                       {QStringLiteral("pin"), s.address.pin},     {QStringLiteral("gstin"), s.gstin}};
}

ShipTo shipToFromJson(const QJsonObject &o) {
    ShipTo s;
    s.name = o.value(QLatin1String("name")).toString();
    s.company = o.value(QLatin1String("company")).toString();
    s.address.line1 = o.value(QLatin1String("line1")).toString();
    s.address.line2 = o.value(QLatin1String("line2")).toString();
    s.address.city = o.value(QLatin1String("city")).toString();
    s.address.stateCode = o.value(QLatin1String("state")).toString();
    s.address.pin = o.value(QLatin1String("pin")).toString();
    s.gstin = o.value(QLatin1String("gstin")).toString();
    return s;
}

QString compactJson(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void derivePayment(Invoice &inv) {
    if (inv.kind == InvoiceKind::Invoice && inv.status == InvoiceStatus::Final) {
        inv.balance = inv.totals.grand - inv.credited - inv.paid;
        if (inv.balance <= Money())
            inv.paymentStatus = PaymentStatus::Paid;
        else if (inv.paid.isZero() && inv.credited.isZero())
            inv.paymentStatus = PaymentStatus::Unpaid;
        else
            inv.paymentStatus = PaymentStatus::PartlyPaid;
    } else {
        inv.balance = Money();
        inv.paymentStatus = PaymentStatus::Unpaid;
    }
}

const QString kInvoiceColumns = QStringLiteral(
    "id, kind, status, number, invoice_date, due_date, po_number, po_date, quote_id, quote_number, quote_version, "
    "against_id, against_number, against_date, reason, party_id, party_snapshot, ship_to, seller_state, "
    "place_of_supply, intra_state, reverse_charge, gst_rate_bp, round_off, transport_paise, subtotal_paise, "
    "taxable_paise, gst_paise, cgst_paise, sgst_paise, igst_paise, round_off_paise, grand_paise, terms, notes, "
    "cancel_reason, cancelled_at, cancelled_by_name, finalized_at, finalized_by_name, paid_paise, credited_paise, "
    "created_at, created_by_name, updated_at, updated_by_name, row_version");

Invoice readInvoice(const QSqlQuery &q) {
    Invoice inv;
    int i = 0;
    auto next = [&]() { return q.value(i++); };
    inv.id = next().toLongLong();
    inv.kind = parseInvoiceKind(next().toString()).value_or(InvoiceKind::Invoice);
    inv.status = parseInvoiceStatus(next().toString()).value_or(InvoiceStatus::Draft);
    inv.number = next().toString();
    inv.date = parseDate(next().toString());
    inv.dueDate = parseDate(next().toString());
    inv.poNumber = next().toString();
    inv.poDate = parseDate(next().toString());
    inv.quoteId = next().toLongLong();
    inv.quoteNumber = next().toString();
    inv.quoteVersion = next().toInt();
    inv.againstId = next().toLongLong();
    inv.againstNumber = next().toString();
    inv.againstDate = parseDate(next().toString());
    inv.reason = next().toString();
    inv.partyId = next().toLongLong();
    inv.party = Party::fromJson(parseJson(next().toString()));
    const QString shipTo = next().toString();
    if (!shipTo.isEmpty())
        inv.shipTo = shipToFromJson(parseJson(shipTo));
    inv.sellerState = next().toString();
    inv.placeOfSupply = next().toString();
    inv.intraState = next().toInt() != 0;
    inv.reverseCharge = next().toInt() != 0;
    inv.gstRateBasisPoints = next().toInt();
    inv.roundOff = next().toInt() != 0;
    inv.transport = Money::fromPaise(next().toLongLong());
    Totals &t = inv.totals;
    t.subtotal = Money::fromPaise(next().toLongLong());
    t.taxable = Money::fromPaise(next().toLongLong());
    t.gst = Money::fromPaise(next().toLongLong());
    t.cgst = Money::fromPaise(next().toLongLong());
    t.sgst = Money::fromPaise(next().toLongLong());
    t.igst = Money::fromPaise(next().toLongLong());
    t.roundOff = Money::fromPaise(next().toLongLong());
    t.grand = Money::fromPaise(next().toLongLong());
    t.transport = inv.transport;
    t.gstRateBasisPoints = inv.gstRateBasisPoints;
    t.intraState = inv.intraState;
    inv.terms = next().toString();
    inv.notes = next().toString();
    inv.cancelReason = next().toString();
    const QString cancelledAt = next().toString();
    if (!cancelledAt.isEmpty())
        inv.cancelledAt = fromIsoUtc(cancelledAt);
    inv.cancelledBy = next().toString();
    const QString finalizedAt = next().toString();
    if (!finalizedAt.isEmpty())
        inv.finalizedAt = fromIsoUtc(finalizedAt);
    inv.finalizedBy = next().toString();
    inv.paid = Money::fromPaise(next().toLongLong());
    inv.credited = Money::fromPaise(next().toLongLong());
    inv.createdAt = fromIsoUtc(next().toString());
    inv.createdBy = next().toString();
    inv.updatedAt = fromIsoUtc(next().toString());
    inv.updatedBy = next().toString();
    inv.rowVersion = next().toInt();
    derivePayment(inv);
    return inv;
}

QList<InvoiceLine> loadLines(Database &tx, qint64 invoiceId) {
    QSqlQuery q = tx.exec(QStringLiteral("SELECT name, description, length, width, height, size_unit, outside, "
                                         "paper_spec, hsn, quantity, unit, rate_paise, taxable_paise, gst_paise, "
                                         "total_paise FROM invoice_lines WHERE invoice_id = ? ORDER BY position"),
                          {invoiceId});
    QList<InvoiceLine> lines;
    while (q.next()) {
        InvoiceLine l;
        l.name = q.value(0).toString();
        l.description = q.value(1).toString();
        l.length = q.value(2).toDouble();
        l.width = q.value(3).toDouble();
        l.height = q.value(4).toDouble();
        l.sizeUnit = q.value(5).toString();
        l.outside = q.value(6).toInt() != 0;
        l.paperSpec = q.value(7).toString();
        l.hsn = q.value(8).toString();
        l.quantity = q.value(9).toLongLong();
        l.unit = q.value(10).toString();
        l.rate = Money::fromPaise(q.value(11).toLongLong());
        l.taxable = Money::fromPaise(q.value(12).toLongLong());
        l.gst = Money::fromPaise(q.value(13).toLongLong());
        l.total = Money::fromPaise(q.value(14).toLongLong());
        lines << l;
    }
    return lines;
}

Result<Invoice> loadInvoice(Database &tx, qint64 tenantId, qint64 invoiceId, bool forUpdate) {
    QSqlQuery q =
        tx.exec(QStringLiteral("SELECT %1 FROM invoices WHERE id = ? AND tenant_id = ?%2")
                    .arg(kInvoiceColumns, forUpdate && !tx.isSqlite() ? QStringLiteral(" FOR UPDATE") : QString()),
                {invoiceId, tenantId});
    if (!q.next())
        return Error::notFound(tr("This invoice does not exist."));
    Invoice inv = readInvoice(q);
    inv.lines = loadLines(tx, inv.id);
    return inv;
}

// Credit notes and payments go against a final tax invoice only; `refusal` says so for the caller's case.
Result<Invoice> loadFinalTaxInvoice(Database &tx, qint64 tenantId, qint64 invoiceId, const QString &refusal) {
    auto loaded = loadInvoice(tx, tenantId, invoiceId, true);
    if (!loaded)
        return loaded.error();
    if (loaded->kind != InvoiceKind::Invoice || loaded->status != InvoiceStatus::Final)
        return Error::conflict(refusal);
    return loaded;
}

// The running totals kept on an invoice row, so its balance needs no sum over payments and credit notes.
enum class Tally { Paid, Credited };

// Adds `paise` (negative to take some off) to one of the invoice's running totals.
void addToTally(Database &tx, const Session &session, qint64 invoiceId, Tally tally, qint64 paise, const QString &now) {
    const QString column = tally == Tally::Paid ? QStringLiteral("paid_paise") : QStringLiteral("credited_paise");
    tx.exec(QStringLiteral("UPDATE invoices SET %1 = %1 + ?, updated_at = ?, updated_by = ?, updated_by_name = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND tenant_id = ?")
                .arg(column),
            {paise, now, session.userId, session.username, invoiceId, session.tenantId});
}

Result<Party> loadParty(Database &tx, qint64 tenantId, qint64 partyId) {
    if (auto party = PartyService::read(tx, tenantId, partyId))
        return *party;
    return Error::invalid(QStringLiteral("party"), tr("Choose the party to bill."));
}

QString sellerStateOf(Database &tx, qint64 tenantId) {
    return tx.scalar(QStringLiteral("SELECT state_code FROM tenants WHERE id = ?"), {tenantId}).toString();
}

// Fills the totals and each line's taxable value, GST share and total from GstTotals.
Result<void> computeTotals(Invoice &inv) {
    const TotalsInput in = inv.totalsInput();
    auto totals = GstTotals::compute(in);
    if (!totals)
        return totals.error();
    auto shares = GstTotals::gstShares(in);
    if (!shares)
        return shares.error();
    inv.totals = totals.value();
    for (int i = 0; i < inv.lines.size(); ++i) {
        InvoiceLine &l = inv.lines[i];
        l.taxable = l.rate * l.quantity;
        l.gst = shares->lineGst.at(static_cast<std::size_t>(i));
        l.total = l.taxable + l.gst;
    }
    return {};
}

QString lineField(int i, const char *name) {
    return QStringLiteral("lines[%1].%2").arg(i).arg(QLatin1String(name));
}

Result<void> checkLines(const QList<InvoiceLine> &lines) {
    if (lines.isEmpty())
        return Error::invalid(QStringLiteral("lines"), tr("Add at least one line."));
    if (lines.size() > kMaxLines)
        return Error::invalid(QStringLiteral("lines"), tr("At most %1 lines.").arg(kMaxLines));
    static const QRegularExpression hsnRe(QStringLiteral("^[0-9]{4}([0-9]{2}){0,2}$"));
    for (int i = 0; i < lines.size(); ++i) {
        const InvoiceLine &l = lines.at(i);
        if (l.name.trimmed().isEmpty())
            return Error::invalid(lineField(i, "name"), tr("Enter what is sold."));
        if (l.name.size() > kMaxText || l.description.size() > kMaxText || l.paperSpec.size() > kMaxText)
            return Error::invalid(lineField(i, "description"), tr("At most %1 characters.").arg(kMaxText));
        if (!hsnRe.match(l.hsn.trimmed()).hasMatch())
            return Error::invalid(lineField(i, "hsn"), tr("An HSN code has 4, 6 or 8 digits."));
        if (l.quantity <= 0 || l.quantity > kMaxQuantity)
            return Error::invalid(lineField(i, "quantity"), tr("Enter a quantity from 1 to 10,00,00,000."));
        if (l.unit.trimmed().isEmpty() || l.unit.size() > 20)
            return Error::invalid(lineField(i, "unit"), tr("Enter the unit (Pcs, Kg, ...)."));
        if (l.rate.isNegative() || l.rate.paise() > Money::kMaxPaise / kMaxQuantity)
            return Error::invalid(lineField(i, "rate"), tr("Enter a rate of zero or more."));
        if (l.length < 0 || l.width < 0 || l.height < 0 || !std::isfinite(l.length) || !std::isfinite(l.width) ||
            !std::isfinite(l.height))
            return Error::invalid(lineField(i, "size"), tr("Sizes cannot be negative."));
        if (l.sizeUnit != QLatin1String("mm") && l.sizeUnit != QLatin1String("in"))
            return Error::invalid(lineField(i, "sizeUnit"), tr("Use mm or in."));
    }
    return {};
}

QList<InvoiceLine> cleanLines(const QList<InvoiceLine> &in) {
    QList<InvoiceLine> out;
    for (InvoiceLine l : in) {
        l.name = l.name.trimmed();
        l.description = l.description.trimmed();
        l.paperSpec = l.paperSpec.trimmed();
        l.hsn = l.hsn.trimmed();
        l.unit = l.unit.trimmed();
        out << l;
    }
    return out;
}

Result<void> checkDraft(const InvoiceDraft &d) {
    if (d.partyId <= 0)
        return Error::invalid(QStringLiteral("party"), tr("Choose the party to bill."));
    if (auto lines = checkLines(d.lines); !lines)
        return lines;
    if (d.transport.isNegative() || d.transport.paise() > Money::kMaxPaise / 100)
        return Error::invalid(QStringLiteral("transport"), tr("Enter freight of zero or more."));
    if (auto rate = GstTotals::rateBasisPoints(d.gstRatePercent); !rate)
        return rate.error();
    if (d.date.isValid() && d.dueDate.isValid() && d.dueDate < d.date)
        return Error::invalid(QStringLiteral("dueDate"), tr("The due date cannot be before the invoice date."));
    if (d.poNumber.trimmed().size() > 60)
        return Error::invalid(QStringLiteral("poNumber"), tr("At most 60 characters."));
    if (d.terms.size() > kMaxLongText)
        return Error::invalid(QStringLiteral("terms"), tr("At most %1 characters.").arg(kMaxLongText));
    if (d.notes.size() > kMaxLongText)
        return Error::invalid(QStringLiteral("notes"), tr("At most %1 characters.").arg(kMaxLongText));
    if (d.shipTo && d.shipTo->name.trimmed().isEmpty() && d.shipTo->company.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("shipTo.name"), tr("Enter who receives the goods."));
    return {};
}

QVariantList headerValues(const Invoice &inv) {
    return {invoiceKindCode(inv.kind),
            invoiceStatusCode(inv.status),
            InvoiceService::counterSeries(inv.kind),
            dateText(inv.date),
            dateText(inv.dueDate),
            inv.poNumber,
            dateText(inv.poDate),
            inv.quoteId > 0 ? QVariant(inv.quoteId) : QVariant(QMetaType(QMetaType::LongLong)),
            inv.quoteNumber,
            inv.quoteVersion,
            inv.againstId > 0 ? QVariant(inv.againstId) : QVariant(QMetaType(QMetaType::LongLong)),
            inv.againstNumber,
            dateText(inv.againstDate),
            inv.reason,
            inv.partyId,
            compactJson(inv.party.toJson()),
            inv.party.name,
            inv.party.company,
            sortKey(inv.party.name + QLatin1Char(' ') + inv.party.company),
            inv.shipTo ? compactJson(shipToJson(*inv.shipTo)) : QString(),
            inv.sellerState,
            inv.placeOfSupply,
            inv.intraState ? 1 : 0,
            inv.reverseCharge ? 1 : 0,
            inv.gstRateBasisPoints,
            inv.roundOff ? 1 : 0,
            inv.transport.paise(),
            inv.totals.subtotal.paise(),
            inv.totals.taxable.paise(),
            inv.totals.gst.paise(),
            inv.totals.cgst.paise(),
            inv.totals.sgst.paise(),
            inv.totals.igst.paise(),
            inv.totals.roundOff.paise(),
            inv.totals.grand.paise(),
            inv.terms,
            inv.notes,
            searchText(inv)};
}

const QString kHeaderColumns = QStringLiteral(
    "kind, status, series, invoice_date, due_date, po_number, po_date, quote_id, quote_number, quote_version, "
    "against_id, against_number, against_date, reason, party_id, party_snapshot, party_name, party_company, "
    "sort_party, ship_to, seller_state, place_of_supply, intra_state, reverse_charge, gst_rate_bp, round_off, "
    "transport_paise, subtotal_paise, taxable_paise, gst_paise, cgst_paise, sgst_paise, igst_paise, "
    "round_off_paise, grand_paise, terms, notes, search_text");

QString marks(int n) {
    QStringList m;
    for (int i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QStringLiteral(", "));
}

qint64 insertInvoice(Database &tx, const Session &session, const Invoice &inv, const QString &now) {
    QVariantList values = headerValues(inv);
    values << session.tenantId << now << session.userId << session.username << now << session.userId
           << session.username;
    return tx.insert(QStringLiteral("INSERT INTO invoices (%1, tenant_id, created_at, created_by, created_by_name, "
                                    "updated_at, updated_by, updated_by_name) VALUES (%2)")
                         .arg(kHeaderColumns, marks(static_cast<int>(values.size()))),
                     values);
}

void updateDraftRow(Database &tx, const Session &session, const Invoice &inv, const QString &now) {
    QStringList sets;
    for (const QString &c : kHeaderColumns.split(QStringLiteral(", ")))
        sets << c + QStringLiteral(" = ?");
    QVariantList values = headerValues(inv);
    values << now << session.userId << session.username << inv.id << session.tenantId;
    tx.exec(QStringLiteral("UPDATE invoices SET %1, updated_at = ?, updated_by = ?, updated_by_name = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND tenant_id = ? AND status = 'draft'")
                .arg(sets.join(QStringLiteral(", "))),
            values);
}

void insertLines(Database &tx, qint64 tenantId, qint64 invoiceId, const QList<InvoiceLine> &lines,
                 const QList<qint64> &sourceLineIds = {}) {
    for (int i = 0; i < lines.size(); ++i) {
        const InvoiceLine &l = lines.at(i);
        const QVariant source =
            i < sourceLineIds.size() ? QVariant(sourceLineIds.at(i)) : QVariant(QMetaType(QMetaType::LongLong));
        tx.exec(QStringLiteral("INSERT INTO invoice_lines (tenant_id, invoice_id, position, name, description, length, "
                               "width, height, size_unit, outside, paper_spec, hsn, quantity, unit, rate_paise, "
                               "taxable_paise, gst_paise, total_paise, source_line_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {tenantId, invoiceId, i, l.name, l.description, l.length, l.width, l.height, l.sizeUnit,
                 l.outside ? 1 : 0, l.paperSpec, l.hsn, l.quantity, l.unit, l.rate.paise(), l.taxable.paise(),
                 l.gst.paise(), l.total.paise(), source});
    }
}

QString changedBy(const Invoice &inv) {
    return tr("This invoice was changed by %1 at %2. Reload it to see the changes, then try again.")
        .arg(inv.updatedBy.isEmpty() ? tr("another user") : inv.updatedBy,
             inv.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

Error notDraft(const Invoice &inv) {
    if (inv.status == InvoiceStatus::Cancelled)
        return Error::conflict(tr("%1 is cancelled and cannot be changed.").arg(inv.number));
    return Error::conflict(tr("%1 is final and cannot be changed; cancel it or issue a credit note.").arg(inv.number));
}

QJsonObject summary(const Invoice &inv) {
    QJsonObject o{{QStringLiteral("status"), invoiceStatusCode(inv.status)},
                  {QStringLiteral("party"), inv.party.name},
                  {QStringLiteral("date"), dateText(inv.date)},
                  {QStringLiteral("lines"), static_cast<int>(inv.lines.size())},
                  {QStringLiteral("grandPaise"), inv.totals.grand.paise()}};
    if (!inv.number.isEmpty())
        o.insert(QStringLiteral("number"), inv.number);
    if (!inv.quoteNumber.isEmpty())
        o.insert(QStringLiteral("quote"), inv.quoteNumber);
    return o;
}

// Assigns the next number of the document's series and financial year and marks it final, inside `tx`.
Result<void> finalizeIn(Database &tx, const Session &session, Invoice &inv, const QString &now) {
    const CompanyProfile seller = CompanyService::load(tx, session.tenantId);
    const NumberSeries series = inv.kind == InvoiceKind::CreditNote ? NumberSeries::CreditNote : NumberSeries::Invoice;
    const QString numberTemplate =
        inv.kind == InvoiceKind::CreditNote ? seller.creditNoteTemplate : seller.invoiceTemplate;
    const qint64 seq =
        Counters::take(tx, session.tenantId, InvoiceService::counterSeries(inv.kind), counterPeriod(inv.date));
    auto number = DocumentNumber::format(numberTemplate, series, inv.date, seq);
    if (!number)
        return Error::conflict(number.error().message);
    inv.number = number.value();
    inv.status = InvoiceStatus::Final;
    inv.finalizedAt = fromIsoUtc(now);
    inv.finalizedBy = session.username;
    const qint64 numberSort = DocumentNumber::financialYearStart(inv.date) * kNumberSortYear + seq;
    tx.exec(QStringLiteral("UPDATE invoices SET status = 'final', number = ?, fy = ?, seq = ?, number_sort = ?, "
                           "seller_snapshot = ?, search_text = ?, finalized_at = ?, finalized_by_name = ?, "
                           "updated_at = ?, updated_by = ?, updated_by_name = ?, row_version = row_version + 1 "
                           "WHERE id = ? AND tenant_id = ? AND status = 'draft'"),
            {inv.number, DocumentNumber::financialYear(inv.date), seq, numberSort,
             compactJson(CompanyService::toJson(seller)), searchText(inv), now, session.username, now, session.userId,
             session.username, inv.id, session.tenantId});
    return {};
}

} // namespace

InvoiceService::InvoiceService(Database &db) : InvoiceService(db, Clock::system()) {}

InvoiceService::InvoiceService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QDate InvoiceService::today() const {
    return m_clock.nowUtc().toLocalTime().date();
}

Result<InvoiceDraft> InvoiceService::blankDraft(const Session &session, qint64 partyId) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesEdit, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<InvoiceDraft> {
        InvoiceDraft d;
        d.partyId = partyId;
        d.date = today();
        auto masters = MastersService::loadTenant(tx, session.tenantId);
        if (!masters && masters.error().kind == Error::Kind::NotFound)
            masters = MastersService::loadTenant(tx, 0);
        if (masters) {
            d.gstRatePercent = masters->gstPercent;
            d.roundOff = masters->roundOff;
        }
        d.terms = CompanyService::load(tx, session.tenantId).defaultTerms;
        return d;
    });
}

namespace {

// The draft as an invoice with its party snapshot, seller state and totals, ready to store.
Result<Invoice> buildDraft(Database &tx, const Session &session, const InvoiceDraft &d, const Invoice *existing,
                           const QDate &today) {
    Invoice inv = existing ? *existing : Invoice();
    if (!existing || existing->partyId != d.partyId) {
        auto party = loadParty(tx, session.tenantId, d.partyId);
        if (!party)
            return party.error();
        if (party->deleted)
            return Error::invalid(QStringLiteral("party"),
                                  tr("%1 is hidden; show the party again or choose another").arg(party->name));
        inv.party = party.value();
        inv.partyId = party->id;
    }
    inv.date = d.date.isValid() ? d.date : today;
    inv.dueDate = d.dueDate;
    inv.poNumber = d.poNumber.trimmed();
    inv.poDate = d.poDate;
    inv.shipTo = d.shipTo;
    inv.reverseCharge = d.reverseCharge;
    inv.lines = cleanLines(d.lines);
    inv.transport = d.transport;
    inv.gstRateBasisPoints = GstTotals::rateBasisPoints(d.gstRatePercent).value();
    inv.roundOff = d.roundOff;
    inv.terms = d.terms.trimmed();
    inv.notes = d.notes.trimmed();
    inv.sellerState = sellerStateOf(tx, session.tenantId);
    inv.placeOfSupply = GstTotals::placeOfSupply(inv.party.gstin, inv.party.billing.stateCode);
    inv.intraState = GstTotals::isIntraState(inv.sellerState, inv.placeOfSupply);
    if (auto computed = computeTotals(inv); !computed)
        return computed.error();
    return inv;
}

} // namespace

Result<Invoice> InvoiceService::preview(const Session &session, const InvoiceDraft &draft) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesEdit, m_clock); !allowed)
        return allowed.error();
    if (auto checked = checkDraft(draft); !checked)
        return checked.error();
    return m_db.read([&](Database &tx) -> Result<Invoice> {
        if (draft.id == 0)
            return buildDraft(tx, session, draft, nullptr, today());
        auto existing = loadInvoice(tx, session.tenantId, draft.id, false);
        if (!existing)
            return existing.error();
        return buildDraft(tx, session, draft, &existing.value(), today());
    });
}

Result<Invoice> InvoiceService::createFromQuoteNumber(const Session &session, const QString &quoteNumber,
                                                      const QDate &date) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesEdit, m_clock); !allowed)
        return allowed.error();
    QuoteService quotes(m_db, m_clock);
    auto quote = quotes.getByNumber(session, quoteNumber.trimmed());
    if (!quote)
        return quote.error();
    return createFromQuote(session, quote->id, date);
}

Result<Invoice> InvoiceService::createFromQuote(const Session &session, qint64 quoteId, const QDate &date) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesEdit, m_clock); !allowed)
        return allowed.error();
    QuoteService quotes(m_db, m_clock);
    auto quote = quotes.get(session, quoteId);
    if (!quote)
        return quote.error();
    const Quote &q = quote.value();
    if (q.storedStatus != QuoteStatus::Accepted)
        return Error::conflict(tr("Quote %1 is %2, not accepted: accept it first (boxcost quote status %1 accepted).")
                                   .arg(q.number, quoteStatusCode(q.storedStatus)));
    const QuoteVersion &v = q.active;

    Invoice inv;
    inv.quoteId = q.id;
    inv.quoteNumber = q.number;
    inv.quoteVersion = v.version;
    inv.partyId = v.party.id;
    inv.party = v.party;
    inv.date = date.isValid() ? date : today();
    if (!v.party.shippingSameAsBilling && !v.party.shipping.isEmpty())
        inv.shipTo = ShipTo{v.party.name, v.party.company, v.party.shipping, v.party.gstin};
    for (const QuoteItem &item : v.items) {
        if (!item.selected)
            continue;
        InvoiceLine l;
        l.name = item.name;
        l.description = item.description;
        l.length = item.spec.length;
        l.width = item.spec.width;
        l.height = item.spec.style == costing::Style::Sheet ? 0 : item.spec.height;
        l.sizeUnit = QLatin1String(costing::unitCode(item.spec.unit));
        l.outside = item.spec.measuredOn == costing::MeasuredOn::Outside;
        l.paperSpec = item.paperSpec;
        l.hsn = item.hsn;
        l.quantity = item.quantity();
        l.unit = item.unit;
        l.rate = item.unitPrice;
        inv.lines << l;
    }
    if (inv.lines.isEmpty())
        return Error::invalid(QStringLiteral("quote"), tr("Quote %1 has no selected items to invoice.").arg(q.number));
    inv.transport = v.transport;
    inv.gstRateBasisPoints = v.totals.gstRateBasisPoints;
    inv.roundOff = v.masters.roundOff;

    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    return m_db.write([&](Database &tx) -> Result<Invoice> {
        // The quote may have changed between reading it and now: invoice only what is still accepted.
        QSqlQuery check = tx.exec(QStringLiteral("SELECT status, active_version FROM quotes WHERE id = ? AND "
                                                 "tenant_id = ?"),
                                  {q.id, session.tenantId});
        if (!check.next() || check.value(0).toString() != QLatin1String("accepted") ||
            check.value(1).toInt() != v.version)
            return Error::conflict(tr("Quote %1 changed while the invoice was being made; try again.").arg(q.number));
        Invoice out = inv;
        out.terms = CompanyService::load(tx, session.tenantId).defaultTerms;
        out.sellerState = sellerStateOf(tx, session.tenantId);
        out.placeOfSupply = GstTotals::placeOfSupply(out.party.gstin, out.party.billing.stateCode);
        out.intraState = GstTotals::isIntraState(out.sellerState, out.placeOfSupply);
        if (auto computed = computeTotals(out); !computed)
            return computed.error();
        out.id = insertInvoice(tx, session, out, now);
        insertLines(tx, session.tenantId, out.id, out.lines);
        AuditLog::append(
            tx, session,
            {QStringLiteral("invoice.create"), QStringLiteral("invoice"), QString::number(out.id), {}, summary(out)},
            nowTime);
        return loadInvoice(tx, session.tenantId, out.id, false);
    });
}

Result<Invoice> InvoiceService::saveDraft(const Session &session, const InvoiceDraft &draft) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesEdit, m_clock); !allowed)
        return allowed.error();
    if (auto checked = checkDraft(draft); !checked)
        return checked.error();
    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    return m_db.write([&](Database &tx) -> Result<Invoice> {
        if (draft.id == 0) {
            auto inv = buildDraft(tx, session, draft, nullptr, today());
            if (!inv)
                return inv.error();
            Invoice &out = inv.value();
            out.id = insertInvoice(tx, session, out, now);
            insertLines(tx, session.tenantId, out.id, out.lines);
            AuditLog::append(tx, session,
                             {QStringLiteral("invoice.create"),
                              QStringLiteral("invoice"),
                              QString::number(out.id),
                              {},
                              summary(out)},
                             nowTime);
            return loadInvoice(tx, session.tenantId, out.id, false);
        }
        auto existing = loadInvoice(tx, session.tenantId, draft.id, true);
        if (!existing)
            return existing.error();
        if (existing->status != InvoiceStatus::Draft)
            return notDraft(existing.value());
        if (existing->rowVersion != draft.rowVersion)
            return Error::conflict(changedBy(existing.value()));
        auto inv = buildDraft(tx, session, draft, &existing.value(), today());
        if (!inv)
            return inv.error();
        updateDraftRow(tx, session, inv.value(), now);
        tx.exec(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {draft.id});
        insertLines(tx, session.tenantId, draft.id, inv->lines);
        AuditLog::append(tx, session,
                         {QStringLiteral("invoice.update"), QStringLiteral("invoice"), QString::number(draft.id),
                          summary(existing.value()), summary(inv.value())},
                         nowTime);
        return loadInvoice(tx, session.tenantId, draft.id, false);
    });
}

Result<void> InvoiceService::discardDraft(const Session &session, qint64 invoiceId, int rowVersion) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesEdit, m_clock); !allowed)
        return allowed.error();
    const QDateTime nowTime = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<void> {
        auto existing = loadInvoice(tx, session.tenantId, invoiceId, true);
        if (!existing)
            return existing.error();
        if (existing->status != InvoiceStatus::Draft)
            return notDraft(existing.value());
        if (existing->rowVersion != rowVersion)
            return Error::conflict(changedBy(existing.value()));
        tx.exec(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {invoiceId});
        tx.exec(QStringLiteral("DELETE FROM invoices WHERE id = ? AND tenant_id = ? AND status = 'draft'"),
                {invoiceId, session.tenantId});
        AuditLog::append(tx, session,
                         {QStringLiteral("invoice.discard"),
                          QStringLiteral("invoice"),
                          QString::number(invoiceId),
                          summary(existing.value()),
                          {}},
                         nowTime);
        return {};
    });
}

Result<Invoice> InvoiceService::finalize(const Session &session, qint64 invoiceId, std::optional<int> rowVersion) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesFinalize, m_clock); !allowed)
        return allowed.error();
    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    return m_db.write([&](Database &tx) -> Result<Invoice> {
        auto loaded = loadInvoice(tx, session.tenantId, invoiceId, true);
        if (!loaded)
            return loaded.error();
        Invoice inv = loaded.value();
        if (inv.status != InvoiceStatus::Draft)
            return Error::conflict(inv.status == InvoiceStatus::Final
                                       ? tr("This invoice is already final (%1).").arg(inv.number)
                                       : tr("%1 is cancelled.").arg(inv.number));
        if (rowVersion && *rowVersion != inv.rowVersion)
            return Error::conflict(changedBy(inv));
        if (auto lines = checkLines(inv.lines); !lines)
            return lines.error();
        if (sellerStateOf(tx, session.tenantId) != inv.sellerState)
            return Error::conflict(tr("The company's state changed after this draft was saved, which changes its GST: "
                                      "open the draft and save it again before finalising."));
        if (auto done = finalizeIn(tx, session, inv, now); !done)
            return done.error();
        AuditLog::append(tx, session,
                         {QStringLiteral("invoice.finalize"),
                          QStringLiteral("invoice"),
                          QString::number(inv.id),
                          {{QStringLiteral("status"), QStringLiteral("draft")}},
                          summary(inv)},
                         nowTime);
        return loadInvoice(tx, session.tenantId, inv.id, false);
    });
}

Result<Invoice> InvoiceService::cancel(const Session &session, qint64 invoiceId, const QString &reason,
                                       std::optional<int> rowVersion) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesFinalize, m_clock); !allowed)
        return allowed.error();
    const QString why = reason.trimmed();
    if (why.size() < kMinReason)
        return Error::invalid(QStringLiteral("reason"),
                              tr("Say why it is cancelled (at least %1 characters).").arg(kMinReason));
    if (why.size() > kMaxText)
        return Error::invalid(QStringLiteral("reason"), tr("At most %1 characters.").arg(kMaxText));
    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    return m_db.write([&](Database &tx) -> Result<Invoice> {
        auto loaded = loadInvoice(tx, session.tenantId, invoiceId, true);
        if (!loaded)
            return loaded.error();
        const Invoice &inv = loaded.value();
        if (inv.status == InvoiceStatus::Draft)
            return Error::conflict(tr("A draft has no number to cancel; discard it instead."));
        if (inv.status == InvoiceStatus::Cancelled)
            return Error::conflict(tr("%1 is already cancelled.").arg(inv.number));
        if (rowVersion && *rowVersion != inv.rowVersion)
            return Error::conflict(changedBy(inv));
        if (inv.kind == InvoiceKind::Invoice && (!inv.paid.isZero() || !inv.credited.isZero()))
            return Error::conflict(
                tr("%1 has payments or credit notes against it; issue a credit note instead.").arg(inv.number));
        if (inv.kind == InvoiceKind::CreditNote) {
            // The corrected invoice is owed again what this credit note took off it.
            if (!tx.isSqlite())
                tx.exec(QStringLiteral("SELECT id FROM invoices WHERE id = ? FOR UPDATE"), {inv.againstId});
            addToTally(tx, session, inv.againstId, Tally::Credited, -inv.totals.grand.paise(), now);
        }
        tx.exec(QStringLiteral("UPDATE invoices SET status = 'cancelled', cancel_reason = ?, cancelled_at = ?, "
                               "cancelled_by_name = ?, updated_at = ?, updated_by = ?, updated_by_name = ?, "
                               "row_version = row_version + 1 WHERE id = ? AND tenant_id = ? AND status = 'final'"),
                {why, now, session.username, now, session.userId, session.username, inv.id, session.tenantId});
        AuditLog::append(
            tx, session,
            {inv.kind == InvoiceKind::CreditNote ? QStringLiteral("creditnote.cancel")
                                                 : QStringLiteral("invoice.cancel"),
             inv.kind == InvoiceKind::CreditNote ? QStringLiteral("creditnote") : QStringLiteral("invoice"),
             QString::number(inv.id),
             {{QStringLiteral("status"), QStringLiteral("final")}},
             {{QStringLiteral("status"), QStringLiteral("cancelled")},
              {QStringLiteral("number"), inv.number},
              {QStringLiteral("reason"), why}}},
            nowTime);
        return loadInvoice(tx, session.tenantId, inv.id, false);
    });
}

Result<Invoice> InvoiceService::createCreditNote(const Session &session, const CreditNoteDraft &draft) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesFinalize, m_clock); !allowed)
        return allowed.error();
    const QString why = draft.reason.trimmed();
    if (why.size() < kMinReason)
        return Error::invalid(QStringLiteral("reason"),
                              tr("Say why the credit note is issued (at least %1 characters).").arg(kMinReason));
    if (why.size() > kMaxText)
        return Error::invalid(QStringLiteral("reason"), tr("At most %1 characters.").arg(kMaxText));
    if (draft.lines.isEmpty() && draft.transport.isZero())
        return Error::invalid(QStringLiteral("lines"), tr("Credit at least one line or the freight."));
    if (draft.transport.isNegative())
        return Error::invalid(QStringLiteral("transport"), tr("Enter freight of zero or more."));
    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    const QDate date = draft.date.isValid() ? draft.date : today();
    return m_db.write([&](Database &tx) -> Result<Invoice> {
        auto loaded =
            loadFinalTaxInvoice(tx, session.tenantId, draft.invoiceId, tr("A credit note needs a final tax invoice."));
        if (!loaded)
            return loaded.error();
        const Invoice &original = loaded.value();
        if (date < original.date)
            return Error::invalid(QStringLiteral("date"), tr("A credit note cannot be dated before its invoice."));

        QSqlQuery ids = tx.exec(QStringLiteral("SELECT id FROM invoice_lines WHERE invoice_id = ? ORDER BY position"),
                                {original.id});
        QList<qint64> lineIds;
        while (ids.next())
            lineIds << ids.value(0).toLongLong();

        Invoice cn;
        cn.kind = InvoiceKind::CreditNote;
        cn.date = date;
        cn.againstId = original.id;
        cn.againstNumber = original.number;
        cn.againstDate = original.date;
        cn.reason = why;
        cn.quoteId = original.quoteId;
        cn.quoteNumber = original.quoteNumber;
        cn.quoteVersion = original.quoteVersion;
        cn.partyId = original.partyId;
        cn.party = original.party;
        cn.shipTo = original.shipTo;
        cn.sellerState = original.sellerState;
        cn.placeOfSupply = original.placeOfSupply;
        cn.intraState = original.intraState;
        cn.reverseCharge = original.reverseCharge;
        cn.gstRateBasisPoints = original.gstRateBasisPoints;
        cn.roundOff = original.roundOff;
        cn.transport = draft.transport;
        cn.terms = original.terms;
        QList<qint64> sources;
        QSet<int> seen;
        for (int i = 0; i < draft.lines.size(); ++i) {
            const CreditNoteLine &c = draft.lines.at(i);
            const QString field = lineField(i, "quantity");
            if (c.invoiceLine < 0 || c.invoiceLine >= original.lines.size() || seen.contains(c.invoiceLine))
                return Error::invalid(lineField(i, "invoiceLine"), tr("Choose a line of the invoice, once."));
            seen.insert(c.invoiceLine);
            const qint64 credited =
                tx.scalar(QStringLiteral("SELECT COALESCE(SUM(l.quantity), 0) FROM invoice_lines l JOIN invoices n "
                                         "ON n.id = l.invoice_id WHERE l.source_line_id = ? AND n.status = 'final'"),
                          {lineIds.at(c.invoiceLine)})
                    .toLongLong();
            const qint64 left = original.lines.at(c.invoiceLine).quantity - credited;
            if (c.quantity <= 0 || c.quantity > left)
                return Error::invalid(field, tr("Credit from 1 to %1 (invoiced %2, already credited %3).")
                                                 .arg(left)
                                                 .arg(original.lines.at(c.invoiceLine).quantity)
                                                 .arg(credited));
            InvoiceLine l = original.lines.at(c.invoiceLine);
            l.quantity = c.quantity;
            cn.lines << l;
            sources << lineIds.at(c.invoiceLine);
        }
        const qint64 transportCredited =
            tx.scalar(QStringLiteral("SELECT COALESCE(SUM(transport_paise), 0) FROM invoices WHERE against_id = ? AND "
                                     "status = 'final'"),
                      {original.id})
                .toLongLong();
        if (draft.transport.paise() > original.transport.paise() - transportCredited)
            return Error::invalid(QStringLiteral("transport"),
                                  tr("At most %1 paise of freight is left to credit.")
                                      .arg(original.transport.paise() - transportCredited));
        if (auto computed = computeTotals(cn); !computed)
            return computed.error();
        if (original.credited + cn.totals.grand > original.totals.grand)
            return Error::invalid(QStringLiteral("lines"), tr("The credit notes would exceed the invoice total."));

        cn.id = insertInvoice(tx, session, cn, now);
        insertLines(tx, session.tenantId, cn.id, cn.lines, sources);
        if (auto done = finalizeIn(tx, session, cn, now); !done)
            return done.error();
        addToTally(tx, session, original.id, Tally::Credited, cn.totals.grand.paise(), now);
        QJsonObject after = summary(cn);
        after.insert(QStringLiteral("against"), original.number);
        after.insert(QStringLiteral("reason"), why);
        AuditLog::append(
            tx, session,
            {QStringLiteral("creditnote.create"), QStringLiteral("creditnote"), QString::number(cn.id), {}, after},
            nowTime);
        return loadInvoice(tx, session.tenantId, cn.id, false);
    });
}

namespace {

Payment readPayment(const QSqlQuery &q) {
    Payment p;
    p.id = q.value(0).toLongLong();
    p.invoiceId = q.value(1).toLongLong();
    p.invoiceNumber = q.value(2).toString();
    p.partyId = q.value(3).toLongLong();
    p.date = parseDate(q.value(4).toString());
    p.amount = Money::fromPaise(q.value(5).toLongLong());
    p.mode = parsePaymentMode(q.value(6).toString()).value_or(PaymentMode::Cash);
    p.reference = q.value(7).toString();
    p.createdAt = fromIsoUtc(q.value(8).toString());
    p.createdBy = q.value(9).toString();
    return p;
}

const QString kPaymentSelect = QStringLiteral(
    "SELECT p.id, p.invoice_id, i.number, p.party_id, p.paid_on, p.amount_paise, p.mode, p.reference, p.created_at, "
    "p.created_by_name FROM invoice_payments p JOIN invoices i ON i.id = p.invoice_id ");

} // namespace

Result<Payment> InvoiceService::recordPayment(const Session &session, const NewPayment &payment) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesEdit, m_clock); !allowed)
        return allowed.error();
    if (payment.amount <= Money())
        return Error::invalid(QStringLiteral("amount"), tr("Enter the amount received."));
    const QString reference = payment.reference.trimmed();
    if (reference.size() > 100)
        return Error::invalid(QStringLiteral("reference"), tr("At most 100 characters."));
    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    const QDate date = payment.date.isValid() ? payment.date : today();
    return m_db.write([&](Database &tx) -> Result<Payment> {
        auto loaded = loadFinalTaxInvoice(tx, session.tenantId, payment.invoiceId,
                                          tr("Payments are recorded against final tax invoices only."));
        if (!loaded)
            return loaded.error();
        const Invoice &inv = loaded.value();
        if (payment.amount > inv.balance)
            return Error::invalid(QStringLiteral("amount"),
                                  tr("%1 has %2 paise left to pay.").arg(inv.number).arg(inv.balance.paise()));
        const qint64 id =
            tx.insert(QStringLiteral(
                          "INSERT INTO invoice_payments (tenant_id, invoice_id, party_id, paid_on, amount_paise, mode, "
                          "reference, created_at, created_by, created_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {session.tenantId, inv.id, inv.partyId, dateText(date), payment.amount.paise(),
                       paymentModeCode(payment.mode), reference, now, session.userId, session.username});
        addToTally(tx, session, inv.id, Tally::Paid, payment.amount.paise(), now);
        const Money balance = inv.balance - payment.amount;
        AuditLog::append(tx, session,
                         {QStringLiteral("invoice.payment"),
                          QStringLiteral("invoice"),
                          QString::number(inv.id),
                          {{QStringLiteral("balancePaise"), inv.balance.paise()}},
                          {{QStringLiteral("payment"), QString::number(id)},
                           {QStringLiteral("amountPaise"), payment.amount.paise()},
                           {QStringLiteral("mode"), paymentModeCode(payment.mode)},
                           {QStringLiteral("date"), dateText(date)},
                           {QStringLiteral("balancePaise"), balance.paise()}}},
                         nowTime);
        QSqlQuery q = tx.exec(kPaymentSelect + QStringLiteral("WHERE p.id = ?"), {id});
        q.next();
        return readPayment(q);
    });
}

Result<Invoice> InvoiceService::get(const Session &session, qint64 invoiceId) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) { return loadInvoice(tx, session.tenantId, invoiceId, false); });
}

Result<Invoice> InvoiceService::getByNumber(const Session &session, const QString &number) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<Invoice> {
        const QVariant id = tx.scalar(QStringLiteral("SELECT id FROM invoices WHERE tenant_id = ? AND number = ?"),
                                      {session.tenantId, number.trimmed()});
        if (!id.isValid())
            return Error::notFound(tr("There is no invoice or credit note %1.").arg(number.trimmed()));
        return loadInvoice(tx, session.tenantId, id.toLongLong(), false);
    });
}

Result<QList<Invoice>> InvoiceService::creditNotes(const Session &session, qint64 invoiceId) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<QList<Invoice>> {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT id FROM invoices WHERE tenant_id = ? AND against_id = ? "
                                             "ORDER BY id"),
                              {session.tenantId, invoiceId});
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        QList<Invoice> out;
        for (qint64 id : ids) {
            auto inv = loadInvoice(tx, session.tenantId, id, false);
            if (!inv)
                return inv.error();
            out << inv.value();
        }
        return out;
    });
}

Result<QList<Payment>> InvoiceService::payments(const Session &session, qint64 invoiceId, qint64 partyId) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesView, m_clock); !allowed)
        return allowed.error();
    if (invoiceId <= 0 && partyId <= 0)
        return Error::invalid(QStringLiteral("invoice"), tr("Choose an invoice or a party."));
    return m_db.read([&](Database &tx) -> Result<QList<Payment>> {
        QSqlQuery q = invoiceId > 0
                          ? tx.exec(kPaymentSelect + QStringLiteral("WHERE p.tenant_id = ? AND p.invoice_id = ? "
                                                                    "ORDER BY p.paid_on, p.id"),
                                    {session.tenantId, invoiceId})
                          : tx.exec(kPaymentSelect + QStringLiteral("WHERE p.tenant_id = ? AND p.party_id = ? "
                                                                    "ORDER BY p.paid_on, p.id"),
                                    {session.tenantId, partyId});
        QList<Payment> out;
        while (q.next())
            out << readPayment(q);
        return out;
    });
}

Result<PartyBalance> InvoiceService::partyOutstanding(const Session &session, qint64 partyId) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<PartyBalance> {
        QSqlQuery q =
            tx.exec(QStringLiteral(
                        "SELECT COALESCE(SUM(grand_paise), 0), COALESCE(SUM(credited_paise), 0), "
                        "COALESCE(SUM(paid_paise), 0), "
                        "COALESCE(SUM(CASE WHEN grand_paise - credited_paise - paid_paise > 0 THEN 1 ELSE 0 END), 0) "
                        "FROM invoices WHERE tenant_id = ? AND party_id = ? AND kind = 'invoice' AND status = 'final'"),
                    {session.tenantId, partyId});
        PartyBalance b;
        b.partyId = partyId;
        if (q.next()) {
            b.invoiced = Money::fromPaise(q.value(0).toLongLong());
            b.credited = Money::fromPaise(q.value(1).toLongLong());
            b.paid = Money::fromPaise(q.value(2).toLongLong());
            b.unpaidInvoices = q.value(3).toInt();
        }
        b.outstanding = b.invoiced - b.credited - b.paid;
        return b;
    });
}

Result<InvoicePage> InvoiceService::list(const Session &session, const InvoiceQuery &query) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesView, m_clock); !allowed)
        return allowed.error();
    if (query.limit < 1 || query.limit > 1000)
        return Error::invalid(QStringLiteral("limit"), tr("Ask for 1 to 1000 rows."));
    QString column;
    bool numericKey = false;
    switch (query.sort) {
    case InvoiceSort::Date:
        column = QStringLiteral("invoice_date");
        break;
    case InvoiceSort::Number:
        column = QStringLiteral("number_sort");
        numericKey = true;
        break;
    case InvoiceSort::Party:
        column = QStringLiteral("sort_party");
        break;
    case InvoiceSort::GrandTotal:
        column = QStringLiteral("grand_paise");
        numericKey = true;
        break;
    }
    QStringList where{QStringLiteral("tenant_id = ?")};
    QVariantList values{session.tenantId};
    if (!query.statuses.isEmpty()) {
        QStringList codes;
        for (InvoiceStatus s : query.statuses) {
            codes << QStringLiteral("?");
            values << invoiceStatusCode(s);
        }
        where << QStringLiteral("status IN (%1)").arg(codes.join(QStringLiteral(", ")));
    }
    if (query.kind) {
        where << QStringLiteral("kind = ?");
        values << invoiceKindCode(*query.kind);
    }
    if (query.partyId > 0) {
        where << QStringLiteral("party_id = ?");
        values << query.partyId;
    }
    if (query.from.isValid()) {
        where << QStringLiteral("invoice_date >= ?");
        values << dateText(query.from);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("invoice_date <= ?");
        values << dateText(query.to);
    }
    if (query.unpaidOnly)
        where << QStringLiteral(
            "kind = 'invoice' AND status = 'final' AND grand_paise - credited_paise - paid_paise > 0");
    for (const QString &word : query.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        where << QStringLiteral("search_text LIKE ? ESCAPE '!'");
        values << likeWordPrefix(word);
    }
    const QString op = query.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (query.hasCursor) {
        where << QStringLiteral("(%1 %2 ? OR (%1 = ? AND id %2 ?))").arg(column, op);
        const QVariant key = numericKey ? QVariant(query.after.key.toLongLong()) : QVariant(query.after.key.toString());
        values << key << key << query.after.id;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    const QString sql =
        QStringLiteral("SELECT id, kind, number, invoice_date, due_date, party_id, party_name, party_company, "
                       "quote_number, grand_paise, paid_paise, credited_paise, status, %1 FROM invoices WHERE %2 "
                       "ORDER BY %1%3, id%3 LIMIT ?")
            .arg(column, where.join(QStringLiteral(" AND ")), dir);
    values << query.limit + 1;
    return m_db.read([&](Database &tx) -> Result<InvoicePage> {
        QSqlQuery q = tx.exec(sql, values);
        InvoicePage page;
        QVariant lastKey;
        while (q.next()) {
            if (page.rows.size() == query.limit) {
                page.hasMore = true;
                break;
            }
            InvoiceRow r;
            r.id = q.value(0).toLongLong();
            r.kind = parseInvoiceKind(q.value(1).toString()).value_or(InvoiceKind::Invoice);
            r.number = q.value(2).toString();
            r.date = parseDate(q.value(3).toString());
            r.dueDate = parseDate(q.value(4).toString());
            r.partyId = q.value(5).toLongLong();
            r.partyName = q.value(6).toString();
            r.partyCompany = q.value(7).toString();
            r.quoteNumber = q.value(8).toString();
            r.grand = Money::fromPaise(q.value(9).toLongLong());
            r.paid = Money::fromPaise(q.value(10).toLongLong());
            const Money credited = Money::fromPaise(q.value(11).toLongLong());
            r.status = parseInvoiceStatus(q.value(12).toString()).value_or(InvoiceStatus::Draft);
            lastKey = numericKey ? QVariant(q.value(13).toLongLong()) : QVariant(q.value(13).toString());
            Invoice derived;
            derived.kind = r.kind;
            derived.status = r.status;
            derived.totals.grand = r.grand;
            derived.paid = r.paid;
            derived.credited = credited;
            derivePayment(derived);
            r.balance = derived.balance;
            r.paymentStatus = derived.paymentStatus;
            page.rows << r;
            page.next = {lastKey, r.id};
        }
        return page;
    });
}

const QString &InvoiceService::counterSeries(InvoiceKind kind) {
    static const QString invoice = QStringLiteral("invoice");
    static const QString creditNote = QStringLiteral("credit_note");
    return kind == InvoiceKind::CreditNote ? creditNote : invoice;
}

Result<QString> InvoiceService::nextNumber(const Session &session, const QDate &date) {
    if (auto allowed = requirePermission(m_db, session, perm::InvoicesView, m_clock); !allowed)
        return allowed.error();
    const QDate d = date.isValid() ? date : today();
    return m_db.read([&](Database &tx) -> Result<QString> {
        const CompanyProfile profile = CompanyService::load(tx, session.tenantId);
        const qint64 seq = Counters::peek(tx, session.tenantId, counterSeries(InvoiceKind::Invoice), counterPeriod(d));
        auto number = DocumentNumber::format(profile.invoiceTemplate, NumberSeries::Invoice, d, seq);
        if (!number)
            return Error::conflict(number.error().message);
        return number.value();
    });
}

} // namespace bcp
