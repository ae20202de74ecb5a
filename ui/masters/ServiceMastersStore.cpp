#include "masters/ServiceMastersStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace bcp::ui {

ServiceMastersStore::ServiceMastersStore(Database &db, Session session)
    : m_service(db), m_session(std::move(session)) {}

ServiceMastersStore::ServiceMastersStore(Database &db, Session session, const Clock &clock)
    : m_service(db, clock), m_session(std::move(session)) {}

Result<costing::CostingMasters> ServiceMastersStore::load() {
    Result<MastersService::Editable> loaded = m_service.loadForEdit(m_session);
    if (!loaded)
        return loaded.error();
    m_rowVersion = loaded->rowVersion;
    m_updatedBy = loaded->updatedBy;
    m_updatedAt = loaded->updatedAt;
    return loaded->masters;
}

Result<void> ServiceMastersStore::save(const costing::CostingMasters &masters) {
    const Result<int> saved = m_service.save(m_session, masters, m_rowVersion);
    if (!saved)
        return saved.error();
    m_rowVersion = saved.value();
    // Who and when as the database recorded them; the save itself stands even if this read fails.
    if (const Result<MastersService::Editable> now = m_service.loadForEdit(m_session);
        now && now->rowVersion == m_rowVersion) {
        m_updatedBy = now->updatedBy;
        m_updatedAt = now->updatedAt;
    }
    return {};
}

Result<void> ServiceMastersStore::check(const costing::CostingMasters &masters) const {
    return MastersService::validate(masters);
}

QString ServiceMastersStore::lastSaved() const {
    if (m_updatedBy.isEmpty() || !m_updatedAt.isValid())
        return QCoreApplication::translate("bcp::ui::ServiceMastersStore", "The shop still uses the standard masters.");
    return QCoreApplication::translate("bcp::ui::ServiceMastersStore", "Last saved by %1 on %2.")
        .arg(m_updatedBy, QLocale().toString(m_updatedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace bcp::ui
