#pragma once
// Where the Masters pane loads and saves a shop's masters. The pane knows nothing about databases or
// sessions: the application passes a store backed by the masters service, tests pass one in memory.

#include "Result.h"
#include "costing/CostingMasters.h"

namespace bcp::ui {

class MastersStore {
public:
    virtual ~MastersStore() = default;

    virtual Result<costing::CostingMasters> load() = 0;
    // The rules a save must pass, asked while the user types so the pane can name a problem at once. The
    // Masters rules of the engine unless the store knows stricter ones.
    virtual Result<void> check(const costing::CostingMasters &masters) const {
        const costing::CostingError error = costing::validateMasters(masters);
        if (!error.isError())
            return {};
        return Error::invalid(QString::fromStdString(error.field), QString::fromStdString(error.message));
    }
    // Who saved the masters last and when, as one line for the pane; empty when the store does not know.
    virtual QString lastSaved() const { return {}; }
    // Saves a complete set that already passed costing::validateMasters. An Invalid error's field uses the
    // same paths as validateMasters (`flutes.B.factor`) so the pane can mark it.
    virtual Result<void> save(const costing::CostingMasters &masters) = 0;
};

} // namespace bcp::ui
