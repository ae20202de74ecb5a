#pragma once
// An amount of Indian rupees held as whole paise. Every total, tax and document works on this type so
// that nothing is ever rounded twice or drifts through binary floating point.
//
// Rounding rule used throughout: half-up, applied to the magnitude (half away from zero), so that a
// negative amount rounds to exactly the negation of its positive counterpart.

#include <QtGlobal>

#include <optional>

namespace bcp {

// round_half_up(numerator / denominator) in integer arithmetic. denominator must not be zero; a negative
// denominator is allowed (the sign is moved to the numerator).
qint64 roundHalfUp(qint64 numerator, qint64 denominator);

// round_half_up(value * multiplier / divisor) without overflowing on the intermediate product, as long as
// the result itself fits. Used for tax (taxable * basis points / 10,000) and negotiated rates.
// Empty when the result does not fit in 64 bits or divisor is zero.
std::optional<qint64> mulDivRoundHalfUp(qint64 value, qint64 multiplier, qint64 divisor);

// A double as an exact integer count of 10^-decimals units, read from its shortest decimal form
// (what a person typed: 10.485 stays 10.485, not 10.48499999...), then rounded half-up at `decimals`.
// Empty for NaN, infinity or magnitudes beyond 10^17 units. `exact`, when given, tells whether no digits
// had to be dropped.
std::optional<qint64> decimalToScaled(double value, int decimals, bool *exact = nullptr);

class Money {
public:
    // Largest magnitude the money functions accept (10^15 rupees): leaves ample headroom so sums and
    // tax products of valid amounts can be checked before they could overflow 64 bits.
    static constexpr qint64 kMaxPaise = 100'000'000'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromPaise(qint64 paise) { return Money(paise); }

    // Rupees to paise, rounded half-up at the second decimal of the number's shortest decimal form, so
    // 10.485 -> 1049 and 1.005 -> 101 (a naive llround(x * 100) gives 1048 and 100). Values that
    // fitsRupees() rejects saturate at +/-kMaxPaise, NaN gives zero: check first when input is untrusted.
    static Money fromRupees(double rupees);
    static bool fitsRupees(double rupees);

    constexpr qint64 paise() const { return m_paise; }
    // For display and JSON "for reading" only; never compute with it.
    double rupees() const { return static_cast<double>(m_paise) / 100.0; }

    // The amount rounded half-up to whole rupees (still in paise): 1051.10 -> 1051.00, 0.50 -> 1.00.
    Money roundedToRupee() const;

    constexpr bool isZero() const { return m_paise == 0; }
    constexpr bool isNegative() const { return m_paise < 0; }

    constexpr Money operator-() const { return Money(-m_paise); }
    constexpr Money operator+(Money other) const { return Money(m_paise + other.m_paise); }
    constexpr Money operator-(Money other) const { return Money(m_paise - other.m_paise); }
    constexpr Money operator*(qint64 quantity) const { return Money(m_paise * quantity); }
    Money &operator+=(Money other) {
        m_paise += other.m_paise;
        return *this;
    }
    Money &operator-=(Money other) {
        m_paise -= other.m_paise;
        return *this;
    }

    constexpr bool operator==(Money other) const { return m_paise == other.m_paise; }
    constexpr bool operator!=(Money other) const { return m_paise != other.m_paise; }
    constexpr bool operator<(Money other) const { return m_paise < other.m_paise; }
    constexpr bool operator<=(Money other) const { return m_paise <= other.m_paise; }
    constexpr bool operator>(Money other) const { return m_paise > other.m_paise; }
    constexpr bool operator>=(Money other) const { return m_paise >= other.m_paise; }

private:
    constexpr explicit Money(qint64 paise) : m_paise(paise) {}
    qint64 m_paise = 0;
};

constexpr Money operator*(qint64 quantity, Money money) {
    return money * quantity;
}

} // namespace bcp
