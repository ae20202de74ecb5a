#include "costing/CostingEngine.h"

#include "costing/NumberText.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace bcp::costing {

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kNewtonsPerKgf = 9.80665;
constexpr double kMcKeeConstant = 5.87;

// Messages are built only when an input is refused, so a good costing never touches the heap.
bool fail(CostingError &error, std::string field, std::string message) {
    error.field = std::move(field);
    error.message = std::move(message);
    return false;
}

std::string layerField(int index, const char *name) {
    return "layers[" + std::to_string(index) + "]." + name;
}

// Written as two comparisons (NaN fails both, infinity fails the second) so the quick check below
// compiles to flag arithmetic instead of branches.
inline bool positive(double v) {
    return v > 0 && v <= DBL_MAX;
}

inline bool nonNegative(double v) {
    return v >= 0 && v <= DBL_MAX;
}

inline bool absentOrNonNegative(const std::optional<double> &v) {
    return !v.has_value() || nonNegative(*v);
}

std::string notPositive(double v) {
    return std::isfinite(v) ? "must be greater than 0 (got " + numberText(v) + ")" : "must be a number greater than 0";
}

std::string negative(double v) {
    return std::isfinite(v) ? "must not be negative (got " + numberText(v) + ")" : "must be a number of 0 or more";
}

std::string fluteList(const CostingMasters &masters) {
    std::string letters;
    for (const Flute &f : masters.flutes) {
        if (!letters.empty())
            letters += ", ";
        letters += f.letter;
    }
    return letters.empty() ? "none" : letters;
}

std::string pluralLayers(int n) {
    return std::to_string(n) + (n == 1 ? " layer" : " layers");
}

// Checks everything that does not need the masters' lookups; the order decides which fault is reported
// first when an input has several.
bool validateSpec(const BoxSpec &spec, CostingError &error) {
    const bool sheet = spec.style == Style::Sheet;
    switch (spec.style) {
    case Style::Rsc0201:
    case Style::Hsc0200:
    case Style::Fol0203:
    case Style::Css0204:
    case Style::Sheet:
        break;
    default:
        return fail(error, "style", "unknown style; use 0201, 0200, 0203, 0204 or sheet");
    }
    if (spec.unit != Unit::Mm && spec.unit != Unit::In)
        return fail(error, "unit", "unknown unit; use mm or in");
    if (spec.measuredOn != MeasuredOn::Inside && spec.measuredOn != MeasuredOn::Outside)
        return fail(error, "measuredOn", "use ID or OD");
    if (!positive(spec.length))
        return fail(error, "length", notPositive(spec.length));
    if (!positive(spec.width))
        return fail(error, "width", notPositive(spec.width));
    if (!sheet && !positive(spec.height))
        return fail(error, "height", notPositive(spec.height));
    if (!isValidPly(spec.ply))
        return fail(error, "ply", "must be 1, 3, 5, 7 or 9 (got " + std::to_string(spec.ply) + ")");
    if (spec.layerCount != spec.ply)
        return fail(error, "layers",
                    "a " + std::to_string(spec.ply) + "-ply board needs " + pluralLayers(spec.ply) + " (got " +
                        std::to_string(spec.layerCount) + ")");
    const std::size_t fluteCount = std::size_t(spec.ply - 1) / 2;
    if (spec.flutes.size() != fluteCount)
        return fail(error, "flutes",
                    "a " + std::to_string(spec.ply) + "-ply board needs " + std::to_string(fluteCount) +
                        (fluteCount == 1 ? " flute letter" : " flute letters") + " (got \"" + spec.flutes + "\")");
    for (int i = 0; i < spec.layerCount; ++i) {
        const LayerSpec &l = spec.layers[std::size_t(i)];
        if (!positive(l.gsm))
            return fail(error, layerField(i, "gsm"), notPositive(l.gsm));
        if (!positive(l.bf))
            return fail(error, layerField(i, "bf"), notPositive(l.bf));
        if (!nonNegative(l.rct))
            return fail(error, layerField(i, "rct"), negative(l.rct));
        if (l.rate && !nonNegative(*l.rate))
            return fail(error, layerField(i, "rate"), negative(*l.rate));
    }
    if (spec.quantity < 1)
        return fail(error, "quantity",
                    "must be a whole number of 1 or more (got " + std::to_string(spec.quantity) + ")");

    struct Optional {
        const char *name;
        const std::optional<double> &value;
    };
    const Optional overrides[] = {
        {"glueFlapMm", spec.glueFlapMm},           {"deckleMm", spec.deckleMm},
        {"maxLengthMm", spec.maxLengthMm},         {"sheetAllowanceMm", spec.sheetAllowanceMm},
        {"conversionPerKg", spec.conversionPerKg}, {"markupPercent", spec.markupPercent}};
    for (const Optional &o : overrides) {
        if (o.value && !nonNegative(*o.value))
            return fail(error, o.name, negative(*o.value));
    }
    if (spec.printing) {
        const PrintingSpec &p = *spec.printing;
        if (!nonNegative(p.costPerPrint))
            return fail(error, "printing.costPerPrint", negative(p.costPerPrint));
        if (!nonNegative(p.plateCost))
            return fail(error, "printing.plateCost", negative(p.plateCost));
        if (p.moq < 0)
            return fail(error, "printing.moq", negative(double(p.moq)));
        if (p.colors < 0)
            return fail(error, "printing.colors", negative(p.colors));
    }
    if (spec.lamination) {
        const LaminationSpec &l = *spec.lamination;
        if (!nonNegative(l.ratePer100SqIn))
            return fail(error, "lamination.ratePer100SqIn", negative(l.ratePer100SqIn));
        if (l.lengthIn && !positive(*l.lengthIn))
            return fail(error, "lamination.lengthIn", notPositive(*l.lengthIn));
        if (l.widthIn && !positive(*l.widthIn))
            return fail(error, "lamination.widthIn", notPositive(*l.widthIn));
    }
    if (!nonNegative(spec.varnishPerBox))
        return fail(error, "varnishPerBox", negative(spec.varnishPerBox));
    if (!nonNegative(spec.dieCost))
        return fail(error, "dieCost", negative(spec.dieCost));
    if (!nonNegative(spec.punchingPerBox))
        return fail(error, "punchingPerBox", negative(spec.punchingPerBox));
    return true;
}

// True when every §4 check that needs no masters passes. It mirrors validateSpec, which stays the one
// place that decides which field to report; this only lets a good spec skip it cheaply.
bool quickValid(const BoxSpec &spec) {
    unsigned bad = 0;
    // Compared as unsigned so a value cast from a negative number is caught too.
    bad |= unsigned(unsigned(spec.style) > unsigned(Style::Sheet) || unsigned(spec.unit) > unsigned(Unit::In) ||
                    unsigned(spec.measuredOn) > unsigned(MeasuredOn::Outside));
    bad |= unsigned(!positive(spec.length)) | unsigned(!positive(spec.width));
    bad |= unsigned(spec.style != Style::Sheet && !positive(spec.height));
    bad |= unsigned(!isValidPly(spec.ply)) | unsigned(spec.layerCount != spec.ply);
    bad |= unsigned(spec.flutes.size() != std::size_t(spec.ply - 1) / 2) | unsigned(spec.quantity < 1);
    if (bad)
        return false;
    for (int i = 0; i < spec.layerCount; ++i) {
        const LayerSpec &l = spec.layers[std::size_t(i)];
        bad |= unsigned(!positive(l.gsm)) | unsigned(!positive(l.bf)) | unsigned(!nonNegative(l.rct)) |
               unsigned(!absentOrNonNegative(l.rate));
    }
    bad |= unsigned(!absentOrNonNegative(spec.glueFlapMm)) | unsigned(!absentOrNonNegative(spec.deckleMm)) |
           unsigned(!absentOrNonNegative(spec.maxLengthMm)) | unsigned(!absentOrNonNegative(spec.sheetAllowanceMm)) |
           unsigned(!absentOrNonNegative(spec.conversionPerKg)) | unsigned(!absentOrNonNegative(spec.markupPercent));
    bad |= unsigned(!nonNegative(spec.varnishPerBox)) | unsigned(!nonNegative(spec.dieCost)) |
           unsigned(!nonNegative(spec.punchingPerBox));
    if (spec.printing) {
        const PrintingSpec &p = *spec.printing;
        bad |= unsigned(!nonNegative(p.costPerPrint)) | unsigned(!nonNegative(p.plateCost)) | unsigned(p.moq < 0) |
               unsigned(p.colors < 0);
    }
    if (spec.lamination) {
        const LaminationSpec &l = *spec.lamination;
        bad |= unsigned(!nonNegative(l.ratePer100SqIn)) | unsigned(l.lengthIn && !positive(*l.lengthIn)) |
               unsigned(l.widthIn && !positive(*l.widthIn));
    }
    return bad == 0;
}

std::string odMessage(const char *dimension, double thicknessMm, double factor) {
    return "outside dimensions leave no inside " + std::string(dimension) + " after taking off " +
           (factor == 1 ? "" : numberText(factor) + " × ") + numberText(thicknessMm) + " mm of board";
}

inline long long roundPaise(double rupees) {
    const double paise = rupees * 100.0;
    // Truncation is floor for the non-negative amounts prices are, and much cheaper than a floor() call.
    double whole =
        paise >= 0 && paise < 9.0e18 ? static_cast<double>(static_cast<long long>(paise)) : std::floor(paise);
    // A price that is a half paise in decimal (11.655) is stored a few ulps below or above it, and the
    // sums before it add a few more; anything that close to the half is the half. 1e-7 paise is far
    // below any amount a rate can carry and far above the arithmetic noise at realistic prices.
    const double tolerance = std::max(1e-7, std::fabs(paise) * 64 * DBL_EPSILON);
    if (paise - whole >= 0.5 - tolerance)
        whole += 1.0;
    return static_cast<long long>(whole);
}

} // namespace

long long roundHalfUpToPaise(double rupees) {
    return roundPaise(rupees);
}

bool computeCosting(const BoxSpec &spec, const CostingMasters &masters, CostingResult &r, CostingError &error) {
    if (!quickValid(spec) && !validateSpec(spec, error))
        return false;

    const bool sheet = spec.style == Style::Sheet;
    const int pi = plyIndex(spec.ply);
    const double scale = spec.unit == Unit::In ? kMmPerInch : 1.0;
    const double length = spec.length * scale;
    const double width = spec.width * scale;
    const double height = sheet ? 0.0 : spec.height * scale;

    // Flute letters first: an unknown letter is reported before any geometry that depends on it.
    const Flute *flutes[kMaxFlutes] = {};
    double boardThickness = 0;
    for (std::size_t k = 0; k < spec.flutes.size(); ++k) {
        flutes[k] = masters.flute(spec.flutes[k]);
        if (!flutes[k])
            return fail(error, "flutes",
                        "flute '" + std::string(1, spec.flutes[k]) + "' is not in the flute master (" +
                            fluteList(masters) + ")");
        boardThickness += flutes[k]->heightMm;
    }

    double li = length;
    double wi = width;
    double hi = height;
    if (!sheet && spec.measuredOn == MeasuredOn::Outside) {
        const double t = masters.plyThicknessMm[std::size_t(pi)];
        li = length - 2 * t;
        wi = width - 2 * t;
        hi = height - t;
        if (!(li > 0))
            return fail(error, "length", odMessage("length", t, 2));
        if (!(wi > 0))
            return fail(error, "width", odMessage("width", t, 2));
        if (!(hi > 0))
            return fail(error, "height", odMessage("height", t, 1));
    }

    double cut;
    double deckle;
    bool extraFlap = false;
    double perimeter;
    if (sheet) {
        const double allowance = spec.sheetAllowanceMm ? *spec.sheetAllowanceMm : masters.sheetAllowanceMm;
        cut = length + allowance;
        deckle = width + allowance;
        perimeter = 2 * (length + width);
    } else {
        const double glueFlap = spec.glueFlapMm ? *spec.glueFlapMm : masters.glueFlapMm[std::size_t(pi)];
        const double maxLength = spec.maxLengthMm ? *spec.maxLengthMm : masters.maxLengthMm;
        const double deckleAllowance = spec.deckleMm ? *spec.deckleMm : masters.deckleMm[std::size_t(pi)];
        cut = 2 * (li + wi) + glueFlap;
        if (maxLength > 0 && cut > maxLength) {
            cut += masters.extraFlapMm[std::size_t(pi)];
            extraFlap = true;
        }
        double flapDepth = wi;
        switch (spec.style) {
        case Style::Hsc0200:
            flapDepth = wi / 2;
            break;
        case Style::Fol0203:
            flapDepth = 2 * wi;
            break;
        case Style::Css0204:
            flapDepth = li;
            break;
        default:
            break;
        }
        deckle = flapDepth + hi + deckleAllowance;
        perimeter = 2 * (li + wi);
    }

    // Rates get their own loop: the shade lookup is a call, and keeping calls out of the arithmetic loop
    // below spares spilling every running sum around each one. Neighbouring layers usually share a shade.
    const GsmRules &rules = masters.gsmRules;
    std::string_view lastShade;
    double lastPremium = 0;
    bool haveLast = false;
    double lastBf = 0;
    const double *lastBase = nullptr;
    for (int i = 0; i < spec.layerCount; ++i) {
        const LayerSpec &l = spec.layers[std::size_t(i)];
        LayerResult &out = r.layers[std::size_t(i)];
        if (l.rate) {
            out.rate = *l.rate;
            out.rateSource = RateSource::Manual;
            continue;
        }
        if (!lastBase || l.bf != lastBf) {
            lastBase = masters.bfPrice(l.bf);
            lastBf = l.bf;
            if (!lastBase)
                return fail(error, layerField(i, "bf"),
                            "BF " + numberText(l.bf) +
                                " has no base price in the masters; add it there or enter a manual rate");
        }
        const double *base = lastBase;
        const std::string_view shade = l.shade;
        if (!haveLast || shade != lastShade) {
            lastPremium = masters.shadePremium(shade);
            lastShade = shade;
            haveLast = true;
        }
        out.rate = *base + rules.adjustment(l.gsm) + lastPremium + rules.market;
        out.rateSource = RateSource::Master;
        if (!(out.rate >= 0))
            return fail(error, layerField(i, "rate"),
                        "the master rate works out negative (" + numberText(out.rate) + " ₹/kg); check the masters");
    }

    const double area = cut * deckle;
    double weight = 0;
    double burst = 0;
    double ect = 0;
    double paper = 0;
    for (int i = 0; i < spec.layerCount; ++i) {
        const LayerSpec &l = spec.layers[std::size_t(i)];
        LayerResult &out = r.layers[std::size_t(i)];
        const bool isFlute = (i & 1) != 0;
        const Flute *f = isFlute ? flutes[i / 2] : nullptr;
        out.kind = isFlute ? LayerKind::Flute : LayerKind::Liner;
        out.flute = f ? f->letter : 0;
        out.factor = f ? f->factor : 1.0;
        out.weightKg = area * l.gsm * out.factor / 1e9;
        out.cost = out.weightKg * out.rate;
        weight += out.weightKg;
        paper += out.cost;
        burst += l.gsm * l.bf / (isFlute ? 2000.0 : 1000.0);
        ect += l.rct * out.factor;
    }

    const double qty = double(spec.quantity);
    CostBreakdown &c = r.costs;
    c.paper = paper;
    c.printing = 0;
    if (spec.printing) {
        const PrintingSpec &p = *spec.printing;
        c.printing = p.plateCost / qty + p.costPerPrint * double(std::max(spec.quantity, p.moq)) / qty;
    }
    c.lamination = 0;
    if (spec.lamination) {
        const LaminationSpec &l = *spec.lamination;
        const double lengthIn = l.lengthIn ? *l.lengthIn : cut / kMmPerInch;
        const double widthIn = l.widthIn ? *l.widthIn : deckle / kMmPerInch;
        c.lamination = lengthIn * widthIn * l.ratePer100SqIn / 100.0;
    }
    c.varnish = spec.varnishPerBox;
    c.die = spec.dieCost != 0 ? spec.dieCost / qty : 0.0;
    c.punching = spec.punchingPerBox;
    const double preMarkup = c.paper + c.printing + c.lamination + c.varnish + c.die + c.punching;
    const double markupPercent = spec.markupPercent ? *spec.markupPercent : masters.markupPercent;
    const double conversionPerKg = spec.conversionPerKg ? *spec.conversionPerKg : masters.conversionPerKg;
    c.markup = preMarkup * markupPercent / 100.0;
    c.conversion = weight * conversionPerKg;
    const double costPerBox = preMarkup + c.markup + c.conversion;

    // Beyond this a price in paise no longer fits exactly in a double or an int64 order total.
    constexpr double kMaxRupees = 1e13;
    if (!(costPerBox < kMaxRupees))
        return fail(error, "costPerBox",
                    "the price per box is too large (" + numberText(costPerBox) +
                        " ₹); check the dimensions, GSM, rates and costs");
    const long long ratePaise = roundPaise(costPerBox);
    // Compared in double (no integer division on the hot path) against a bound safely below INT64_MAX.
    if (double(ratePaise) * double(spec.quantity) >= 9.0e18)
        return fail(error, "quantity", "the order value is too large to hold; use a smaller quantity");

    r.insideLengthMm = li;
    r.insideWidthMm = wi;
    r.insideHeightMm = hi;
    r.sheet = SheetSize{cut, deckle, extraFlap};
    r.layerCount = spec.layerCount;
    r.weightKg = weight;
    r.burstStrength = burst;
    r.boardThicknessMm = boardThickness;
    r.perimeterMm = perimeter;
    r.ectKnPerM = ect;
    r.bctN = kMcKeeConstant * ect * std::sqrt(boardThickness * perimeter);
    r.bctKgf = r.bctN / kNewtonsPerKgf;
    r.costPerBox = costPerBox;
    r.ratePerBoxPaise = ratePaise;
    r.ratePerBox = double(ratePaise) / 100.0;
    r.totalValuePaise = ratePaise * spec.quantity;
    r.totalValue = double(r.totalValuePaise) / 100.0;
    error.field.clear();
    error.message.clear();
    return true;
}

CostingOutcome computeCosting(const BoxSpec &spec, const CostingMasters &masters) {
    CostingOutcome outcome;
    computeCosting(spec, masters, outcome.result, outcome.error);
    return outcome;
}

} // namespace bcp::costing
