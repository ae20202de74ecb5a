#pragma once
// An input the engine refuses (COSTING.md §4). `field` is the path of the bad value inside the spec
// (`length`, `flutes`, `layers[2].bf`, `printing.moq`) or inside the masters (`bfPrices.18`), so a screen
// can mark the field and the CLI can prefix it with the element's position.

#include <string>

namespace bcp::costing {

struct CostingError {
    std::string field;
    std::string message;

    bool isError() const { return !field.empty() || !message.empty(); }
    // "field: message", the form shown on one line to users and scripts.
    std::string text() const { return field.empty() ? message : field + ": " + message; }
};

} // namespace bcp::costing
