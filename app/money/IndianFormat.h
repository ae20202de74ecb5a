#pragma once
// Money as Indian readers write it: the last three digits grouped, then pairs (1,23,45,678.90), always two
// decimals, and back again for edit fields. Independent of the system locale so screens, PDFs and
// messages print the same on every PC.

#include "Result.h"
#include "money/Money.h"

#include <QString>

namespace bcp {

class IndianFormat {
public:
    enum class Symbol { None, Rupee };

    // 123456.50 -> "1,23,456.50"; negative -> "-1,23,456.50"; with Symbol::Rupee "₹1,23,456.50" and
    // "-₹1,23,456.50".
    static QString money(Money amount, Symbol symbol = Symbol::None);
    // Convenience for values still held in rupees (rounded by Money::fromRupees first).
    static QString rupees(double amount, Symbol symbol = Symbol::None);
    // Whole numbers with Indian grouping: 12345678 -> "1,23,45,678".
    static QString grouped(qint64 value);
    // Two decimals, no grouping, no symbol: "123456.50". For CSV cells, JSON and UPI links.
    static QString plain(Money amount);

    // Reads what a person types into an amount field: optional ₹ / Rs / INR, an optional minus sign,
    // digits with commas in Indian or international positions, at most two decimals. Error field "amount".
    static Result<Money> parse(const QString &text);
};

} // namespace bcp
