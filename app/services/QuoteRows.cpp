#include "services/QuoteRows.h"

#include "data/Database.h"
#include "money/DocumentNumber.h"
#include "services/CostingJson.h"
#include "services/SearchTerms.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace bcp {

const QString &QuoteRows::counterSeries() {
    static const QString series = QStringLiteral("quote");
    return series;
}

QString QuoteRows::counterPeriod(const QDate &date) {
    return QString::number(DocumentNumber::financialYearStart(date));
}

Result<QuoteRows::Numbering> QuoteRows::numbering(const QDate &date, qint64 seq, const QString &numberTemplate) {
    const QString pattern =
        numberTemplate.isEmpty() ? DocumentNumber::defaultTemplate(NumberSeries::Quote) : numberTemplate;
    auto number = DocumentNumber::format(pattern, NumberSeries::Quote, date, seq);
    if (!number)
        return number.error();
    Numbering n;
    n.number = number.value();
    n.fy = DocumentNumber::financialYear(date);
    n.period = counterPeriod(date);
    n.seq = seq;
    // Sequences stay below 10^9 under the 16-character rule, so year and sequence share one integer.
    n.sortKey = qint64(DocumentNumber::financialYearStart(date)) * 1'000'000'000 + seq;
    return n;
}

QStringList QuoteRows::searchWords(const QString &number, const QString &partyName, const QString &partyCompany,
                                   const QStringList &boxNames) {
    // The number is one word ("qt/25-26/0007"); its sequence is also findable as typed on paper ("0007")
    // and as a plain number ("7").
    const QString seqText = number.section(QLatin1Char('/'), -1);
    bool isNumber = false;
    const qint64 seq = seqText.toLongLong(&isNumber);
    QStringList texts = {number, seqText};
    if (isNumber)
        texts << QString::number(seq);
    texts << partyName << partyCompany << boxNames;
    return SearchTerms::words(texts);
}

QStringList QuoteRows::boxNames(const QList<QuoteItem> &items) {
    QStringList names;
    for (const QuoteItem &item : items) {
        if (!names.contains(item.name))
            names << item.name;
    }
    return names;
}

QString QuoteRows::compactJson(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

namespace {

// Content-addressed: the same body under the same shop is stored once, whoever saves it first.
qint64 storeSnapshot(Database &tx, const QString &table, const QStringList &columns, const QVariantList &values,
                     qint64 tenantId, const QString &hash) {
    const QString marks = QStringLiteral(", ?").repeated(columns.size());
    tx.exec(
        QStringLiteral("INSERT INTO %1 (tenant_id, hash, %2) VALUES (?, ?%3) ON CONFLICT (tenant_id, hash) DO NOTHING")
            .arg(table, columns.join(QStringLiteral(", ")), marks),
        QVariantList{tenantId, hash} + values);
    return tx.scalar(QStringLiteral("SELECT id FROM %1 WHERE tenant_id = ? AND hash = ?").arg(table), {tenantId, hash})
        .toLongLong();
}

} // namespace

qint64 QuoteRows::storeMasters(Database &tx, qint64 tenantId, const costing::CostingMasters &masters,
                               const QString &now) {
    const QString body = compactJson(CostingJson::mastersToJson(masters));
    return storeSnapshot(tx, QStringLiteral("masters_snapshots"),
                         {QStringLiteral("body"), QStringLiteral("created_at")}, {body, now}, tenantId,
                         mastersHash(body));
}

qint64 QuoteRows::storeParty(Database &tx, qint64 tenantId, const Party &party, const QString &now) {
    const QString body = compactJson(party.toJson());
    return storeSnapshot(tx, QStringLiteral("party_snapshots"),
                         {QStringLiteral("party_id"), QStringLiteral("body"), QStringLiteral("created_at")},
                         {party.id, body, now}, tenantId, mastersHash(body));
}

qint64 QuoteRows::storeCosting(Database &tx, qint64 tenantId, const QuoteItem &item, const QString &now) {
    const QString spec = compactJson(CostingJson::specToJson(item.spec));
    const QString result = compactJson(item.result);
    return storeSnapshot(tx, QStringLiteral("costing_snapshots"),
                         {QStringLiteral("costing_json"), QStringLiteral("result_json"), QStringLiteral("created_at")},
                         {spec, result, now}, tenantId, mastersHash(spec + QLatin1Char('\n') + result));
}

QString QuoteRows::mastersHash(const QString &body) {
    return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const QString &QuoteRows::quoteColumns() {
    static const QString columns = QStringLiteral(
        "tenant_id, number, fy, seq, number_sort, party_id, status, active_version, version_count, quote_date, "
        "valid_until, party_name, party_company, party_mobile, sort_party, item_count, grand_paise, box_names, "
        "search_text, status_changed_at, created_at, created_by, updated_at, updated_by, updated_by_name");
    return columns;
}

const QString &QuoteRows::versionColumns() {
    static const QString columns = QStringLiteral(
        "tenant_id, quote_id, version, version_date, valid_until, party_id, party_snapshot_id, seller_state, "
        "place_of_supply, "
        "intra_state, masters_id, gst_rate_bp, round_off, transport_paise, payment_terms, delivery_days, "
        "validity_days, "
        "notes, subtotal_paise, taxable_paise, gst_paise, cgst_paise, sgst_paise, igst_paise, round_off_paise, "
        "grand_paise, origin, source_version, created_at, created_by, created_by_name");
    return columns;
}

const QString &QuoteRows::itemColumns() {
    static const QString columns = QStringLiteral(
        "tenant_id, version_id, position, name, description, remarks, hsn, unit, costing_id, quantity, "
        "length_mm, width_mm, height_mm, rate_paise, negotiation, negotiation_percent, negotiation_fixed_paise, "
        "unit_paise, amount_paise, selected, paper_spec");
    return columns;
}

QVariantList QuoteRows::quoteValues(qint64 tenantId, const QuoteHeader &h, const QuoteVersion &v,
                                    const QStringList &words) {
    return quoteValues(tenantId, h, v, words, boxNames(v.items), int(v.items.size()));
}

QVariantList QuoteRows::quoteValues(qint64 tenantId, const QuoteHeader &h, const QuoteVersion &v,
                                    const QStringList &words, const QStringList &boxes, int itemCount) {
    return {tenantId,
            h.numbering.number,
            h.numbering.fy,
            h.numbering.seq,
            h.numbering.sortKey,
            h.partyId,
            h.status,
            h.activeVersion,
            h.versionCount,
            v.date.toString(Qt::ISODate),
            v.validUntil.toString(Qt::ISODate),
            v.party.name,
            v.party.company,
            v.party.mobile,
            v.party.name.toLower(),
            itemCount,
            v.totals.grand.paise(),
            boxes.join(QStringLiteral(", ")),
            SearchTerms::searchText(words),
            h.createdAt,
            h.createdAt,
            h.createdBy,
            h.createdAt,
            h.createdBy,
            h.createdByName};
}

QVariantList QuoteRows::versionValues(qint64 tenantId, qint64 quoteId, const QuoteVersion &v, qint64 mastersId,
                                      qint64 partySnapshotId, qint64 createdBy, const QString &createdByName,
                                      const QString &createdAt) {
    const Totals &t = v.totals;
    return {tenantId,
            quoteId,
            v.version,
            v.date.toString(Qt::ISODate),
            v.validUntil.toString(Qt::ISODate),
            v.party.id,
            partySnapshotId,
            v.sellerState,
            v.placeOfSupply,
            v.intraState ? 1 : 0,
            mastersId,
            t.gstRateBasisPoints,
            v.masters.roundOff ? 1 : 0,
            v.transport.paise(),
            v.terms.paymentTerms,
            v.terms.deliveryDays,
            v.terms.validityDays,
            v.notes,
            t.subtotal.paise(),
            t.taxable.paise(),
            t.gst.paise(),
            t.cgst.paise(),
            t.sgst.paise(),
            t.igst.paise(),
            t.roundOff.paise(),
            t.grand.paise(),
            v.origin,
            v.sourceVersion > 0 ? QVariant(v.sourceVersion) : QVariant(),
            createdAt,
            createdBy,
            createdByName};
}

QVariantList QuoteRows::itemValues(qint64 tenantId, qint64 versionId, int position, const QuoteItem &item,
                                   qint64 costingId) {
    QString negotiation = QStringLiteral("none");
    if (item.negotiation.kind() == Negotiation::Kind::Percent)
        negotiation = QStringLiteral("percent");
    else if (item.negotiation.kind() == Negotiation::Kind::Fixed)
        negotiation = QStringLiteral("fixed");
    return {tenantId,
            versionId,
            position,
            item.name,
            item.description,
            item.remarks,
            item.hsn,
            item.unit,
            costingId,
            item.spec.quantity,
            item.insideLengthMm,
            item.insideWidthMm,
            item.insideHeightMm,
            item.ratePerBox.paise(),
            negotiation,
            item.negotiation.kind() == Negotiation::Kind::Percent ? item.negotiation.percentOff() : 0.0,
            item.negotiation.kind() == Negotiation::Kind::Fixed ? item.negotiation.fixedRate().paise() : qint64(0),
            item.unitPrice.paise(),
            item.amount.paise(),
            item.selected ? 1 : 0,
            item.paperSpec};
}

} // namespace bcp
