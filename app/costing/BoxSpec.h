#pragma once
// What a user asks to be costed (COSTING.md §1). Plain data: the calculator, quotes, imports and the CLI
// fill it in and hand it to computeCosting(). Lengths are in `unit`, money in rupees.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace bcp::costing {

// Counts and paise are `long long` (64 bits everywhere), the same type as qint64, so they bind into Qt
// values (QVariant, QJsonValue) without casts.

// Fixed so a costing never allocates: 9-ply is the thickest board the shop makes.
constexpr int kMaxLayers = 9;
constexpr int kMaxFlutes = (kMaxLayers - 1) / 2;

enum class Style {
    Rsc0201, // regular slotted container
    Hsc0200, // half slotted container
    Fol0203, // full overlap
    Css0204, // centre special slotted
    Sheet,   // flat corrugated sheet
};

enum class Unit { Mm, In };

enum class MeasuredOn { Inside, Outside };

struct LayerSpec {
    double gsm = 0;
    double bf = 0;
    std::string shade;          // matched against the masters case-insensitively; unknown shades have no premium
    double rct = 0;             // ring crush, kN/m
    std::optional<double> rate; // manual paper rate in ₹/kg; absent = from the masters
};

struct PrintingSpec {
    double costPerPrint = 0;
    double plateCost = 0;
    long long moq = 0;
    int colors = 0;
    std::string type;
};

struct LaminationSpec {
    double ratePer100SqIn = 0;
    std::optional<double> lengthIn; // absent = the sheet length in inches
    std::optional<double> widthIn;  // absent = the sheet width in inches
};

struct BoxSpec {
    Style style = Style::Rsc0201;
    Unit unit = Unit::Mm;
    MeasuredOn measuredOn = MeasuredOn::Inside;
    double length = 0;
    double width = 0;
    double height = 0; // unused for Style::Sheet
    int ply = 3;
    std::string flutes; // one letter per flute layer, outer flute first; "" for 1-ply
    int layerCount = 0; // how many entries of `layers` are used, outer liner first
    std::array<LayerSpec, kMaxLayers> layers;
    long long quantity = 1;

    // Per-box overrides of the masters / business defaults; absent = take the master value.
    std::optional<double> glueFlapMm;
    std::optional<double> deckleMm;
    std::optional<double> maxLengthMm;
    std::optional<double> sheetAllowanceMm;
    std::optional<double> conversionPerKg;
    std::optional<double> markupPercent;

    std::optional<PrintingSpec> printing;
    std::optional<LaminationSpec> lamination;
    double varnishPerBox = 0;
    double dieCost = 0; // for the whole order, spread over the quantity
    double punchingPerBox = 0;
};

// Codes as they appear in JSON and the database ("0201" … "sheet", "mm"/"in", "ID"/"OD").
const char *styleCode(Style style);
const char *unitCode(Unit unit);
const char *measuredOnCode(MeasuredOn measuredOn);
// False when the code is unknown; `out` is then left untouched.
bool parseStyle(std::string_view code, Style &out);
bool parseUnit(std::string_view code, Unit &out);
bool parseMeasuredOn(std::string_view code, MeasuredOn &out);

// True for the plies the engine knows (1, 3, 5, 7, 9).
constexpr bool isValidPly(int ply) {
    return ply >= 1 && ply <= kMaxLayers && ply % 2 == 1;
}
// Index of a ply into the per-ply master tables (1→0, 3→1, … 9→4); only for valid plies.
constexpr int plyIndex(int ply) {
    return ply / 2;
}

} // namespace bcp::costing
