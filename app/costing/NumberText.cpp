#include "costing/NumberText.h"

#include <cstdio>

namespace bcp::costing {

std::string numberText(double value) {
    char buf[32];
    // 15 significant digits print every value a user types back exactly, without binary noise.
    std::snprintf(buf, sizeof buf, "%.15g", value);
    return buf;
}

} // namespace bcp::costing
