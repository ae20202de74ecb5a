#include "services/QuoteCalculator.h"

#include "costing/CostingEngine.h"
#include "services/CostingJson.h"

#include <QCoreApplication>

#include <cmath>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("QuoteCalculator", text);
}

QString join(const QString &prefix, const QString &field) {
    return CostingJson::joinPath(prefix, field);
}

QString numberText(double v) {
    return QString::number(v, 'g', 12);
}

bool allDigits(const QString &s) {
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QString QuoteCalculator::paperSpec(const costing::BoxSpec &spec) {
    QStringList parts;
    const int n = std::min(spec.layerCount, costing::kMaxLayers);
    for (int i = 0; i < n; ++i) {
        const costing::LayerSpec &l = spec.layers[std::size_t(i)];
        parts << numberText(l.gsm) + QLatin1Char('/') + numberText(l.bf);
    }
    return parts.join(QStringLiteral(" + "));
}

QString QuoteCalculator::boxNameKey(const QString &name) {
    return name.simplified().toLower();
}

bool QuoteCalculator::sameSize(const QuoteItem &a, double lengthMm, double widthMm, double heightMm) {
    // A hair over 1 mm so that values stored through floating point still count when exactly 1 mm apart.
    constexpr double kTolerance = 1.0 + 1e-9;
    return std::fabs(a.insideLengthMm - lengthMm) <= kTolerance && std::fabs(a.insideWidthMm - widthMm) <= kTolerance &&
           std::fabs(a.insideHeightMm - heightMm) <= kTolerance;
}

Result<void> QuoteCalculator::price(QuoteItem &item, const costing::CostingMasters &masters, const QString &prefix) {
    item.name = item.name.simplified();
    if (item.name.isEmpty())
        return Error::invalid(join(prefix, QStringLiteral("name")), tr("enter the box name"));
    if (item.name.size() > 200)
        return Error::invalid(join(prefix, QStringLiteral("name")), tr("use at most 200 characters"));
    item.description = item.description.trimmed();
    if (item.description.size() > 2000)
        return Error::invalid(join(prefix, QStringLiteral("description")), tr("use at most 2000 characters"));
    item.remarks = item.remarks.trimmed();
    if (item.remarks.size() > 2000)
        return Error::invalid(join(prefix, QStringLiteral("remarks")), tr("use at most 2000 characters"));
    item.hsn = item.hsn.trimmed();
    if (item.hsn.isEmpty())
        item.hsn = QStringLiteral("4819");
    if (!allDigits(item.hsn) || (item.hsn.size() != 4 && item.hsn.size() != 6 && item.hsn.size() != 8))
        return Error::invalid(join(prefix, QStringLiteral("hsn")), tr("an HSN code has 4, 6 or 8 digits"));
    item.unit = item.unit.simplified();
    if (item.unit.isEmpty())
        item.unit = QStringLiteral("Pcs");
    if (item.unit.size() > 20)
        return Error::invalid(join(prefix, QStringLiteral("unit")), tr("use at most 20 characters"));

    const costing::CostingOutcome outcome = costing::computeCosting(item.spec, masters);
    if (!outcome.ok())
        return Error::invalid(
            join(join(prefix, QStringLiteral("costing")), QString::fromStdString(outcome.error.field)),
            QString::fromStdString(outcome.error.message));
    const costing::CostingResult &r = outcome.result;
    item.result = CostingJson::resultToJson(r);
    item.ratePerBox = Money::fromPaise(r.ratePerBoxPaise);
    auto unit = item.negotiation.apply(item.ratePerBox);
    if (!unit)
        return Error::invalid(join(prefix, unit.error().field), unit.error().message);
    item.unitPrice = unit.value();
    if (item.spec.quantity > 0 && item.unitPrice.paise() > Money::kMaxPaise / item.spec.quantity)
        return Error::invalid(join(prefix, QStringLiteral("costing.quantity")), tr("the amount is too large"));
    item.amount = item.unitPrice * item.spec.quantity;
    item.paperSpec = paperSpec(item.spec);
    item.insideLengthMm = r.insideLengthMm;
    item.insideWidthMm = r.insideWidthMm;
    item.insideHeightMm = r.insideHeightMm;
    return {};
}

Result<void> QuoteCalculator::priceAll(QList<QuoteItem> &items, const costing::CostingMasters &masters) {
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto priced = price(items[i], masters, QStringLiteral("items[%1]").arg(i));
        if (!priced)
            return priced;
    }
    return {};
}

Result<Totals> QuoteCalculator::totals(const QList<QuoteItem> &items, Money transport,
                                       const costing::CostingMasters &masters, bool intraState) {
    TotalsInput in;
    in.lines.reserve(std::size_t(items.size()));
    for (const QuoteItem &item : items)
        in.lines.push_back({item.unitPrice, item.spec.quantity, item.selected, item.hsn});
    in.transport = transport;
    in.gstRatePercent = masters.gstPercent;
    in.intraState = intraState;
    in.roundOff = masters.roundOff;
    auto totals = GstTotals::compute(in);
    if (!totals) {
        Error e = totals.error();
        if (e.field.startsWith(QLatin1String("lines[")))
            e.field = QStringLiteral("items") + e.field.mid(5);
        return e;
    }
    return totals;
}

} // namespace bcp
