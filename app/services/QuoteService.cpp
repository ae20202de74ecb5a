#include "services/QuoteService.h"

#include "data/Database.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/CompanyService.h"
#include "services/CostingJson.h"
#include "services/Counters.h"
#include "services/EntitlementService.h"
#include "services/MastersService.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteCalculator.h"
#include "services/QuoteDiff.h"
#include "services/QuoteRows.h"
#include "services/SearchTerms.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("QuoteService", text);
}

constexpr int kMaxDays = 3650;

// The quote row as the service needs it for an update.
struct Header {
    qint64 id = 0;
    QString number;
    QuoteStatus status = QuoteStatus::Draft;
    qint64 partyId = 0;
    int activeVersion = 0;
    int versionCount = 0;
    int rowVersion = 0;
    QString validUntil;
    QDateTime updatedAt;
    QString updatedBy;
    QString searchText;
    QString quoteDate; // as its term rows carry it
};

// A version as stored: the value plus the id of its masters snapshot (reused when it is restored).
struct StoredVersion {
    QuoteVersion version;
    qint64 mastersId = 0;
};

const QString kHeaderColumns =
    QStringLiteral("id, number, status, party_id, active_version, version_count, row_version, valid_until, updated_at, "
                   "updated_by_name, search_text, quote_date");

Header readHeader(const QSqlQuery &q) {
    Header h;
    h.id = q.value(0).toLongLong();
    h.number = q.value(1).toString();
    h.status = parseQuoteStatus(q.value(2).toString()).value_or(QuoteStatus::Draft);
    h.partyId = q.value(3).toLongLong();
    h.activeVersion = q.value(4).toInt();
    h.versionCount = q.value(5).toInt();
    h.rowVersion = q.value(6).toInt();
    h.validUntil = q.value(7).toString();
    h.updatedAt = fromIsoUtc(q.value(8).toString());
    h.updatedBy = q.value(9).toString();
    h.searchText = q.value(10).toString();
    h.quoteDate = q.value(11).toString();
    return h;
}

Result<Header> loadHeader(Database &tx, qint64 tenantId, qint64 quoteId, bool forUpdate) {
    QSqlQuery q =
        tx.exec(QStringLiteral("SELECT %1 FROM quotes WHERE id = ? AND tenant_id = ?%2")
                    .arg(kHeaderColumns, forUpdate && !tx.isSqlite() ? QStringLiteral(" FOR UPDATE") : QString()),
                {quoteId, tenantId});
    if (!q.next())
        return Error::notFound(tr("This quote does not exist."));
    return readHeader(q);
}

QString changedBy(const Header &h) {
    return tr("This quote was changed by %1 at %2. Reload it to see the changes, then edit again.")
        .arg(h.updatedBy.isEmpty() ? tr("another user") : h.updatedBy,
             h.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

// The shop's own masters; a shop that never had its own set (created before masters were seeded) prices
// with the installation's template, the COSTING.md defaults.
Result<costing::CostingMasters> loadShopMasters(Database &tx, qint64 tenantId) {
    auto own = MastersService::loadTenant(tx, tenantId);
    if (own || own.error().kind != Error::Kind::NotFound)
        return own;
    return MastersService::loadTenant(tx, 0);
}

Result<Party> loadParty(Database &tx, qint64 tenantId, qint64 partyId, bool forUpdate) {
    if (auto party = PartyService::read(tx, tenantId, partyId, forUpdate))
        return *party;
    return Error::invalid(QStringLiteral("party"), tr("choose a party of this shop"));
}

QString placeholders(int n) {
    QString s = QStringLiteral("?, ").repeated(n);
    s.chop(2);
    return s;
}

qint64 insertVersion(Database &tx, const Session &session, qint64 quoteId, const QuoteVersion &v, qint64 mastersId,
                     const QString &now) {
    const QString &vc = QuoteRows::versionColumns();
    const qint64 versionId = tx.insert(
        QStringLiteral("INSERT INTO quote_versions (%1) VALUES (%2)").arg(vc, placeholders(QuoteRows::count(vc))),
        QuoteRows::versionValues(session.tenantId, quoteId, v, mastersId,
                                 QuoteRows::storeParty(tx, session.tenantId, v.party, now), session.userId,
                                 session.displayName.isEmpty() ? session.username : session.displayName, now));
    const QString &ic = QuoteRows::itemColumns();
    const QString itemSql =
        QStringLiteral("INSERT INTO quote_version_items (%1) VALUES (%2)").arg(ic, placeholders(QuoteRows::count(ic)));
    for (qsizetype i = 0; i < v.items.size(); ++i)
        tx.exec(itemSql, QuoteRows::itemValues(session.tenantId, versionId, int(i), v.items.at(i),
                                               QuoteRows::storeCosting(tx, session.tenantId, v.items.at(i), now)));
    return versionId;
}

// The active version's boxes, for the duplicate-box rule.
void replaceBoxes(Database &tx, qint64 tenantId, qint64 quoteId, qint64 partyId, const QList<QuoteItem> &items) {
    tx.exec(QStringLiteral("DELETE FROM quote_boxes WHERE quote_id = ?"), {quoteId});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QuoteItem &item = items.at(i);
        tx.exec(QStringLiteral(
                    "INSERT INTO quote_boxes (quote_id, position, tenant_id, party_id, name_key, length_mm, width_mm, "
                    "height_mm) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {quoteId, int(i), tenantId, partyId, QuoteCalculator::boxNameKey(item.name), item.insideLengthMm,
                 item.insideWidthMm, item.insideHeightMm});
    }
}

// Copies the new active version's list columns onto the quote row.
void updateQuoteRow(Database &tx, const Session &session, const Header &h, const QuoteVersion &v, const QString &now) {
    const QStringList boxes = QuoteRows::boxNames(v.items);
    const QStringList words = QuoteRows::searchWords(h.number, v.party.name, v.party.company, boxes);
    tx.exec(QStringLiteral(
                "UPDATE quotes SET party_id = ?, status = 'draft', active_version = ?, version_count = ?, "
                "quote_date = ?, valid_until = ?, party_name = ?, party_company = ?, party_mobile = ?, sort_party = ?, "
                "item_count = ?, grand_paise = ?, box_names = ?, search_text = ?, status_changed_at = ?, "
                "updated_at = ?, updated_by = ?, updated_by_name = ?, row_version = row_version + 1 WHERE id = ?"),
            {v.party.id, v.version, v.version, v.date.toString(Qt::ISODate), v.validUntil.toString(Qt::ISODate),
             v.party.name, v.party.company, v.party.mobile, v.party.name.toLower(), int(v.items.size()),
             v.totals.grand.paise(), boxes.join(QStringLiteral(", ")), SearchTerms::searchText(words), now, now,
             session.userId, session.username, h.id});
    SearchTerms::replace(tx, QStringLiteral("quote_terms"), QStringLiteral("quote_id"), session.tenantId, h.id,
                         h.searchText, words,
                         {QStringLiteral("quote_date"), h.quoteDate, v.date.toString(Qt::ISODate)});
    replaceBoxes(tx, session.tenantId, h.id, v.party.id, v.items);
}

Totals readTotals(const QSqlQuery &q, int first, const Money &transport, bool intraState) {
    Totals t;
    t.subtotal = Money::fromPaise(q.value(first).toLongLong());
    t.taxable = Money::fromPaise(q.value(first + 1).toLongLong());
    t.gst = Money::fromPaise(q.value(first + 2).toLongLong());
    t.cgst = Money::fromPaise(q.value(first + 3).toLongLong());
    t.sgst = Money::fromPaise(q.value(first + 4).toLongLong());
    t.igst = Money::fromPaise(q.value(first + 5).toLongLong());
    t.roundOff = Money::fromPaise(q.value(first + 6).toLongLong());
    t.grand = Money::fromPaise(q.value(first + 7).toLongLong());
    t.gstRateBasisPoints = q.value(first + 8).toInt();
    t.transport = transport;
    t.intraState = intraState;
    return t;
}

Result<QJsonObject> parseObject(const QString &text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::database(tr("a stored quote snapshot cannot be read: %1").arg(error.errorString()));
    return doc.object();
}

Result<StoredVersion> loadVersion(Database &tx, qint64 tenantId, qint64 quoteId, int version) {
    QSqlQuery q = tx.exec(
        QStringLiteral(
            "SELECT v.id, q.number, v.version, v.version_date, v.valid_until, p.body, v.seller_state, "
            "v.place_of_supply, v.intra_state, v.masters_id, m.body, v.transport_paise, v.payment_terms, "
            "v.delivery_days, v.validity_days, v.notes, v.origin, v.source_version, v.created_at, v.created_by_name, "
            "v.subtotal_paise, v.taxable_paise, v.gst_paise, v.cgst_paise, v.sgst_paise, v.igst_paise, "
            "v.round_off_paise, v.grand_paise, v.gst_rate_bp "
            "FROM quote_versions v JOIN quotes q ON q.id = v.quote_id JOIN masters_snapshots m ON m.id = v.masters_id "
            "JOIN party_snapshots p ON p.id = v.party_snapshot_id "
            "WHERE v.quote_id = ? AND v.version = ? AND v.tenant_id = ?"),
        {quoteId, version, tenantId});
    if (!q.next())
        return Error::notFound(tr("Version %1 of this quote does not exist.").arg(version));
    StoredVersion s;
    QuoteVersion &v = s.version;
    const qint64 versionId = q.value(0).toLongLong();
    v.quoteId = quoteId;
    v.number = q.value(1).toString();
    v.version = q.value(2).toInt();
    v.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    v.validUntil = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    auto party = parseObject(q.value(5).toString());
    if (!party)
        return party.error();
    v.party = Party::fromJson(party.value());
    v.sellerState = q.value(6).toString();
    v.placeOfSupply = q.value(7).toString();
    v.intraState = q.value(8).toInt() != 0;
    s.mastersId = q.value(9).toLongLong();
    auto mastersJson = parseObject(q.value(10).toString());
    if (!mastersJson)
        return mastersJson.error();
    auto masters = CostingJson::readMasters(mastersJson.value());
    if (!masters)
        return Error::database(tr("a stored masters snapshot cannot be read: %1").arg(masters.error().text()));
    v.masters = masters.value();
    v.transport = Money::fromPaise(q.value(11).toLongLong());
    v.terms.paymentTerms = q.value(12).toString();
    v.terms.deliveryDays = q.value(13).toInt();
    v.terms.validityDays = q.value(14).toInt();
    v.notes = q.value(15).toString();
    v.origin = q.value(16).toString();
    v.sourceVersion = q.value(17).isNull() ? 0 : q.value(17).toInt();
    v.createdAt = fromIsoUtc(q.value(18).toString());
    v.createdBy = q.value(19).toString();
    v.totals = readTotals(q, 20, v.transport, v.intraState);

    QSqlQuery items = tx.exec(
        QStringLiteral("SELECT i.name, i.description, i.remarks, i.hsn, i.unit, c.costing_json, c.result_json, "
                       "i.length_mm, i.width_mm, i.height_mm, i.rate_paise, i.negotiation, i.negotiation_percent, "
                       "i.negotiation_fixed_paise, i.unit_paise, i.amount_paise, i.selected, i.paper_spec "
                       "FROM quote_version_items i JOIN costing_snapshots c ON c.id = i.costing_id "
                       "WHERE i.version_id = ? ORDER BY i.position"),
        {versionId});
    while (items.next()) {
        QuoteItem item;
        item.name = items.value(0).toString();
        item.description = items.value(1).toString();
        item.remarks = items.value(2).toString();
        item.hsn = items.value(3).toString();
        item.unit = items.value(4).toString();
        auto specJson = parseObject(items.value(5).toString());
        if (!specJson)
            return specJson.error();
        auto spec = CostingJson::readSpec(specJson.value());
        if (!spec)
            return Error::database(tr("a stored quote item cannot be read: %1").arg(spec.error().text()));
        item.spec = spec.value();
        auto result = parseObject(items.value(6).toString());
        if (!result)
            return result.error();
        item.result = result.value();
        item.insideLengthMm = items.value(7).toDouble();
        item.insideWidthMm = items.value(8).toDouble();
        item.insideHeightMm = items.value(9).toDouble();
        item.ratePerBox = Money::fromPaise(items.value(10).toLongLong());
        const QString negotiation = items.value(11).toString();
        if (negotiation == QLatin1String("percent"))
            item.negotiation = Negotiation::percent(items.value(12).toDouble());
        else if (negotiation == QLatin1String("fixed"))
            item.negotiation = Negotiation::fixed(Money::fromPaise(items.value(13).toLongLong()));
        item.unitPrice = Money::fromPaise(items.value(14).toLongLong());
        item.amount = Money::fromPaise(items.value(15).toLongLong());
        item.selected = items.value(16).toInt() != 0;
        item.paperSpec = items.value(17).toString();
        v.items << item;
    }
    return s;
}

QList<QuoteVersionInfo> loadVersionList(Database &tx, qint64 tenantId, qint64 quoteId) {
    QSqlQuery q = tx.exec(
        QStringLiteral("SELECT v.version, v.version_date, v.grand_paise, v.origin, v.source_version, v.created_at, "
                       "v.created_by_name, (SELECT count(*) FROM quote_version_items i WHERE i.version_id = v.id) "
                       "FROM quote_versions v WHERE v.quote_id = ? AND v.tenant_id = ? ORDER BY v.version"),
        {quoteId, tenantId});
    QList<QuoteVersionInfo> list;
    while (q.next()) {
        QuoteVersionInfo info;
        info.version = q.value(0).toInt();
        info.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        info.grand = Money::fromPaise(q.value(2).toLongLong());
        info.origin = q.value(3).toString();
        info.sourceVersion = q.value(4).isNull() ? 0 : q.value(4).toInt();
        info.createdAt = fromIsoUtc(q.value(5).toString());
        info.createdBy = q.value(6).toString();
        info.itemCount = q.value(7).toInt();
        list << info;
    }
    return list;
}

Result<Quote> loadQuote(Database &tx, qint64 tenantId, qint64 quoteId, const QDate &today) {
    auto header = loadHeader(tx, tenantId, quoteId, false);
    if (!header)
        return header.error();
    const Header &h = header.value();
    auto active = loadVersion(tx, tenantId, quoteId, h.activeVersion);
    if (!active)
        return active.error();
    Quote quote;
    quote.id = h.id;
    quote.number = h.number;
    quote.storedStatus = h.status;
    quote.status = displayedQuoteStatus(h.status, QDate::fromString(h.validUntil, Qt::ISODate), today);
    quote.partyId = h.partyId;
    quote.activeVersion = h.activeVersion;
    quote.rowVersion = h.rowVersion;
    quote.updatedAt = h.updatedAt;
    quote.updatedBy = h.updatedBy;
    quote.active = active->version;
    quote.versions = loadVersionList(tx, tenantId, quoteId);
    return quote;
}

Result<std::optional<DuplicateMatch>> duplicateIn(Database &tx, qint64 tenantId, qint64 partyId,
                                                  const QList<QuoteItem> &items, qint64 excludeQuoteId) {
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QuoteItem &item = items.at(i);
        QSqlQuery q =
            tx.exec(QStringLiteral("SELECT q.id, q.number, q.active_version, b.length_mm, b.width_mm, b.height_mm "
                                   "FROM quote_boxes b JOIN quotes q ON q.id = b.quote_id "
                                   "WHERE b.tenant_id = ? AND b.party_id = ? AND b.name_key = ? AND b.quote_id <> ? "
                                   "ORDER BY q.id DESC"),
                    {tenantId, partyId, QuoteCalculator::boxNameKey(item.name), excludeQuoteId});
        while (q.next()) {
            if (!QuoteCalculator::sameSize(item, q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toDouble()))
                continue;
            DuplicateMatch m;
            m.quoteId = q.value(0).toLongLong();
            m.number = q.value(1).toString();
            m.activeVersion = q.value(2).toInt();
            m.itemIndex = int(i);
            m.boxName = item.name;
            return std::optional<DuplicateMatch>(m);
        }
    }
    return std::optional<DuplicateMatch>();
}

Result<void> checkWithoutParty(const QuoteDraft &d) {
    if (d.items.isEmpty())
        return Error::invalid(QStringLiteral("items"), tr("add at least one item"));
    if (d.items.size() > 500)
        return Error::invalid(QStringLiteral("items"), tr("a quote holds at most 500 items"));
    if (d.transport.isNegative() || d.transport.paise() > Money::kMaxPaise / 4)
        return Error::invalid(QStringLiteral("transport"), tr("enter a transport amount of zero or more"));
    if (d.terms.paymentTerms.size() > 500)
        return Error::invalid(QStringLiteral("terms.paymentTerms"), tr("use at most 500 characters"));
    if (d.terms.deliveryDays < 0 || d.terms.deliveryDays > kMaxDays)
        return Error::invalid(QStringLiteral("terms.deliveryDays"), tr("enter 0 to %1 days").arg(kMaxDays));
    if (d.terms.validityDays < 1 || d.terms.validityDays > kMaxDays)
        return Error::invalid(QStringLiteral("terms.validityDays"), tr("enter 1 to %1 days").arg(kMaxDays));
    if (d.notes.size() > 4000)
        return Error::invalid(QStringLiteral("notes"), tr("use at most 4000 characters"));
    return {};
}

QJsonObject versionAudit(const QuoteVersion &v) {
    return {{QStringLiteral("number"), v.number},
            {QStringLiteral("version"), v.version},
            {QStringLiteral("party"), v.party.name},
            {QStringLiteral("items"), int(v.items.size())},
            {QStringLiteral("grandPaise"), v.totals.grand.paise()},
            {QStringLiteral("origin"), v.origin}};
}

QString sortColumn(QuoteSort sort) {
    switch (sort) {
    case QuoteSort::Number:
        return QStringLiteral("number_sort");
    case QuoteSort::Party:
        return QStringLiteral("sort_party");
    case QuoteSort::GrandTotal:
        return QStringLiteral("grand_paise");
    case QuoteSort::Date:
        break;
    }
    return QStringLiteral("quote_date");
}

// The query's date range and page cursor as conditions on columns named as the SQL names them: the list query
// and a ranked page's term rows take the same ones.
void addDateRangeAndCursor(const QuoteQuery &query, const QString &dateColumn, const QString &sortColumn,
                           const QString &idColumn, QStringList &where, QVariantList &values) {
    if (query.from.isValid()) {
        where << dateColumn + QStringLiteral(" >= ?");
        values << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        where << dateColumn + QStringLiteral(" <= ?");
        values << query.to.toString(Qt::ISODate);
    }
    if (query.hasCursor) {
        where << QStringLiteral("(%1, %2) %3 (?, ?)")
                     .arg(sortColumn, idColumn, query.descending ? QStringLiteral("<") : QStringLiteral(">"));
        values << query.after.key << query.after.id;
    }
}

} // namespace

QuoteService::QuoteService(Database &db) : QuoteService(db, Clock::system()) {}

QuoteService::QuoteService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString QuoteService::duplicateWarning() {
    return tr("A quote already exists for this box. Saving will create a new version.");
}

Result<void> QuoteService::checkDraft(const QuoteDraft &draft) {
    return checkWithoutParty(draft);
}

QDate QuoteService::today() const {
    return m_clock.nowUtc().toLocalTime().date();
}

Result<costing::CostingMasters> QuoteService::currentMasters(const Session &session) {
    if (auto allowed = requirePermission(m_db, session, perm::QuotesView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) { return loadShopMasters(tx, session.tenantId); });
}

Result<QuoteSaveResult> QuoteService::save(const Session &session, const QuoteDraft &draft) {
    if (auto allowed = requirePermission(m_db, session, perm::QuotesEdit, m_clock); !allowed)
        return allowed.error();
    if (draft.partyId <= 0)
        return Error::invalid(QStringLiteral("party"), tr("choose the party first"));
    if (auto valid = checkDraft(draft); !valid)
        return valid.error();

    costing::CostingMasters masters;
    if (draft.masters) {
        masters = *draft.masters;
        const costing::CostingError invalid = costing::validateMasters(masters);
        if (invalid.isError())
            return Error::invalid(QStringLiteral("masters.") + QString::fromStdString(invalid.field),
                                  QString::fromStdString(invalid.message));
    } else {
        auto current = m_db.read([&](Database &tx) { return loadShopMasters(tx, session.tenantId); });
        if (!current)
            return current.error();
        masters = current.value();
    }
    // Pricing is pure and fast, but it happens before the transaction all the same: bad input fails
    // without taking the write lock.
    QList<QuoteItem> items = draft.items;
    if (auto priced = QuoteCalculator::priceAll(items, masters); !priced)
        return priced.error();

    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    const QDate date = draft.date.isValid() ? draft.date : today();

    return m_db.write([&](Database &tx) -> Result<QuoteSaveResult> {
        // Locking the party row serialises saves for one party, so two desktops saving the same new box
        // cannot both miss each other's quote in the duplicate check.
        auto party = loadParty(tx, session.tenantId, draft.partyId, true);
        if (!party)
            return party.error();

        QuoteVersion v;
        v.date = date;
        v.validUntil = date.addDays(draft.terms.validityDays);
        v.party = party.value();
        v.items = items;
        v.masters = masters;
        v.transport = draft.transport;
        v.terms = draft.terms;
        v.terms.paymentTerms = draft.terms.paymentTerms.trimmed();
        v.notes = draft.notes.trimmed();
        v.sellerState =
            tx.scalar(QStringLiteral("SELECT state_code FROM tenants WHERE id = ?"), {session.tenantId}).toString();
        v.placeOfSupply = GstTotals::placeOfSupply(v.party.gstin, v.party.billing.stateCode);
        v.intraState = GstTotals::isIntraState(v.sellerState, v.placeOfSupply);
        auto totals = QuoteCalculator::totals(v.items, v.transport, v.masters, v.intraState);
        if (!totals)
            return totals.error();
        v.totals = totals.value();

        QuoteSaveResult result;
        qint64 quoteId = draft.quoteId;
        if (quoteId == 0) {
            if (v.party.deleted)
                return Error::invalid(QStringLiteral("party"),
                                      tr("%1 is hidden; show the party again or choose another").arg(v.party.name));
            auto duplicate = duplicateIn(tx, session.tenantId, v.party.id, v.items, 0);
            if (!duplicate)
                return duplicate.error();
            if (duplicate->has_value()) {
                quoteId = duplicate->value().quoteId;
                result.duplicate = true;
                result.warning = QuoteService::duplicateWarning();
            }
        }

        if (quoteId == 0) {
            if (auto entitled = EntitlementService::require(tx, session, feature::Quotes, nowTime); !entitled)
                return entitled.error();
            const qint64 seq =
                Counters::take(tx, session.tenantId, QuoteRows::counterSeries(), QuoteRows::counterPeriod(date));
            auto numbering = QuoteRows::numbering(date, seq, CompanyService::quoteTemplate(tx, session.tenantId));
            if (!numbering)
                return Error::conflict(numbering.error().message);
            v.number = numbering->number;
            v.version = 1;
            v.origin = QStringLiteral("new");
            QuoteRows::QuoteHeader header;
            header.numbering = numbering.value();
            header.partyId = v.party.id;
            header.createdAt = now;
            header.createdBy = session.userId;
            header.createdByName = session.username;
            const QString &qc = QuoteRows::quoteColumns();
            const QStringList words =
                QuoteRows::searchWords(v.number, v.party.name, v.party.company, QuoteRows::boxNames(v.items));
            quoteId = tx.insert(
                QStringLiteral("INSERT INTO quotes (%1) VALUES (%2)").arg(qc, placeholders(QuoteRows::count(qc))),
                QuoteRows::quoteValues(session.tenantId, header, v, words));
            v.quoteId = quoteId;
            insertVersion(tx, session, quoteId, v, QuoteRows::storeMasters(tx, session.tenantId, v.masters, now), now);
            SearchTerms::replace(tx, QStringLiteral("quote_terms"), QStringLiteral("quote_id"), session.tenantId,
                                 quoteId, QString(), words,
                                 {QStringLiteral("quote_date"), QVariant(), v.date.toString(Qt::ISODate)});
            replaceBoxes(tx, session.tenantId, quoteId, v.party.id, v.items);
            result.newQuote = true;
        } else {
            auto header = loadHeader(tx, session.tenantId, quoteId, true);
            if (!header)
                return header.error();
            if (!result.duplicate && header->rowVersion != draft.rowVersion)
                return Error::conflict(changedBy(header.value()));
            v.quoteId = quoteId;
            v.number = header->number;
            v.version = header->versionCount + 1;
            v.origin = result.duplicate ? QStringLiteral("duplicate") : QStringLiteral("edit");
            insertVersion(tx, session, quoteId, v, QuoteRows::storeMasters(tx, session.tenantId, v.masters, now), now);
            updateQuoteRow(tx, session, header.value(), v, now);
        }
        result.quoteId = quoteId;
        result.number = v.number;
        result.version = v.version;
        AuditLog::append(tx, session,
                         {result.newQuote ? QStringLiteral("quote.create") : QStringLiteral("quote.version"),
                          QStringLiteral("quote"),
                          QString::number(quoteId),
                          {},
                          versionAudit(v)},
                         nowTime);
        return result;
    });
}

Result<std::optional<DuplicateMatch>> QuoteService::findDuplicate(const Session &session, qint64 partyId,
                                                                  const QList<QuoteItem> &items,
                                                                  qint64 excludeQuoteId) {
    if (auto allowed = requirePermission(m_db, session, perm::QuotesView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) { return duplicateIn(tx, session.tenantId, partyId, items, excludeQuoteId); });
}

Result<Quote> QuoteService::get(const Session &session, qint64 quoteId) {
    if (auto allowed = requirePermission(m_db, session, perm::QuotesView, m_clock); !allowed)
        return allowed.error();
    const QDate day = today();
    return m_db.read([&](Database &tx) { return loadQuote(tx, session.tenantId, quoteId, day); });
}

Result<Quote> QuoteService::getByNumber(const Session &session, const QString &number) {
    if (auto allowed = requirePermission(m_db, session, perm::QuotesView, m_clock); !allowed)
        return allowed.error();
    const QDate day = today();
    return m_db.read([&](Database &tx) -> Result<Quote> {
        const QVariant id = tx.scalar(QStringLiteral("SELECT id FROM quotes WHERE tenant_id = ? AND number = ?"),
                                      {session.tenantId, number.trimmed().toUpper()});
        if (!id.isValid())
            return Error::notFound(tr("There is no quote %1.").arg(number.trimmed()));
        return loadQuote(tx, session.tenantId, id.toLongLong(), day);
    });
}

Result<QuoteVersion> QuoteService::version(const Session &session, qint64 quoteId, int version) {
    if (auto allowed = requirePermission(m_db, session, perm::QuotesView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<QuoteVersion> {
        auto stored = loadVersion(tx, session.tenantId, quoteId, version);
        if (!stored)
            return stored.error();
        return stored->version;
    });
}

Result<VersionDiff> QuoteService::compare(const Session &session, qint64 quoteId, int versionA, int versionB) {
    if (auto allowed = requirePermission(m_db, session, perm::QuotesView, m_clock); !allowed)
        return allowed.error();
    auto loaded = m_db.read([&](Database &tx) -> Result<std::pair<QuoteVersion, QuoteVersion>> {
        auto a = loadVersion(tx, session.tenantId, quoteId, versionA);
        if (!a)
            return a.error();
        auto b = loadVersion(tx, session.tenantId, quoteId, versionB);
        if (!b)
            return b.error();
        return std::make_pair(a->version, b->version);
    });
    if (!loaded)
        return loaded.error();
    VersionDiff diff;
    diff.a = loaded->first;
    diff.b = loaded->second;
    diff.changes = QuoteDiff::compare(diff.a, diff.b);
    return diff;
}

Result<QuoteSaveResult> QuoteService::restore(const Session &session, qint64 quoteId, int version, int rowVersion) {
    if (auto allowed = requirePermission(m_db, session, perm::QuotesEdit, m_clock); !allowed)
        return allowed.error();
    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    const QDate day = today();
    return m_db.write([&](Database &tx) -> Result<QuoteSaveResult> {
        if (auto entitled = EntitlementService::require(tx, session, feature::QuoteVersions, nowTime); !entitled)
            return entitled.error();
        auto header = loadHeader(tx, session.tenantId, quoteId, true);
        if (!header)
            return header.error();
        if (header->rowVersion != rowVersion)
            return Error::conflict(changedBy(header.value()));
        auto old = loadVersion(tx, session.tenantId, quoteId, version);
        if (!old)
            return old.error();
        QuoteVersion v = old->version;
        v.version = header->versionCount + 1;
        v.date = day;
        v.validUntil = day.addDays(v.terms.validityDays);
        v.origin = QStringLiteral("restore");
        v.sourceVersion = version;
        insertVersion(tx, session, quoteId, v, old->mastersId, now);
        updateQuoteRow(tx, session, header.value(), v, now);
        AuditLog::append(tx, session,
                         {QStringLiteral("quote.restore"),
                          QStringLiteral("quote"),
                          QString::number(quoteId),
                          {{QStringLiteral("activeVersion"), header->activeVersion}},
                          versionAudit(v)},
                         nowTime);
        QuoteSaveResult result;
        result.quoteId = quoteId;
        result.number = v.number;
        result.version = v.version;
        return result;
    });
}

Result<Quote> QuoteService::setStatus(const Session &session, qint64 quoteId, QuoteStatus status,
                                      std::optional<int> rowVersion) {
    if (auto allowed = requirePermission(m_db, session, perm::QuotesEdit, m_clock); !allowed)
        return allowed.error();
    if (status != QuoteStatus::Sent && status != QuoteStatus::Accepted && status != QuoteStatus::Rejected)
        return Error::invalid(QStringLiteral("status"), tr("a quote can be marked sent, accepted or rejected"));
    const QDateTime nowTime = m_clock.nowUtc();
    const QDate day = today();
    return m_db.write([&](Database &tx) -> Result<Quote> {
        auto header = loadHeader(tx, session.tenantId, quoteId, true);
        if (!header)
            return header.error();
        if (rowVersion && *rowVersion != header->rowVersion)
            return Error::conflict(changedBy(header.value()));
        const QuoteStatus from = header->status;
        if (from != status) {
            if (from == QuoteStatus::Accepted || from == QuoteStatus::Rejected)
                return Error::conflict(tr("Quote %1 is already %2; save a new version to change it.")
                                           .arg(header->number, quoteStatusLabel(from).toLower()));
            tx.exec(
                QStringLiteral("UPDATE quotes SET status = ?, status_changed_at = ?, updated_at = ?, updated_by = ?, "
                               "updated_by_name = ?, row_version = row_version + 1 WHERE id = ?"),
                {quoteStatusCode(status), isoUtc(nowTime), isoUtc(nowTime), session.userId, session.username, quoteId});
            AuditLog::append(
                tx, session,
                {QStringLiteral("quote.status"),
                 QStringLiteral("quote"),
                 QString::number(quoteId),
                 {{QStringLiteral("status"), quoteStatusCode(from)}},
                 {{QStringLiteral("status"), quoteStatusCode(status)}, {QStringLiteral("number"), header->number}}},
                nowTime);
        }
        return loadQuote(tx, session.tenantId, quoteId, day);
    });
}

Result<QuotePage> QuoteService::list(const Session &session, const QuoteQuery &query) {
    if (auto allowed = requirePermission(m_db, session, perm::QuotesView, m_clock); !allowed)
        return allowed.error();
    const int limit = qBound(1, query.limit, 1000);
    const QString column = sortColumn(query.sort);
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QStringList words = SearchTerms::words(query.search);
    const QDate day = today();
    const QString todayText = day.toString(Qt::ISODate);

    // Ordered by date with no filter but dates, a one-word page can come from the term rows, which carry the
    // quote's date.
    SearchTerms::RankedPage ranked;
    const bool rankable = query.sort == QuoteSort::Date && query.statuses.isEmpty() && query.partyId == 0;
    if (rankable) {
        ranked.column = QStringLiteral("quote_date");
        ranked.descending = query.descending;
        ranked.rows = limit + 1;
        addDateRangeAndCursor(query, QStringLiteral("quote_date"), QStringLiteral("quote_date"),
                              QStringLiteral("quote_id"), ranked.conditions, ranked.values);
    }

    return m_db.read([&](Database &tx) -> Result<QuotePage> {
        const SearchTerms::Plan plan =
            SearchTerms::plan(tx, QStringLiteral("quote_terms"), QStringLiteral("quote_id"), QStringLiteral("quotes"),
                              QStringLiteral("q"), session.tenantId, words, rankable ? &ranked : nullptr);
        if (plan.none)
            return QuotePage();
        QStringList where = {QStringLiteral("q.tenant_id = ?")};
        QVariantList values = {session.tenantId};
        if (!plan.idCondition.isEmpty())
            where << plan.idCondition;
        for (const QString &word : plan.filterWords) {
            const SearchTerms::Filter filter = SearchTerms::wordFilter(tx, QStringLiteral("q.search_text"), word);
            where << filter.sql;
            values << filter.value;
        }
        if (!query.statuses.isEmpty()) {
            QStringList any;
            for (QuoteStatus s : query.statuses) {
                switch (s) {
                case QuoteStatus::Draft:
                case QuoteStatus::Sent:
                    any << QStringLiteral("(q.status = ? AND q.valid_until >= ?)");
                    values << quoteStatusCode(s) << todayText;
                    break;
                case QuoteStatus::Accepted:
                case QuoteStatus::Rejected:
                    any << QStringLiteral("q.status = ?");
                    values << quoteStatusCode(s);
                    break;
                case QuoteStatus::Expired:
                    any << QStringLiteral("(q.status IN ('draft', 'sent') AND q.valid_until < ?)");
                    values << todayText;
                    break;
                }
            }
            where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        if (query.partyId > 0) {
            where << QStringLiteral("q.party_id = ?");
            values << query.partyId;
        }
        addDateRangeAndCursor(query, QStringLiteral("q.quote_date"), QStringLiteral("q.") + column,
                              QStringLiteral("q.id"), where, values);
        const QString sql =
            QStringLiteral(
                "SELECT q.id, q.number, q.quote_date, q.valid_until, q.party_id, q.party_name, q.party_company, "
                "q.item_count, q.grand_paise, q.status, q.active_version, q.box_names, q.%1 "
                "FROM %2 WHERE %3 ORDER BY q.%1 %4, q.id %4 LIMIT %5")
                .arg(column, plan.from, where.join(QStringLiteral(" AND ")), direction)
                .arg(limit + 1);
        QSqlQuery q = tx.exec(sql, plan.values + values);
        QuotePage page;
        while (q.next()) {
            if (page.rows.size() == limit) {
                page.hasMore = true;
                break;
            }
            QuoteRow r;
            r.id = q.value(0).toLongLong();
            r.number = q.value(1).toString();
            r.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            r.validUntil = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            r.partyId = q.value(4).toLongLong();
            r.partyName = q.value(5).toString();
            r.partyCompany = q.value(6).toString();
            r.itemCount = q.value(7).toInt();
            r.grand = Money::fromPaise(q.value(8).toLongLong());
            r.status = displayedQuoteStatus(parseQuoteStatus(q.value(9).toString()).value_or(QuoteStatus::Draft),
                                            r.validUntil, day);
            r.version = q.value(10).toInt();
            r.boxNames = q.value(11).toString();
            page.next = {q.value(12), r.id};
            page.rows << r;
        }
        return page;
    });
}

} // namespace bcp
