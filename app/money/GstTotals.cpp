#include "money/GstTotals.h"

#include "money/Gstin.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace bcp {
namespace {

// A basis point is 1/10,000 of the amount (0.01 %), so tax = amount * bp / 10,000.
constexpr qint64 kTaxDivisor = 10'000;
constexpr int kMaxBasisPoints = 10'000;

QString translated(const char *text) {
    return QCoreApplication::translate("bcp::GstTotals", text);
}

QString lineField(std::size_t index, const char *member) {
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(member));
}

// Each selected line's amount (zero for the others), validated and bounded so every later sum fits.
Result<std::vector<qint64>> lineAmounts(const TotalsInput &input) {
    std::vector<qint64> amounts(input.lines.size(), 0);
    qint64 subtotal = 0;
    for (std::size_t i = 0; i < input.lines.size(); ++i) {
        const TotalsLine &line = input.lines[i];
        if (!line.selected)
            continue;
        if (line.quantity < 0)
            return Error::invalid(lineField(i, "quantity"),
                                  translated(QT_TRANSLATE_NOOP("bcp::GstTotals", "The quantity cannot be negative.")));
        const qint64 unit = line.unit.paise();
        if (unit < 0)
            return Error::invalid(lineField(i, "unit"),
                                  translated(QT_TRANSLATE_NOOP("bcp::GstTotals", "The rate cannot be negative.")));
        if (unit > 0 && line.quantity > (Money::kMaxPaise - subtotal) / unit)
            return Error::invalid(lineField(i, "quantity"),
                                  translated(QT_TRANSLATE_NOOP("bcp::GstTotals", "The amount is too large.")));
        amounts[i] = unit * line.quantity;
        subtotal += amounts[i];
    }
    return amounts;
}

// The exact share weight * bp / kTaxDivisor as floor and remainder, splitting the weight so no product
// exceeds 64 bits.
void exactTax(qint64 weight, int basisPoints, qint64 &floor, qint64 &remainder) {
    const qint64 high = weight / kTaxDivisor;
    const qint64 low = weight % kTaxDivisor;
    floor = high * basisPoints + low * basisPoints / kTaxDivisor;
    remainder = low * basisPoints % kTaxDivisor;
}

// Largest-remainder apportionment: every part gets its floor, and the paise still owed to reach `total`
// go one each to the parts with the largest remainders (earlier parts first on a tie). For a total that
// is the rounded sum of the exact shares, at most one paisa per part is owed, so no part leaves
// floor..floor+1.
std::vector<qint64> apportion(qint64 total, const std::vector<qint64> &floors, const std::vector<qint64> &remainders) {
    std::vector<qint64> shares = floors;
    std::vector<std::size_t> order(floors.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&remainders](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    qint64 owed = total - std::accumulate(floors.begin(), floors.end(), qint64(0));
    for (std::size_t k = 0; owed > 0 && k < order.size(); ++k, --owed)
        ++shares[order[k]];
    return shares;
}

std::vector<qint64> apportionTax(qint64 totalTax, const std::vector<qint64> &weights, int basisPoints) {
    std::vector<qint64> floors(weights.size()), remainders(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i)
        exactTax(weights[i], basisPoints, floors[i], remainders[i]);
    return apportion(totalTax, floors, remainders);
}

// CGST of each part is half its GST; the odd paise go where the document's own rounding put them.
std::vector<qint64> apportionHalf(qint64 totalHalf, const std::vector<qint64> &parts) {
    std::vector<qint64> floors(parts.size()), remainders(parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        floors[i] = parts[i] / 2;
        remainders[i] = parts[i] % 2;
    }
    return apportion(totalHalf, floors, remainders);
}

// Half-basis-points as a percent with no trailing zeros: 200 per percent, so 1/200 % = 0.005 %.
QString halfBasisPointsText(qint64 halfBasisPoints) {
    const bool negative = halfBasisPoints < 0;
    const qint64 mag = negative ? -halfBasisPoints : halfBasisPoints;
    QString text = QString::number(mag / 200);
    const qint64 thousandths = mag % 200 * 5;
    if (thousandths != 0) {
        QString fraction = QStringLiteral("%1").arg(thousandths, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace

Result<int> GstTotals::rateBasisPoints(double percent) {
    bool exact = false;
    const std::optional<qint64> bp = decimalToScaled(percent, 2, &exact);
    if (!bp || *bp < 0 || *bp > kMaxBasisPoints)
        return Error::invalid(
            QStringLiteral("gstRatePercent"),
            translated(QT_TRANSLATE_NOOP("bcp::GstTotals", "The GST rate must be between 0 and 100 %.")));
    if (!exact)
        return Error::invalid(
            QStringLiteral("gstRatePercent"),
            translated(QT_TRANSLATE_NOOP("bcp::GstTotals", "The GST rate has at most two decimals, like 0.25 or 18.")));
    return static_cast<int>(*bp);
}

Result<Totals> GstTotals::compute(const TotalsInput &input) {
    const Result<int> bp = rateBasisPoints(input.gstRatePercent);
    if (!bp)
        return bp.error();
    if (input.transport.isNegative())
        return Error::invalid(QStringLiteral("transport"),
                              translated(QT_TRANSLATE_NOOP("bcp::GstTotals", "Transport cannot be negative.")));
    if (input.transport.paise() > Money::kMaxPaise)
        return Error::invalid(QStringLiteral("transport"),
                              translated(QT_TRANSLATE_NOOP("bcp::GstTotals", "The amount is too large.")));
    const Result<std::vector<qint64>> amounts = lineAmounts(input);
    if (!amounts)
        return amounts.error();

    Totals t;
    t.gstRateBasisPoints = *bp;
    t.intraState = input.intraState;
    t.subtotal = Money::fromPaise(std::accumulate(amounts->begin(), amounts->end(), qint64(0)));
    t.transport = input.transport;
    if (t.subtotal.paise() > Money::kMaxPaise - t.transport.paise())
        return Error::invalid(QStringLiteral("transport"),
                              translated(QT_TRANSLATE_NOOP("bcp::GstTotals", "The amount is too large.")));
    t.taxable = t.subtotal + t.transport;
    // Both operands are bounded (taxable <= kMaxPaise, bp <= 10,000), so the result always exists.
    t.gst = Money::fromPaise(*mulDivRoundHalfUp(t.taxable.paise(), *bp, kTaxDivisor));
    if (input.intraState) {
        t.cgst = Money::fromPaise(roundHalfUp(t.gst.paise(), 2));
        t.sgst = t.gst - t.cgst;
    } else {
        t.igst = t.gst;
    }
    const Money raw = t.taxable + t.gst;
    t.grand = input.roundOff ? raw.roundedToRupee() : raw;
    t.roundOff = t.grand - raw;
    return t;
}

Result<std::vector<HsnSummaryRow>> GstTotals::hsnSummary(const TotalsInput &input) {
    const Result<Totals> totals = compute(input);
    if (!totals)
        return totals.error();
    const std::vector<qint64> amounts = lineAmounts(input).value();

    std::vector<HsnSummaryRow> rows;
    std::vector<qint64> weights;
    for (std::size_t i = 0; i < input.lines.size(); ++i) {
        if (!input.lines[i].selected)
            continue;
        const QString hsn = input.lines[i].hsn.trimmed();
        const auto it =
            std::find_if(rows.begin(), rows.end(), [&hsn](const HsnSummaryRow &row) { return row.hsn == hsn; });
        if (it == rows.end()) {
            rows.push_back({hsn, totals->gstRateBasisPoints, {}, {}, {}, {}, {}});
            weights.push_back(amounts[i]);
        } else {
            weights[static_cast<std::size_t>(it - rows.begin())] += amounts[i];
        }
    }
    if (!totals->transport.isZero()) {
        if (rows.empty()) {
            rows.push_back({QString(), totals->gstRateBasisPoints, {}, {}, {}, {}, {}});
            weights.push_back(0);
        }
        const auto principal = std::max_element(weights.begin(), weights.end());
        *principal += totals->transport.paise();
    }

    const std::vector<qint64> gst = apportionTax(totals->gst.paise(), weights, totals->gstRateBasisPoints);
    const std::vector<qint64> cgst =
        input.intraState ? apportionHalf(totals->cgst.paise(), gst) : std::vector<qint64>(gst.size(), 0);
    for (std::size_t g = 0; g < rows.size(); ++g) {
        rows[g].taxable = Money::fromPaise(weights[g]);
        rows[g].gst = Money::fromPaise(gst[g]);
        if (input.intraState) {
            rows[g].cgst = Money::fromPaise(cgst[g]);
            rows[g].sgst = rows[g].gst - rows[g].cgst;
        } else {
            rows[g].igst = rows[g].gst;
        }
    }
    return rows;
}

Result<GstShares> GstTotals::gstShares(const TotalsInput &input) {
    const Result<Totals> totals = compute(input);
    if (!totals)
        return totals.error();
    std::vector<qint64> weights = lineAmounts(input).value();
    weights.push_back(totals->transport.paise());
    const std::vector<qint64> shares = apportionTax(totals->gst.paise(), weights, totals->gstRateBasisPoints);
    GstShares out;
    out.lineGst.reserve(input.lines.size());
    for (std::size_t i = 0; i < input.lines.size(); ++i)
        out.lineGst.push_back(Money::fromPaise(shares[i]));
    out.transportGst = Money::fromPaise(shares.back());
    return out;
}

QString GstTotals::percentText(int basisPoints) {
    return halfBasisPointsText(2 * qint64(basisPoints));
}

QString GstTotals::halfPercentText(int basisPoints) {
    return halfBasisPointsText(basisPoints);
}

QString GstTotals::placeOfSupply(const QString &partyGstin, const QString &partyStateCode) {
    const Result<Gstin> gstin = Gstin::parse(partyGstin);
    if (gstin)
        return gstin->stateCode();
    QString code = partyStateCode.trimmed();
    if (code.size() == 1)
        code.prepend(QLatin1Char('0'));
    return Gstin::isStateCode(code) ? code : QString();
}

bool GstTotals::isIntraState(const QString &sellerStateCode, const QString &placeOfSupply) {
    return placeOfSupply.isEmpty() || placeOfSupply == sellerStateCode.trimmed();
}

} // namespace bcp
