#pragma once
// The Masters pane's store for the running application: the signed-in shop's masters through
// MastersService, which checks the permission, validates, saves in one transaction and audits. The row
// version read with the masters goes back with the save, so a save over someone else's newer masters is
// refused instead of silently undoing their work.

#include "masters/MastersStore.h"
#include "services/MastersService.h"
#include "services/Session.h"

namespace bcp {
class Clock;
class Database;
} // namespace bcp

namespace bcp::ui {

class ServiceMastersStore : public MastersStore {
public:
    ServiceMastersStore(Database &db, Session session);
    // With the clock the rest of the application uses, so audit times agree (and tests can set the time).
    ServiceMastersStore(Database &db, Session session, const Clock &clock);

    Result<costing::CostingMasters> load() override;
    Result<void> save(const costing::CostingMasters &masters) override;
    Result<void> check(const costing::CostingMasters &masters) const override;
    QString lastSaved() const override;

private:
    MastersService m_service;
    Session m_session;
    int m_rowVersion = 0;
    QString m_updatedBy;
    QDateTime m_updatedAt;
};

} // namespace bcp::ui
