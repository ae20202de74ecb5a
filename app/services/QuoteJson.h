#pragma once
// The JSON of DOCUMENTS.md "JSON for scripts": the quote input `boxcost quote create` reads (unknown keys
// are errors; every error names its path, e.g. `items[1].costing.layers[0].bf`) and the output of
// `boxcost quote show --json` (money in integer paise, rates also in rupees for reading).

#include "Result.h"
#include "services/QuoteTypes.h"

#include <QJsonObject>

namespace bcp {

class QuoteJson {
public:
    struct Input {
        Party party;            // checked and normalised (errors name "party.mobile", "party.address.pin" …)
        QList<QuoteItem> items; // entered fields only; price them with QuoteCalculator
        Money transport;
        QuoteTerms terms;
        QString notes;
    };
    static Result<Input> readInput(const QJsonObject &json);

    // The active version of `quote` in the show --json shape; `status` is the stored workflow status.
    static QJsonObject show(const Quote &quote);
    // The `totals` object of show --json, in paise; invoice show --json prints the same shape.
    static QJsonObject totals(const Totals &totals);
};

} // namespace bcp
