#include "costing/CostingMasters.h"

#include "costing/NumberText.h"

#include <cmath>
#include <cstring>

namespace bcp::costing {

namespace {

char lowerAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

const char *const kPlyNames[] = {"1", "3", "5", "7", "9"};

CostingError fieldError(std::string field, std::string message) {
    return CostingError{std::move(field), std::move(message)};
}

bool isNonNegative(double v) {
    return std::isfinite(v) && v >= 0;
}

} // namespace

CostingMasters CostingMasters::defaults() {
    CostingMasters m;
    m.bfPrices = {{14, 32.00}, {16, 33.00}, {18, 34.00}, {20, 35.00},
                  {22, 36.50}, {24, 38.50}, {28, 44.50}, {35, 50.00}};
    for (const char *shade : {"Kraft/Natural", "Golden Kraft", "Testliner", "Virgin Kraft Liner", "White Kraft Liner",
                              "White Top Testliner", "Duplex Grey Back (LWC)", "Duplex Grey Back (HWC)",
                              "Semi Chemical Fluting", "Recycled Fluting", "Bagasse (Agro based)"})
        m.shadePremiums.push_back({shade, 0.0});
    m.gsmRules = GsmRules{101, 1.00, 201, 1.00, 0.00};
    m.flutes = {{'A', 1.55, 4.8}, {'B', 1.35, 2.5}, {'C', 1.45, 3.6}, {'E', 1.25, 1.2}, {'F', 1.20, 0.8}};
    m.plyThicknessMm = {0.45, 2.5, 3.5, 5.5, 6.5};
    m.glueFlapMm = {50, 45, 50, 60, 70};
    m.deckleMm = {30, 25, 30, 35, 40};
    m.extraFlapMm = {50, 50, 60, 70, 80};
    m.maxLengthMm = 1500;
    m.sheetAllowanceMm = 10;
    m.conversionPerKg = 15.00;
    m.markupPercent = 15;
    m.gstPercent = 5;
    m.roundOff = true;
    return m;
}

namespace {

inline bool sameIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i] && lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    }
    return true;
}

} // namespace

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return sameIgnoringCase(a, b);
}

double CostingMasters::shadePremium(std::string_view shade) const {
    if (shade.empty())
        return 0.0;
    // Length and first letter rule out nearly every other shade; the exact spelling, which is what the
    // pickers produce, is then one memcmp.
    const std::size_t size = shade.size();
    const char first = lowerAscii(shade.front());
    for (const ShadePremium &s : shadePremiums) {
        if (s.shade.size() != size || lowerAscii(s.shade.front()) != first)
            continue;
        if (std::memcmp(s.shade.data(), shade.data(), size) == 0 || sameIgnoringCase(s.shade, shade))
            return s.premium;
    }
    return 0.0;
}

void CostingMasters::setBfPrice(double bf, double price) {
    for (BfPrice &p : bfPrices) {
        if (p.bf == bf) {
            p.price = price;
            return;
        }
    }
    auto at = bfPrices.begin();
    while (at != bfPrices.end() && at->bf < bf)
        ++at;
    bfPrices.insert(at, BfPrice{bf, price});
}

void CostingMasters::setShadePremium(std::string_view shade, double premium) {
    for (ShadePremium &s : shadePremiums) {
        if (equalsIgnoreCase(s.shade, shade)) {
            s.premium = premium;
            return;
        }
    }
    shadePremiums.push_back(ShadePremium{std::string(shade), premium});
}

void CostingMasters::setFlute(char letter, double factor, double heightMm) {
    for (Flute &f : flutes) {
        if (f.letter == letter) {
            f.factor = factor;
            f.heightMm = heightMm;
            return;
        }
    }
    flutes.push_back(Flute{letter, factor, heightMm});
}

bool CostingMasters::operator==(const CostingMasters &o) const {
    // Entries are compared by key, not position: the same masters read back from a JSON object or the
    // database may list them in another order.
    if (bfPrices.size() != o.bfPrices.size() || shadePremiums.size() != o.shadePremiums.size() ||
        flutes.size() != o.flutes.size())
        return false;
    for (const BfPrice &p : bfPrices) {
        const double *other = o.bfPrice(p.bf);
        if (!other || *other != p.price)
            return false;
    }
    for (const ShadePremium &s : shadePremiums) {
        bool found = false;
        for (const ShadePremium &t : o.shadePremiums)
            found = found || (t.shade == s.shade && t.premium == s.premium);
        if (!found)
            return false;
    }
    for (const Flute &f : flutes) {
        const Flute *other = o.flute(f.letter);
        if (!other || other->factor != f.factor || other->heightMm != f.heightMm)
            return false;
    }
    return gsmRules.lowLimit == o.gsmRules.lowLimit && gsmRules.lowAdj == o.gsmRules.lowAdj &&
           gsmRules.highLimit == o.gsmRules.highLimit && gsmRules.highAdj == o.gsmRules.highAdj &&
           gsmRules.market == o.gsmRules.market && plyThicknessMm == o.plyThicknessMm && glueFlapMm == o.glueFlapMm &&
           deckleMm == o.deckleMm && extraFlapMm == o.extraFlapMm && maxLengthMm == o.maxLengthMm &&
           sheetAllowanceMm == o.sheetAllowanceMm && conversionPerKg == o.conversionPerKg &&
           markupPercent == o.markupPercent && gstPercent == o.gstPercent && roundOff == o.roundOff;
}

CostingError validateMasters(const CostingMasters &m) {
    for (std::size_t i = 0; i < m.bfPrices.size(); ++i) {
        const BfPrice &p = m.bfPrices[i];
        const std::string field = "bfPrices." + numberText(p.bf);
        if (!std::isfinite(p.bf) || p.bf <= 0)
            return fieldError(field, "BF must be a number greater than 0");
        if (!isNonNegative(p.price))
            return fieldError(field, "the base price must not be negative (got " + numberText(p.price) + ")");
        for (std::size_t j = 0; j < i; ++j) {
            if (m.bfPrices[j].bf == p.bf)
                return fieldError(field, "BF " + numberText(p.bf) + " is listed twice");
        }
    }
    for (std::size_t i = 0; i < m.shadePremiums.size(); ++i) {
        const ShadePremium &s = m.shadePremiums[i];
        const std::string field = "shadePremiums." + s.shade;
        if (s.shade.empty())
            return fieldError("shadePremiums", "a shade needs a name");
        if (!isNonNegative(s.premium))
            return fieldError(field, "the premium must not be negative (got " + numberText(s.premium) + ")");
        for (std::size_t j = 0; j < i; ++j) {
            if (equalsIgnoreCase(m.shadePremiums[j].shade, s.shade))
                return fieldError(field, "shade '" + s.shade + "' is listed twice");
        }
    }
    const GsmRules &g = m.gsmRules;
    if (!isNonNegative(g.lowLimit))
        return fieldError("gsmRules.lowLimit", "must be a GSM of 0 or more");
    if (!isNonNegative(g.highLimit))
        return fieldError("gsmRules.highLimit", "must be a GSM of 0 or more");
    if (!std::isfinite(g.lowAdj))
        return fieldError("gsmRules.lowAdj", "must be a number");
    if (!std::isfinite(g.highAdj))
        return fieldError("gsmRules.highAdj", "must be a number");
    if (!std::isfinite(g.market))
        return fieldError("gsmRules.market", "must be a number");
    for (std::size_t i = 0; i < m.flutes.size(); ++i) {
        const Flute &f = m.flutes[i];
        const std::string field = std::string("flutes.") + f.letter;
        if (f.letter < 'A' || f.letter > 'Z')
            return fieldError("flutes", "a flute is named by one capital letter A-Z");
        if (!(std::isfinite(f.factor) && f.factor >= 1.0 && f.factor <= 2.0))
            return fieldError(field + ".factor",
                              "the take-up factor must be between 1.0 and 2.0 (got " + numberText(f.factor) + ")");
        if (!(std::isfinite(f.heightMm) && f.heightMm > 0))
            return fieldError(field + ".heightMm",
                              "the flute height must be greater than 0 mm (got " + numberText(f.heightMm) + ")");
        for (std::size_t j = 0; j < i; ++j) {
            if (m.flutes[j].letter == f.letter)
                return fieldError(field, std::string("flute ") + f.letter + " is listed twice");
        }
    }
    struct Table {
        const char *name;
        const PlyTable *values;
        bool positive;
    };
    const Table tables[] = {{"plyThicknessMm", &m.plyThicknessMm, true},
                            {"glueFlapMm", &m.glueFlapMm, false},
                            {"deckleMm", &m.deckleMm, false},
                            {"extraFlapMm", &m.extraFlapMm, false}};
    for (const Table &t : tables) {
        for (std::size_t i = 0; i < t.values->size(); ++i) {
            const double v = (*t.values)[i];
            const std::string field = std::string(t.name) + "." + kPlyNames[i];
            if (t.positive && !(std::isfinite(v) && v > 0))
                return fieldError(field, "must be greater than 0 mm (got " + numberText(v) + ")");
            if (!t.positive && !isNonNegative(v))
                return fieldError(field, "must not be negative (got " + numberText(v) + ")");
        }
    }
    struct Scalar {
        const char *name;
        double value;
    };
    const Scalar scalars[] = {{"maxLengthMm", m.maxLengthMm},
                              {"sheetAllowanceMm", m.sheetAllowanceMm},
                              {"conversionPerKg", m.conversionPerKg},
                              {"markupPercent", m.markupPercent}};
    for (const Scalar &s : scalars) {
        if (!isNonNegative(s.value))
            return fieldError(s.name, "must not be negative (got " + numberText(s.value) + ")");
    }
    bool legalGst = false;
    for (double rate : kGstRates)
        legalGst = legalGst || rate == m.gstPercent;
    if (!legalGst)
        return fieldError("gstPercent", "GST must be one of 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18 or 28 % (got " +
                                            numberText(m.gstPercent) + ")");
    return {};
}

} // namespace bcp::costing
