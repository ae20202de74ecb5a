#include "money/Negotiation.h"

#include <QCoreApplication>

namespace bcp {
namespace {

// Percent held in units of 0.0001 %, so the whole computation stays in integers.
constexpr qint64 kPercentDecimals = 4;
constexpr qint64 kHundredPercent = 1'000'000;

} // namespace

Negotiation Negotiation::percent(double percentOff) {
    Negotiation n;
    n.m_kind = Kind::Percent;
    n.m_percent = percentOff;
    return n;
}

Negotiation Negotiation::fixed(Money ratePerBox) {
    Negotiation n;
    n.m_kind = Kind::Fixed;
    n.m_fixed = ratePerBox;
    return n;
}

Result<Money> Negotiation::apply(Money ratePerBox) const {
    switch (m_kind) {
    case Kind::None:
        return ratePerBox;
    case Kind::Fixed:
        if (m_fixed.isNegative() || m_fixed.paise() > Money::kMaxPaise)
            return Error::invalid(
                QStringLiteral("negotiation.fixed"),
                QCoreApplication::translate("bcp::Negotiation", "The negotiated rate must be zero or more."));
        return m_fixed;
    case Kind::Percent:
        break;
    }
    const std::optional<qint64> units = decimalToScaled(m_percent, kPercentDecimals);
    if (!units || *units < 0 || *units >= kHundredPercent)
        return Error::invalid(
            QStringLiteral("negotiation.percent"),
            QCoreApplication::translate("bcp::Negotiation", "The discount must be at least 0 % and below 100 %."));
    // The factor is at most one, so the product can never leave the 64-bit range.
    return Money::fromPaise(*mulDivRoundHalfUp(ratePerBox.paise(), kHundredPercent - *units, kHundredPercent));
}

} // namespace bcp
