#include "services/DemoData.h"

#include "data/Database.h"
#include "money/Gstin.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/CostingJson.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteCalculator.h"
#include "services/QuoteRows.h"
#include "services/QuoteService.h"
#include "services/SearchTerms.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <cmath>
#include <map>
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

// Multi-row INSERTs through statements prepared once per row count. Rows are buffered and written when
// flush() is called, so a caller can write parents before children (foreign keys are checked at once).
class Bulk {
public:
    Bulk(Database &db, QString table, const QString &columns, int rowsPerStatement)
        : m_db(db), m_table(std::move(table)), m_columns(columns), m_width(QuoteRows::count(columns)),
          m_rowsPerStatement(rowsPerStatement) {}

    void add(const QVariantList &row) {
        for (const QVariant &v : row) {
            // The service's rule: a never-set text is stored as '' (the columns are NOT NULL).
            if (v.typeId() == QMetaType::QString && v.toString().isNull())
                m_pending.append(QStringLiteral(""));
            else
                m_pending.append(v);
        }
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }

    void flush() {
        qsizetype offset = 0;
        const qsizetype total = m_pending.size() / m_width;
        while (offset < total) {
            const int n = int(std::min<qsizetype>(m_rowsPerStatement, total - offset));
            QSqlQuery &q = statement(n);
            const qsizetype first = offset * m_width;
            for (int i = 0; i < n * m_width; ++i)
                q.bindValue(i, m_pending.at(first + i));
            if (!q.exec())
                throw DbError(q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                                     : q.lastError().databaseText(),
                              q.lastError().nativeErrorCode(), false);
            offset += n;
        }
        m_pending.clear();
    }

private:
    QSqlQuery &statement(int rows) {
        auto it = m_statements.find(rows);
        if (it != m_statements.end())
            return it->second;
        QString row = QStringLiteral("?, ").repeated(m_width);
        row.chop(2);
        row = QLatin1Char('(') + row + QLatin1Char(')');
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all << row;
        QSqlQuery q(m_db.connection());
        if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                           .arg(m_table, m_columns, all.join(QStringLiteral(", ")))))
            throw DbError(q.lastError().text(), q.lastError().nativeErrorCode(), false);
        return m_statements.emplace(rows, std::move(q)).first->second;
    }

    Database &m_db;
    QString m_table;
    QString m_columns;
    int m_width;
    int m_rowsPerStatement;
    QVariantList m_pending;
    std::map<int, QSqlQuery> m_statements;
    qint64 m_rows = 0;
};

// ---- What a demo quote is made of -----------------------------------------------------------------

struct Combo {
    QuoteItem item; // priced, without negotiation
    QString specJson;
    QString resultJson;
    QStringList words;
};

struct DemoParty {
    Party party;
    QString json;
    QStringList words; // name and company words, as a quote's search words take them
};

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
                c.specJson = QuoteRows::compactJson(CostingJson::specToJson(c.item.spec));
                c.resultJson = QuoteRows::compactJson(c.item.result);
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

constexpr qint64 kQuotesPerTransaction = 50000;
constexpr qint64 kPartiesPerTransaction = 50000;
constexpr qint64 kQuotesPerFlush = 2000;

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

    // A bigger page cache keeps the indexes of a million-row load in memory while they are filled.
    QVariant oldCacheSize;
    if (m_db.isSqlite()) {
        oldCacheSize = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
        m_db.exec(QStringLiteral("PRAGMA cache_size = -524288"));
    }
    struct CacheRestore {
        Database &db;
        QVariant size;
        ~CacheRestore() {
            if (size.isValid()) {
                try {
                    db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size.toLongLong()));
                } catch (const DbError &) {
                    // The connection keeps the larger cache; nothing else depends on it.
                }
            }
        }
    } restore{m_db, oldCacheSize};

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
            Bulk terms(tx, QStringLiteral("party_terms"), QStringLiteral("tenant_id, term, party_id"), 2000);
            qint64 id = maxId(tx, QStringLiteral("parties"));
            for (qint64 i = begin; i < end; ++i) {
                DemoParty &d = parties[std::size_t(i)];
                d.party.id = ++id;
                QVariantList values = {d.party.id};
                values << PartyService::insertValues(session.tenantId, d.party, now, session.userId, actorName);
                rows.add(values);
                for (const QString &word : PartyService::searchWords(d.party))
                    terms.add({session.tenantId, word, d.party.id});
                d.json = QuoteRows::compactJson(d.party.toJson());
                if ((i - begin + 1) % 5000 == 0) {
                    rows.flush();
                    terms.flush();
                }
            }
            rows.flush();
            terms.flush();
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
    for (qint64 begin = 0; begin < total; begin += kQuotesPerTransaction) {
        const qint64 end = std::min(total, begin + kQuotesPerTransaction);
        const Rng blockStart = rng; // a retried transaction regenerates exactly the same rows
        Summary blockSummary;
        auto written = m_db.write([&](Database &tx) -> Result<bool> {
            rng = blockStart;
            blockSummary = Summary();
            lockTables(tx);
            const qint64 mastersId = QuoteRows::storeMasters(tx, session.tenantId, masters.value(), now);
            Bulk quoteRows(tx, QStringLiteral("quotes"), QStringLiteral("id, ") + QuoteRows::quoteColumns(), 400);
            Bulk versionRows(tx, QStringLiteral("quote_versions"), QStringLiteral("id, ") + QuoteRows::versionColumns(),
                             400);
            Bulk itemRows(tx, QStringLiteral("quote_version_items"), QuoteRows::itemColumns(), 400);
            Bulk termRows(tx, QStringLiteral("quote_terms"), QStringLiteral("tenant_id, term, quote_id"), 2000);
            Bulk boxRows(
                tx, QStringLiteral("quote_boxes"),
                QStringLiteral("quote_id, position, tenant_id, party_id, name_key, length_mm, width_mm, height_mm"),
                1000);
            qint64 quoteId = maxId(tx, QStringLiteral("quotes"));
            qint64 versionId = maxId(tx, QStringLiteral("quote_versions"));

            // Counter rows of the financial years this block numbers in, locked until commit.
            QHash<QString, qint64> nextSeq;
            auto takeSeq = [&](const QDate &date) {
                const QString period = QuoteRows::counterPeriod(date);
                auto it = nextSeq.find(period);
                if (it == nextSeq.end()) {
                    tx.exec(QStringLiteral(
                                "INSERT INTO counters (tenant_id, series, period, next_value) VALUES (?, ?, ?, 1) "
                                "ON CONFLICT (tenant_id, series, period) DO NOTHING"),
                            {session.tenantId, QuoteRows::counterSeries(), period});
                    const qint64 next =
                        tx.scalar(QStringLiteral("SELECT next_value FROM counters WHERE tenant_id = ? AND series = ? "
                                                 "AND period = ?%1")
                                      .arg(tx.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE")),
                                  {session.tenantId, QuoteRows::counterSeries(), period})
                            .toLongLong();
                    it = nextSeq.insert(period, next);
                }
                return it.value()++;
            };

            for (qint64 i = begin; i < end; ++i) {
                const QDate date = firstDate.addDays(total > 1 ? qint64(i * 730 / (total - 1)) : 730);
                // Regular customers: a few parties get most of the quotes.
                const double u = rng.unit();
                const DemoParty &party =
                    parties[std::size_t(std::min<double>(partyCount - 1, std::floor(partyCount * u * u)))];

                QuoteVersion v;
                v.party = party.party;
                v.date = date;
                v.masters = masters.value();
                v.sellerState = sellerState;
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
                std::vector<const Combo *> used;
                for (int k = 0; k < itemCount; ++k) {
                    const Combo &combo = (*combos)[std::size_t(rng.below(qint64(combos->size())))];
                    QuoteItem item = combo.item;
                    const double n = rng.unit();
                    if (n < 0.2) {
                        static const double percents[] = {2.5, 5, 7.5, 10};
                        item.negotiation = Negotiation::percent(rng.pick(percents));
                    } else if (n < 0.3) {
                        // A round rate a customer would ask for: the costed rate less up to a rupee, to 50 paise.
                        const qint64 asked = std::max<qint64>(50, (item.ratePerBox.paise() - rng.below(100)) / 50 * 50);
                        item.negotiation = Negotiation::fixed(Money::fromPaise(asked));
                    }
                    item.unitPrice = item.negotiation.apply(item.ratePerBox).value();
                    item.amount = item.unitPrice * item.spec.quantity;
                    item.selected = k == 0 || rng.chance(0.9);
                    v.items << item;
                    used.push_back(&combo);
                }
                auto totals = QuoteCalculator::totals(v.items, v.transport, v.masters, v.intraState);
                if (!totals)
                    return totals.error();
                v.totals = totals.value();

                auto numbering = QuoteRows::numbering(date, takeSeq(date));
                if (!numbering)
                    return Error::conflict(numbering.error().message);
                v.number = numbering->number;
                v.quoteId = ++quoteId;

                // Some quotes were negotiated once more: a second version a few days later.
                std::optional<QuoteVersion> second;
                if (rng.chance(0.08)) {
                    QuoteVersion v2 = v;
                    v2.version = 2;
                    v2.origin = QStringLiteral("edit");
                    v2.date = std::min(today, date.addDays(1 + rng.below(3)));
                    v2.validUntil = v2.date.addDays(v2.terms.validityDays);
                    QuoteItem &first = v2.items[0];
                    first.negotiation = Negotiation::percent(first.negotiation.kind() == Negotiation::Kind::Percent
                                                                 ? std::min(15.0, first.negotiation.percentOff() + 2.5)
                                                                 : 5.0);
                    first.unitPrice = first.negotiation.apply(first.ratePerBox).value();
                    first.amount = first.unitPrice * first.spec.quantity;
                    auto t2 = QuoteCalculator::totals(v2.items, v2.transport, v2.masters, v2.intraState);
                    if (!t2)
                        return t2.error();
                    v2.totals = t2.value();
                    second = v2;
                }
                const QuoteVersion &active = second ? *second : v;

                // Older quotes have an outcome; recent ones are still being worked on.
                const qint64 age = active.date.daysTo(today);
                const double s = rng.unit();
                QString status;
                if (age > 30)
                    status = s < 0.55  ? QStringLiteral("accepted")
                             : s < 0.8 ? QStringLiteral("rejected")
                                       : QStringLiteral("sent");
                else
                    status = s < 0.4    ? QStringLiteral("draft")
                             : s < 0.8  ? QStringLiteral("sent")
                             : s < 0.95 ? QStringLiteral("accepted")
                                        : QStringLiteral("rejected");

                QuoteRows::QuoteHeader header;
                header.numbering = numbering.value();
                header.partyId = party.party.id;
                header.status = status;
                header.activeVersion = active.version;
                header.versionCount = active.version;
                header.createdAt = now;
                header.createdBy = session.userId;
                header.createdByName = session.username;

                // Search words exactly as QuoteRows::searchWords builds them, from pre-split parts.
                QStringList words = SearchTerms::words(
                    QStringList{header.numbering.number, header.numbering.number.section(QLatin1Char('/'), -1),
                                QString::number(header.numbering.seq)});
                for (const QString &w : party.words) {
                    if (!words.contains(w))
                        words << w;
                }
                for (const Combo *combo : used) {
                    for (const QString &w : combo->words) {
                        if (!words.contains(w))
                            words << w;
                    }
                }
                QVariantList quoteValues = {v.quoteId};
                quoteValues << QuoteRows::quoteValues(session.tenantId, header, active, words);
                quoteRows.add(quoteValues);

                for (const QuoteVersion *version : {&v, second ? &*second : nullptr}) {
                    if (!version)
                        continue;
                    QVariantList versionValues = {++versionId};
                    versionValues << QuoteRows::versionValues(session.tenantId, v.quoteId, *version, mastersId,
                                                              session.userId, actorName, now, party.json);
                    versionRows.add(versionValues);
                    for (qsizetype k = 0; k < version->items.size(); ++k)
                        itemRows.add(QuoteRows::itemValues(session.tenantId, versionId, int(k), version->items.at(k),
                                                           used[std::size_t(k)]->specJson,
                                                           used[std::size_t(k)]->resultJson));
                    ++blockSummary.versions;
                    blockSummary.items += version->items.size();
                }

                for (const QString &w : words)
                    termRows.add({session.tenantId, w, v.quoteId});
                for (qsizetype k = 0; k < active.items.size(); ++k) {
                    const QuoteItem &item = active.items.at(k);
                    boxRows.add({v.quoteId, int(k), session.tenantId, party.party.id,
                                 QuoteCalculator::boxNameKey(item.name), item.insideLengthMm, item.insideWidthMm,
                                 item.insideHeightMm});
                }
                ++blockSummary.quotes;
                if ((i - begin + 1) % kQuotesPerFlush == 0) {
                    quoteRows.flush();
                    versionRows.flush();
                    itemRows.flush();
                    termRows.flush();
                    boxRows.flush();
                }
            }
            quoteRows.flush();
            versionRows.flush();
            itemRows.flush();
            termRows.flush();
            boxRows.flush();
            for (auto it = nextSeq.constBegin(); it != nextSeq.constEnd(); ++it)
                tx.exec(QStringLiteral(
                            "UPDATE counters SET next_value = ? WHERE tenant_id = ? AND series = ? AND period = ?"),
                        {it.value(), session.tenantId, QuoteRows::counterSeries(), it.key()});
            for (const QString &table :
                 {QStringLiteral("quotes"), QStringLiteral("quote_versions"), QStringLiteral("quote_version_items")})
                syncIdentity(tx, table);
            return true;
        });
        if (!written)
            return written.error();
        summary.quotes += blockSummary.quotes;
        summary.versions += blockSummary.versions;
        summary.items += blockSummary.items;
        if (options.progress)
            options.progress(end, total);
    }

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
