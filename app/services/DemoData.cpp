#include "services/DemoData.h"

#include "data/Database.h"
#include "money/Gstin.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/CompanyService.h"
#include "services/CostingJson.h"
#include "services/Counters.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteCalculator.h"
#include "services/QuoteRows.h"
#include "services/QuoteService.h"
#include "services/SearchTerms.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("DemoData", text);
}

// ---- Source material ------------------------------------------------------------------------------

const char *const kFirstNames[] = {
    "Ravi",     "Amit",   "Suresh", "Rajesh",  "Priya",   "Anita",  "Vikram",   "Sanjay",  "Deepak",   "Neha",
    "Rahul",    "Pooja",  "Arun",   "Kiran",   "Manoj",   "Sunita", "Vijay",    "Ashok",   "Meena",    "Ramesh",
    "Prakash",  "Kavita", "Nitin",  "Swati",   "Harish",  "Geeta",  "Mahesh",   "Anil",    "Rekha",    "Sachin",
    "Ajay",     "Lata",   "Dinesh", "Shweta",  "Gopal",   "Farhan", "Imran",    "Zoya",    "Harpreet", "Gurpreet",
    "Manpreet", "Joseph", "Thomas", "Mary",    "Lakshmi", "Venkat", "Srinivas", "Karthik", "Divya",    "Arjun",
    "Naveen",   "Bhavna", "Hitesh", "Jignesh", "Kunal",   "Rohit",  "Sneha",    "Tushar",  "Yogesh",   "Zubin"};

const char *const kSurnames[] = {
    "Kumar", "Sharma", "Patel",   "Shah",     "Reddy",      "Iyer",      "Nair",     "Menon",  "Gupta",  "Agarwal",
    "Jain",  "Mehta",  "Desai",   "Joshi",    "Kulkarni",   "Patil",     "Deshmukh", "Singh",  "Gill",   "Sandhu",
    "Khan",  "Sheikh", "Das",     "Banerjee", "Chatterjee", "Mukherjee", "Bose",     "Rao",    "Naidu",  "Pillai",
    "Verma", "Yadav",  "Chauhan", "Thakur",   "Bhatt",      "Trivedi",   "Pandey",   "Mishra", "Saxena", "Fernandes"};

const char *const kCompanyFirst[] = {"Shree",    "Sai",        "Om",        "Ganesh",   "Balaji", "Laxmi",
                                     "Krishna",  "Jai Bharat", "Sunrise",   "Royal",    "Prime",  "Global",
                                     "National", "Star",       "Galaxy",    "Everest",  "Ganga",  "Narmada",
                                     "Deccan",   "Sahyadri",   "Annapurna", "Vardhman", "Siddhi", "Mahalaxmi",
                                     "Tirupati", "Kaveri",     "Himalaya",  "Indus",    "Apex",   "Crystal"};

const char *const kCompanyTrade[] = {"Exports",     "Agro Foods", "Pharma",          "Textiles",        "Industries",
                                     "Enterprises", "Traders",    "Electronics",     "Auto Components", "Ceramics",
                                     "Beverages",   "Spices",     "Dairy",           "Bakers",          "Plastics",
                                     "Engineering", "Cosmetics",  "Home Appliances", "Garments",        "Fresh Fruits"};

const char *const kCompanySuffix[] = {"Pvt Ltd", "LLP", "& Co", "Pvt Ltd", "", "Private Limited", "& Sons", ""};

struct City {
    const char *name;
    const char *state;
    int pinPrefix;      // first three digits of the city's PIN codes
    const char *estate; // an industrial area of the city
};

const City kCities[] = {{"Pune", "27", 411, "MIDC Bhosari"},
                        {"Mumbai", "27", 400, "Andheri East"},
                        {"Nashik", "27", 422, "MIDC Satpur"},
                        {"Nagpur", "27", 440, "MIDC Hingna"},
                        {"Aurangabad", "27", 431, "MIDC Waluj"},
                        {"Ahmedabad", "24", 382, "GIDC Vatva"},
                        {"Surat", "24", 394, "GIDC Sachin"},
                        {"Rajkot", "24", 360, "Aji Industrial Area"},
                        {"Vadodara", "24", 390, "GIDC Makarpura"},
                        {"Bengaluru", "29", 560, "Peenya Industrial Area"},
                        {"Mysuru", "29", 570, "Hebbal Industrial Area"},
                        {"Chennai", "33", 600, "Ambattur Industrial Estate"},
                        {"Coimbatore", "33", 641, "SIDCO Kurichi"},
                        {"Hyderabad", "36", 500, "IDA Jeedimetla"},
                        {"Visakhapatnam", "37", 530, "Autonagar"},
                        {"New Delhi", "07", 110, "Okhla Phase II"},
                        {"Noida", "09", 201, "Sector 63"},
                        {"Lucknow", "09", 226, "Talkatora Industrial Area"},
                        {"Gurugram", "06", 122, "Udyog Vihar"},
                        {"Ludhiana", "03", 141, "Focal Point"},
                        {"Chandigarh", "04", 160, "Industrial Area Phase I"},
                        {"Jaipur", "08", 302, "Sitapura Industrial Area"},
                        {"Indore", "23", 452, "Sanwer Road"},
                        {"Kolkata", "19", 700, "Taratala"},
                        {"Kochi", "32", 682, "Kalamassery"},
                        {"Bhubaneswar", "21", 751, "Mancheswar"},
                        {"Patna", "10", 800, "Patliputra Industrial Area"},
                        {"Guwahati", "18", 781, "Bamunimaidam"},
                        {"Panaji", "30", 403, "Verna Industrial Estate"},
                        {"Raipur", "22", 492, "Urla Industrial Area"},
                        {"Dehradun", "05", 248, "Selaqui"},
                        {"Ranchi", "20", 834, "Tupudana"}};

const char *const kMobilePrefixes[] = {"98", "97", "96", "95", "94", "93", "91", "90", "89", "88", "87", "85", "84",
                                       "82", "81", "80", "79", "78", "77", "76", "75", "74", "73", "70", "63", "62"};

struct Product {
    const char *name;
    int length;
    int width;
    int height;
    int ply;
    bool printed;
};

const Product kProducts[] = {{"Apple Box", 400, 300, 250, 5, true},
                             {"Mango Carton", 350, 250, 120, 3, true},
                             {"Shoe Box", 320, 200, 110, 3, true},
                             {"Pizza Box", 300, 300, 45, 3, true},
                             {"Mobile Phone Carton", 180, 100, 60, 3, true},
                             {"Pharma Shipper", 450, 350, 300, 5, false},
                             {"Biscuit Carton", 380, 260, 210, 3, true},
                             {"Tea Carton", 300, 220, 200, 3, true},
                             {"Detergent Carton", 420, 300, 280, 5, true},
                             {"LED TV Carton", 1100, 180, 700, 7, true},
                             {"Export Master Carton", 600, 400, 400, 7, false},
                             {"E-commerce Mailer", 250, 180, 80, 3, true},
                             {"Sweet Box", 250, 250, 60, 3, true},
                             {"Medicine Outer", 280, 180, 150, 3, false},
                             {"Auto Parts Box", 350, 250, 200, 5, false},
                             {"Ceramic Tile Box", 610, 610, 60, 5, false},
                             {"Garment Box", 450, 350, 120, 3, true},
                             {"Fruit Crate", 500, 350, 250, 5, false},
                             {"Oil Tin Carton", 500, 250, 350, 5, true},
                             {"Electronics Master Carton", 550, 450, 400, 7, false},
                             {"Pump Carton", 400, 300, 300, 5, false},
                             {"Toy Box", 350, 250, 150, 3, true},
                             {"Glassware Carton", 400, 300, 300, 5, false},
                             {"Spice Carton", 300, 200, 150, 3, true},
                             {"Bakery Box", 200, 200, 100, 3, true},
                             {"Paint Bucket Carton", 560, 300, 300, 5, false}};

const double kSizeVariants[] = {1.0, 0.9, 1.15};
const qint64 kQuantities[] = {250, 500, 1000, 1500, 2000, 3000, 5000, 10000};
const char *const kPaymentTerms[] = {"30 days", "15 days", "Advance", "45 days", "Against delivery", "50% advance"};

// ---- Random numbers: fast and reproducible from the seed ------------------------------------------

class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed ? seed : 0x9e3779b97f4a7c15ULL) {}
    quint64 next() {
        // splitmix64
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(qint64 n) { return int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <class T, std::size_t N> const T &pick(const T (&items)[N]) { return items[below(N)]; }

private:
    quint64 m_state;
};

QChar letter(Rng &rng) {
    return QChar(QLatin1Char(char('A' + rng.below(26))));
}

// ---- Bulk insert ----------------------------------------------------------------------------------

// Multi-row INSERTs with the values written into the statement as SQL literals. Qt's parameter binding
// keeps per-value bookkeeping (a generated placeholder name and a hash lookup for every value) that costs
// more than the database parsing the literal; for a million generated rows that decides the load time.
// Only values this loader generates go through here, and text is quoted by doubling single quotes, which
// both engines (PostgreSQL with standard_conforming_strings) read back exactly. Rows are buffered until
// flush(), so a caller writes parents before children (foreign keys are checked at once).
// SQLite compiles a statement into one program; past a couple of hundred rows a longer statement only costs
// more parsing memory. PostgreSQL gains from fewer round trips.
constexpr int kSqliteRowsPerStatement = 200;

class Bulk {
public:
    Bulk(Database &db, const QString &table, const QString &columns, int rowsPerStatement)
        : m_db(db), m_prefix(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns)),
          m_width(QuoteRows::count(columns)),
          m_rowsPerStatement(db.isSqlite() ? std::min(rowsPerStatement, kSqliteRowsPerStatement) : rowsPerStatement) {}

    // Rows most of whose values repeat: every row comes with a key (a party, a box design), the first row of
    // each key is kept whole in a temporary table, and each row sends only its `varying` columns, the others
    // joined from its key's row. A box's name, description, costing and size are then parsed once per
    // design instead of once per item. The caller owns the promise that the other columns are the same for
    // every row of a key.
    Bulk(Database &db, const QString &table, const QString &columns, const QStringList &varying, int rowsPerStatement)
        : Bulk(db, table, columns, rowsPerStatement) {
        const QString keyed = QStringLiteral("demo_") + table;
        const QStringList names = columns.split(QStringLiteral(", "));
        QStringList select;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const qsizetype at = varying.indexOf(names.at(i));
            if (at >= 0) {
                m_varying << int(i);
                select << QStringLiteral("v.column%1").arg(at + 2); // column1 is the key
            } else {
                select << QStringLiteral("k.") + names.at(i);
            }
        }
        Q_ASSERT(m_varying.size() == varying.size());
        m_prefix = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM (VALUES ")
                       .arg(table, columns, select.join(QStringLiteral(", ")));
        // CROSS JOIN keeps SQLite's order: the rows in the order written, each looking up its key.
        m_suffix = QStringLiteral(") AS v CROSS JOIN %1 k WHERE k.row_key = v.column1").arg(keyed);
        db.exec(QStringLiteral("CREATE TEMP TABLE %1%2 AS SELECT 0 AS row_key, %3 FROM %4 WHERE 1 = 0")
                    .arg(keyed, db.isSqlite() ? QString() : QStringLiteral(" ON COMMIT DROP"), columns, table));
        db.exec(QStringLiteral("CREATE UNIQUE INDEX %1_key ON %1 (row_key)").arg(keyed));
        m_keyedTable = keyed;
        m_keyRows = std::make_unique<Bulk>(db, keyed, QStringLiteral("row_key, ") + columns, rowsPerStatement);
    }

    void add(const QVariantList &row) {
        Q_ASSERT(row.size() == m_width && !m_keyRows);
        startRow();
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                m_sql += QLatin1Char(',');
            appendLiteral(row.at(i));
        }
        endRow();
    }

    void add(qint64 key, const QVariantList &row) {
        Q_ASSERT(row.size() == m_width && m_keyRows);
        if (!m_keys.contains(key)) {
            m_keys.insert(key);
            m_keyRows->add(QVariantList{key} + row);
        }
        startRow();
        m_sql += QString::number(key);
        for (const int i : std::as_const(m_varying)) {
            m_sql += QLatin1Char(',');
            appendLiteral(row.at(i));
        }
        endRow();
    }

    // Moves the statements written so far to `out`, the key rows they need first.
    void takeStatements(QStringList &out) {
        if (m_keyRows)
            m_keyRows->takeStatements(out);
        if (m_inStatement > 0)
            finishStatement();
        out << m_ready;
        m_ready.clear();
    }

    void flush() {
        QStringList statements;
        takeStatements(statements);
        for (const QString &statement : std::as_const(statements))
            m_db.exec(statement);
    }

    // Flushes and drops the table of key rows (PostgreSQL drops it at commit).
    void finish() {
        flush();
        if (m_keyRows && m_db.isSqlite())
            m_db.exec(QStringLiteral("DROP TABLE temp.%1").arg(m_keyedTable));
    }

private:
    void startRow() {
        m_sql += m_inStatement == 0 ? m_prefix : QStringLiteral(",");
        m_sql += QLatin1Char('(');
    }

    void endRow() {
        m_sql += QLatin1Char(')');
        if (++m_inStatement == m_rowsPerStatement)
            finishStatement();
    }

    void finishStatement() {
        m_sql += m_suffix;
        const qsizetype size = m_sql.size();
        m_ready << std::move(m_sql);
        m_sql = QString();
        m_sql.reserve(size + size / 4); // the next statement is about as long: no regrowth while it is written
        m_inStatement = 0;
    }

    void appendLiteral(const QVariant &v) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            m_sql += QString::number(v.toLongLong());
            return;
        case QMetaType::Bool:
            m_sql += v.toBool() ? QLatin1Char('1') : QLatin1Char('0');
            return;
        case QMetaType::Double:
            m_sql += QString::number(v.toDouble(), 'g', 17);
            return;
        case QMetaType::QString: {
            // A never-set text is stored as '' like the services do (the columns are NOT NULL).
            const QString text = v.toString();
            m_sql += QLatin1Char('\'');
            if (text.contains(QLatin1Char('\''))) {
                QString doubled = text;
                m_sql += doubled.replace(QLatin1Char('\''), QStringLiteral("''"));
            } else {
                m_sql += text;
            }
            m_sql += QLatin1Char('\'');
            return;
        }
        default:
            break;
        }
        if (v.isNull()) {
            m_sql += QStringLiteral("NULL");
            return;
        }
        throw DbError(
            QStringLiteral("demo data: no literal form for a value of type %1").arg(QString::fromLatin1(v.typeName())),
            {}, false);
    }

    Database &m_db;
    QString m_prefix;
    QString m_suffix;
    int m_width;
    int m_rowsPerStatement;
    QString m_sql;
    QStringList m_ready;
    int m_inStatement = 0;
    QList<int> m_varying; // the columns a keyed row sends
    QString m_keyedTable;
    std::unique_ptr<Bulk> m_keyRows;
    QSet<qint64> m_keys;
};

// Batches of statements handed from the thread that writes them to the thread that runs them. Bounded, so a
// writer that runs ahead waits instead of holding the whole load in memory.
class StatementQueue {
public:
    struct Batch {
        QStringList statements;
        qint64 quotesDone = 0;
    };

    // Waits while the queue is full; false once the reader has stopped.
    bool push(Batch batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < kMaxBatches || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // Waits for the next batch; none once the writer has closed the queue and every batch was taken.
    std::optional<Batch> pop() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

    // The writer has written everything.
    void close() {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    // The reader takes nothing more: a waiting writer gives up.
    void stop() {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    static constexpr std::size_t kMaxBatches = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_stopped = false;
};

// ---- What a demo quote is made of -----------------------------------------------------------------

struct Combo {
    QuoteItem item; // priced, without negotiation
    QStringList words;
    qint64 costingId = 0; // its costing snapshot in the shop
};

struct DemoParty {
    Party party;
    QStringList words; // name and company words, as a quote's search words take them
    qint64 snapshotId = 0;
};

// One item of a generated version: its box design and what was agreed for it.
struct DemoItem {
    qint64 combo = 0;
    Negotiation negotiation;
    Money unit;
    Money amount;
    bool selected = true;
};

// The words SearchTerms::words gives for a quote number, its sequence as printed and as a plain number (a
// number has no spaces or commas and starts and ends with a letter or digit, so no splitting is needed).
QStringList numberWords(const QuoteRows::Numbering &n) {
    QStringList words = {n.number.toLower()};
    const QString printed = n.number.section(QLatin1Char('/'), -1);
    const QString plain = QString::number(n.seq);
    if (!words.contains(printed))
        words << printed;
    if (!words.contains(plain))
        words << plain;
    return words;
}

costing::BoxSpec boxSpec(const Product &p, double scale, qint64 quantity, bool bigFlute) {
    auto round5 = [](double mm) { return std::round(mm / 5.0) * 5.0; };
    costing::BoxSpec s;
    s.length = round5(p.length * scale);
    s.width = round5(p.width * scale);
    s.height = round5(p.height * scale);
    s.ply = p.ply;
    s.quantity = quantity;
    s.layerCount = p.ply;
    struct L {
        double gsm, bf;
        const char *shade;
        double rct;
    };
    static const L three[] = {
        {180, 24, "Golden Kraft", 1.8}, {150, 18, "Kraft/Natural", 1.2}, {150, 18, "Kraft/Natural", 1.5}};
    static const L five[] = {{180, 24, "Golden Kraft", 1.9},
                             {120, 18, "Semi Chemical Fluting", 1.1},
                             {150, 18, "Kraft/Natural", 1.5},
                             {120, 18, "Semi Chemical Fluting", 1.1},
                             {150, 20, "Kraft/Natural", 1.6}};
    static const L seven[] = {{200, 28, "Virgin Kraft Liner", 2.2}, {120, 18, "Semi Chemical Fluting", 1.1},
                              {150, 20, "Kraft/Natural", 1.6},      {120, 18, "Semi Chemical Fluting", 1.1},
                              {150, 20, "Kraft/Natural", 1.6},      {120, 18, "Semi Chemical Fluting", 1.1},
                              {180, 24, "Golden Kraft", 1.9}};
    const L *layers = p.ply == 3 ? three : p.ply == 5 ? five : seven;
    s.flutes = p.ply == 3 ? (bigFlute ? "C" : "B") : p.ply == 5 ? "BC" : "CBC";
    for (int i = 0; i < p.ply; ++i) {
        costing::LayerSpec &l = s.layers[std::size_t(i)];
        l.gsm = layers[i].gsm;
        l.bf = layers[i].bf;
        l.shade = layers[i].shade;
        l.rct = layers[i].rct;
    }
    if (p.printed) {
        costing::PrintingSpec print;
        print.costPerPrint = 0.6;
        print.plateCost = 2500;
        print.moq = 1000;
        print.colors = 2;
        print.type = "Flexo";
        s.printing = print;
    }
    return s;
}

Result<std::vector<Combo>> buildCombos(const costing::CostingMasters &masters) {
    std::vector<Combo> combos;
    for (const Product &p : kProducts) {
        for (std::size_t v = 0; v < std::size(kSizeVariants); ++v) {
            for (qint64 quantity : kQuantities) {
                Combo c;
                c.item.name = QStringLiteral("%1 %2 Ply").arg(QLatin1String(p.name)).arg(p.ply);
                c.item.spec = boxSpec(p, kSizeVariants[v], quantity, v == 2);
                c.item.description = QStringLiteral("%1x%2x%3 mm ID, %4 flute")
                                         .arg(c.item.spec.length)
                                         .arg(c.item.spec.width)
                                         .arg(c.item.spec.height)
                                         .arg(QString::fromStdString(c.item.spec.flutes));
                if (p.printed)
                    c.item.remarks = QStringLiteral("2 colour flexo print");
                if (auto priced = QuoteCalculator::price(c.item, masters); !priced)
                    return priced.error();
                c.words = SearchTerms::words(c.item.name);
                combos.push_back(std::move(c));
            }
        }
    }
    return combos;
}

QString slug(const QString &text) {
    QString s;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            s += c;
    }
    return s;
}

Party makeParty(Rng &rng, const QString &mobile) {
    Party p;
    const QString first = QLatin1String(rng.pick(kFirstNames));
    const QString last = QLatin1String(rng.pick(kSurnames));
    p.name = first + QLatin1Char(' ') + last;
    const QString trade = QLatin1String(rng.pick(kCompanyTrade));
    const QString suffix = QLatin1String(rng.pick(kCompanySuffix));
    const QString firstWord = rng.chance(0.3) ? last : QLatin1String(rng.pick(kCompanyFirst));
    p.company = (firstWord + QLatin1Char(' ') + trade + (suffix.isEmpty() ? QString() : QLatin1Char(' ') + suffix))
                    .simplified();
    static const char *const designations[] = {"Proprietor", "Partner", "Director", "Purchase Manager", "Owner", ""};
    p.designation = QLatin1String(rng.pick(designations));
    p.mobile = mobile;
    const City &city = rng.pick(kCities);
    p.billing.line1 = rng.chance(0.5)
                          ? QStringLiteral("Plot %1, %2").arg(1 + rng.below(250)).arg(QLatin1String(city.estate))
                          : QStringLiteral("Gala No. %1, %2").arg(1 + rng.below(120)).arg(QLatin1String(city.estate));
    p.billing.city = QLatin1String(city.name);
    p.billing.stateCode = QLatin1String(city.state);
    p.billing.pin = QString::number(city.pinPrefix * 1000 + 1 + rng.below(60)).rightJustified(6, QLatin1Char('0'));
    if (rng.chance(0.6))
        p.email = slug(first) + QLatin1Char('@') + slug(firstWord + trade) + QStringLiteral(".in");
    if (rng.chance(0.75)) {
        // PAN: three letters, the holder type (C company, F firm, P person), the name's initial, four
        // digits, a letter; the GSTIN wraps it with the state code, entity number, Z and the check character.
        const QChar type = suffix.contains(QLatin1String("Ltd")) || suffix.contains(QLatin1String("Limited"))
                               ? QLatin1Char('C')
                           : suffix.isEmpty() ? QLatin1Char('P')
                                              : QLatin1Char('F');
        QString pan;
        pan += letter(rng);
        pan += letter(rng);
        pan += letter(rng);
        pan += type;
        pan += type == QLatin1Char('P') ? last.at(0).toUpper() : firstWord.at(0).toUpper();
        pan += QString::number(1000 + rng.below(9000));
        pan += letter(rng);
        const QString first14 = p.billing.stateCode + pan + QStringLiteral("1Z");
        p.gstin = first14 + Gstin::checkCharacter(first14);
        p.pan = pan;
    }
    return p;
}

QString mobileNumber(qint64 index) {
    // Unique for every index below 26 · 10^8: the prefix from the low part, eight digits from the rest.
    const qint64 prefixes = qint64(std::size(kMobilePrefixes));
    const qint64 body = (index / prefixes * 7919 + 1234567) % 100000000;
    return QLatin1String(kMobilePrefixes[index % prefixes]) + QString::number(body).rightJustified(8, QLatin1Char('0'));
}

qint64 maxId(Database &tx, const QString &table) {
    return tx.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table)).toLongLong();
}

// PostgreSQL identity columns do not see explicit ids: move them past what was written.
void syncIdentity(Database &tx, const QString &table) {
    if (tx.isSqlite())
        return;
    tx.exec(QStringLiteral(
                "SELECT setval(pg_get_serial_sequence('%1', 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM %1), 1))")
                .arg(table));
}

const QStringList kLockedTables = {QStringLiteral("parties"),        QStringLiteral("party_terms"),
                                   QStringLiteral("quotes"),         QStringLiteral("quote_terms"),
                                   QStringLiteral("quote_versions"), QStringLiteral("quote_version_items"),
                                   QStringLiteral("quote_boxes")};

void lockTables(Database &tx) {
    // Explicit ids are taken from MAX(id): nobody else may insert until this transaction ends. SQLite's
    // BEGIN IMMEDIATE already holds the database's write lock.
    if (!tx.isSqlite())
        tx.exec(
            QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(kLockedTables.join(QStringLiteral(", "))));
}

// The term rows (tenant_id, term, [sort value,] id) of rows first..last of `source`, split out of their
// search_text inside the database: the same words SearchTerms::wordsOfSearchText gives, without a round trip per
// word. SQLite splits by reading the text as a JSON array of its words (backslashes and quotes escaped first).
// The rows go in in the index's order, so the term index grows at its end instead of everywhere.
void fillTerms(Database &tx, const QString &source, const QString &target, const QString &idColumn,
               const QString &sortColumn, qint64 tenantId, qint64 first, qint64 last) {
    const QString sorted = sortColumn.isEmpty() ? QString() : sortColumn + QStringLiteral(", ");
    const QString sortedValue = sortColumn.isEmpty() ? QString() : QStringLiteral("s.") + sorted;
    const QString columns = QStringLiteral("tenant_id, term, ") + sorted + idColumn;
    const QString order = sortColumn.isEmpty() ? QStringLiteral("1, 2, 3") : QStringLiteral("1, 2, 3, 4");
    if (tx.isSqlite()) {
        tx.exec(
            QStringLiteral(
                "INSERT INTO %2 (%3) SELECT s.tenant_id, j.value, %4s.id FROM %1 s, "
                "json_each('[\"' || replace(replace(replace(trim(s.search_text), '\\', '\\\\'), '\"', '\\\"'), ' ', "
                "'\",\"') || '\"]') j WHERE s.tenant_id = ? AND s.id BETWEEN ? AND ? AND j.value <> '' "
                "ORDER BY %5")
                .arg(source, target, columns, sortedValue, order),
            {tenantId, first, last});
    } else {
        tx.exec(QStringLiteral("INSERT INTO %2 (%3) SELECT s.tenant_id, w, %4s.id FROM %1 s, "
                               "unnest(string_to_array(btrim(s.search_text), ' ')) AS w "
                               "WHERE s.tenant_id = ? AND s.id BETWEEN ? AND ? AND w <> '' ORDER BY %5")
                    .arg(source, target, columns, sortedValue, order),
                {tenantId, first, last});
    }
}

// The active versions' boxes of quotes first..last (demo box names are plain ASCII with single spaces, so
// lower() gives QuoteCalculator::boxNameKey).
void fillBoxes(Database &tx, qint64 tenantId, qint64 first, qint64 last) {
    tx.exec(QStringLiteral(
                "INSERT INTO quote_boxes (quote_id, position, tenant_id, party_id, name_key, length_mm, width_mm, "
                "height_mm) SELECT q.id, i.position, q.tenant_id, q.party_id, lower(i.name), i.length_mm, "
                "i.width_mm, i.height_mm FROM quotes q "
                "JOIN quote_versions v ON v.quote_id = q.id AND v.version = q.active_version "
                "JOIN quote_version_items i ON i.version_id = v.id "
                "WHERE q.tenant_id = ? AND q.id BETWEEN ? AND ?"),
            {tenantId, first, last});
}

// The Quotes list's indexes, dropped for a load bigger than the table and built again at the end: one sort
// per index instead of a million scattered inserts. Returns the statements that recreate them.
QStringList dropListIndexes(Database &tx) {
    QSqlQuery q = tx.exec(
        tx.isSqlite() ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                       "AND tbl_name IN ('quotes', 'quote_boxes') AND sql IS NOT NULL")
                      : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                                       "AND tablename IN ('quotes', 'quote_boxes') "
                                       "AND indexname NOT IN (SELECT conname FROM pg_constraint)"));
    QStringList names, statements;
    while (q.next()) {
        names << q.value(0).toString();
        statements << q.value(1).toString();
    }
    for (const QString &name : std::as_const(names))
        tx.exec(QStringLiteral("DROP INDEX %1").arg(name));
    return statements;
}

constexpr qint64 kPartiesPerTransaction = 50000;
constexpr qint64 kQuotesPerBatch = 2000;

} // namespace

DemoData::DemoData(Database &db) : DemoData(db, Clock::system()) {}

DemoData::DemoData(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString DemoData::shopName() {
    return QStringLiteral("Demo Box Works");
}

QString DemoData::shopStateCode() {
    return QStringLiteral("27");
}

Result<DemoData::Summary> DemoData::generate(const Session &session, const Options &options) {
    for (const QString &permission : {perm::SettingsEdit, perm::PartiesEdit, perm::QuotesEdit}) {
        if (auto allowed = requirePermission(m_db, session, permission, m_clock); !allowed)
            return allowed.error();
    }
    if (options.quotes < 0 || options.quotes > 100'000'000)
        return Error::invalid(QStringLiteral("--quotes"), tr("use 0 to 100000000 quotes"));
    const int partyCount =
        options.parties >= 0 ? options.parties : int(std::clamp<qint64>(options.quotes / 100, 20, 20000));
    if (partyCount > 10'000'000)
        return Error::invalid(QStringLiteral("--parties"), tr("use at most 10000000 parties"));
    if (options.quotes > 0 && partyCount == 0)
        return Error::invalid(QStringLiteral("--parties"), tr("quotes need at least one party"));

    auto masters = QuoteService(m_db, m_clock).currentMasters(session);
    if (!masters)
        return masters.error();
    auto combos = buildCombos(masters.value());
    if (!combos)
        return combos.error();

    const QDateTime startedAt = m_clock.nowUtc();
    const QString now = isoUtc(startedAt);
    const QDate today = startedAt.toLocalTime().date();
    const QString actorName = session.displayName.isEmpty() ? session.username : session.displayName;
    Summary summary;
    Rng rng(options.seed);

    // In WAL mode every page of a bulk load is written twice (to the log, then back into the file). With a
    // rollback journal, pages appended to the file need no journal at all. The switch only succeeds while
    // no other connection has the file open; otherwise the load simply stays in WAL mode.
    bool backToWal = false;
    if (m_db.isSqlite() && options.quotes >= 10000) {
        try {
            backToWal = m_db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE"))
                            .toString()
                            .compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
        } catch (const DbError &) {
            backToWal = false;
        }
    }
    struct WalRestore {
        Database &db;
        bool active;
        ~WalRestore() {
            if (active) {
                try {
                    db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                } catch (const DbError &) {
                    // Left in rollback-journal mode: still a valid database, opened in WAL mode next time.
                }
            }
        }
    } wal{m_db, backToWal};

    // Every generated row refers to rows made moments before in the same load; checking each reference
    // would be a second index lookup per row. SQLite applies the switch outside transactions only.
    struct ForeignKeys {
        Database &db;
        bool restore;
        ~ForeignKeys() {
            if (restore) {
                try {
                    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
                } catch (const DbError &) {
                    // Every connection turns them on again when it opens (Database::configure).
                }
            }
        }
    } foreignKeys{m_db, m_db.isSqlite() && options.quotes >= 10000};
    if (foreignKeys.restore)
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));

    // ---- Parties --------------------------------------------------------------------------------
    auto taken = m_db.read([&](Database &tx) -> Result<QSet<QString>> {
        QSet<QString> mobiles;
        QSqlQuery q = tx.exec(QStringLiteral("SELECT mobile FROM parties WHERE tenant_id = ? AND deleted_at IS NULL"),
                              {session.tenantId});
        while (q.next())
            mobiles.insert(q.value(0).toString());
        return mobiles;
    });
    if (!taken)
        return taken.error();
    const QString sellerState =
        m_db.scalar(QStringLiteral("SELECT state_code FROM tenants WHERE id = ?"), {session.tenantId}).toString();

    std::vector<DemoParty> parties;
    parties.reserve(std::size_t(partyCount));
    qint64 mobileIndex = qint64(options.seed % 1000003);
    for (int i = 0; i < partyCount; ++i) {
        QString mobile;
        do {
            mobile = mobileNumber(mobileIndex++);
        } while (taken->contains(mobile));
        DemoParty d;
        d.party = makeParty(rng, mobile);
        d.words = SearchTerms::words(QStringList{d.party.name, d.party.company});
        parties.push_back(std::move(d));
    }
    for (qint64 begin = 0; begin < partyCount; begin += kPartiesPerTransaction) {
        const qint64 end = std::min<qint64>(partyCount, begin + kPartiesPerTransaction);
        auto written = m_db.write([&](Database &tx) -> Result<bool> {
            lockTables(tx);
            Bulk rows(tx, QStringLiteral("parties"), QStringLiteral("id, ") + PartyService::insertColumns(), 400);
            // Each party's snapshot as QuoteRows::storeParty would store it; new parties have new ids, so
            // their snapshots are new too and take explicit ids like the parties.
            Bulk snapshots(tx, QStringLiteral("party_snapshots"),
                           QStringLiteral("id, tenant_id, party_id, hash, body, created_at"), 400);
            const qint64 firstId = maxId(tx, QStringLiteral("parties")) + 1;
            qint64 id = firstId - 1;
            qint64 snapshotId = maxId(tx, QStringLiteral("party_snapshots"));
            for (qint64 i = begin; i < end; ++i) {
                DemoParty &d = parties[std::size_t(i)];
                d.party.id = ++id;
                QVariantList values = {d.party.id};
                values << PartyService::insertValues(session.tenantId, d.party, now, session.userId, actorName);
                rows.add(values);
                const QString body = QuoteRows::compactJson(d.party.toJson());
                d.snapshotId = ++snapshotId;
                snapshots.add({d.snapshotId, session.tenantId, d.party.id, QuoteRows::mastersHash(body), body, now});
                if ((i - begin + 1) % 5000 == 0) {
                    rows.flush();
                    snapshots.flush();
                }
            }
            rows.flush();
            snapshots.flush();
            syncIdentity(tx, QStringLiteral("party_snapshots"));
            fillTerms(tx, QStringLiteral("parties"), QStringLiteral("party_terms"), QStringLiteral("party_id"),
                      QString(), session.tenantId, firstId, id);
            syncIdentity(tx, QStringLiteral("parties"));
            return true;
        });
        if (!written)
            return written.error();
        summary.parties = int(end);
    }

    // ---- Quotes ---------------------------------------------------------------------------------
    // Dates run from two years ago to today in quote order, so numbers follow dates within each year.
    const QDate firstDate = today.addDays(-730);
    const qint64 total = options.quotes;
    auto quoteDate = [&](qint64 i) { return firstDate.addDays(total > 1 ? qint64(i * 730 / (total - 1)) : 730); };
    const Rng quotesStart = rng; // a retried transaction regenerates exactly the same rows
    auto written = m_db.write([&](Database &tx) -> Result<bool> {
        rng = quotesStart;
        summary.quotes = summary.versions = summary.items = 0;
        if (total == 0)
            return true;
        lockTables(tx);
        const bool rebuild = total >= tx.scalar(QStringLiteral("SELECT count(*) FROM quotes")).toLongLong();
        const QStringList indexes = rebuild ? dropListIndexes(tx) : QStringList();
        const qint64 mastersId = QuoteRows::storeMasters(tx, session.tenantId, masters.value(), now);
        for (Combo &combo : combos.value())
            combo.costingId = QuoteRows::storeCosting(tx, session.tenantId, combo.item, now);
        // Keyed by party, a quote and a version take the party's columns and the shop's constants from their
        // party's first row; keyed by box design, an item takes the design's columns from its first item.
        Bulk quoteRows(tx, QStringLiteral("quotes"), QStringLiteral("id, ") + QuoteRows::quoteColumns(),
                       {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("fy"), QStringLiteral("seq"),
                        QStringLiteral("number_sort"), QStringLiteral("status"), QStringLiteral("active_version"),
                        QStringLiteral("version_count"), QStringLiteral("quote_date"), QStringLiteral("valid_until"),
                        QStringLiteral("item_count"), QStringLiteral("grand_paise"), QStringLiteral("box_names"),
                        QStringLiteral("search_text")},
                       400);
        Bulk versionRows(
            tx, QStringLiteral("quote_versions"), QStringLiteral("id, ") + QuoteRows::versionColumns(),
            {QStringLiteral("id"), QStringLiteral("quote_id"), QStringLiteral("version"),
             QStringLiteral("version_date"), QStringLiteral("valid_until"), QStringLiteral("transport_paise"),
             QStringLiteral("payment_terms"), QStringLiteral("delivery_days"), QStringLiteral("validity_days"),
             QStringLiteral("subtotal_paise"), QStringLiteral("taxable_paise"), QStringLiteral("gst_paise"),
             QStringLiteral("cgst_paise"), QStringLiteral("sgst_paise"), QStringLiteral("igst_paise"),
             QStringLiteral("round_off_paise"), QStringLiteral("grand_paise"), QStringLiteral("origin")},
            400);
        Bulk itemRows(tx, QStringLiteral("quote_version_items"), QuoteRows::itemColumns(),
                      {QStringLiteral("version_id"), QStringLiteral("position"), QStringLiteral("negotiation"),
                       QStringLiteral("negotiation_percent"), QStringLiteral("negotiation_fixed_paise"),
                       QStringLiteral("unit_paise"), QStringLiteral("amount_paise"), QStringLiteral("selected")},
                      400);
        const qint64 firstQuoteId = maxId(tx, QStringLiteral("quotes")) + 1;
        qint64 quoteId = firstQuoteId - 1;
        qint64 versionId = maxId(tx, QStringLiteral("quote_versions"));

        // Each financial year's numbers are reserved from its counter at once, before the rows are written on
        // another thread; the counter rows stay locked until commit.
        QHash<QString, qint64> yearQuotes;
        QDate lastDate;
        QString lastPeriod;
        for (qint64 i = 0; i < total; ++i) {
            const QDate date = quoteDate(i);
            if (date != lastDate) {
                lastDate = date;
                lastPeriod = QuoteRows::counterPeriod(date);
            }
            ++yearQuotes[lastPeriod];
        }
        QHash<QString, qint64> nextSeq;
        for (auto it = yearQuotes.constBegin(); it != yearQuotes.constEnd(); ++it)
            nextSeq.insert(it.key(),
                           Counters::reserve(tx, session.tenantId, QuoteRows::counterSeries(), it.key(), it.value()));
        auto takeSeq = [&](const QDate &date) { return nextSeq[QuoteRows::counterPeriod(date)]++; };
        const QString numberTemplate = CompanyService::quoteTemplate(tx, session.tenantId); // as QuoteService numbers

        // The rows are written as SQL on one thread while this one runs the statements written before: both
        // halves take about as long, so on two cores the load takes half the time.
        StatementQueue queue;
        auto writeQuotes = [&]() -> Result<bool> {
            // The version being generated: its masters and seller are the same for every quote, so it is kept
            // and only its per-quote fields change.
            QuoteVersion v;
            v.masters = masters.value();
            v.sellerState = sellerState;
            std::vector<DemoItem> items;
            std::vector<DemoItem> secondItems;
            auto addVersion = [&](const std::vector<DemoItem> &versionItems, qint64 partyIndex) -> Result<bool> {
                const DemoParty &party = parties[std::size_t(partyIndex)];
                TotalsInput in;
                in.lines.reserve(versionItems.size());
                for (const DemoItem &item : versionItems) {
                    const QuoteItem &design = (*combos)[std::size_t(item.combo)].item;
                    in.lines.push_back({item.unit, design.spec.quantity, item.selected, design.hsn});
                }
                in.transport = v.transport;
                in.gstRatePercent = v.masters.gstPercent;
                in.intraState = v.intraState;
                in.roundOff = v.masters.roundOff;
                auto totals = GstTotals::compute(in);
                if (!totals)
                    return totals.error();
                v.totals = totals.value();
                QVariantList versionValues = {++versionId};
                versionValues << QuoteRows::versionValues(session.tenantId, v.quoteId, v, mastersId, party.snapshotId,
                                                          session.userId, actorName, now);
                versionRows.add(partyIndex, versionValues);
                for (std::size_t k = 0; k < versionItems.size(); ++k) {
                    const Combo &combo = (*combos)[std::size_t(versionItems[k].combo)];
                    QuoteItem item = combo.item;
                    item.negotiation = versionItems[k].negotiation;
                    item.unitPrice = versionItems[k].unit;
                    item.amount = versionItems[k].amount;
                    item.selected = versionItems[k].selected;
                    itemRows.add(versionItems[k].combo,
                                 QuoteRows::itemValues(session.tenantId, versionId, int(k), item, combo.costingId));
                }
                ++summary.versions;
                summary.items += qint64(versionItems.size());
                return true;
            };

            for (qint64 i = 0; i < total; ++i) {
                const QDate date = quoteDate(i);
                // Regular customers: a few parties get most of the quotes.
                const double u = rng.unit();
                const auto partyIndex = qint64(std::min<double>(partyCount - 1, std::floor(partyCount * u * u)));
                const DemoParty &party = parties[std::size_t(partyIndex)];

                v.party = party.party;
                v.date = date;
                v.placeOfSupply = GstTotals::placeOfSupply(v.party.gstin, v.party.billing.stateCode);
                v.intraState = GstTotals::isIntraState(sellerState, v.placeOfSupply);
                v.terms.paymentTerms = QLatin1String(rng.pick(kPaymentTerms));
                v.terms.deliveryDays = 5 + rng.below(11);
                v.terms.validityDays = rng.chance(0.8) ? 7 : rng.chance(0.5) ? 15 : 30;
                v.validUntil = date.addDays(v.terms.validityDays);
                static const int transports[] = {0, 0, 0, 500, 1000, 1500, 2500};
                v.transport = Money::fromPaise(qint64(rng.pick(transports)) * 100);
                v.origin = QStringLiteral("new");
                v.version = 1;

                const double r = rng.unit();
                const int itemCount = r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4 + rng.below(2);
                items.clear();
                for (int k = 0; k < itemCount; ++k) {
                    DemoItem item;
                    item.combo = rng.below(qint64(combos->size()));
                    const Money rate = (*combos)[std::size_t(item.combo)].item.ratePerBox;
                    const double n = rng.unit();
                    if (n < 0.2) {
                        static const double percents[] = {2.5, 5, 7.5, 10};
                        item.negotiation = Negotiation::percent(rng.pick(percents));
                    } else if (n < 0.3) {
                        // A round rate a customer would ask for: the costed rate less up to a rupee, to 50 paise.
                        const qint64 asked = std::max<qint64>(50, (rate.paise() - rng.below(100)) / 50 * 50);
                        item.negotiation = Negotiation::fixed(Money::fromPaise(asked));
                    }
                    item.unit = item.negotiation.apply(rate).value();
                    item.amount = item.unit * (*combos)[std::size_t(item.combo)].item.spec.quantity;
                    item.selected = k == 0 || rng.chance(0.9);
                    items.push_back(item);
                }

                auto numbering = QuoteRows::numbering(date, takeSeq(date), numberTemplate);
                if (!numbering)
                    return Error::conflict(numbering.error().message);
                v.number = numbering->number;
                v.quoteId = ++quoteId;
                if (auto added = addVersion(items, partyIndex); !added)
                    return added.error();

                // Some quotes were negotiated once more: a second version a few days later.
                const std::vector<DemoItem> *activeItems = &items;
                if (rng.chance(0.08)) {
                    secondItems = items;
                    DemoItem &first = secondItems.front();
                    first.negotiation = Negotiation::percent(first.negotiation.kind() == Negotiation::Kind::Percent
                                                                 ? std::min(15.0, first.negotiation.percentOff() + 2.5)
                                                                 : 5.0);
                    const QuoteItem &design = (*combos)[std::size_t(first.combo)].item;
                    first.unit = first.negotiation.apply(design.ratePerBox).value();
                    first.amount = first.unit * design.spec.quantity;
                    v.version = 2;
                    v.origin = QStringLiteral("edit");
                    v.date = std::min(today, date.addDays(1 + rng.below(3)));
                    v.validUntil = v.date.addDays(v.terms.validityDays);
                    if (auto added = addVersion(secondItems, partyIndex); !added)
                        return added.error();
                    activeItems = &secondItems;
                }

                // Older quotes have an outcome; recent ones are still being worked on.
                const qint64 age = v.date.daysTo(today);
                const double st = rng.unit();
                QString status;
                if (age > 30)
                    status = st < 0.55  ? QStringLiteral("accepted")
                             : st < 0.8 ? QStringLiteral("rejected")
                                        : QStringLiteral("sent");
                else
                    status = st < 0.4    ? QStringLiteral("draft")
                             : st < 0.8  ? QStringLiteral("sent")
                             : st < 0.95 ? QStringLiteral("accepted")
                                         : QStringLiteral("rejected");

                QuoteRows::QuoteHeader header;
                header.numbering = numbering.value();
                header.partyId = party.party.id;
                header.status = status;
                header.activeVersion = v.version;
                header.versionCount = v.version;
                header.createdAt = now;
                header.createdBy = session.userId;
                header.createdByName = session.username;

                // Search words and box names exactly as QuoteRows builds them, from parts split once.
                QStringList words = numberWords(header.numbering);
                QStringList boxes;
                for (const QString &w : party.words) {
                    if (!words.contains(w))
                        words << w;
                }
                for (const DemoItem &item : *activeItems) {
                    const Combo &combo = (*combos)[std::size_t(item.combo)];
                    if (!boxes.contains(combo.item.name))
                        boxes << combo.item.name;
                    for (const QString &w : combo.words) {
                        if (!words.contains(w))
                            words << w;
                    }
                }
                QVariantList quoteValues = {v.quoteId};
                quoteValues << QuoteRows::quoteValues(session.tenantId, header, v, words, boxes,
                                                      int(activeItems->size()));
                quoteRows.add(partyIndex, quoteValues);
                ++summary.quotes;

                if ((i + 1) % kQuotesPerBatch == 0 || i + 1 == total) {
                    StatementQueue::Batch batch;
                    batch.quotesDone = i + 1;
                    for (Bulk *rows : {&quoteRows, &versionRows, &itemRows})
                        rows->takeStatements(batch.statements);
                    if (!queue.push(std::move(batch)))
                        return true; // the statements' thread stopped on an error it reports itself
                }
            }
            return true;
        };

        Result<bool> generated = true;
        {
            std::thread writer([&] {
                try {
                    generated = writeQuotes();
                } catch (const DbError &e) {
                    generated = Error::database(e.message());
                }
                queue.close();
            });
            // Joined on every way out of this block, a statement that failed included.
            const auto join = qScopeGuard([&] {
                queue.stop();
                writer.join();
            });
            while (auto batch = queue.pop()) {
                for (const QString &statement : std::as_const(batch->statements))
                    tx.exec(statement);
                if (options.progress)
                    options.progress(batch->quotesDone, total);
            }
        }
        if (!generated)
            return generated.error();
        for (const QString &table :
             {QStringLiteral("quotes"), QStringLiteral("quote_versions"), QStringLiteral("quote_version_items")})
            syncIdentity(tx, table);
        for (Bulk *rows : {&quoteRows, &versionRows, &itemRows})
            rows->finish();
        fillTerms(tx, QStringLiteral("quotes"), QStringLiteral("quote_terms"), QStringLiteral("quote_id"),
                  QStringLiteral("quote_date"), session.tenantId, firstQuoteId, quoteId);
        fillBoxes(tx, session.tenantId, firstQuoteId, quoteId);
        for (const QString &statement : indexes)
            tx.exec(statement);
        return true;
    });
    if (!written)
        return written.error();

    auto audited = m_db.write([&](Database &tx) -> Result<bool> {
        AuditLog::append(tx, session,
                         {QStringLiteral("demo.generate"),
                          QStringLiteral("tenant"),
                          QString::number(session.tenantId),
                          {},
                          {{QStringLiteral("parties"), summary.parties},
                           {QStringLiteral("quotes"), summary.quotes},
                           {QStringLiteral("versions"), summary.versions},
                           {QStringLiteral("items"), summary.items},
                           {QStringLiteral("seed"), QString::number(options.seed)}}},
                         m_clock.nowUtc());
        return true;
    });
    if (!audited)
        return audited.error();
    if (!m_db.isSqlite()) {
        // Fresh statistics let the planner see how selective the search terms are.
        try {
            m_db.exec(QStringLiteral("ANALYZE parties, party_terms, quotes, quote_terms, quote_boxes"));
        } catch (const DbError &e) {
            return Error::database(e.message());
        }
    }
    return summary;
}

} // namespace bcp
