#pragma once
// Quotes of the signed-in shop (DOCUMENTS.md "Quotes"): saving creates an immutable version that snapshots
// the party and every master value used; the number QT/{FY}/{seq:4} comes from the counter row inside the
// saving transaction; the duplicate-box rule; restore, compare, status; and the paged Quotes list. Every
// method is one unit of work: permission, validation, one transaction, one audit row for a change.

#include "Result.h"
#include "services/QuoteTypes.h"

#include <optional>

namespace bcp {

class Clock;
class Database;
struct Session;

class QuoteService {
public:
    explicit QuoteService(Database &db);
    QuoteService(Database &db, const Clock &clock);

    // "A quote already exists for this box. Saving will create a new version."
    static QString duplicateWarning();

    // What can be checked without the database or the party: items present, transport, terms and notes.
    // save() checks it too; a script checks it before it creates a party for the quote.
    static Result<void> checkDraft(const QuoteDraft &draft);

    // The shop's masters now: what a new quote is priced with.
    Result<costing::CostingMasters> currentMasters(const Session &session);

    // A new quote (draft.quoteId 0) or a new version of draft.quoteId. Items are priced again with the
    // draft's masters (or the shop's current ones) and errors name the field ("items[1].costing.layers[0].bf").
    // A new quote whose box matches a box of an existing quote of the same party (name ignoring case, each
    // inside dimension within 1 mm) becomes a new version of that quote, with the warning set.
    Result<QuoteSaveResult> save(const Session &session, const QuoteDraft &draft);

    // The quote whose active version has a box matching one of `items` (priced by QuoteCalculator), for
    // the editor's warning before saving. `excludeQuoteId` is the quote being edited.
    Result<std::optional<DuplicateMatch>> findDuplicate(const Session &session, qint64 partyId,
                                                        const QList<QuoteItem> &items, qint64 excludeQuoteId = 0);

    Result<Quote> get(const Session &session, qint64 quoteId);
    Result<Quote> getByNumber(const Session &session, const QString &number);
    Result<QuoteVersion> version(const Session &session, qint64 quoteId, int version);
    // Both versions and every value that differs between them.
    Result<VersionDiff> compare(const Session &session, qint64 quoteId, int versionA, int versionB);

    // Copies `version` into a new active version dated today ("Version restored as a new active version").
    Result<QuoteSaveResult> restore(const Session &session, qint64 quoteId, int version, int rowVersion);

    // draft → sent → accepted | rejected (a draft may also be accepted or rejected directly). Accepted and
    // rejected are final for that version: a new version starts again as a draft. Setting the status the
    // quote already has changes nothing. `rowVersion` absent skips the concurrent-edit check (scripts).
    Result<Quote> setStatus(const Session &session, qint64 quoteId, QuoteStatus status,
                            std::optional<int> rowVersion = std::nullopt);

    Result<QuotePage> list(const Session &session, const QuoteQuery &query);

private:
    QDate today() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
