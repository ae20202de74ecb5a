#pragma once
// Everything the engine works out for one box (COSTING.md §3 and the §5 output). Fixed size, no heap.

#include "costing/BoxSpec.h"

#include <array>

namespace bcp::costing {

enum class LayerKind { Liner, Flute };
enum class RateSource { Master, Manual };

struct LayerResult {
    LayerKind kind = LayerKind::Liner;
    char flute = 0;      // the flute letter, 0 for liners
    double factor = 1.0; // take-up factor
    double rate = 0;     // ₹/kg
    RateSource rateSource = RateSource::Master;
    double weightKg = 0;
    double cost = 0; // weightKg · rate
};

struct SheetSize {
    double lengthMm = 0;    // cutting length
    double widthMm = 0;     // deckle (reel) width
    bool extraFlap = false; // longer than the one-piece maximum: a two-piece box with an extra joint flap
};

struct CostBreakdown {
    double paper = 0;
    double printing = 0;
    double lamination = 0;
    double varnish = 0;
    double die = 0;
    double punching = 0;
    double markup = 0;
    double conversion = 0;
};

struct CostingResult {
    // Inside dimensions after the unit and ID/OD rules (for a flat sheet: its length and width, height 0).
    double insideLengthMm = 0;
    double insideWidthMm = 0;
    double insideHeightMm = 0;

    SheetSize sheet;
    int layerCount = 0;
    std::array<LayerResult, kMaxLayers> layers{};
    double weightKg = 0;
    double burstStrength = 0; // kg/cm²
    double boardThicknessMm = 0;
    double perimeterMm = 0;
    double ectKnPerM = 0;
    double bctN = 0;
    double bctKgf = 0;
    CostBreakdown costs;
    double costPerBox = 0;         // unrounded, ₹
    long long ratePerBoxPaise = 0; // costPerBox rounded half-up to paise: the price quotes and invoices use
    double ratePerBox = 0;         // the same in rupees
    long long totalValuePaise = 0; // ratePerBoxPaise × quantity, exact
    double totalValue = 0;         // the same in rupees
};

} // namespace bcp::costing
