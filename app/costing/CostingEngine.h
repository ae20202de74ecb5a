#pragma once
// The one costing engine (COSTING.md §3): a box spec and the masters in, sheet, weights, strength and
// price out. Pure and allocation-free on success, so it can be called on every keystroke or millions of
// times in an import. Input errors come back as a value naming the field; nothing throws.

#include "costing/BoxSpec.h"
#include "costing/CostingError.h"
#include "costing/CostingMasters.h"
#include "costing/CostingResult.h"

namespace bcp::costing {

struct CostingOutcome {
    CostingResult result; // meaningful only when ok()
    CostingError error;

    bool ok() const { return !error.isError(); }
};

CostingOutcome computeCosting(const BoxSpec &spec, const CostingMasters &masters);

// The same, writing into caller-owned storage; returns false and fills `error` on bad input.
bool computeCosting(const BoxSpec &spec, const CostingMasters &masters, CostingResult &result, CostingError &error);

// Rupees rounded half-up to whole paise. Values within a hair of a half paise (binary floating point
// cannot hold 11.655 exactly) count as the half and round up.
long long roundHalfUpToPaise(double rupees);

} // namespace bcp::costing
