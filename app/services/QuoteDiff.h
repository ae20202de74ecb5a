#pragma once
// Side-by-side comparison of two quote versions: both flattened into (path, text) pairs the same way, so a
// screen can show either version read-only and highlight exactly the values whose paths differ.

#include "services/QuoteTypes.h"

#include <QPair>

namespace bcp {

class QuoteDiff {
public:
    using Field = QPair<QString, QString>; // path, displayed text

    // Every value of a version in display order: party, date, items (with their costing input), transport,
    // terms, notes, place of supply, totals and the masters snapshot.
    static QList<Field> flatten(const QuoteVersion &version);

    // The values that differ, in the order of `a` then the paths only `b` has.
    static QList<FieldChange> compare(const QuoteVersion &a, const QuoteVersion &b);
};

} // namespace bcp
