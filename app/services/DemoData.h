#pragma once
// Realistic demo data for a shop: Indian parties (names, companies, cities, valid GSTINs, unique mobiles)
// and quotes of real boxes priced by the costing engine, written in bulk (large transactions, prepared
// multi-row inserts) so a million quotes load in well under two minutes. The rows are exactly what the
// services write (through QuoteRows and PartyService's stored form); only the per-row audit is replaced by
// one `demo.generate` row.

#include "Result.h"

#include <QString>

#include <functional>

namespace bcp {

class Clock;
class Database;
struct Session;

class DemoData {
public:
    struct Options {
        int parties = -1; // -1: one party per 100 quotes, at least 20 and at most 20,000
        qint64 quotes = 500;
        quint64 seed = 20251126; // the same seed gives the same shop
        std::function<void(qint64 done, qint64 total)> progress;
    };
    struct Summary {
        int parties = 0;
        qint64 quotes = 0;
        qint64 versions = 0;
        qint64 items = 0;
    };

    explicit DemoData(Database &db);
    DemoData(Database &db, const Clock &clock);

    // The shop created on a database that has none: "Demo Box Works".
    static QString shopName();
    static QString shopStateCode(); // "27" (Maharashtra)

    // Adds parties and quotes to the session's shop (needs settings.edit, parties.edit and quotes.edit).
    Result<Summary> generate(const Session &session, const Options &options);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
