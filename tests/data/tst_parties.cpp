// Parties on a real database: every field's validation names the field, GSTIN checks match the golden
// cases, row-version conflicts, search as you type (both query plans agree with a brute-force filter),
// keyset pages, soft delete of parties with quotes, permissions and tenant isolation.

#include "Golden.h"
#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "services/Clock.h"
#include "services/DemoData.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"
#include "services/SearchTerms.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace bcp;
using test::sessionForRole;
using test::threePlyBox;

namespace {

const QString kPassword = QStringLiteral("Corrugated#Board-2026");

Party sampleParty(const QString &name, const QString &mobile) {
    Party p;
    p.name = name;
    p.mobile = mobile;
    return p;
}

} // namespace

class TestParties : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void gstinGoldenCases();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void normalisesAndDerives();
    void createUpdateAndConflict();
    void duplicateMobileRefused();
    void keysetPagesCoverEverySortOrder();
    void searchByNameCompanyOrMobile();
    void searchWordsAreLiteral();
    void searchPlansAgreeWithBruteForce();
    void removeDeletesOrHides();
    void viewerCannotChange();
    void tenantIsolation();

private:
    Party created(const Party &p);
    QList<PartyRow> all(const Session &session, PartyQuery query);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PartyService> m_parties;
    Session m_owner;
};

void TestParties::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2025, 11, 26), QTime(10, 0), QTimeZone::utc()));
    m_parties = std::make_unique<PartyService>(*m_db, *m_clock);
    m_owner = test::setUpSharmaPackaging(*m_db, *m_clock, kPassword);
}

void TestParties::cleanup() {
    m_parties.reset();
    m_db.reset();
    m_t.reset();
}

Party TestParties::created(const Party &p) {
    auto r = m_parties->create(m_owner, p);
    if (!r)
        qFatal("create failed: %s", qPrintable(r.error().text()));
    return r.value();
}

QList<PartyRow> TestParties::all(const Session &session, PartyQuery query) {
    QList<PartyRow> rows;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = m_parties->list(session, query);
        if (!page)
            qFatal("list failed: %s", qPrintable(page.error().text()));
        rows << page->rows;
        if (!page->hasMore)
            return rows;
        query.hasCursor = true;
        query.after = page->next;
    }
    qFatal("paging did not end");
}

void TestParties::gstinGoldenCases() {
    const QJsonArray cases =
        test::loadGolden(QStringLiteral("documents_cases.json")).value(QLatin1String("gstin")).toArray();
    QVERIFY(cases.size() >= 8);
    for (const QJsonValue &v : cases) {
        const QString gstin = v.toObject().value(QLatin1String("gstin")).toString();
        const bool valid = v.toObject().value(QLatin1String("valid")).toBool();
        Party p = sampleParty(QStringLiteral("Golden"), QStringLiteral("9820011111"));
        p.gstin = gstin.toLower();
        auto n = PartyService::normalise(p);
        QVERIFY2(n.ok() == valid, qPrintable(gstin));
        if (valid) {
            QCOMPARE(n->gstin, gstin);
            QCOMPARE(n->billing.stateCode, gstin.left(2));
            QCOMPARE(n->pan, gstin.mid(2, 10));
            QCOMPARE(n->stateCode(), gstin.left(2));
        } else {
            QCOMPARE(n.error().field, QStringLiteral("gstin"));
        }
    }
    // The check character is named, so the user can see a typing mistake.
    Party wrong = sampleParty(QStringLiteral("Golden"), QStringLiteral("9820011111"));
    wrong.gstin = QStringLiteral("27AABCU9603R1ZM");
    auto e = PartyService::normalise(wrong);
    QVERIFY(!e.ok());
    QVERIFY2(e.error().message.contains(QLatin1Char('N')), qPrintable(e.error().message));
}

void TestParties::validationNamesTheField_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << "name"
                             << "   "
                             << "name";
    QTest::newRow("no mobile") << "mobile"
                               << ""
                               << "mobile";
    QTest::newRow("short mobile") << "mobile"
                                  << "98200111"
                                  << "mobile";
    QTest::newRow("landline-like") << "mobile"
                                   << "2025551234"
                                   << "mobile";
    QTest::newRow("bad email") << "email"
                               << "ravi@example"
                               << "email";
    QTest::newRow("email with space") << "email"
                                      << "ravi kumar@example.in"
                                      << "email";
    QTest::newRow("short pin") << "billing.pin"
                               << "41102"
                               << "billing.pin";
    QTest::newRow("pin from zero") << "billing.pin"
                                   << "011026"
                                   << "billing.pin";
    QTest::newRow("unknown state") << "billing.state"
                                   << "28"
                                   << "billing.state";
    QTest::newRow("shipping pin") << "shipping.pin"
                                  << "4110"
                                  << "shipping.pin";
    QTest::newRow("bad gstin pattern") << "gstin"
                                       << "27AAPFU0939F1Z"
                                       << "gstin";
    QTest::newRow("bad pan") << "pan"
                             << "AAPF0939F"
                             << "pan";
    QTest::newRow("pan not in gstin") << "pan+gstin"
                                      << "AAPFU0939G"
                                      << "pan";
    QTest::newRow("state not gstin's") << "state+gstin"
                                       << "29"
                                       << "billing.state";
}

void TestParties::validationNamesTheField() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    Party p = sampleParty(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    if (field == QLatin1String("name"))
        p.name = value;
    else if (field == QLatin1String("mobile"))
        p.mobile = value;
    else if (field == QLatin1String("email"))
        p.email = value;
    else if (field == QLatin1String("billing.pin"))
        p.billing.pin = value;
    else if (field == QLatin1String("billing.state"))
        p.billing.stateCode = value;
    else if (field == QLatin1String("shipping.pin")) {
        p.shippingSameAsBilling = false;
        p.shipping.pin = value;
    } else if (field == QLatin1String("gstin"))
        p.gstin = value;
    else if (field == QLatin1String("pan"))
        p.pan = value;
    else if (field == QLatin1String("pan+gstin")) {
        p.gstin = QStringLiteral("27AAPFU0939F1ZV");
        p.pan = value;
    } else if (field == QLatin1String("state+gstin")) {
        p.gstin = QStringLiteral("27AAPFU0939F1ZV");
        p.billing.stateCode = value;
    }
    auto n = PartyService::normalise(p);
    QVERIFY(!n.ok());
    QCOMPARE(n.error().kind, Error::Kind::Invalid);
    QCOMPARE(n.error().field, expected);
    QVERIFY(!n.error().message.isEmpty());
    // The service refuses the same input with the same field, and stores nothing.
    auto c = m_parties->create(m_owner, p);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().field, expected);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM parties")).toInt(), 0);
    // A prefix places the field inside a bigger input.
    QCOMPARE(PartyService::normalise(p, QStringLiteral("party")).error().field, QStringLiteral("party.") + expected);
}

void TestParties::normalisesAndDerives() {
    Party p;
    p.name = QStringLiteral("  Ravi   Kumar ");
    p.company = QStringLiteral("Apple  Exports");
    p.mobile = QStringLiteral("+91 98200-11111");
    p.email = QStringLiteral(" Ravi@Example.IN ");
    p.gstin = QStringLiteral(" 27aapfu0939f1zv ");
    p.billing.pin = QStringLiteral("411 026");
    p.billing.city = QStringLiteral("Pune");
    auto n = PartyService::normalise(p);
    QVERIFY2(n.ok(), qPrintable(n ? QString() : n.error().text()));
    QCOMPARE(n->name, QStringLiteral("Ravi Kumar"));
    QCOMPARE(n->company, QStringLiteral("Apple Exports"));
    QCOMPARE(n->mobile, QStringLiteral("9820011111"));
    QCOMPARE(n->email, QStringLiteral("Ravi@example.in"));
    QCOMPARE(n->gstin, QStringLiteral("27AAPFU0939F1ZV"));
    QCOMPARE(n->pan, QStringLiteral("AAPFU0939F"));
    QCOMPARE(n->billing.stateCode, QStringLiteral("27"));
    QCOMPARE(n->billing.pin, QStringLiteral("411026"));
    QVERIFY(n->shippingSameAsBilling);
    QCOMPARE(n->shippingAddress(), n->billing);

    // Without a GSTIN the state comes from the address.
    Party q = sampleParty(QStringLiteral("Asha"), QStringLiteral("09876543210"));
    q.billing.stateCode = QStringLiteral("29");
    auto m = PartyService::normalise(q);
    QVERIFY(m.ok());
    QCOMPARE(m->mobile, QStringLiteral("9876543210"));
    QCOMPARE(m->stateCode(), QStringLiteral("29"));
    QVERIFY(m->pan.isEmpty());
}

void TestParties::createUpdateAndConflict() {
    Party p = sampleParty(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    p.company = QStringLiteral("Apple Exports");
    p.gstin = QStringLiteral("27AAPFU0939F1ZV");
    const Party a = created(p);
    QVERIFY(a.id > 0);
    QCOMPARE(a.rowVersion, 1);
    QCOMPARE(a.pan, QStringLiteral("AAPFU0939F"));
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'party.create' AND entity_id = ?"),
                     {QString::number(a.id)})
            .toInt(),
        1);

    Party edit = a;
    edit.company = QStringLiteral("Apple Exports Pvt Ltd");
    m_clock->advanceSeconds(60);
    auto updated = m_parties->update(m_owner, edit);
    QVERIFY2(updated.ok(), qPrintable(updated ? QString() : updated.error().text()));
    QCOMPARE(updated->rowVersion, 2);
    QCOMPARE(updated->company, QStringLiteral("Apple Exports Pvt Ltd"));
    // The audit row holds only what changed.
    const QString after =
        m_db->scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'party.update'")).toString();
    QVERIFY(after.contains(QLatin1String("Pvt Ltd")));
    QVERIFY(!after.contains(QLatin1String("9820011111")));
    // The search terms follow the edit.
    QCOMPARE(all(m_owner, {QStringLiteral("pvt")}).size(), 1);

    // A second editor still holding version 1 is refused with who changed it.
    Party stale = a;
    stale.name = QStringLiteral("Ravi K");
    auto conflict = m_parties->update(m_owner, stale);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
    QVERIFY2(conflict.error().message.contains(QLatin1String("ravi")), qPrintable(conflict.error().message));
    QCOMPARE(m_parties->get(m_owner, a.id)->name, QStringLiteral("Ravi Kumar"));
}

void TestParties::duplicateMobileRefused() {
    created(sampleParty(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111")));
    auto again =
        m_parties->create(m_owner, sampleParty(QStringLiteral("Someone Else"), QStringLiteral("+91 98200 11111")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().field, QStringLiteral("mobile"));
    QVERIFY(again.error().message.contains(QLatin1String("Ravi Kumar")));
    auto found = m_parties->findByMobile(m_owner, QStringLiteral("098200 11111"));
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(found->value().name, QStringLiteral("Ravi Kumar"));
}

void TestParties::keysetPagesCoverEverySortOrder() {
    QList<Party> made;
    for (int i = 0; i < 25; ++i) {
        Party p = sampleParty(QStringLiteral("%1 Party %2").arg(QChar(QLatin1Char(char('A' + (i * 7) % 26)))).arg(i),
                              QStringLiteral("98%1").arg(10000000 + i * 37));
        p.company = QStringLiteral("Company %1").arg(QChar(QLatin1Char(char('Z' - i % 26))));
        m_clock->advanceSeconds(1);
        made << created(p);
    }
    for (PartySort sort : {PartySort::Name, PartySort::Company, PartySort::RecentlyUpdated}) {
        for (bool descending : {false, true}) {
            PartyQuery q;
            q.sort = sort;
            q.descending = descending;
            q.limit = 7;
            const QList<PartyRow> rows = all(m_owner, q);
            QCOMPARE(rows.size(), made.size());
            QList<Party> expected = made;
            auto key = [&](const Party &p) {
                switch (sort) {
                case PartySort::Company:
                    return p.company.toLower();
                case PartySort::RecentlyUpdated:
                    return isoUtc(p.updatedAt);
                case PartySort::Name:
                    break;
                }
                return p.name.toLower();
            };
            std::sort(expected.begin(), expected.end(), [&](const Party &x, const Party &y) {
                const auto kx = std::make_pair(key(x), x.id);
                const auto ky = std::make_pair(key(y), y.id);
                return descending ? ky < kx : kx < ky;
            });
            for (int i = 0; i < rows.size(); ++i)
                QCOMPARE(rows.at(i).id, expected.at(i).id);
        }
    }
}

void TestParties::searchByNameCompanyOrMobile() {
    Party ravi = sampleParty(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    ravi.company = QStringLiteral("Apple Exports");
    ravi.billing.city = QStringLiteral("Pune");
    ravi.gstin = QStringLiteral("27AAPFU0939F1ZV");
    created(ravi);
    Party anita = sampleParty(QStringLiteral("Anita Kumari"), QStringLiteral("9123456789"));
    anita.company = QStringLiteral("Mango Foods, Pvt. Ltd.");
    created(anita);
    created(sampleParty(QStringLiteral("Suresh Patel"), QStringLiteral("9820099999")));

    auto names = [&](const QString &search) {
        QStringList out;
        for (const PartyRow &r : all(m_owner, {search}))
            out << r.name;
        return out;
    };
    QCOMPARE(names(QStringLiteral("ravi")), QStringList{QStringLiteral("Ravi Kumar")});
    QCOMPARE(names(QStringLiteral("RAV")), QStringList{QStringLiteral("Ravi Kumar")});
    QCOMPARE(names(QStringLiteral("kum")), (QStringList{QStringLiteral("Anita Kumari"), QStringLiteral("Ravi Kumar")}));
    QCOMPARE(names(QStringLiteral("apple")), QStringList{QStringLiteral("Ravi Kumar")});
    QCOMPARE(names(QStringLiteral("ltd")), QStringList{QStringLiteral("Anita Kumari")});
    QCOMPARE(names(QStringLiteral("98200")),
             (QStringList{QStringLiteral("Ravi Kumar"), QStringLiteral("Suresh Patel")}));
    QCOMPARE(names(QStringLiteral("kumar 9820")), QStringList{QStringLiteral("Ravi Kumar")});
    QCOMPARE(names(QStringLiteral("kumar mango")), QStringList{QStringLiteral("Anita Kumari")});
    QVERIFY(names(QStringLiteral("xyz")).isEmpty());
    QVERIFY(names(QStringLiteral("avi")).isEmpty()); // prefixes of words, not fragments
    const PartyRow row = all(m_owner, {QStringLiteral("ravi")}).first();
    QCOMPARE(row.city, QStringLiteral("Pune"));
    QCOMPARE(row.stateCode, QStringLiteral("27"));
    QCOMPARE(row.company, QStringLiteral("Apple Exports"));
}

void TestParties::searchWordsAreLiteral() {
    // LIKE's wildcards and escape character typed in a word match only themselves, whether the word drives
    // from the term index or is checked on each row of a walk (every limit at zero).
    created(sampleParty(QStringLiteral("Tin_Can Traders"), QStringLiteral("9000000101")));
    created(sampleParty(QStringLiteral("TinXCan Traders"), QStringLiteral("9000000102")));
    created(sampleParty(QStringLiteral("Ten%Off Stores"), QStringLiteral("9000000103")));
    created(sampleParty(QStringLiteral("Tenxoff Stores"), QStringLiteral("9000000104")));
    created(sampleParty(QStringLiteral("Back\\Slash Boxes"), QStringLiteral("9000000105")));
    created(sampleParty(QStringLiteral("Backslash Boxes"), QStringLiteral("9000000106")));
    auto names = [&](const QString &search) {
        QStringList out;
        for (const PartyRow &r : all(m_owner, {search}))
            out << r.name;
        return out;
    };
    struct RestoreLimits {
        SearchTerms::Limits saved = SearchTerms::limits();
        ~RestoreLimits() { SearchTerms::setLimits(saved); }
    } restore;
    for (const SearchTerms::Limits &limits : {restore.saved, SearchTerms::Limits{0, 0}}) {
        SearchTerms::setLimits(limits);
        QCOMPARE(names(QStringLiteral("tin_c")), QStringList{QStringLiteral("Tin_Can Traders")});
        QCOMPARE(names(QStringLiteral("traders tin_c")), QStringList{QStringLiteral("Tin_Can Traders")});
        QCOMPARE(names(QStringLiteral("ten%o")), QStringList{QStringLiteral("Ten%Off Stores")});
        QCOMPARE(names(QStringLiteral("stores ten%o")), QStringList{QStringLiteral("Ten%Off Stores")});
        QCOMPARE(names(QStringLiteral("back\\s")), QStringList{QStringLiteral("Back\\Slash Boxes")});
        QCOMPARE(names(QStringLiteral("boxes back\\s")), QStringList{QStringLiteral("Back\\Slash Boxes")});
    }
}

void TestParties::searchPlansAgreeWithBruteForce() {
    DemoData::Options options;
    options.parties = 12000;
    options.quotes = 0;
    auto demo = DemoData(*m_db, *m_clock).generate(m_owner, options);
    QVERIFY2(demo.ok(), qPrintable(demo ? QString() : demo.error().text()));
    QCOMPARE(demo->parties, 12000);

    struct Row {
        qint64 id;
        QString sortName;
        QStringList words;
    };
    QList<Row> everyone;
    QSqlQuery q =
        m_db->exec(QStringLiteral("SELECT id, sort_name, name, company, mobile FROM parties WHERE tenant_id = ?"),
                   {m_owner.tenantId});
    while (q.next())
        everyone.append(
            {q.value(0).toLongLong(), q.value(1).toString(),
             SearchTerms::words(QStringList{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()})});
    QCOMPARE(everyone.size(), 12000);
    std::sort(everyone.begin(), everyone.end(), [](const Row &a, const Row &b) {
        return std::make_pair(a.sortName, a.id) < std::make_pair(b.sortName, b.id);
    });

    // Which plan SearchTerms::plan chose for `words`: a driver is told apart by whether its word was
    // selective or only under the intersect limit (then the other words were too common to intersect).
    auto planKind = [&](const QStringList &words) {
        const auto plan = SearchTerms::plan(*m_db, QStringLiteral("party_terms"), QStringLiteral("party_id"),
                                            QStringLiteral("parties"), QStringLiteral("p"), m_owner.tenantId, words);
        if (plan.from.contains(QLatin1String("INTERSECT")))
            return QStringLiteral("intersect");
        if (plan.idCondition.isEmpty())
            return QStringLiteral("walk");
        int rarest = std::numeric_limits<int>::max();
        for (const QString &w : words)
            rarest = std::min(
                rarest, SearchTerms::countPrefix(*m_db, QStringLiteral("party_terms"), m_owner.tenantId, w, 1000000));
        return rarest <= SearchTerms::limits().selective ? QStringLiteral("driver")
                                                         : QStringLiteral("driver, common words filtered");
    };
    auto check = [&](const QString &search) {
        const QStringList words = SearchTerms::words(search);
        QList<qint64> expected;
        for (const Row &r : everyone) {
            const bool match = std::all_of(words.begin(), words.end(), [&](const QString &w) {
                return std::any_of(r.words.begin(), r.words.end(), [&](const QString &x) { return x.startsWith(w); });
            });
            if (match)
                expected << r.id;
        }
        PartyQuery query;
        query.search = search;
        query.limit = 500;
        QList<qint64> got;
        for (const PartyRow &r : all(m_owner, query))
            got << r.id;
        QVERIFY2(
            got == expected,
            qPrintable(QStringLiteral("%1: %2 rows, expected %3").arg(search).arg(got.size()).arg(expected.size())));
        QVERIFY2(!expected.isEmpty(), qPrintable(search));
    };

    // Every plan of SearchTerms::plan: a rare word drives from the term index ("kumar"), two common words
    // are intersected there ("s a"), a single common word walks the sort index ("s").
    const QStringList searches = {
        QStringLiteral("s"),         QStringLiteral("9"),       QStringLiteral("kumar"),
        QStringLiteral("shree pvt"), QStringLiteral("s kumar"), QStringLiteral("zubin fernandes"),
        QStringLiteral("s a"),       QStringLiteral("a s 9"),   everyone.at(4321).words.last()};
    QSet<QString> plans;
    for (const QString &search : searches) {
        plans.insert(planKind(SearchTerms::words(search)));
        check(search);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(plans, (QSet<QString>{QStringLiteral("walk"), QStringLiteral("driver"), QStringLiteral("intersect")}));

    // A million rows in miniature: with the limits lowered, a name is too common to be selective and a
    // first letter too common to intersect ("ravi k"), so the name drives and the letter is filtered; two
    // names still intersect, a letter alone still walks. Results stay exactly the brute-force ones.
    struct RestoreLimits {
        SearchTerms::Limits saved = SearchTerms::limits();
        ~RestoreLimits() { SearchTerms::setLimits(saved); }
    } restore;
    SearchTerms::setLimits({40, 600});
    const QStringList scaled = {QStringLiteral("ravi k"),    QStringLiteral("shree a"),
                                QStringLiteral("k zubin"),   QStringLiteral("zubin fernandes"),
                                QStringLiteral("ravi ku s"), QStringLiteral("s"),
                                QStringLiteral("9 ravi"),    QStringLiteral("zubin 9")};
    QSet<QString> scaledPlans;
    for (const QString &search : scaled) {
        scaledPlans.insert(planKind(SearchTerms::words(search)));
        check(search);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(scaledPlans.contains(QStringLiteral("driver, common words filtered")),
             qPrintable(QStringList(scaledPlans.values()).join(QStringLiteral("; "))));
    QVERIFY(scaledPlans.contains(QStringLiteral("intersect")));
    QVERIFY(scaledPlans.contains(QStringLiteral("walk")));
}

void TestParties::removeDeletesOrHides() {
    const Party lone = created(sampleParty(QStringLiteral("Lone Buyer"), QStringLiteral("9000000001")));
    auto removed = m_parties->remove(m_owner, lone.id, lone.rowVersion);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value(), PartyService::Removal::Deleted);
    QCOMPARE(m_parties->get(m_owner, lone.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM party_terms WHERE party_id = ?"), {lone.id}).toInt(), 0);

    const Party buyer = created(sampleParty(QStringLiteral("Regular Buyer"), QStringLiteral("9000000002")));
    QuoteService quotes(*m_db, *m_clock);
    QuoteDraft draft;
    draft.partyId = buyer.id;
    QuoteItem item;
    item.name = QStringLiteral("Shoe Box");
    item.spec = threePlyBox(300, 200, 150);
    draft.items << item;
    auto saved = quotes.save(m_owner, draft);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));

    QCOMPARE(m_parties->remove(m_owner, buyer.id, buyer.rowVersion - 1).error().kind, Error::Kind::Conflict);
    auto hidden = m_parties->remove(m_owner, buyer.id, buyer.rowVersion);
    QVERIFY(hidden.ok());
    QCOMPARE(hidden.value(), PartyService::Removal::Hidden);
    auto kept = m_parties->get(m_owner, buyer.id);
    QVERIFY(kept.ok());
    QVERIFY(kept->deleted);
    QVERIFY(all(m_owner, {QStringLiteral("regular")}).isEmpty());
    PartyQuery withHidden{QStringLiteral("regular")};
    withHidden.includeDeleted = true;
    QCOMPARE(all(m_owner, withHidden).size(), 1);
    QVERIFY(all(m_owner, withHidden).first().deleted);
    QVERIFY(!m_parties->findByMobile(m_owner, QStringLiteral("9000000002"))->has_value());
    // The quote still shows the party it was made for, and a hidden party takes no new quote.
    QCOMPARE(quotes.get(m_owner, saved->quoteId)->active.party.name, QStringLiteral("Regular Buyer"));
    QCOMPARE(quotes.save(m_owner, draft).error().field, QStringLiteral("party"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'party.delete'")).toInt(), 2);

    // Its mobile is free for a new party; showing the hidden one again is then refused.
    const Party successor = created(sampleParty(QStringLiteral("New Buyer"), QStringLiteral("9000000002")));
    QCOMPARE(m_parties->unhide(m_owner, buyer.id, kept->rowVersion).error().kind, Error::Kind::Conflict);
    QVERIFY(m_parties->remove(m_owner, successor.id, successor.rowVersion).ok());
    auto shown = m_parties->unhide(m_owner, buyer.id, kept->rowVersion);
    QVERIFY(shown.ok());
    QVERIFY(!shown->deleted);
    QCOMPARE(all(m_owner, {QStringLiteral("regular")}).size(), 1);
}

void TestParties::viewerCannotChange() {
    const Party p = created(sampleParty(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111")));
    const Session viewer = sessionForRole(*m_db, m_owner.tenantId, role::Viewer, QStringLiteral("vik"));
    QCOMPARE(m_parties->create(viewer, sampleParty(QStringLiteral("X"), QStringLiteral("9820011112"))).error().kind,
             Error::Kind::Denied);
    QCOMPARE(m_parties->update(viewer, p).error().kind, Error::Kind::Denied);
    QCOMPARE(m_parties->remove(viewer, p.id, p.rowVersion).error().kind, Error::Kind::Denied);
    QVERIFY(m_parties->get(viewer, p.id).ok());
    QCOMPARE(all(viewer, {}).size(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied'")).toInt(),
             3);
}

void TestParties::tenantIsolation() {
    const Party mine = created(sampleParty(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111")));
    const QString now = isoUtc(m_clock->nowUtc());
    const qint64 other =
        m_db->insert(QStringLiteral("INSERT INTO tenants (name, state_code, gstin, created_at, updated_at) "
                                    "VALUES ('Other Boxes', '29', '', ?, ?)"),
                     {now, now});
    const Session them = sessionForRole(*m_db, other, role::Owner, QStringLiteral("mohan"));
    QCOMPARE(m_parties->get(them, mine.id).error().kind, Error::Kind::NotFound);
    Party hijack = mine;
    hijack.name = QStringLiteral("Hijacked");
    QCOMPARE(m_parties->update(them, hijack).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_parties->remove(them, mine.id, mine.rowVersion).error().kind, Error::Kind::NotFound);
    QVERIFY(all(them, {}).isEmpty());
    QVERIFY(all(them, {QStringLiteral("ravi")}).isEmpty());
    QVERIFY(!m_parties->findByMobile(them, mine.mobile)->has_value());
    // The same customer may buy from both shops.
    auto theirs = m_parties->create(them, sampleParty(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111")));
    QVERIFY(theirs.ok());
    QCOMPARE(all(m_owner, {QStringLiteral("ravi")}).size(), 1);
    QCOMPARE(m_parties->get(m_owner, mine.id)->name, QStringLiteral("Ravi Kumar"));
    // A quote of one shop cannot name the other shop's party.
    QuoteDraft draft;
    draft.partyId = theirs->id;
    QuoteItem item;
    item.name = QStringLiteral("Shoe Box");
    item.spec = threePlyBox(300, 200, 150);
    draft.items << item;
    QCOMPARE(QuoteService(*m_db, *m_clock).save(m_owner, draft).error().field, QStringLiteral("party"));
}

QTEST_GUILESS_MAIN(TestParties)
#include "tst_parties.moc"
