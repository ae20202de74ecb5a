#include "services/QuoteDiff.h"

#include "money/IndianFormat.h"
#include "services/CostingJson.h"

#include <QHash>
#include <QJsonArray>

namespace bcp {

namespace {

QString valueText(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        break;
    }
    return {};
}

void flattenJson(const QString &path, const QJsonValue &value, QList<QuoteDiff::Field> &out) {
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            flattenJson(path + QLatin1Char('.') + it.key(), it.value(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flattenJson(path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), a.at(i), out);
    } else {
        out.append({path, valueText(value)});
    }
}

QString money(Money m) {
    return IndianFormat::money(m);
}

QString negotiationText(const Negotiation &n) {
    switch (n.kind()) {
    case Negotiation::Kind::Percent:
        return QString::number(n.percentOff(), 'g', 10) + QStringLiteral(" %");
    case Negotiation::Kind::Fixed:
        return IndianFormat::money(n.fixedRate(), IndianFormat::Symbol::Rupee);
    case Negotiation::Kind::None:
        break;
    }
    return {};
}

} // namespace

QList<QuoteDiff::Field> QuoteDiff::flatten(const QuoteVersion &v) {
    QList<Field> out;
    QJsonObject party = v.party.toJson();
    party.remove(QStringLiteral("id"));
    flattenJson(QStringLiteral("party"), party, out);
    out.append({QStringLiteral("date"), v.date.toString(Qt::ISODate)});
    out.append({QStringLiteral("validUntil"), v.validUntil.toString(Qt::ISODate)});
    for (qsizetype i = 0; i < v.items.size(); ++i) {
        const QuoteItem &item = v.items.at(i);
        const QString p = QStringLiteral("items[%1]").arg(i);
        out.append({p + QStringLiteral(".name"), item.name});
        out.append({p + QStringLiteral(".description"), item.description});
        out.append({p + QStringLiteral(".remarks"), item.remarks});
        out.append({p + QStringLiteral(".hsn"), item.hsn});
        out.append({p + QStringLiteral(".unit"), item.unit});
        out.append({p + QStringLiteral(".quantity"), QString::number(item.spec.quantity)});
        out.append({p + QStringLiteral(".paperSpec"), item.paperSpec});
        out.append({p + QStringLiteral(".selected"), item.selected ? QStringLiteral("true") : QStringLiteral("false")});
        out.append({p + QStringLiteral(".ratePerBox"), money(item.ratePerBox)});
        out.append({p + QStringLiteral(".negotiation"), negotiationText(item.negotiation)});
        out.append({p + QStringLiteral(".unitPrice"), money(item.unitPrice)});
        out.append({p + QStringLiteral(".amount"), money(item.amount)});
        flattenJson(p + QStringLiteral(".costing"), CostingJson::specToJson(item.spec), out);
    }
    out.append({QStringLiteral("transport"), money(v.transport)});
    out.append({QStringLiteral("terms.paymentTerms"), v.terms.paymentTerms});
    out.append({QStringLiteral("terms.deliveryDays"), QString::number(v.terms.deliveryDays)});
    out.append({QStringLiteral("terms.validityDays"), QString::number(v.terms.validityDays)});
    out.append({QStringLiteral("notes"), v.notes});
    out.append({QStringLiteral("placeOfSupply"), v.placeOfSupply});
    out.append({QStringLiteral("intraState"), v.intraState ? QStringLiteral("true") : QStringLiteral("false")});
    const Totals &t = v.totals;
    out.append({QStringLiteral("totals.subtotal"), money(t.subtotal)});
    out.append({QStringLiteral("totals.taxable"), money(t.taxable)});
    out.append({QStringLiteral("totals.gstRatePercent"), GstTotals::percentText(t.gstRateBasisPoints)});
    out.append({QStringLiteral("totals.gst"), money(t.gst)});
    out.append({QStringLiteral("totals.cgst"), money(t.cgst)});
    out.append({QStringLiteral("totals.sgst"), money(t.sgst)});
    out.append({QStringLiteral("totals.igst"), money(t.igst)});
    out.append({QStringLiteral("totals.roundOff"), money(t.roundOff)});
    out.append({QStringLiteral("totals.grand"), money(t.grand)});
    flattenJson(QStringLiteral("masters"), CostingJson::mastersToJson(v.masters), out);
    return out;
}

QList<FieldChange> QuoteDiff::compare(const QuoteVersion &a, const QuoteVersion &b) {
    const QList<Field> fa = flatten(a);
    const QList<Field> fb = flatten(b);
    QHash<QString, QString> inB;
    inB.reserve(fb.size());
    for (const Field &f : fb)
        inB.insert(f.first, f.second);
    QHash<QString, QString> inA;
    inA.reserve(fa.size());
    QList<FieldChange> changes;
    for (const Field &f : fa) {
        inA.insert(f.first, f.second);
        const auto other = inB.constFind(f.first);
        if (other == inB.constEnd())
            changes.append({f.first, f.second, QString()});
        else if (other.value() != f.second)
            changes.append({f.first, f.second, other.value()});
    }
    for (const Field &f : fb) {
        if (!inA.contains(f.first))
            changes.append({f.first, QString(), f.second});
    }
    return changes;
}

} // namespace bcp
