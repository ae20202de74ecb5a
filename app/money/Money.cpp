#include "money/Money.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

namespace bcp {
namespace {

constexpr quint64 kInt64MaxMagnitude = static_cast<quint64>(std::numeric_limits<qint64>::max());
constexpr qint64 kScaledLimit = 100'000'000'000'000'000; // 10^17 units

quint64 magnitude(qint64 v) {
    // Negating in unsigned arithmetic keeps INT64_MIN well defined.
    return v < 0 ? quint64(0) - static_cast<quint64>(v) : static_cast<quint64>(v);
}

struct U128 {
    quint64 hi = 0;
    quint64 lo = 0;
};

// 64 x 64 -> 128 bit product from 32-bit halves, because neither MSVC nor the standard offer a portable
// 128-bit integer.
U128 multiply(quint64 a, quint64 b) {
    const quint64 mask = 0xffffffffu;
    const quint64 aLo = a & mask, aHi = a >> 32, bLo = b & mask, bHi = b >> 32;
    const quint64 p0 = aLo * bLo, p1 = aLo * bHi, p2 = aHi * bLo, p3 = aHi * bHi;
    const quint64 mid = (p0 >> 32) + (p1 & mask) + (p2 & mask);
    return {p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32), (p0 & mask) | (mid << 32)};
}

// Restoring binary long division; false when the quotient does not fit in 64 bits.
bool divide(U128 n, quint64 d, quint64 &quotient, quint64 &remainder) {
    if (n.hi >= d)
        return false;
    quint64 rem = n.hi;
    quint64 q = 0;
    for (int bit = 63; bit >= 0; --bit) {
        const bool carry = (rem >> 63) != 0;
        rem = (rem << 1) | ((n.lo >> bit) & 1u);
        q <<= 1;
        if (carry || rem >= d) {
            rem -= d; // wraps back into range when carry was set: the true value was 2^64 + rem
            q |= 1u;
        }
    }
    quotient = q;
    remainder = rem;
    return true;
}

std::optional<qint64> applySign(quint64 mag, bool negative) {
    if (negative) {
        if (mag > kInt64MaxMagnitude + 1)
            return std::nullopt;
        return mag == kInt64MaxMagnitude + 1 ? std::numeric_limits<qint64>::min() : -static_cast<qint64>(mag);
    }
    if (mag > kInt64MaxMagnitude)
        return std::nullopt;
    return static_cast<qint64>(mag);
}

} // namespace

qint64 roundHalfUp(qint64 numerator, qint64 denominator) {
    if (denominator == 0)
        return 0;
    // Through the 128-bit path so INT64_MIN and negative denominators need no special cases.
    return mulDivRoundHalfUp(numerator, 1, denominator).value_or(0);
}

std::optional<qint64> mulDivRoundHalfUp(qint64 value, qint64 multiplier, qint64 divisor) {
    if (divisor == 0)
        return std::nullopt;
    const bool negative = ((value < 0) != (multiplier < 0)) != (divisor < 0);
    const quint64 d = magnitude(divisor);
    quint64 q = 0, r = 0;
    if (!divide(multiply(magnitude(value), magnitude(multiplier)), d, q, r))
        return std::nullopt;
    // r >= d - r is 2r >= d without overflowing.
    if (r >= d - r) {
        if (q == std::numeric_limits<quint64>::max())
            return std::nullopt;
        ++q;
    }
    if (q == 0)
        return 0;
    return applySign(q, negative);
}

std::optional<qint64> decimalToScaled(double value, int decimals, bool *exact) {
    if (!std::isfinite(value) || decimals < 0 || decimals > 17)
        return std::nullopt;
    if (std::fabs(value) > 1e17 / std::pow(10.0, decimals) * 1.000001)
        return std::nullopt;

    // Fixed notation with no precision = the shortest digits that read back as the same double.
    char buffer[512];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (ec != std::errc())
        return std::nullopt;

    const char *p = buffer;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    quint64 scaled = 0;
    for (; p != end && *p != '.'; ++p)
        scaled = scaled * 10 + static_cast<quint64>(*p - '0');
    if (p != end)
        ++p;
    for (int i = 0; i < decimals; ++i) {
        scaled = scaled * 10;
        if (p != end)
            scaled += static_cast<quint64>(*p++ - '0');
    }
    bool dropped = false;
    if (p != end) {
        if (*p >= '5')
            ++scaled;
        for (; p != end; ++p)
            dropped = dropped || *p != '0';
    }
    if (exact)
        *exact = !dropped;
    if (scaled > static_cast<quint64>(kScaledLimit))
        return std::nullopt;
    const auto result = static_cast<qint64>(scaled);
    return negative ? -result : result;
}

Money Money::fromRupees(double rupees) {
    if (std::isnan(rupees))
        return Money();
    const std::optional<qint64> paise = decimalToScaled(rupees, 2);
    if (!paise || *paise > kMaxPaise || *paise < -kMaxPaise)
        return Money(rupees < 0 ? -kMaxPaise : kMaxPaise);
    return Money(*paise);
}

bool Money::fitsRupees(double rupees) {
    const std::optional<qint64> paise = decimalToScaled(rupees, 2);
    return paise && *paise <= kMaxPaise && *paise >= -kMaxPaise;
}

Money Money::roundedToRupee() const {
    return Money(roundHalfUp(m_paise, 100) * 100);
}

} // namespace bcp
