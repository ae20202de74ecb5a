// Costing masters in the database, on SQLite and PostgreSQL: the migration's template is exactly the
// COSTING.md §2 defaults, a new shop is seeded with them, edits are validated, versioned, audited and change
// new costings only, the rate memory round-trips, and `boxcost cost --db` costs with the shop's masters.

#include "Golden.h"
#include "TestDatabase.h"
#include "TestShop.h"

#include "costing/CostingEngine.h"
#include "data/Database.h"
#include "services/AccountService.h"
#include "services/Clock.h"
#include "services/CostingJson.h"
#include "services/MastersService.h"
#include "services/Permissions.h"
#include "services/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace bcp;
using costing::CostingMasters;

namespace {

QJsonObject goldenInput(int index) {
    static const QJsonObject doc = test::loadGolden(QStringLiteral("costing_cases.json"));
    return doc.value(QStringLiteral("cases")).toArray().at(index).toObject().value(QStringLiteral("input")).toObject();
}

costing::CostingResult costOf(const QJsonObject &input, const CostingMasters &masters) {
    auto c = CostingJson::readCase(input, masters);
    if (!c)
        qFatal("golden case refused: %s", qPrintable(c.error().text()));
    const costing::CostingOutcome out = costing::computeCosting(c->spec, c->hasOwnMasters ? c->masters : masters);
    if (!out.ok())
        qFatal("costing failed: %s", out.error.text().c_str());
    return out.result;
}

} // namespace

class TestMasters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void templateIsTheSection2Defaults();
    void newShopIsSeededWithTheDefaults();
    void editChangesNewCostingsOnly();
    void invalidEditsAreRefusedAndNothingSaved_data();
    void invalidEditsAreRefusedAndNothingSaved();
    void concurrentEditIsRefused();
    void permissionsAreChecked();
    void rateMemoryRoundTrip();
    void costCommandUsesTheDatabaseMasters();

private:
    qint64 createShop(const QString &name);
    Session sessionFor(qint64 tenantId, const QString &role, const QString &username);
    int auditCount(const QString &action) { return test::auditCount(*m_db, action); }

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MastersService> m_masters;
};

void TestMasters::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc()));
    m_masters = std::make_unique<MastersService>(*m_db, *m_clock);
}

void TestMasters::cleanup() {
    m_masters.reset();
    m_db.reset();
    m_t.reset();
}

// A shop created the way the accounts code does it: the tenant row and its masters in one transaction.
qint64 TestMasters::createShop(const QString &name) {
    return test::createShop(*m_db, name, m_clock->nowUtc(), QString());
}

// A session with the role's permissions as the database seeds them.
Session TestMasters::sessionFor(qint64 tenantId, const QString &role, const QString &username) {
    Session s = test::sessionForRole(*m_db, tenantId, role, username);
    s.displayName = username;
    s.workstation = QStringLiteral("test");
    return s;
}

void TestMasters::templateIsTheSection2Defaults() {
    auto template0 = m_db->read([](Database &tx) { return MastersService::loadTenant(tx, 0); });
    QVERIFY2(template0.ok(), qPrintable(template0.ok() ? QString() : template0.error().text()));
    QVERIFY(template0.value() == CostingMasters::defaults());
    // Order too: the pickers show shades and flutes as COSTING.md lists them.
    const CostingMasters d = CostingMasters::defaults();
    QCOMPARE(template0->shadePremiums.size(), d.shadePremiums.size());
    for (std::size_t i = 0; i < d.shadePremiums.size(); ++i)
        QCOMPARE(template0->shadePremiums[i].shade, d.shadePremiums[i].shade);
    for (std::size_t i = 0; i < d.flutes.size(); ++i)
        QCOMPARE(template0->flutes[i].letter, d.flutes[i].letter);
    for (std::size_t i = 0; i < d.bfPrices.size(); ++i)
        QCOMPARE(template0->bfPrices[i].bf, d.bfPrices[i].bf);

    // The same rows on both engines: counts per table.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM masters_bf_prices WHERE tenant_id = 0")).toInt(), 8);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM masters_shades WHERE tenant_id = 0")).toInt(), 11);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM masters_flutes WHERE tenant_id = 0")).toInt(), 5);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM masters_ply WHERE tenant_id = 0")).toInt(), 5);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM masters_business")).toInt(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM masters_rate_memory")).toInt(), 0);
    QVERIFY(m_db->tableExists(QStringLiteral("masters_gsm_rules")));
}

void TestMasters::newShopIsSeededWithTheDefaults() {
    const qint64 shop = createShop(QStringLiteral("Sharma Packaging"));
    QVERIFY(shop > 0);
    auto loaded = m_masters->load(sessionFor(shop, role::Owner, QStringLiteral("ravi")));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().text()));
    QVERIFY(loaded.value() == CostingMasters::defaults());

    // Seeding twice never overwrites a shop's own masters.
    const Session owner = sessionFor(shop, role::Owner, QStringLiteral("ravi"));
    auto editable = m_masters->loadForEdit(owner);
    QVERIFY(editable.ok());
    QCOMPARE(editable->rowVersion, 1);
    QVERIFY(!editable->updatedAt.isValid());
    CostingMasters changed = editable->masters;
    changed.setBfPrice(18, 35.25);
    QVERIFY(m_masters->save(owner, changed, editable->rowVersion).ok());
    QVERIFY(m_db->write([&](Database &tx) -> Result<bool> {
                    MastersService::seedTenant(tx, shop);
                    return true;
                })
                .ok());
    QCOMPARE(*m_masters->load(owner)->bfPrice(18), 35.25);

    // A shop without masters is a clear error, not silent defaults.
    auto none = m_masters->load(sessionFor(999, role::Owner, QStringLiteral("nobody")));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Error::Kind::NotFound);
}

void TestMasters::editChangesNewCostingsOnly() {
    const qint64 shop = createShop(QStringLiteral("Sharma Packaging"));
    const qint64 other = createShop(QStringLiteral("Verma Cartons"));
    const Session owner = sessionFor(shop, role::Owner, QStringLiteral("ravi"));
    const QJsonObject box = goldenInput(0);

    auto editable = m_masters->loadForEdit(owner);
    QVERIFY(editable.ok());
    // What a quote saved before the edit keeps: its own copy of the masters it used.
    const CostingMasters snapshot = editable->masters;
    const costing::CostingResult before = costOf(box, snapshot);
    QCOMPARE(before.ratePerBoxPaise, qint64(1165));

    CostingMasters edited = editable->masters;
    edited.setBfPrice(24, 40.00);
    edited.setShadePremium("kraft/natural", 0.50);
    edited.setFlute('B', 1.40, 2.8);
    edited.conversionPerKg = 16.25;
    edited.gstPercent = 12;
    m_clock->advanceSeconds(60);
    const int audits = auditCount(QStringLiteral("masters.update"));
    auto saved = m_masters->save(owner, edited, editable->rowVersion);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().text()));
    QCOMPARE(saved.value(), editable->rowVersion + 1);
    QCOMPARE(auditCount(QStringLiteral("masters.update")), audits + 1);
    const QJsonObject after =
        QJsonDocument::fromJson(
            m_db->scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'masters.update'"))
                .toByteArray())
            .object();
    QVERIFY(after.contains(QStringLiteral("bfPrices")));
    QVERIFY(after.contains(QStringLiteral("gstPercent")));
    QVERIFY(!after.contains(QStringLiteral("plyThicknessMm")));

    auto reloaded = m_masters->loadForEdit(owner);
    QVERIFY(reloaded.ok());
    QVERIFY(reloaded->masters == edited);
    QCOMPARE(reloaded->rowVersion, saved.value());
    QCOMPARE(reloaded->updatedBy, QStringLiteral("ravi"));
    QCOMPARE(reloaded->updatedAt, m_clock->nowUtc());

    // New costings use the new values...
    const costing::CostingResult now = costOf(box, reloaded->masters);
    QCOMPARE(now.layers[0].rate, 40.0);
    QCOMPARE(now.layers[1].rate, 34.5);
    QCOMPARE(now.layers[1].factor, 1.40);
    QVERIFY(now.ratePerBoxPaise > before.ratePerBoxPaise);
    // ...the saved snapshot still gives what it gave, and neither the other shop nor the template moved.
    QCOMPARE(costOf(box, snapshot).ratePerBoxPaise, before.ratePerBoxPaise);
    QVERIFY(m_masters->load(sessionFor(other, role::Owner, QStringLiteral("verma"))).value() ==
            CostingMasters::defaults());
    QVERIFY(m_db->read([](Database &tx) { return MastersService::loadTenant(tx, 0); }).value() ==
            CostingMasters::defaults());

    // Saving the same values again changes nothing and writes no audit row.
    auto same = m_masters->save(owner, edited, reloaded->rowVersion);
    QVERIFY(same.ok());
    QCOMPARE(same.value(), reloaded->rowVersion);
    QCOMPARE(auditCount(QStringLiteral("masters.update")), audits + 1);
}

void TestMasters::invalidEditsAreRefusedAndNothingSaved_data() {
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative BF price") << 0 << "bfPrices.18";
    QTest::newRow("factor above 2") << 1 << "flutes.B.factor";
    QTest::newRow("factor below 1") << 2 << "flutes.E.factor";
    QTest::newRow("flute height 0") << 3 << "flutes.C.heightMm";
    QTest::newRow("GST not a legal rate") << 4 << "gstPercent";
    QTest::newRow("negative premium") << 5 << "shadePremiums.Testliner";
    QTest::newRow("fraction of a paisa") << 6 << "bfPrices.20";
    QTest::newRow("negative conversion") << 7 << "conversionPerKg";
    QTest::newRow("ply thickness 0") << 8 << "plyThicknessMm.5";
    QTest::newRow("market in fractions of a paisa") << 9 << "gsmRules.market";
}

void TestMasters::invalidEditsAreRefusedAndNothingSaved() {
    QFETCH(int, which);
    QFETCH(QString, field);
    const qint64 shop = createShop(QStringLiteral("Sharma Packaging"));
    const Session owner = sessionFor(shop, role::Owner, QStringLiteral("ravi"));
    auto editable = m_masters->loadForEdit(owner);
    QVERIFY(editable.ok());
    CostingMasters m = editable->masters;
    m.setBfPrice(16, 33.75); // a valid change alongside the bad one must not be saved either
    switch (which) {
    case 0:
        m.setBfPrice(18, -1);
        break;
    case 1:
        m.setFlute('B', 2.5, 2.5);
        break;
    case 2:
        m.setFlute('E', 0.95, 1.2);
        break;
    case 3:
        m.setFlute('C', 1.45, 0);
        break;
    case 4:
        m.gstPercent = 4;
        break;
    case 5:
        m.setShadePremium("Testliner", -0.5);
        break;
    case 6:
        m.setBfPrice(20, 35.005);
        break;
    case 7:
        m.conversionPerKg = -15;
        break;
    case 8:
        m.plyThicknessMm[2] = 0;
        break;
    case 9:
        m.gsmRules.market = 0.125;
        break;
    default:
        QFAIL("no such case");
    }
    const int audits = auditCount(QStringLiteral("masters.update"));
    auto saved = m_masters->save(owner, m, editable->rowVersion);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Invalid);
    QCOMPARE(saved.error().field, field);
    QVERIFY(!saved.error().message.isEmpty());
    auto after = m_masters->loadForEdit(owner);
    QVERIFY(after->masters == CostingMasters::defaults());
    QCOMPARE(after->rowVersion, editable->rowVersion);
    QCOMPARE(auditCount(QStringLiteral("masters.update")), audits);
}

void TestMasters::concurrentEditIsRefused() {
    const qint64 shop = createShop(QStringLiteral("Sharma Packaging"));
    const Session ravi = sessionFor(shop, role::Owner, QStringLiteral("ravi"));
    const Session asha = sessionFor(shop, role::Admin, QStringLiteral("asha"));
    auto first = m_masters->loadForEdit(ravi);
    auto second = m_masters->loadForEdit(asha);
    QVERIFY(first.ok() && second.ok());
    CostingMasters a = first->masters;
    a.markupPercent = 12;
    QVERIFY(m_masters->save(ravi, a, first->rowVersion).ok());
    CostingMasters b = second->masters;
    b.markupPercent = 18;
    auto late = m_masters->save(asha, b, second->rowVersion);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().kind, Error::Kind::Conflict);
    QVERIFY2(late.error().message.contains(QStringLiteral("ravi")), qPrintable(late.error().message));
    QCOMPARE(m_masters->load(ravi)->markupPercent, 12.0);
    // Even a no-op save from a stale editor is told to reload.
    auto stale = m_masters->save(asha, a, second->rowVersion);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
}

void TestMasters::permissionsAreChecked() {
    const qint64 shop = createShop(QStringLiteral("Sharma Packaging"));
    const Session staff = sessionFor(shop, role::Staff, QStringLiteral("sunil"));
    const Session viewer = sessionFor(shop, role::Viewer, QStringLiteral("vikas"));
    QVERIFY(m_masters->load(staff).ok());
    QVERIFY(m_masters->load(viewer).ok());
    QVERIFY(m_masters->loadForEdit(staff).ok());

    const int denied = auditCount(QStringLiteral("permission.denied"));
    CostingMasters m = CostingMasters::defaults();
    m.markupPercent = 20;
    auto saved = m_masters->save(staff, m, 1);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Denied);
    QCOMPARE(auditCount(QStringLiteral("permission.denied")), denied + 1);
    QCOMPARE(m_masters->load(staff)->markupPercent, 15.0);

    // A viewer may look at the masters but not use the calculator's rate memory.
    auto remembered = m_masters->rememberRate(viewer, 18, QStringLiteral("Kraft/Natural"), 40);
    QVERIFY(!remembered.ok());
    QCOMPARE(remembered.error().kind, Error::Kind::Denied);

    Session nobody = staff;
    nobody.permissions.clear();
    auto refused = m_masters->load(nobody);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Denied);
}

void TestMasters::rateMemoryRoundTrip() {
    const qint64 shop = createShop(QStringLiteral("Sharma Packaging"));
    const qint64 other = createShop(QStringLiteral("Verma Cartons"));
    const Session staff = sessionFor(shop, role::Staff, QStringLiteral("sunil"));
    const Session elsewhere = sessionFor(other, role::Staff, QStringLiteral("vinod"));

    auto none = m_masters->rememberedRate(staff, 18, QStringLiteral("Kraft/Natural"));
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());

    QVERIFY(m_masters->rememberRate(staff, 18, QStringLiteral("Kraft/Natural"), 42.5).ok());
    auto found = m_masters->rememberedRate(staff, 18, QStringLiteral("KRAFT/natural"));
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(**found, 42.5);
    QVERIFY(m_masters->rememberRate(staff, 18, QStringLiteral("kraft/natural"), 43.75).ok());
    QCOMPARE(**m_masters->rememberedRate(staff, 18, QStringLiteral("Kraft/Natural")), 43.75);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM masters_rate_memory")).toInt(), 1);
    QCOMPARE(auditCount(QStringLiteral("masters.rate_memory")), 2);

    QVERIFY(!m_masters->rememberedRate(staff, 20, QStringLiteral("Kraft/Natural"))->has_value());
    QVERIFY(!m_masters->rememberedRate(staff, 18, QStringLiteral("Golden Kraft"))->has_value());
    QVERIFY(!m_masters->rememberedRate(elsewhere, 18, QStringLiteral("Kraft/Natural"))->has_value());

    auto negative = m_masters->rememberRate(staff, 18, QStringLiteral("Kraft/Natural"), -1);
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().field, QStringLiteral("rate"));
    auto fraction = m_masters->rememberRate(staff, 18, QStringLiteral("Kraft/Natural"), 42.555);
    QVERIFY(!fraction.ok());
    QCOMPARE(fraction.error().field, QStringLiteral("rate"));
    auto noBf = m_masters->rememberRate(staff, 0, QStringLiteral("Kraft/Natural"), 40);
    QCOMPARE(noBf.error().field, QStringLiteral("bf"));
    QCOMPARE(**m_masters->rememberedRate(staff, 18, QStringLiteral("Kraft/Natural")), 43.75);
}

void TestMasters::costCommandUsesTheDatabaseMasters() {
    const QString password = QStringLiteral("Corrugated#Board-2026");
    AccountService accounts(*m_db);
    auto owner = accounts.setup({QStringLiteral("Sharma Packaging"), QStringLiteral("27"), QString(),
                                 QStringLiteral("ravi"), QStringLiteral("Ravi Sharma"), password, password});
    QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().text()));
    // Creating the shop seeded its masters with the defaults.
    auto seeded = m_masters->load(owner.value());
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().text()));
    QVERIFY(seeded.value() == CostingMasters::defaults());
    auto editable = m_masters->loadForEdit(owner.value());
    QVERIFY(editable.ok());
    CostingMasters edited = editable->masters;
    edited.setBfPrice(24, 40.00);
    QVERIFY(m_masters->save(owner.value(), edited, editable->rowVersion).ok());

    // The password comes from BOXCOST_PASSWORD, or else from the first line of standard input.
    bool passwordOnStdin = false;
    auto run = [&](const QStringList &extra, const QJsonObject &input, QByteArray &out, QByteArray &err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BOXCOST_PASSWORD"));
        if (!passwordOnStdin)
            env.insert(QStringLiteral("BOXCOST_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BOXCOST_CLI_PATH), QStringList{QStringLiteral("cost")} + extra);
        if (passwordOnStdin)
            p.write(password.toUtf8() + '\n');
        p.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("boxcost did not finish");
        out = p.readAllStandardOutput();
        err = p.readAllStandardError();
        return p.exitCode();
    };
    const QStringList db = {QStringLiteral("--db"), m_t->url().toString(), QStringLiteral("--as"),
                            QStringLiteral("ravi")};
    QByteArray out, err;
    QCOMPARE(run(db, goldenInput(0), out, err), 0);
    QJsonObject result = QJsonDocument::fromJson(out).object();
    QCOMPARE(result.value(QStringLiteral("layers")).toArray().at(0).toObject().value(QStringLiteral("rate")).toDouble(),
             40.0);
    QCOMPARE(result.value(QStringLiteral("ratePerBox")).toDouble(), costOf(goldenInput(0), edited).ratePerBox);
    QVERIFY(result.value(QStringLiteral("ratePerBox")).toDouble() != 11.65);

    passwordOnStdin = true;
    QCOMPARE(run(db, goldenInput(0), out, err), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object(), result);
    passwordOnStdin = false;

    // The input's own masters still apply on top of the database's.
    QJsonObject withOwn = goldenInput(0);
    withOwn.insert(QStringLiteral("masters"),
                   QJsonObject{{QStringLiteral("bfPrices"), QJsonObject{{QStringLiteral("24"), 45}}}});
    QCOMPARE(run(db, withOwn, out, err), 0);
    result = QJsonDocument::fromJson(out).object();
    QCOMPARE(result.value(QStringLiteral("layers")).toArray().at(0).toObject().value(QStringLiteral("rate")).toDouble(),
             45.0);
    QCOMPARE(result.value(QStringLiteral("layers")).toArray().at(1).toObject().value(QStringLiteral("rate")).toDouble(),
             34.0);

    // Without --db: the §2 defaults. With --db but no sign-in: refused, nothing on stdout.
    QCOMPARE(run({}, goldenInput(0), out, err), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("ratePerBox")).toDouble(), 11.65);
    QCOMPARE(run({QStringLiteral("--db"), m_t->url().toString()}, goldenInput(0), out, err), 2);
    QCOMPARE(out, QByteArray());
    QVERIFY2(err.contains("--as"), err.constData());
}

QTEST_GUILESS_MAIN(TestMasters)
#include "tst_masters.moc"
