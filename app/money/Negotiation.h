#pragma once
// A price agreed with the customer for one quote item: a percentage off the costed rate per box, or a
// fixed rate. The result is the unit rate that totals, invoices and documents use.

#include "Result.h"
#include "money/Money.h"

namespace bcp {

class Negotiation {
public:
    enum class Kind { None, Percent, Fixed };

    Negotiation() = default;
    static Negotiation percent(double percentOff);
    static Negotiation fixed(Money ratePerBox);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    double percentOff() const { return m_percent; }
    Money fixedRate() const { return m_fixed; }

    // None: ratePerBox unchanged. Percent p: ratePerBox * (1 - p/100) rounded half-up to paise, with p
    // taken to four decimals, so 11.65 less 10 % is 10.485 -> 10.49. Fixed: the fixed rate.
    // p must be in [0, 100), a fixed rate not negative; errors name "negotiation.percent" or
    // "negotiation.fixed".
    Result<Money> apply(Money ratePerBox) const;

private:
    Kind m_kind = Kind::None;
    double m_percent = 0.0;
    Money m_fixed;
};

} // namespace bcp
