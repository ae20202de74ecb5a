#pragma once
// Numbers as people write them in messages and master keys: "18", "22.5", "-300" (no trailing zeros).

#include <string>

namespace bcp::costing {

std::string numberText(double value);

} // namespace bcp::costing
