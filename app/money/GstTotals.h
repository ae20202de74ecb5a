#pragma once
// The one totals computation behind every screen, PDF, message and invoice (DOCUMENTS.md "Totals"):
// subtotal of the selected lines, transport added to the taxable value, GST rounded half-up to paise and
// split CGST/SGST (intra-state) or IGST, then the optional round-off to the rupee. Integer paise
// throughout; the GST rate is held in basis points so 0.25 % is exactly 25.

#include "Result.h"
#include "money/Money.h"

#include <QString>

#include <vector>

namespace bcp {

struct TotalsLine {
    Money unit; // negotiated rate when there is one, else the rate per box
    qint64 quantity = 0;
    bool selected = true;
    QString hsn; // only used by the HSN summary
};

struct TotalsInput {
    std::vector<TotalsLine> lines;
    Money transport;
    double gstRatePercent = 0.0;
    bool intraState = true;
    bool roundOff = true;
};

struct Totals {
    Money subtotal;
    Money transport;
    Money taxable;
    Money gst;
    Money cgst;
    Money sgst;
    Money igst;
    Money roundOff; // signed: grand - (taxable + gst)
    Money grand;
    int gstRateBasisPoints = 0;
    bool intraState = true;
};

// One row of an invoice's HSN-wise tax summary. Rows add up exactly to the document totals.
struct HsnSummaryRow {
    QString hsn;
    int gstRateBasisPoints = 0;
    Money taxable;
    Money gst;
    Money cgst;
    Money sgst;
    Money igst;
};

// The document GST shared out over its parts, for invoice line columns: lineGst[i] belongs to
// input.lines[i] (zero for unselected lines), transportGst to the freight. They add up to Totals::gst.
struct GstShares {
    std::vector<Money> lineGst;
    Money transportGst;
};

class GstTotals {
public:
    // Errors name the field: `lines[2].quantity`, `lines[0].unit`, `transport`, `gstRatePercent`.
    static Result<Totals> compute(const TotalsInput &input);

    // Selected lines grouped by HSN (in order of first appearance) at the document rate. Transport is part
    // of the principal supply, so it joins the group with the largest value (the first on a tie). Each
    // group's GST, CGST and SGST are the document amounts apportioned by the largest-remainder method, so
    // every row is within a paisa of its own exact tax and the rows add up to the totals to the paisa.
    static Result<std::vector<HsnSummaryRow>> hsnSummary(const TotalsInput &input);
    static Result<GstShares> gstShares(const TotalsInput &input);

    // A GST rate as basis points; at most two decimals, 0 to 100 %. Error field "gstRatePercent".
    static Result<int> rateBasisPoints(double percent);
    // "5", "2.5", "0.25" for a rate; halfPercentText gives the CGST/SGST rate ("2.5", "0.125").
    static QString percentText(int basisPoints);
    static QString halfPercentText(int basisPoints);

    // Place of supply: the party's state from its GSTIN when valid, else its address state code when
    // known, else empty. Intra-state when it equals the seller's state or is empty.
    static QString placeOfSupply(const QString &partyGstin, const QString &partyStateCode);
    static bool isIntraState(const QString &sellerStateCode, const QString &placeOfSupply);
};

} // namespace bcp
