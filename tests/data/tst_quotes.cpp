// Quotes on a real database: numbering at first save (unique and gapless with concurrent writers),
// immutable versions (the service creates new ones; the database refuses UPDATE and DELETE), snapshots
// that later party and master edits leave alone, the duplicate-box rule, totals for every golden case,
// compare and restore, status and expiry, the paged list against a brute-force filter, bad input paths,
// permissions and tenant isolation.

#include "Golden.h"
#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "services/Clock.h"
#include "services/CompanyService.h"
#include "services/CostingJson.h"
#include "services/DemoData.h"
#include "services/MastersService.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteCalculator.h"
#include "services/QuoteDiff.h"
#include "services/QuoteRows.h"
#include "services/QuoteService.h"
#include "services/SearchTerms.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace bcp;
using test::quoteItem;
using test::sessionForRole;
using test::threePlyBox;

namespace {

const QString kPassword = QStringLiteral("Corrugated#Board-2026");

QStringList flattened(const QuoteVersion &v) {
    QStringList out;
    for (const QuoteDiff::Field &f : QuoteDiff::flatten(v))
        out << f.first + QLatin1Char('=') + f.second;
    return out;
}

QString text(const Error &e) {
    return e.text();
}

} // namespace

class TestQuotes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void firstSaveNumbersAndSnapshots();
    void companyTemplateNumbersNewQuotes();
    void documentsExampleTotals();
    void totalsMatchGoldenCases();
    void editsCreateVersionsAndOldOnesStay();
    void databaseRefusesVersionChanges();
    void laterPartyEditChangesNoVersion();
    void laterMasterEditChangesNoVersion();
    void duplicateBoxBecomesNewVersion();
    void compareAndRestore();
    void statusFlowAndExpiry();
    void staleEditIsRefused();
    void badInputNamesThePath_data();
    void badInputNamesThePath();
    void viewerMayOnlyRead();
    void tenantIsolation();
    void concurrentWritersGetGaplessNumbers();
    void listPagesSearchesAndFilters();
    void demoQuotesAreLikeSavedOnes();
    void failedDemoLoadRollsItsQuotesBack();

private:
    Party party(const QString &name, const QString &mobile, const QString &gstin = {}, const QString &state = {});
    QuoteSaveResult saved(const QuoteDraft &draft);
    QList<QuoteRow> all(QuoteQuery query);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QuoteService> m_quotes;
    std::unique_ptr<PartyService> m_parties;
    Session m_owner;
};

void TestQuotes::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    // 10:00 UTC is 15:30 in India: the same calendar day either way.
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2025, 11, 26), QTime(10, 0), QTimeZone::utc()));
    m_quotes = std::make_unique<QuoteService>(*m_db, *m_clock);
    m_parties = std::make_unique<PartyService>(*m_db, *m_clock);
    m_owner = test::setUpSharmaPackaging(*m_db, *m_clock, kPassword);
    // Shops get their own copy of the masters when they are created; seeding again changes nothing.
    auto seeded = m_db->write([&](Database &tx) -> Result<bool> {
        MastersService::seedTenant(tx, m_owner.tenantId);
        return true;
    });
    if (!seeded)
        qFatal("seeding masters failed: %s", qPrintable(seeded.error().text()));
}

void TestQuotes::cleanup() {
    m_quotes.reset();
    m_parties.reset();
    m_db.reset();
    m_t.reset();
}

Party TestQuotes::party(const QString &name, const QString &mobile, const QString &gstin, const QString &state) {
    Party p;
    p.name = name;
    p.mobile = mobile;
    p.gstin = gstin;
    p.billing.stateCode = state;
    auto r = m_parties->create(m_owner, p);
    if (!r)
        qFatal("party failed: %s", qPrintable(r.error().text()));
    return r.value();
}

QuoteSaveResult TestQuotes::saved(const QuoteDraft &draft) {
    auto r = m_quotes->save(m_owner, draft);
    if (!r)
        qFatal("save failed: %s", qPrintable(r.error().text()));
    return r.value();
}

QList<QuoteRow> TestQuotes::all(QuoteQuery query) {
    QList<QuoteRow> rows;
    for (int guard = 0; guard < 100000; ++guard) {
        auto page = m_quotes->list(m_owner, query);
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

void TestQuotes::firstSaveNumbersAndSnapshots() {
    const Party p =
        party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"), QStringLiteral("27AAPFU0939F1ZV"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    d.terms.paymentTerms = QStringLiteral("30 days");
    const QuoteSaveResult a = saved(d);
    QCOMPARE(a.number, QStringLiteral("QT/25-26/0001"));
    QCOMPARE(a.version, 1);
    QVERIFY(a.newQuote);
    QVERIFY(!a.duplicate);

    d.items[0].name = QStringLiteral("Mango Box 3P");
    QCOMPARE(saved(d).number, QStringLiteral("QT/25-26/0002"));
    // The financial year starts on 1 April: its numbers start again at 0001.
    d.items[0].name = QStringLiteral("Tea Box 3P");
    d.date = QDate(2026, 4, 1);
    QCOMPARE(saved(d).number, QStringLiteral("QT/26-27/0001"));
    d.date = QDate(2026, 3, 31);
    d.items[0].name = QStringLiteral("Shoe Box 3P");
    QCOMPARE(saved(d).number, QStringLiteral("QT/25-26/0003"));

    auto q = m_quotes->get(m_owner, a.quoteId);
    QVERIFY(q.ok());
    QCOMPARE(q->number, a.number);
    QCOMPARE(q->status, QuoteStatus::Draft);
    QCOMPARE(q->versions.size(), 1);
    const QuoteVersion &v = q->active;
    QCOMPARE(v.date, QDate(2025, 11, 26));
    QCOMPARE(v.validUntil, QDate(2025, 12, 3)); // the default 7 days
    QCOMPARE(v.terms.validityDays, 7);
    QCOMPARE(v.party.name, QStringLiteral("Ravi Kumar"));
    QCOMPARE(v.party.gstin, QStringLiteral("27AAPFU0939F1ZV"));
    QCOMPARE(v.items.size(), 1);
    const QuoteItem &i = v.items.first();
    QCOMPARE(i.hsn, QStringLiteral("4819"));
    QCOMPARE(i.unit, QStringLiteral("Pcs"));
    QCOMPARE(i.paperSpec, QStringLiteral("180/24 + 150/18 + 150/18"));
    QCOMPARE(i.ratePerBox.paise(), qint64(1165));
    QCOMPARE(i.unitPrice.paise(), qint64(1165));
    QCOMPARE(i.amount.paise(), qint64(1165000));
    QCOMPARE(i.result.value(QLatin1String("ratePerBox")).toDouble(), 11.65);
    QCOMPARE(i.spec.layers[0].shade, std::string("Golden Kraft"));
    QVERIFY(i.selected);
    QCOMPARE(v.masters, costing::CostingMasters::defaults());
    QCOMPARE(v.sellerState, QStringLiteral("27"));
    QCOMPARE(v.placeOfSupply, QStringLiteral("27"));
    QVERIFY(v.intraState);
    QCOMPARE(v.createdBy, QStringLiteral("Ravi Sharma"));
    QCOMPARE(v.origin, QStringLiteral("new"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'quote.create'")).toInt(), 4);
    // Snapshots are stored once: one party as it was, one costing of the same box, one set of masters.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM masters_snapshots")).toInt(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM party_snapshots")).toInt(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM costing_snapshots")).toInt(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quote_version_items")).toInt(), 4);
    QCOMPARE(m_quotes->getByNumber(m_owner, QStringLiteral("qt/25-26/0001"))->id, a.quoteId);
}

void TestQuotes::companyTemplateNumbersNewQuotes() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    QCOMPARE(saved(d).number, QStringLiteral("QT/25-26/0001"));

    CompanyService company(*m_db, *m_clock);
    auto profile = company.get(m_owner);
    QVERIFY(profile.ok());
    CompanyProfile changed = profile.value();
    changed.quoteTemplate = QStringLiteral("EST/{FY}/{seq:5}");
    auto stored = company.save(m_owner, changed);
    QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().text()));

    // The series goes on; only the way its numbers are written changes.
    d.items[0].name = QStringLiteral("Mango Box 3P");
    QCOMPARE(saved(d).number, QStringLiteral("EST/25-26/00002"));
    QSet<QString> listed;
    for (const QuoteRow &r : all(QuoteQuery{}))
        listed.insert(r.number);
    QCOMPARE(listed, (QSet<QString>{QStringLiteral("QT/25-26/0001"), QStringLiteral("EST/25-26/00002")}));

    // Demo quotes are numbered the same way.
    DemoData::Options options;
    options.parties = 20;
    options.quotes = 30;
    auto demo = DemoData(*m_db, *m_clock).generate(m_owner, options);
    QVERIFY2(demo.ok(), qPrintable(demo ? QString() : demo.error().text()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotes WHERE number LIKE 'EST/%'")).toInt(), 31);
}

void TestQuotes::documentsExampleTotals() {
    // DOCUMENTS.md "JSON for scripts": 11.65 less 10 % is 10.485, so 10.49 a box.
    const Party p =
        party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"), QStringLiteral("27AAPFU0939F1ZV"));
    QuoteDraft d;
    d.partyId = p.id;
    QuoteItem i = quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    i.negotiation = Negotiation::percent(10);
    d.items << i;
    d.transport = Money::fromPaise(150000);
    const QuoteSaveResult r = saved(d);
    const Quote q = m_quotes->get(m_owner, r.quoteId).value();
    const QuoteItem &stored = q.active.items.first();
    QCOMPARE(stored.ratePerBox.paise(), qint64(1165));
    QCOMPARE(stored.unitPrice.paise(), qint64(1049));
    QCOMPARE(stored.amount.paise(), qint64(1049000));
    const Totals &t = q.active.totals;
    QCOMPARE(t.subtotal.paise(), qint64(1049000));
    QCOMPARE(t.transport.paise(), qint64(150000));
    QCOMPARE(t.taxable.paise(), qint64(1199000));
    QCOMPARE(t.gstRateBasisPoints, 500);
    QCOMPARE(t.gst.paise(), qint64(59950));
    QCOMPARE(t.cgst.paise(), qint64(29975));
    QCOMPARE(t.sgst.paise(), qint64(29975));
    QCOMPARE(t.igst.paise(), qint64(0));
    QCOMPARE(t.roundOff.paise(), qint64(50));
    QCOMPARE(t.grand.paise(), qint64(1259000));
    QCOMPARE(all({}).first().grand.paise(), qint64(1259000));
}

void TestQuotes::totalsMatchGoldenCases() {
    const QJsonArray cases =
        test::loadGolden(QStringLiteral("documents_cases.json")).value(QLatin1String("totals")).toArray();
    QVERIFY(!cases.isEmpty());
    const Party intra = party(QStringLiteral("Local Buyer"), QStringLiteral("9820011111"), {}, QStringLiteral("27"));
    const Party inter =
        party(QStringLiteral("Far Buyer"), QStringLiteral("9820022222"), QStringLiteral("29AAGCB7383J1Z4"));
    int n = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        QuoteDraft d;
        d.partyId = c.value(QLatin1String("intraState")).toBool() ? intra.id : inter.id;
        costing::CostingMasters masters = costing::CostingMasters::defaults();
        masters.gstPercent = c.value(QLatin1String("gstRatePercent")).toDouble();
        masters.roundOff = c.value(QLatin1String("roundOff")).toBool();
        d.masters = masters;
        const QJsonArray lines = c.value(QLatin1String("lines")).toArray();
        for (qsizetype k = 0; k < lines.size(); ++k) {
            const QJsonObject line = lines.at(k).toObject();
            // Each line is a real box; its agreed (fixed) rate is the case's unit price.
            const qint64 quantity = line.value(QLatin1String("qty")).toInteger();
            QuoteItem i = quoteItem(QStringLiteral("Golden %1 box %2").arg(n).arg(k),
                                    threePlyBox(200 + 10 * double(k), 150, 100, quantity));
            i.negotiation = Negotiation::fixed(Money::fromPaise(line.value(QLatin1String("unitPaise")).toInteger()));
            d.items << i;
        }
        d.transport = Money::fromPaise(c.value(QLatin1String("transportPaise")).toInteger());
        const QuoteSaveResult r = saved(d);
        const Totals t = m_quotes->get(m_owner, r.quoteId)->active.totals;
        const QJsonObject e = c.value(QLatin1String("expectedPaise")).toObject();
        QCOMPARE(t.subtotal.paise(), e.value(QLatin1String("subtotal")).toInteger());
        QCOMPARE(t.taxable.paise(), e.value(QLatin1String("taxable")).toInteger());
        QCOMPARE(t.gst.paise(), e.value(QLatin1String("gst")).toInteger());
        QCOMPARE(t.cgst.paise(), e.value(QLatin1String("cgst")).toInteger());
        QCOMPARE(t.sgst.paise(), e.value(QLatin1String("sgst")).toInteger());
        QCOMPARE(t.igst.paise(), e.value(QLatin1String("igst")).toInteger());
        QCOMPARE(t.roundOff.paise(), e.value(QLatin1String("roundOff")).toInteger());
        QCOMPARE(t.grand.paise(), e.value(QLatin1String("grand")).toInteger());
        QCOMPARE(t.intraState, c.value(QLatin1String("intraState")).toBool());
        ++n;
    }
    QCOMPARE(n, int(cases.size()));
}

void TestQuotes::editsCreateVersionsAndOldOnesStay() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult first = saved(d);
    const QuoteVersion v1 = m_quotes->version(m_owner, first.quoteId, 1).value();
    const QStringList v1Before = flattened(v1);

    Quote q = m_quotes->get(m_owner, first.quoteId).value();
    QuoteDraft edit;
    edit.quoteId = q.id;
    edit.rowVersion = q.rowVersion;
    edit.partyId = p.id;
    edit.items = q.active.items;
    edit.items[0].spec.quantity = 2000;
    edit.items[0].negotiation = Negotiation::fixed(Money::fromPaise(1100));
    edit.masters = q.active.masters;
    m_clock->advanceSeconds(3600);
    const QuoteSaveResult second = saved(edit);
    QCOMPARE(second.number, first.number);
    QCOMPARE(second.version, 2);
    QVERIFY(!second.newQuote);

    // Version 1 is exactly as it was; version 2 is the active one.
    QCOMPARE(flattened(m_quotes->version(m_owner, first.quoteId, 1).value()), v1Before);
    q = m_quotes->get(m_owner, first.quoteId).value();
    QCOMPARE(q.activeVersion, 2);
    QCOMPARE(q.versions.size(), 2);
    QCOMPARE(q.versions.at(0).version, 1);
    QCOMPARE(q.versions.at(1).origin, QStringLiteral("edit"));
    QCOMPARE(q.active.items.first().amount.paise(), qint64(2200000));
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM quote_versions WHERE quote_id = ?"), {first.quoteId}).toInt(),
        2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'quote.version'")).toInt(), 1);
    // The list shows the active version.
    const QuoteRow row = all({}).first();
    QCOMPARE(row.version, 2);
    QCOMPARE(row.grand, q.active.totals.grand);
}

void TestQuotes::databaseRefusesVersionChanges() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult r = saved(d);
    const QStringList before = flattened(m_quotes->version(m_owner, r.quoteId, 1).value());

    const QStringList attacks = {
        QStringLiteral("UPDATE quote_versions SET grand_paise = 1"),
        QStringLiteral("UPDATE quote_versions SET party_snapshot_id = party_snapshot_id"),
        QStringLiteral("DELETE FROM quote_versions"),
        QStringLiteral("UPDATE quote_version_items SET unit_paise = 1"),
        QStringLiteral("UPDATE quote_version_items SET costing_id = costing_id"),
        QStringLiteral("DELETE FROM quote_version_items"),
        QStringLiteral("UPDATE masters_snapshots SET body = '{}'"),
        QStringLiteral("DELETE FROM masters_snapshots"),
        QStringLiteral("UPDATE party_snapshots SET body = '{}'"),
        QStringLiteral("DELETE FROM party_snapshots"),
        QStringLiteral("UPDATE costing_snapshots SET result_json = '{}'"),
        QStringLiteral("DELETE FROM costing_snapshots"),
    };
    for (const QString &sql : attacks) {
        auto r2 = m_db->write([&](Database &tx) -> Result<bool> {
            tx.exec(sql);
            return true;
        });
        QVERIFY2(!r2.ok(), qPrintable(sql));
        QVERIFY2(r2.error().message.contains(QLatin1String("immutable")), qPrintable(r2.error().message));
    }
    if (test::postgresRun()) {
        auto truncated = m_db->write([&](Database &tx) -> Result<bool> {
            tx.exec(QStringLiteral("TRUNCATE quote_version_items, costing_snapshots"));
            return true;
        });
        QVERIFY(!truncated.ok());
    }
    QCOMPARE(flattened(m_quotes->version(m_owner, r.quoteId, 1).value()), before);
}

void TestQuotes::laterPartyEditChangesNoVersion() {
    const Party p =
        party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"), QStringLiteral("27AAPFU0939F1ZV"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult r = saved(d);
    const QStringList before = flattened(m_quotes->version(m_owner, r.quoteId, 1).value());

    // The party moves to Karnataka and changes its name: the saved version keeps the old party and
    // its intra-state tax.
    Party moved = m_parties->get(m_owner, p.id).value();
    moved.name = QStringLiteral("Ravi Kumar Rao");
    moved.gstin = QStringLiteral("29AAGCB7383J1Z4");
    moved.pan.clear();
    moved.billing.stateCode.clear();
    QVERIFY(m_parties->update(m_owner, moved).ok());
    const QuoteVersion v1 = m_quotes->version(m_owner, r.quoteId, 1).value();
    QCOMPARE(flattened(v1), before);
    QCOMPARE(v1.party.name, QStringLiteral("Ravi Kumar"));
    QVERIFY(v1.intraState);
    QCOMPARE(all({}).first().partyName, QStringLiteral("Ravi Kumar"));

    // A new version takes the party as it is now.
    Quote q = m_quotes->get(m_owner, r.quoteId).value();
    QuoteDraft edit;
    edit.quoteId = q.id;
    edit.rowVersion = q.rowVersion;
    edit.partyId = p.id;
    edit.items = q.active.items;
    const QuoteSaveResult r2 = saved(edit);
    const QuoteVersion v2 = m_quotes->version(m_owner, r.quoteId, r2.version).value();
    QCOMPARE(v2.party.name, QStringLiteral("Ravi Kumar Rao"));
    QVERIFY(!v2.intraState);
    QCOMPARE(v2.totals.igst, v2.totals.gst);
    QCOMPARE(flattened(m_quotes->version(m_owner, r.quoteId, 1).value()), before);
    QCOMPARE(all({QStringLiteral("rao")}).size(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM party_snapshots")).toInt(), 2);
}

void TestQuotes::laterMasterEditChangesNoVersion() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult r = saved(d);
    const QStringList before = flattened(m_quotes->version(m_owner, r.quoteId, 1).value());

    // The shop edits its masters: dearer paper, more markup and 12 % GST. New quotes use them.
    MastersService masters(*m_db, *m_clock);
    auto editable = masters.loadForEdit(m_owner);
    QVERIFY(editable.ok());
    costing::CostingMasters dearer = editable->masters;
    dearer.setBfPrice(24, 45.0);
    dearer.markupPercent = 20;
    dearer.gstPercent = 12;
    auto savedMasters = masters.save(m_owner, dearer, editable->rowVersion);
    QVERIFY2(savedMasters.ok(), qPrintable(savedMasters ? QString() : savedMasters.error().text()));
    QCOMPARE(m_quotes->currentMasters(m_owner).value(), dearer);
    QuoteDraft next;
    next.partyId = p.id;
    next.items << quoteItem(QStringLiteral("Mango Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult r2 = saved(next);
    const QuoteVersion v2 = m_quotes->version(m_owner, r2.quoteId, 1).value();
    QVERIFY(v2.items.first().ratePerBox.paise() > 1165);
    QCOMPARE(v2.totals.gstRateBasisPoints, 1200);
    QCOMPARE(v2.masters, dearer);

    const QuoteVersion v1 = m_quotes->version(m_owner, r.quoteId, 1).value();
    QCOMPARE(flattened(v1), before);
    QCOMPARE(v1.items.first().ratePerBox.paise(), qint64(1165));
    QCOMPARE(v1.masters, costing::CostingMasters::defaults());
    QCOMPARE(v1.totals.gstRateBasisPoints, 500);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM masters_snapshots")).toInt(), 2);
}

void TestQuotes::duplicateBoxBecomesNewVersion() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Party other = party(QStringLiteral("Anita Shah"), QStringLiteral("9820022222"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult first = saved(d);

    int lids = 0;
    auto draftFor = [&](qint64 partyId, const QString &name, const costing::BoxSpec &spec) {
        QuoteDraft n;
        n.partyId = partyId;
        n.items << quoteItem(QStringLiteral("Lid %1").arg(++lids), threePlyBox(100, 100, 50)) << quoteItem(name, spec);
        return n;
    };
    // Same party, the name in another case and spacing, each side within 1 mm: a new version of that quote.
    QuoteDraft same = draftFor(p.id, QStringLiteral("APPLE  box 3p"), threePlyBox(300.5, 199.5, 151));
    QList<QuoteItem> priced = same.items;
    QVERIFY(QuoteCalculator::priceAll(priced, costing::CostingMasters::defaults()).ok());
    auto found = m_quotes->findDuplicate(m_owner, p.id, priced);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(found->value().number, first.number);
    QCOMPARE(found->value().itemIndex, 1);
    QVERIFY(!m_quotes->findDuplicate(m_owner, p.id, priced, first.quoteId)->has_value());
    const QuoteSaveResult dup = saved(same);
    QVERIFY(dup.duplicate);
    QCOMPARE(dup.warning, QStringLiteral("A quote already exists for this box. Saving will create a new version."));
    QCOMPARE(dup.number, first.number);
    QCOMPARE(dup.version, 2);
    QCOMPARE(m_quotes->version(m_owner, first.quoteId, 2)->origin, QStringLiteral("duplicate"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotes")).toInt(), 1);

    // The same box measured outside: 305 x 205 x 152.5 OD on 3-ply board (2.5 mm) is 300 x 200 x 150 inside.
    costing::BoxSpec od = threePlyBox(305, 205, 152.5);
    od.measuredOn = costing::MeasuredOn::Outside;
    const QuoteSaveResult odSave = saved(draftFor(p.id, QStringLiteral("Apple Box 3P"), od));
    QVERIFY(odSave.duplicate);
    QCOMPARE(odSave.number, first.number);

    // Not duplicates: another party, another name, a size 1.5 mm off.
    const QuoteSaveResult a = saved(draftFor(other.id, QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150)));
    QVERIFY(!a.duplicate);
    QVERIFY(a.newQuote);
    QVERIFY(saved(draftFor(p.id, QStringLiteral("Apple Box 5P"), threePlyBox(300, 200, 150))).newQuote);
    QVERIFY(saved(draftFor(p.id, QStringLiteral("Apple Box 3P"), threePlyBox(301.5, 200, 150))).newQuote);
    // The rule looks at active versions only: once the quote's box changed size, the old size is free.
    const Quote q = m_quotes->get(m_owner, first.quoteId).value();
    QuoteDraft resized;
    resized.quoteId = q.id;
    resized.rowVersion = q.rowVersion;
    resized.partyId = p.id;
    resized.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(350, 250, 150));
    QCOMPARE(saved(resized).version, 4);
    const QuoteSaveResult freed = saved(draftFor(p.id, QStringLiteral("Apple Box 3P"), threePlyBox(299.6, 200, 150)));
    QVERIFY(freed.newQuote);
    QVERIFY(!freed.duplicate);
}

void TestQuotes::compareAndRestore() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult r = saved(d);
    Quote q = m_quotes->get(m_owner, r.quoteId).value();
    QuoteDraft edit;
    edit.quoteId = q.id;
    edit.rowVersion = q.rowVersion;
    edit.partyId = p.id;
    edit.items = q.active.items;
    edit.items[0].spec.quantity = 5000;
    edit.terms.validityDays = 15;
    saved(edit);

    auto diff = m_quotes->compare(m_owner, r.quoteId, 1, 2);
    QVERIFY(diff.ok());
    QCOMPARE(diff->a.version, 1);
    QCOMPARE(diff->b.version, 2);
    QVERIFY(diff->changed(QStringLiteral("items[0].quantity")));
    QVERIFY(diff->changed(QStringLiteral("items[0].costing.quantity")));
    QVERIFY(diff->changed(QStringLiteral("items[0].amount")));
    QVERIFY(diff->changed(QStringLiteral("terms.validityDays")));
    QVERIFY(diff->changed(QStringLiteral("totals.grand")));
    QVERIFY(diff->changed(QStringLiteral("items[0]")));
    QVERIFY(!diff->changed(QStringLiteral("party")));
    QVERIFY(!diff->changed(QStringLiteral("items[0].name")));
    QVERIFY(!diff->changed(QStringLiteral("items[0].paperSpec")));
    QVERIFY(!diff->changed(QStringLiteral("masters")));
    for (const FieldChange &c : diff->changes) {
        if (c.path == QLatin1String("items[0].quantity")) {
            QCOMPARE(c.before, QStringLiteral("1000"));
            QCOMPARE(c.after, QStringLiteral("5000"));
        }
    }
    QCOMPARE(m_quotes->compare(m_owner, r.quoteId, 1, 9).error().kind, Error::Kind::NotFound);

    // Restore: version 1's data as a new active version 3, dated today; 1 and 2 stay.
    q = m_quotes->get(m_owner, r.quoteId).value();
    QCOMPARE(m_quotes->restore(m_owner, r.quoteId, 1, q.rowVersion - 1).error().kind, Error::Kind::Conflict);
    m_clock->advanceSeconds(2 * 24 * 3600);
    auto restored = m_quotes->restore(m_owner, r.quoteId, 1, q.rowVersion);
    QVERIFY(restored.ok());
    QCOMPARE(restored->version, 3);
    q = m_quotes->get(m_owner, r.quoteId).value();
    QCOMPARE(q.activeVersion, 3);
    QCOMPARE(q.active.origin, QStringLiteral("restore"));
    QCOMPARE(q.active.sourceVersion, 1);
    QCOMPARE(q.active.date, QDate(2025, 11, 28));
    auto same = m_quotes->compare(m_owner, r.quoteId, 1, 3);
    for (const FieldChange &c : same->changes)
        QVERIFY2(c.path == QLatin1String("date") || c.path == QLatin1String("validUntil"), qPrintable(c.path));
    QCOMPARE(m_quotes->version(m_owner, r.quoteId, 2)->items.first().spec.quantity, qint64(5000));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'quote.restore'")).toInt(), 1);
    QCOMPARE(all({}).first().grand, m_quotes->version(m_owner, r.quoteId, 1)->totals.grand);
}

void TestQuotes::statusFlowAndExpiry() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult a = saved(d);
    d.items[0].name = QStringLiteral("Mango Box");
    const QuoteSaveResult b = saved(d);

    auto sent = m_quotes->setStatus(m_owner, a.quoteId, QuoteStatus::Sent);
    QVERIFY(sent.ok());
    QCOMPARE(sent->status, QuoteStatus::Sent);
    QCOMPARE(m_quotes->setStatus(m_owner, a.quoteId, QuoteStatus::Sent)->rowVersion, sent->rowVersion); // no change
    QCOMPARE(m_quotes->setStatus(m_owner, a.quoteId, QuoteStatus::Expired).error().kind, Error::Kind::Invalid);
    QCOMPARE(m_quotes->setStatus(m_owner, a.quoteId, QuoteStatus::Accepted, sent->rowVersion - 1).error().kind,
             Error::Kind::Conflict);
    QCOMPARE(m_quotes->setStatus(m_owner, a.quoteId, QuoteStatus::Accepted, sent->rowVersion)->status,
             QuoteStatus::Accepted);
    QCOMPARE(m_quotes->setStatus(m_owner, a.quoteId, QuoteStatus::Rejected).error().kind, Error::Kind::Conflict);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'quote.status'")).toInt(), 2);

    auto statuses = [&](QList<QuoteStatus> filter) {
        QuoteQuery q;
        q.statuses = filter;
        QStringList numbers;
        for (const QuoteRow &r : all(q))
            numbers << r.number;
        return numbers;
    };
    QCOMPARE(statuses({QuoteStatus::Accepted}), QStringList{a.number});
    QCOMPARE(statuses({QuoteStatus::Draft}), QStringList{b.number});
    QVERIFY(statuses({QuoteStatus::Expired}).isEmpty());

    // Valid until 3 December: on the 4th the draft is expired, the accepted quote is not.
    m_clock->set(QDateTime(QDate(2025, 12, 3), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(m_quotes->get(m_owner, b.quoteId)->status, QuoteStatus::Draft);
    m_clock->set(QDateTime(QDate(2025, 12, 4), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(m_quotes->get(m_owner, b.quoteId)->status, QuoteStatus::Expired);
    QCOMPARE(m_quotes->get(m_owner, b.quoteId)->storedStatus, QuoteStatus::Draft);
    QCOMPARE(m_quotes->get(m_owner, a.quoteId)->status, QuoteStatus::Accepted);
    QCOMPARE(statuses({QuoteStatus::Expired}), QStringList{b.number});
    QVERIFY(statuses({QuoteStatus::Draft}).isEmpty());
    QCOMPARE(statuses({QuoteStatus::Expired, QuoteStatus::Accepted}).size(), 2);
    QCOMPARE(all({}).last().status, QuoteStatus::Accepted);

    // A new version of the accepted quote starts again as a draft, valid from today.
    Quote q = m_quotes->get(m_owner, a.quoteId).value();
    QuoteDraft edit;
    edit.quoteId = q.id;
    edit.rowVersion = q.rowVersion;
    edit.partyId = p.id;
    edit.items = q.active.items;
    saved(edit);
    q = m_quotes->get(m_owner, a.quoteId).value();
    QCOMPARE(q.status, QuoteStatus::Draft);
    QCOMPARE(q.active.validUntil, QDate(2025, 12, 11));
}

void TestQuotes::staleEditIsRefused() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult r = saved(d);
    const Quote q = m_quotes->get(m_owner, r.quoteId).value();
    QuoteDraft mine;
    mine.quoteId = q.id;
    mine.rowVersion = q.rowVersion;
    mine.partyId = p.id;
    mine.items = q.active.items;
    QuoteDraft theirs = mine;
    theirs.items[0].spec.quantity = 3000;
    const Session asha = sessionForRole(*m_db, m_owner.tenantId, role::Staff, QStringLiteral("asha"));
    QVERIFY(m_quotes->save(asha, theirs).ok());
    auto refused = m_quotes->save(m_owner, mine);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("asha")), qPrintable(refused.error().message));
    QCOMPARE(m_quotes->get(m_owner, r.quoteId)->activeVersion, 2);
}

void TestQuotes::badInputNamesThePath_data() {
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("no party") << "party"
                              << "party";
    QTest::newRow("no items") << "items"
                              << "items";
    QTest::newRow("no name") << "name"
                             << "items[1].name";
    QTest::newRow("bad bf") << "bf"
                            << "items[1].costing.layers[0].bf";
    QTest::newRow("bf without price") << "bfprice"
                                      << "items[1].costing.layers[2].bf";
    QTest::newRow("bad ply") << "ply"
                             << "items[1].costing.ply";
    QTest::newRow("zero quantity") << "quantity"
                                   << "items[1].costing.quantity";
    QTest::newRow("discount 100") << "percent"
                                  << "items[1].negotiation.percent";
    QTest::newRow("negative fixed") << "fixed"
                                    << "items[1].negotiation.fixed";
    QTest::newRow("bad hsn") << "hsn"
                             << "items[1].hsn";
    QTest::newRow("no validity") << "validity"
                                 << "terms.validityDays";
    QTest::newRow("negative delivery") << "delivery"
                                       << "terms.deliveryDays";
    QTest::newRow("negative transport") << "transport"
                                        << "transport";
    QTest::newRow("bad masters") << "masters"
                                 << "masters.flutes.B.factor";
}

void TestQuotes::badInputNamesThePath() {
    QFETCH(QString, what);
    QFETCH(QString, field);
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150))
            << quoteItem(QStringLiteral("Tea Box"), threePlyBox(200, 150, 100));
    QuoteItem &i = d.items[1];
    if (what == QLatin1String("party"))
        d.partyId = 0;
    else if (what == QLatin1String("items"))
        d.items.clear();
    else if (what == QLatin1String("name"))
        i.name = QStringLiteral("  ");
    else if (what == QLatin1String("bf"))
        i.spec.layers[0].bf = 0;
    else if (what == QLatin1String("bfprice"))
        i.spec.layers[2].bf = 19;
    else if (what == QLatin1String("ply"))
        i.spec.ply = 4;
    else if (what == QLatin1String("quantity"))
        i.spec.quantity = 0;
    else if (what == QLatin1String("percent"))
        i.negotiation = Negotiation::percent(100);
    else if (what == QLatin1String("fixed"))
        i.negotiation = Negotiation::fixed(Money::fromPaise(-5));
    else if (what == QLatin1String("hsn"))
        i.hsn = QStringLiteral("48A9");
    else if (what == QLatin1String("validity"))
        d.terms.validityDays = 0;
    else if (what == QLatin1String("delivery"))
        d.terms.deliveryDays = -1;
    else if (what == QLatin1String("transport"))
        d.transport = Money::fromPaise(-100);
    else if (what == QLatin1String("masters")) {
        costing::CostingMasters m = costing::CostingMasters::defaults();
        m.setFlute('B', 2.5, 2.5);
        d.masters = m;
    }
    auto r = m_quotes->save(m_owner, d);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QCOMPARE(r.error().field, field);
    QVERIFY2(!r.error().message.isEmpty(), qPrintable(text(r.error())));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotes")).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM counters")).toInt(), 0);
}

void TestQuotes::viewerMayOnlyRead() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult r = saved(d);
    const Session viewer = sessionForRole(*m_db, m_owner.tenantId, role::Viewer, QStringLiteral("vik"));
    QCOMPARE(m_quotes->save(viewer, d).error().kind, Error::Kind::Denied);
    QCOMPARE(m_quotes->setStatus(viewer, r.quoteId, QuoteStatus::Sent).error().kind, Error::Kind::Denied);
    QCOMPARE(m_quotes->restore(viewer, r.quoteId, 1, 1).error().kind, Error::Kind::Denied);
    QVERIFY(m_quotes->get(viewer, r.quoteId).ok());
    QVERIFY(m_quotes->list(viewer, {}).ok());
    QVERIFY(m_quotes->compare(viewer, r.quoteId, 1, 1).ok());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotes")).toInt(), 1);
}

void TestQuotes::tenantIsolation() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QuoteDraft d;
    d.partyId = p.id;
    d.items << quoteItem(QStringLiteral("Apple Box 3P"), threePlyBox(300, 200, 150));
    const QuoteSaveResult mine = saved(d);

    const QString now = isoUtc(m_clock->nowUtc());
    const qint64 other =
        m_db->insert(QStringLiteral("INSERT INTO tenants (name, state_code, gstin, created_at, updated_at) "
                                    "VALUES ('Other Boxes', '29', '', ?, ?)"),
                     {now, now});
    const Session them = sessionForRole(*m_db, other, role::Owner, QStringLiteral("mohan"));
    QCOMPARE(m_quotes->get(them, mine.quoteId).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_quotes->getByNumber(them, mine.number).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_quotes->version(them, mine.quoteId, 1).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_quotes->compare(them, mine.quoteId, 1, 1).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_quotes->setStatus(them, mine.quoteId, QuoteStatus::Sent).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_quotes->restore(them, mine.quoteId, 1, 1).error().kind, Error::Kind::NotFound);
    QVERIFY(m_quotes->list(them, {})->rows.isEmpty());
    QVERIFY(m_quotes->list(them, {QStringLiteral("ravi")})->rows.isEmpty());
    QCOMPARE(m_quotes->save(them, d).error().field, QStringLiteral("party"));
    QuoteDraft edit = d;
    edit.quoteId = mine.quoteId;
    Party theirParty;
    theirParty.name = QStringLiteral("Ravi Kumar");
    theirParty.mobile = QStringLiteral("9820011111");
    edit.partyId = m_parties->create(them, theirParty)->id;
    QCOMPARE(m_quotes->save(them, edit).error().kind, Error::Kind::NotFound);
    // Each shop numbers its own quotes, and a box of one shop is no duplicate in the other.
    d.partyId = edit.partyId;
    const QuoteSaveResult theirs = m_quotes->save(them, d).value();
    QCOMPARE(theirs.number, QStringLiteral("QT/25-26/0001"));
    QVERIFY(!theirs.duplicate);
    QCOMPARE(m_quotes->get(m_owner, mine.quoteId)->versions.size(), 1);
}

void TestQuotes::concurrentWritersGetGaplessNumbers() {
    constexpr int kThreads = 4;
    constexpr int kEach = 12;
    QList<qint64> partyIds;
    for (int t = 0; t < kThreads; ++t)
        partyIds << party(QStringLiteral("Buyer %1").arg(t), QStringLiteral("98200%1").arg(10000 + t)).id;

    QStringList numbers[kThreads];
    QString failures[kThreads];
    m_t->runTogether(kThreads, [&](int t, Database &db) {
        QuoteService quotes(db, *m_clock);
        for (int k = 0; k < kEach; ++k) {
            QuoteDraft d;
            d.partyId = partyIds.at(t % 2); // two writers per party: the party lock is contended too
            d.items << quoteItem(QStringLiteral("Box %1-%2").arg(t).arg(k), threePlyBox(300 + t, 200 + k, 150));
            auto r = quotes.save(m_owner, d);
            if (!r) {
                failures[t] = r.error().text();
                return;
            }
            numbers[t] << r->number;
        }
    });
    QStringList everything;
    for (int t = 0; t < kThreads; ++t) {
        QVERIFY2(failures[t].isEmpty(), qPrintable(failures[t]));
        everything << numbers[t];
    }
    QCOMPARE(everything.size(), kThreads * kEach);
    QSet<QString> unique(everything.cbegin(), everything.cend());
    QCOMPARE(unique.size(), everything.size());
    for (int seq = 1; seq <= kThreads * kEach; ++seq)
        QVERIFY2(unique.contains(QStringLiteral("QT/25-26/%1").arg(seq, 4, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(seq)));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT next_value FROM counters WHERE series = 'quote'")).toInt(),
             kThreads * kEach + 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'quote.create'")).toInt(),
             kThreads * kEach);
}

void TestQuotes::listPagesSearchesAndFilters() {
    // Quotes of one party from a year and a half ago: "x" starts four of their words and no word of a demo
    // quote, so a search for it reads its term rows in date order, each quote once. One of them is edited to a
    // later date after the demo: its term rows move with it.
    Party x;
    x.name = QStringLiteral("Xavier Xenon");
    x.company = QStringLiteral("Xerox Xylo Prints");
    x.mobile = QStringLiteral("9822000001");
    const qint64 xavier = m_parties->create(m_owner, x)->id;
    QList<qint64> xQuotes;
    for (int i = 0; i < 120; ++i) {
        QuoteDraft d;
        d.partyId = xavier;
        d.date = QDate(2024, 5, 1).addDays(i);
        d.items << quoteItem(QStringLiteral("Xylo Tray %1").arg(i), threePlyBox(200 + i, 150, 100));
        xQuotes << saved(d).quoteId;
    }
    DemoData::Options options;
    options.parties = 300;
    options.quotes = 9000;
    auto demo = DemoData(*m_db, *m_clock).generate(m_owner, options);
    QVERIFY2(demo.ok(), qPrintable(demo ? QString() : demo.error().text()));
    QCOMPARE(demo->quotes, qint64(9000));
    QuoteDraft later;
    later.quoteId = xQuotes.at(5);
    later.rowVersion = m_quotes->get(m_owner, later.quoteId)->rowVersion;
    later.partyId = xavier;
    later.date = QDate(2025, 8, 15);
    later.items << quoteItem(QStringLiteral("Xylo Tray 5"), threePlyBox(205, 150, 100));
    QCOMPARE(saved(later).version, 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quote_terms WHERE quote_id = ? AND quote_date <> ?"),
                          {later.quoteId, QStringLiteral("2025-08-15")})
                 .toInt(),
             0);

    struct Row {
        qint64 id;
        QString date;
        qint64 numberSort;
        QString sortParty;
        qint64 grand;
        qint64 partyId;
        QString status;
        QString validUntil;
        QStringList words;
    };
    QList<Row> rows;
    QSqlQuery q = m_db->exec(
        QStringLiteral("SELECT id, quote_date, number_sort, sort_party, grand_paise, party_id, status, valid_until, "
                       "number, party_name, party_company, box_names FROM quotes WHERE tenant_id = ?"),
        {m_owner.tenantId});
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString(),
                     QuoteRows::searchWords(q.value(8).toString(), q.value(9).toString(), q.value(10).toString(),
                                            q.value(11).toString().split(QStringLiteral(", ")))});
    }
    QCOMPARE(rows.size(), 9120);
    const QString today = QDate(2025, 11, 26).toString(Qt::ISODate);

    struct Case {
        QString search;
        QuoteSort sort;
        bool descending;
        QList<QuoteStatus> statuses;
        bool range;
        bool oneParty;
        bool scaled = false; // with the plan limits lowered to this data's size (a million rows in miniature)
    };
    const QList<Case> cases = {
        {QString(), QuoteSort::Date, true, {}, false, false},
        {QString(), QuoteSort::Number, false, {}, false, false},
        {QString(), QuoteSort::Party, false, {}, false, false},
        {QString(), QuoteSort::GrandTotal, true, {}, false, false},
        {QStringLiteral("ply"), QuoteSort::Date, true, {}, false, false}, // every quote: the index walk
        {QStringLiteral("apple"), QuoteSort::Date, true, {}, false, false},
        {QStringLiteral("qt/24-25/00"), QuoteSort::Number, false, {}, false, false},
        {QStringLiteral("QT/25-26/0042"), QuoteSort::Date, true, {}, false, false}, // one quote: the term index
        {QStringLiteral("42"), QuoteSort::Date, true, {}, false, false},
        {QStringLiteral("kumar carton"), QuoteSort::Party, false, {}, false, false},
        {QStringLiteral("p"), QuoteSort::GrandTotal, false, {QuoteStatus::Accepted}, false, false},
        {QString(), QuoteSort::Date, true, {QuoteStatus::Expired, QuoteStatus::Draft}, true, false},
        {QStringLiteral("ply"), QuoteSort::Date, false, {QuoteStatus::Rejected}, true, false},
        {QString(), QuoteSort::Date, true, {}, false, true},
        {QStringLiteral("carton"), QuoteSort::Number, true, {}, false, true},
        {QStringLiteral("qt ply"), QuoteSort::GrandTotal, true, {}, false, false}, // two common words: intersected
        {QStringLiteral("ply qt 2"), QuoteSort::Date, false, {QuoteStatus::Accepted}, false, false},
        // "apple" is too common to be selective, "p", "k" and "box" too common to intersect: "apple" drives
        // and the other words are filtered on each row when the pair is rare ("apple k"), the list is walked
        // when the newest quotes show it is dense ("master ply"); under every sort and with filters.
        {QStringLiteral("apple k"), QuoteSort::Date, true, {}, false, false, true},
        {QStringLiteral("pizza k"), QuoteSort::Party, false, {}, false, false, true},
        {QStringLiteral("apple p"), QuoteSort::Date, true, {}, false, false, true},
        {QStringLiteral("master ply"), QuoteSort::Date, true, {}, false, false, true},
        {QStringLiteral("apple box"), QuoteSort::Party, false, {}, false, false, true},
        {QStringLiteral("box apple"), QuoteSort::GrandTotal, true, {QuoteStatus::Accepted}, false, false, true},
        {QStringLiteral("pizza s"), QuoteSort::Number, false, {}, true, false, true},
        {QStringLiteral("apple pizza"), QuoteSort::Date, true, {}, false, false, true},
        {QStringLiteral("p"), QuoteSort::Date, true, {}, false, false, true},
        // One common word whose matches are far from where the list starts: read from its term rows in date
        // order, newest first or oldest first, within a date range, and with several words of a quote matching.
        {QStringLiteral("qt/24-25"), QuoteSort::Date, true, {}, false, false, true},
        {QStringLiteral("qt/24-25"), QuoteSort::Date, true, {}, true, false, true},
        {QStringLiteral("qt/25-26"), QuoteSort::Date, false, {}, false, false, true},
        {QStringLiteral("x"), QuoteSort::Date, true, {}, false, false, true},
        {QStringLiteral("x"), QuoteSort::Date, false, {}, false, false, true}, // the oldest quotes: a short walk
    };
    struct RestoreLimits {
        SearchTerms::Limits saved = SearchTerms::limits();
        ~RestoreLimits() { SearchTerms::setLimits(saved); }
    } restore;
    QSet<QString> scaledPlans;
    const qint64 someParty = // a demo party: its quotes have boxes of every kind
        std::find_if(rows.cbegin() + 17, rows.cend(), [&](const Row &r) { return r.partyId != xavier; })->partyId;
    QSet<QString> plans; // every plan of SearchTerms::plan is exercised
    for (const Case &c : cases) {
        SearchTerms::setLimits(c.scaled ? SearchTerms::Limits{100, 1500} : restore.saved);
        const QStringList words = SearchTerms::words(c.search);
        if (!words.isEmpty()) {
            // The first page as QuoteService::list asks for it.
            SearchTerms::RankedPage ranked{QStringLiteral("quote_date"), c.descending, {}, {}, 251};
            if (c.range) {
                ranked.conditions << QStringLiteral("quote_date >= ?") << QStringLiteral("quote_date <= ?");
                ranked.values << QStringLiteral("2025-01-01") << QStringLiteral("2025-06-30");
            }
            const bool rankable = c.sort == QuoteSort::Date && c.statuses.isEmpty() && !c.oneParty;
            const auto plan = SearchTerms::plan(*m_db, QStringLiteral("quote_terms"), QStringLiteral("quote_id"),
                                                QStringLiteral("quotes"), QStringLiteral("q"), m_owner.tenantId, words,
                                                rankable ? &ranked : nullptr);
            QString kind;
            switch (plan.shape) {
            case SearchTerms::Plan::Shape::Walk:
                kind = QStringLiteral("walk");
                break;
            case SearchTerms::Plan::Shape::Driver:
                kind = QStringLiteral("driver");
                break;
            case SearchTerms::Plan::Shape::Intersect:
                kind = QStringLiteral("intersect");
                break;
            case SearchTerms::Plan::Shape::Ranked:
                kind = QStringLiteral("ranked");
                break;
            }
            if (kind == QLatin1String("driver")) {
                // A driver whose word was not selective: the other words were too common to intersect.
                int rarest = std::numeric_limits<int>::max();
                for (const QString &w : words)
                    rarest = std::min(rarest, SearchTerms::countPrefix(*m_db, QStringLiteral("quote_terms"),
                                                                       m_owner.tenantId, w, 1000000));
                if (rarest > SearchTerms::limits().selective)
                    kind = QStringLiteral("driver, common words filtered");
            }
            if (kind == QLatin1String("walk") && words.size() > 1 && c.scaled)
                kind = QStringLiteral("walk, one word under the intersect limit"); // the newest rows were dense
            (c.scaled ? scaledPlans : plans).insert(kind);
        }

        QList<Row> expected;
        for (const Row &r : rows) {
            const bool match = std::all_of(words.begin(), words.end(), [&](const QString &w) {
                return std::any_of(r.words.begin(), r.words.end(), [&](const QString &x) { return x.startsWith(w); });
            });
            if (!match)
                continue;
            if (c.range && (r.date < QStringLiteral("2025-01-01") || r.date > QStringLiteral("2025-06-30")))
                continue;
            if (c.oneParty && r.partyId != someParty)
                continue;
            if (!c.statuses.isEmpty()) {
                const QuoteStatus stored = parseQuoteStatus(r.status).value();
                const QuoteStatus shown = displayedQuoteStatus(stored, QDate::fromString(r.validUntil, Qt::ISODate),
                                                               QDate::fromString(today, Qt::ISODate));
                if (!c.statuses.contains(shown))
                    continue;
            }
            expected << r;
        }
        auto key = [&](const Row &r) -> QVariant {
            switch (c.sort) {
            case QuoteSort::Number:
                return r.numberSort;
            case QuoteSort::Party:
                return r.sortParty;
            case QuoteSort::GrandTotal:
                return r.grand;
            case QuoteSort::Date:
                break;
            }
            return r.date;
        };
        std::sort(expected.begin(), expected.end(), [&](const Row &a, const Row &b) {
            const QVariant ka = key(a), kb = key(b);
            const int cmp = QVariant::compare(ka, kb) == QPartialOrdering::Less      ? -1
                            : QVariant::compare(ka, kb) == QPartialOrdering::Greater ? 1
                                                                                     : 0;
            const bool less = cmp != 0 ? cmp < 0 : a.id < b.id;
            const bool greater = cmp != 0 ? cmp > 0 : a.id > b.id;
            return c.descending ? greater : less;
        });
        QuoteQuery query;
        query.search = c.search;
        query.sort = c.sort;
        query.descending = c.descending;
        query.statuses = c.statuses;
        if (c.range) {
            query.from = QDate(2025, 1, 1);
            query.to = QDate(2025, 6, 30);
        }
        if (c.oneParty)
            query.partyId = someParty;
        query.limit = 250;
        const QList<QuoteRow> got = all(query);
        QList<qint64> gotIds, expectedIds;
        for (const QuoteRow &r : got)
            gotIds << r.id;
        for (const Row &r : expected)
            expectedIds << r.id;
        QVERIFY2(gotIds == expectedIds, qPrintable(QStringLiteral("'%1' sort %2: %3 rows, expected %4")
                                                       .arg(c.search)
                                                       .arg(int(c.sort))
                                                       .arg(gotIds.size())
                                                       .arg(expectedIds.size())));
        QVERIFY2(!expectedIds.isEmpty(), qPrintable(c.search));
    }
    QCOMPARE(plans, (QSet<QString>{QStringLiteral("walk"), QStringLiteral("driver"), QStringLiteral("intersect")}));
    QVERIFY2(scaledPlans.contains(QStringLiteral("driver, common words filtered")) &&
                 scaledPlans.contains(QStringLiteral("walk, one word under the intersect limit")) &&
                 scaledPlans.contains(QStringLiteral("intersect")) && scaledPlans.contains(QStringLiteral("walk")) &&
                 scaledPlans.contains(QStringLiteral("ranked")),
             qPrintable(QStringList(scaledPlans.values()).join(QStringLiteral("; "))));
}

void TestQuotes::demoQuotesAreLikeSavedOnes() {
    DemoData::Options options;
    options.parties = 40;
    options.quotes = 1500;
    auto demo = DemoData(*m_db, *m_clock).generate(m_owner, options);
    QVERIFY2(demo.ok(), qPrintable(demo ? QString() : demo.error().text()));
    QCOMPARE(demo->parties, 40);
    QVERIFY(demo->versions > demo->quotes);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo.generate'")).toInt(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'quote.create'")).toInt(), 0);

    // Every party has a valid GSTIN (when it has one) and a unique mobile.
    QSqlQuery parties = m_db->exec(QStringLiteral("SELECT name, mobile, gstin, email, billing_pin FROM parties"));
    QSet<QString> mobiles;
    while (parties.next()) {
        Party p;
        p.name = parties.value(0).toString();
        p.mobile = parties.value(1).toString();
        p.gstin = parties.value(2).toString();
        p.email = parties.value(3).toString();
        p.billing.pin = parties.value(4).toString();
        auto n = PartyService::normalise(p);
        QVERIFY2(n.ok(), qPrintable(n ? QString() : n.error().text()));
        mobiles.insert(p.mobile);
    }
    QCOMPARE(mobiles.size(), 40);

    // Numbers are gapless per financial year and the counters continue after them.
    QSqlQuery years = m_db->exec(QStringLiteral("SELECT fy, count(*), max(seq) FROM quotes GROUP BY fy"));
    int fys = 0;
    while (years.next()) {
        QCOMPARE(years.value(1).toLongLong(), years.value(2).toLongLong());
        ++fys;
    }
    QVERIFY(fys >= 2);

    // Loaded through the service, each sampled quote adds up and is searchable by its own words.
    for (qint64 id : {qint64(1), qint64(700), qint64(1500)}) {
        auto quote = m_quotes->get(m_owner, id);
        QVERIFY2(quote.ok(), qPrintable(quote ? QString() : quote.error().text()));
        const QuoteVersion &v = quote->active;
        QList<QuoteItem> items = v.items;
        QVERIFY(QuoteCalculator::priceAll(items, v.masters).ok());
        for (qsizetype k = 0; k < items.size(); ++k) {
            QCOMPARE(items.at(k).unitPrice, v.items.at(k).unitPrice);
            QCOMPARE(items.at(k).amount, v.items.at(k).amount);
            QCOMPARE(items.at(k).paperSpec, v.items.at(k).paperSpec);
            QCOMPARE(items.at(k).result, v.items.at(k).result);
        }
        const Totals t = QuoteCalculator::totals(items, v.transport, v.masters, v.intraState).value();
        QCOMPARE(t.grand, v.totals.grand);
        QCOMPARE(t.gst, v.totals.gst);
        QCOMPARE(v.party.toJson(), m_parties->get(m_owner, quote->partyId)->toJson());
        QuoteQuery byNumber;
        byNumber.search = quote->number;
        QCOMPARE(all(byNumber).size(), 1);
    }

    // The service continues after the demo: next number, next ids, no clash.
    QuoteDraft d;
    d.partyId = m_db->scalar(QStringLiteral("SELECT min(id) FROM parties")).toLongLong();
    d.items << quoteItem(QStringLiteral("Brand New Box"), threePlyBox(123, 45, 67));
    const QuoteSaveResult r = saved(d);
    const qint64 last =
        m_db->scalar(QStringLiteral("SELECT max(seq) FROM quotes WHERE fy = '25-26' AND id <> ?"), {r.quoteId})
            .toLongLong();
    QCOMPARE(r.number, QStringLiteral("QT/25-26/%1").arg(last + 1, 4, 10, QLatin1Char('0')));
    QCOMPARE(r.quoteId, qint64(1501));
    Party extra;
    extra.name = QStringLiteral("After Demo");
    extra.mobile = QStringLiteral("6000000001");
    QCOMPARE(m_parties->create(m_owner, extra)->id, qint64(41));
}

void TestQuotes::failedDemoLoadRollsItsQuotesBack() {
    // A statement refused early in a load that is written on one thread and run on another: the writer,
    // batches ahead and waiting for room, stops; every quote of the load rolls back and the error is
    // reported. (Parties are written first, in transactions of their own.)
    DemoData::Options options;
    options.parties = 50;
    options.quotes = 30000;
    qint64 progressed = 0;
    options.progress = [&progressed](qint64 done, qint64) { progressed = done; };
    {
        const test::RefusedInsert refuse(*m_db, QStringLiteral("quote_version_items"),
                                         QStringLiteral("NEW.version_id = 3000"), QStringLiteral("item refused"));
        auto demo = DemoData(*m_db, *m_clock).generate(m_owner, options);
        QVERIFY(!demo.ok());
        QVERIFY2(demo.error().message.contains(QLatin1String("item refused")), qPrintable(demo.error().text()));
    }
    QVERIFY(progressed < options.quotes);
    for (const char *table : {"quotes", "quote_versions", "quote_version_items", "quote_terms", "quote_boxes"})
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM counters WHERE series = 'quote'")).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo.generate'")).toInt(), 0);

    // Without the refusal the same load goes through on the same connection.
    options.quotes = 3000;
    auto again = DemoData(*m_db, *m_clock).generate(m_owner, options);
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().text()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotes")).toInt(), 3000);
    QCOMPARE(progressed, qint64(3000));
}

QTEST_GUILESS_MAIN(TestQuotes)
#include "tst_quotes.moc"
