#pragma once
// Prices quote items and totals a quote: the one place the costing engine, negotiation and GST totals meet,
// shared by the quote editor (live, as the user types), the quote service (again, before saving), imports
// and the demo data. Pure: no database, no clock.

#include "Result.h"
#include "money/GstTotals.h"
#include "services/QuoteTypes.h"

namespace bcp {

class QuoteCalculator {
public:
    // Checks the item's own fields, runs the engine with `masters` and fills the priced fields (result,
    // ratePerBox, unitPrice, amount, paperSpec, inside size). Errors name the field behind `prefix`:
    // "items[1].name", "items[1].costing.layers[0].bf", "items[1].negotiation.percent".
    static Result<void> price(QuoteItem &item, const costing::CostingMasters &masters, const QString &prefix = {});
    // Every item, with prefixes items[0], items[1], …
    static Result<void> priceAll(QList<QuoteItem> &items, const costing::CostingMasters &masters);

    // DOCUMENTS.md "Totals" over the selected items, with the GST rate and round-off of `masters`.
    static Result<Totals> totals(const QList<QuoteItem> &items, Money transport, const costing::CostingMasters &masters,
                                 bool intraState);

    // "180/24 + 150/18 + 150/18": GSM/BF of every layer, outer liner first.
    static QString paperSpec(const costing::BoxSpec &spec);

    // The box name as the duplicate-box rule compares it: white space simplified, lower-cased.
    static QString boxNameKey(const QString &name);
    // The duplicate-box rule's size test: each inside dimension within 1 mm.
    static bool sameSize(const QuoteItem &a, double lengthMm, double widthMm, double heightMm);
};

} // namespace bcp
