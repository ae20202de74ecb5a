#pragma once
// The tenant's costing master data (COSTING.md §2): paper prices, shades, GSM rules, flutes, per-ply
// tables and business defaults. defaults() is the set seeded on a new database. Lookups never allocate,
// so the engine can use them inside a tight loop.

#include "costing/BoxSpec.h"
#include "costing/CostingError.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace bcp::costing {

struct BfPrice {
    double bf = 0;
    double price = 0; // ₹/kg
};

struct ShadePremium {
    std::string shade;
    double premium = 0; // ₹/kg
};

struct GsmRules {
    double lowLimit = 101; // gsm ≤ lowLimit adds lowAdj
    double lowAdj = 1.0;
    double highLimit = 201; // gsm ≥ highLimit adds highAdj
    double highAdj = 1.0;
    double market = 0.0; // added to every master rate

    double adjustment(double gsm) const {
        return (gsm <= lowLimit ? lowAdj : 0.0) + (gsm >= highLimit ? highAdj : 0.0);
    }
};

struct Flute {
    char letter = 0;
    double factor = 1.0; // take-up factor
    double heightMm = 0;
};

// Values per ply, indexed by plyIndex(): 1, 3, 5, 7, 9-ply.
using PlyTable = std::array<double, 5>;

// Legal GST rates (percent) a tenant may choose.
constexpr std::array<double, 12> kGstRates = {0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28};

struct CostingMasters {
    std::vector<BfPrice> bfPrices;           // ascending BF
    std::vector<ShadePremium> shadePremiums; // in the order shown to users
    GsmRules gsmRules;
    std::vector<Flute> flutes; // in the order shown to users
    PlyTable plyThicknessMm{}; // board thickness used for OD → ID
    PlyTable glueFlapMm{};
    PlyTable deckleMm{};         // deckle (reel width) allowance
    PlyTable extraFlapMm{};      // extra joint flap of a two-piece box
    double maxLengthMm = 0;      // longest one-piece sheet; 0 = no limit
    double sheetAllowanceMm = 0; // added to both sides of a flat sheet
    double conversionPerKg = 0;  // ₹/kg of board
    double markupPercent = 0;
    double gstPercent = 0;
    bool roundOff = true; // round invoice totals to the rupee

    static CostingMasters defaults();

    // Lookups are inline: the engine calls them for every layer of every costing.
    // nullptr when the BF has no base price.
    const double *bfPrice(double bf) const {
        for (const BfPrice &p : bfPrices) {
            if (p.bf == bf)
                return &p.price;
        }
        return nullptr;
    }
    // 0 for a shade that is not in the masters. Case-insensitive (ASCII letters).
    double shadePremium(std::string_view shade) const;
    // nullptr when the letter is not in the flute master.
    const Flute *flute(char letter) const {
        for (const Flute &f : flutes) {
            if (f.letter == letter)
                return &f;
        }
        return nullptr;
    }

    // Set or add one entry (the merge rule of COSTING.md §5: a given entry replaces that entry only).
    void setBfPrice(double bf, double price);
    void setShadePremium(std::string_view shade, double premium);
    void setFlute(char letter, double factor, double heightMm);

    // Equal when every value matches; list entries are matched by key, whatever their order.
    bool operator==(const CostingMasters &other) const;
    bool operator!=(const CostingMasters &other) const { return !(*this == other); }
};

// The Masters rules: no negative prices or allowances, flute factor 1.0–2.0, heights and ply thickness
// > 0, GST from kGstRates. The error's field is a path inside the masters (`flutes.B.factor`).
CostingError validateMasters(const CostingMasters &masters);

// ASCII case-insensitive equality, the rule for shade names.
bool equalsIgnoreCase(std::string_view a, std::string_view b);

} // namespace bcp::costing
