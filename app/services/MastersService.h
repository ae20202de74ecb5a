#pragma once
// A shop's costing masters in the database (COSTING.md §2): paper prices by BF, shades, GSM rules, flutes,
// per-ply defaults, business defaults and the rate memory. Each method is one unit of work: permission
// check, validation, one transaction, one audit row. Changes affect new costings only; saved quotes keep
// their own snapshot of the values they used.

#include "Result.h"
#include "costing/CostingMasters.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bcp {

class Clock;
class Database;
struct Session;

class MastersService {
public:
    explicit MastersService(Database &db);
    MastersService(Database &db, const Clock &clock);

    // The shop's masters for costing (needs costing.use or masters.view).
    Result<costing::CostingMasters> load(const Session &session);

    // The masters with what the Masters pane needs to save them back (masters.view).
    struct Editable {
        costing::CostingMasters masters;
        int rowVersion = 0;  // pass back to save(): refuses if someone saved in between
        QString updatedBy;   // empty until the shop first saves its own masters
        QDateTime updatedAt; // invalid until then
    };
    Result<Editable> loadForEdit(const Session &session);

    // Replaces the shop's whole master set (masters.edit) and returns the new row version. Refused with the
    // field named (`flutes.B.factor`, `gstPercent`, `bfPrices.18`) and nothing saved when a value breaks
    // the rules: no negative prices, flute factor 1.0-2.0, heights and thicknesses > 0, GST from the legal
    // rates, rupee values in whole paise.
    Result<int> save(const Session &session, const costing::CostingMasters &masters, int rowVersion);

    // Rate memory (costing.use): the manual rate last used for this BF and shade (shade case-insensitive),
    // to offer the next time; nullopt when there is none.
    Result<std::optional<double>> rememberedRate(const Session &session, double bf, const QString &shade);
    Result<void> rememberRate(const Session &session, double bf, const QString &shade, double rate);

    // The Masters rules plus what storage needs. The error's field is a path inside the masters.
    static Result<void> validate(const costing::CostingMasters &masters);

    // For other services, inside the caller's open transaction; statements throw DbError like any other.
    // Copies the template (tenant 0, the COSTING.md §2 defaults) to a new shop: call it in the transaction
    // that creates the tenant.
    static void seedTenant(Database &tx, qint64 tenantId);
    // A shop's masters without a permission check (the caller has done its own).
    static Result<costing::CostingMasters> loadTenant(Database &tx, qint64 tenantId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
