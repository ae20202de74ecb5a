#pragma once
// Parties (customers) of the signed-in shop: validation of every field, search-as-you-type over keyset
// pages, optimistic concurrency and soft delete of parties that documents refer to. Every method is one
// unit of work: permission, validation, one transaction, one audit row for a change.

#include "Result.h"
#include "services/PartyTypes.h"

#include <QStringList>
#include <QVariantList>

#include <optional>

namespace bcp {

class Clock;
class Database;
struct Session;

class PartyService {
public:
    explicit PartyService(Database &db);
    PartyService(Database &db, const Clock &clock);

    // Checks and normalises every field without touching the database (screens call it as the user types):
    // mobile to ten digits, GSTIN upper-cased with state and PAN derived from it, PIN without spaces, e-mail
    // domain lower-cased. Errors name the field: name, mobile, email, gstin, pan, billing.pin,
    // billing.state, shipping.pin … behind `prefix` (e.g. "party" gives "party.mobile").
    static Result<Party> normalise(const Party &input, const QString &prefix = {});

    Result<Party> create(const Session &session, const Party &input);
    // Saves `input` over the stored party when input.rowVersion is still the stored version; otherwise a
    // Conflict naming who changed it and when.
    Result<Party> update(const Session &session, const Party &input);
    Result<Party> get(const Session &session, qint64 partyId);
    // The live party with this mobile number (any written form of it), if there is one.
    Result<std::optional<Party>> findByMobile(const Session &session, const QString &mobile);

    enum class Removal { Deleted, Hidden };
    // A party with quotes (or any other document) is hidden and kept for history; one with none is deleted.
    Result<Removal> remove(const Session &session, qint64 partyId, int rowVersion);
    // Shows a hidden party again (refused while another live party has its mobile number).
    Result<Party> unhide(const Session &session, qint64 partyId, int rowVersion);

    Result<PartyPage> list(const Session &session, const PartyQuery &query);

    // The stored form of a normalised party, for bulk loaders that bypass the per-row service: the INSERT
    // column list of `parties` and the values in that order, and the words its search terms hold.
    static const QString &insertColumns();
    static QVariantList insertValues(qint64 tenantId, const Party &party, const QString &at, qint64 userId,
                                     const QString &userName);
    static QStringList searchWords(const Party &party);

    // A party of the shop inside the caller's transaction, without a permission check (for the services that
    // snapshot it on their documents); nullopt when the shop has no such party. `lock` holds the row until
    // the transaction ends on PostgreSQL (SQLite's write transaction already excludes other writers).
    static std::optional<Party> read(Database &tx, qint64 tenantId, qint64 partyId, bool lock = false);

private:
    Result<Party> load(Database &tx, const Session &session, qint64 partyId);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
