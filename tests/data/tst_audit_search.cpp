// Free-text search of the audit log through its term index (migration 0010, AuditTerms) on SQLite and
// PostgreSQL: the words each row gets, word-start matching with the pieces as typed, the same answers from the
// term-driven plan (a rare word) and the walk (a common word), rows written before the index, and date
// ranges answered the same whichever plan reads them.

#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "services/AuditLog.h"
#include "services/AuditService.h"
#include "services/AuditTerms.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/Session.h"

#include <QTest>

#include <algorithm>

using namespace bcp;

namespace {

QDateTime utc(int y, int m, int d, int h = 10, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

class TestAuditSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void wordsOfARow();
    void appendIndexesTheRowInItsTransaction();
    void wordStartsAndTheTextAsTyped();
    void rareAndCommonWordsGiveTheSameAnswers();
    void rowsFromBeforeTheIndexAreStillFound();
    void dateRangesWhicheverPlanReadsThem();

private:
    Session owner(qint64 tenantId = 1);
    qint64 append(const Session &who, const QString &entityId, const QJsonObject &before, const QJsonObject &after,
                  const QDateTime &at);
    // Every row matching `filter`, page by page (newest first), checked against count().
    QList<qint64> ids(const AuditFilter &filter, int pageSize = 7);
    QList<qint64> ids(const QString &text) {
        AuditFilter f;
        f.text = text;
        return ids(f);
    }
    // `rows` rows of tenant 1 written straight to the tables (as a bulk load would), each with the words of
    // its entity id, every `every`-th one with "rarebird" as well; the newest id.
    qint64 bulk(int rows, int every);
    // The ids of tenant 1 matching `text` by the rule itself, newest first.
    QList<qint64> expected(const QString &text);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<test::TestDatabase> m_legacy; // a database from before migration 0010
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AuditService> m_audit;
};

void TestAuditSearch::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(utc(2026, 11, 26));
    m_audit = std::make_unique<AuditService>(*m_db, *m_clock);
}

void TestAuditSearch::cleanup() {
    m_audit.reset();
    m_db.reset();
    m_legacy.reset();
    m_t.reset();
}

Session TestAuditSearch::owner(qint64 tenantId) {
    Session s;
    s.userId = 1;
    s.tenantId = tenantId;
    s.username = QStringLiteral("ravi");
    s.role = role::Owner;
    s.workstation = QStringLiteral("COUNTER-PC");
    s.permissions = test::seededPermissions(*m_db, s.role);
    return s;
}

qint64 TestAuditSearch::append(const Session &who, const QString &entityId, const QJsonObject &before,
                               const QJsonObject &after, const QDateTime &at) {
    auto id = m_db->write([&](Database &tx) -> Result<qint64> {
        AuditLog::append(tx, who, {QStringLiteral("party.update"), QStringLiteral("party"), entityId, before, after},
                         at);
        return tx.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
    });
    if (!id)
        qFatal("append failed: %s", qPrintable(id.error().text()));
    return id.value();
}

QList<qint64> TestAuditSearch::ids(const AuditFilter &filter, int pageSize) {
    QList<qint64> out;
    qint64 before = 0;
    for (;;) {
        auto page = m_audit->page(owner(), filter, before, pageSize);
        if (!page)
            qFatal("page failed: %s", qPrintable(page.error().text()));
        for (const AuditEntry &e : page->rows)
            out << e.id;
        if (page->rows.size() < pageSize)
            break;
        before = page->lastId;
    }
    const qint64 counted = m_audit->count(owner(), filter).value();
    if (counted != out.size())
        qFatal("count %lld differs from the pages (%lld rows)", counted, qint64(out.size()));
    return out;
}

qint64 TestAuditSearch::bulk(int rows, int every) {
    auto done = m_db->write([&](Database &tx) -> Result<qint64> {
        const QDateTime start = utc(2025, 1, 1, 0, 0);
        for (int i = 0; i < rows; i += 500) {
            QStringList values;
            QVariantList binds;
            for (int j = i; j < std::min(rows, i + 500); ++j) {
                values << QStringLiteral("(1, ?, ?, 'bulk', 'party.update', 'party', ?, '{}', '{}', 'x', 'x')");
                binds << j + 1 << isoUtc(start.addSecs(qint64(j) * 60))
                      << (j % every == 0 ? QStringLiteral("rarebird common %1").arg(j)
                                         : QStringLiteral("common %1").arg(j));
            }
            tx.exec(QStringLiteral("INSERT INTO audit_log (tenant_id, seq, at, actor_name, action, entity_type, "
                                   "entity_id, before_json, after_json, prev_hash, row_hash) VALUES ") +
                        values.join(QLatin1Char(',')),
                    binds);
        }
        // The index rows AuditLog::append would have written, in batches.
        QSqlQuery q = tx.exec(QStringLiteral("SELECT id, entity_id FROM audit_log WHERE actor_name = 'bulk'"));
        QList<QPair<qint64, QStringList>> written;
        qint64 last = 0;
        while (q.next()) {
            written.append({q.value(0).toLongLong(), AuditTerms::words(q.value(1).toString(), QString(), QString())});
            last = std::max(last, q.value(0).toLongLong());
        }
        for (qsizetype i = 0; i < written.size(); i += 300) {
            QStringList wordRows;
            QVariantList wordBinds;
            QStringList termRows;
            QVariantList termBinds;
            for (qsizetype j = i; j < std::min(written.size(), i + 300); ++j) {
                wordRows << QStringLiteral("(?, ?)");
                wordBinds << written.at(j).first << AuditTerms::wordString(written.at(j).second);
                for (const QString &w : written.at(j).second) {
                    termRows << QStringLiteral("(1, ?, ?)");
                    termBinds << w << written.at(j).first;
                }
            }
            tx.exec(QStringLiteral("INSERT INTO audit_words (audit_id, words) VALUES ") +
                        wordRows.join(QLatin1Char(',')),
                    wordBinds);
            tx.exec(QStringLiteral("INSERT INTO audit_terms (tenant_id, term, audit_id) VALUES ") +
                        termRows.join(QLatin1Char(',')),
                    termBinds);
        }
        return last;
    });
    if (!done)
        qFatal("bulk load failed: %s", qPrintable(done.error().text()));
    return done.value();
}

QList<qint64> TestAuditSearch::expected(const QString &text) {
    // The rule, row by row: every word of the text starts a word of the row, and every piece of the text
    // between spaces appears in it as typed.
    const QStringList wanted = AuditTerms::words(text);
    const QStringList pieces = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<qint64> out;
    QSqlQuery q =
        m_db->exec(QStringLiteral("SELECT id, entity_id FROM audit_log WHERE tenant_id = 1 ORDER BY id DESC"));
    while (q.next()) {
        const QString entity = q.value(1).toString();
        const QStringList have = AuditTerms::words(entity);
        bool match = std::all_of(pieces.cbegin(), pieces.cend(),
                                 [&](const QString &piece) { return entity.contains(piece, Qt::CaseInsensitive); });
        for (const QString &w : wanted)
            match = match && std::any_of(have.cbegin(), have.cend(), [&](const QString &h) { return h.startsWith(w); });
        if (match)
            out << q.value(0).toLongLong();
    }
    return out;
}

void TestAuditSearch::wordsOfARow() {
    QCOMPARE(AuditTerms::words(QStringLiteral("QT/25-26/0001"), QStringLiteral("{}"),
                               QStringLiteral("{\"party\":\"Kumar Traders\",\"email\":\"Ravi@Shop.IN\"}")),
             (QStringList{"qt", "25", "26", "0001", "party", "kumar", "traders", "email", "ravi", "shop", "in"}));
    // Letters of any script with their combining marks stay one word; repeated words are kept once.
    QCOMPARE(AuditTerms::words(QStringLiteral("पुणे Pune PUNE")), (QStringList{QStringLiteral("पुणे"), "pune"}));
    QCOMPARE(AuditTerms::words(QStringLiteral("%%__--")), QStringList());
    QCOMPARE(int(AuditTerms::words(QString(60, QLatin1Char('a'))).constFirst().size()), AuditTerms::kMaxWordLength);
    QCOMPARE(AuditTerms::wordString({"kumar", "traders"}), QStringLiteral(" kumar traders "));
}

void TestAuditSearch::appendIndexesTheRowInItsTransaction() {
    const qint64 id = append(owner(), QStringLiteral("P-7"), {{QStringLiteral("city"), QStringLiteral("Pune")}},
                             {{QStringLiteral("city"), QStringLiteral("Satara")}}, utc(2026, 1, 5));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT words FROM audit_words WHERE audit_id = ?"), {id}).toString(),
             QStringLiteral(" p 7 city pune satara "));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_terms WHERE tenant_id = 1 AND audit_id = ?"), {id})
                 .toInt(),
             5);
    // A rolled-back change leaves neither its row nor its words.
    auto refused = m_db->write([&](Database &tx) -> Result<bool> {
        AuditLog::append(tx, owner(), {QStringLiteral("party.update"), QStringLiteral("party"), QStringLiteral("P-8")},
                         utc(2026, 1, 6));
        return Error::conflict(QStringLiteral("changed by someone else"));
    });
    QVERIFY(!refused.ok());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_words")).toInt(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_terms")).toInt(), 5);
}

void TestAuditSearch::wordStartsAndTheTextAsTyped() {
    const qint64 kumar = append(owner(), QStringLiteral("QT/25-26/0001"), {},
                                {{QStringLiteral("party"), QStringLiteral("Kumar Traders")},
                                 {QStringLiteral("discount"), QStringLiteral("50%")}},
                                utc(2026, 1, 5));
    const qint64 rate = append(owner(), QStringLiteral("QT/25-26/0002"), {{QStringLiteral("rate"), 500}},
                               {{QStringLiteral("rate"), 520}}, utc(2026, 1, 6));
    const qint64 other = append(owner(2), QStringLiteral("QT/25-26/0001"), {},
                                {{QStringLiteral("party"), QStringLiteral("Kumar Traders")}}, utc(2026, 1, 7));
    QVERIFY(other > rate);

    QCOMPARE(ids(QStringLiteral("kum")), QList<qint64>{kumar}); // the start of a word, any case
    QCOMPARE(ids(QStringLiteral("KUMAR TRA")), QList<qint64>{kumar});
    QCOMPARE(ids(QStringLiteral("umar")), QList<qint64>());      // not the start of a word
    QCOMPARE(ids(QStringLiteral("0001")), QList<qint64>{kumar}); // inside "QT/25-26/0001", only this shop's
    QCOMPARE(ids(QStringLiteral("qt/25-26")), (QList<qint64>{rate, kumar}));
    QCOMPARE(ids(QStringLiteral("50")), (QList<qint64>{rate, kumar}));
    QCOMPARE(ids(QStringLiteral("50%")), QList<qint64>{kumar});           // as typed: "500" is not "50%"
    QCOMPARE(ids(QStringLiteral("traders kumar")), QList<qint64>{kumar}); // every piece, in any order
    QCOMPARE(ids(QStringLiteral("kumar 0002")), QList<qint64>());         // each piece somewhere in the same row
    QCOMPARE(ids(QStringLiteral("rate 520")), QList<qint64>{rate});
    QCOMPARE(ids(QStringLiteral("%")), QList<qint64>{kumar}); // no words: the piece as typed alone
    QCOMPARE(ids(QStringLiteral("nowhere")), QList<qint64>());
}

void TestAuditSearch::rareAndCommonWordsGiveTheSameAnswers() {
    // "common" is in every row, far past the limit of a rare word, so it is answered by walking the log;
    // "rarebird" is in one row in 97 and drives from the term index. Every search must give exactly the rows
    // the rule gives, in pages, newest first.
    const int rows = AuditTerms::kSelectiveLimit + 500;
    bulk(rows, 97);
    QCOMPARE(expected(QStringLiteral("rarebird")).size(), (rows + 96) / 97);
    for (const QString &text : {QStringLiteral("rarebird"), QStringLiteral("rare"), QStringLiteral("rarebird common"),
                                QStringLiteral("common rarebird"), QStringLiteral("common 97"),
                                QStringLiteral("RAREBIRD COMMON 9"), QStringLiteral("1999")}) {
        AuditFilter f;
        f.text = text;
        QCOMPARE(ids(f, 100), expected(text));
    }
    AuditFilter common;
    common.text = QStringLiteral("common");
    const auto first = m_audit->page(owner(), common, 0, 50);
    QCOMPARE(first->rows.size(), 50);
    QCOMPARE(first->rows.constFirst().seq, qint64(rows));
    QCOMPARE(first->rows.constLast().seq, qint64(rows - 49));
    QCOMPARE(m_audit->count(owner(), common).value(), qint64(rows));
    const auto deep = m_audit->page(owner(), common, first->lastId - 20000, 50);
    QCOMPARE(deep->rows.size(), 50);
    QCOMPARE(deep->rows.constFirst().id, first->lastId - 20001);
}

void TestAuditSearch::rowsFromBeforeTheIndexAreStillFound() {
    // A log written before migration 0010 has rows without words: the pieces as typed find them, even inside
    // a word, while rows written since are matched through their words.
    m_legacy = std::make_unique<test::TestDatabase>();
    auto legacy = m_legacy->openMigrated(9);
    auto old = legacy->write([&](Database &tx) -> Result<qint64> {
        AuditLog::Row row;
        row.seq = 1;
        row.tenantId = 1;
        row.at = isoUtc(utc(2025, 6, 1));
        row.action = QStringLiteral("party.create");
        row.entityId = QStringLiteral("P-1");
        row.after = QStringLiteral("{\"party\":\"Kumar Traders\"}");
        row.before = QStringLiteral("{}");
        row.result = QStringLiteral("ok");
        const QString genesis(64, QLatin1Char('0'));
        tx.exec(QStringLiteral("INSERT INTO audit_chain (tenant_id, last_seq, last_hash) VALUES (1, 1, ?)"),
                {AuditLog::rowHash(genesis, row)});
        return tx.insert(QStringLiteral("INSERT INTO audit_log (tenant_id, seq, at, entity_id, before_json, "
                                        "after_json, prev_hash, row_hash, action) VALUES (1, 1, ?, ?, ?, ?, ?, ?, "
                                        "'party.create')"),
                         {row.at, row.entityId, row.before, row.after, genesis, AuditLog::rowHash(genesis, row)});
    });
    QVERIFY(old.ok());
    legacy.reset();
    m_audit.reset();
    m_db = m_legacy->openMigrated();
    m_audit = std::make_unique<AuditService>(*m_db, *m_clock);
    QCOMPARE(AuditTerms::floor(*m_db), old.value());

    const qint64 fresh = append(owner(), QStringLiteral("P-2"), {},
                                {{QStringLiteral("party"), QStringLiteral("Kumar Packaging")}}, utc(2026, 1, 5));
    QCOMPARE(ids(QStringLiteral("kumar")), (QList<qint64>{fresh, old.value()}));
    QCOMPARE(ids(QStringLiteral("umar")), QList<qint64>{old.value()}); // inside a word: the old row only
    QCOMPARE(ids(QStringLiteral("packaging")), QList<qint64>{fresh});
    QCOMPARE(ids(QStringLiteral("nowhere")), QList<qint64>());
}

void TestAuditSearch::dateRangesWhicheverPlanReadsThem() {
    // One row a minute; some rows carry an earlier time than the row before (a clock set back), so ids and
    // times disagree a little. Every range must give exactly the rows whose time is inside it, newest id first.
    auto done = m_db->write([&](Database &tx) -> Result<bool> {
        for (int i = 0; i < 600; ++i) {
            const qint64 skew = (i % 50 == 49) ? -90 * 60 : 0;
            AuditLog::append(tx, owner(), {QStringLiteral("party.update"), QStringLiteral("party"), QString::number(i)},
                             utc(2026, 1, 1, 0, 0).addSecs(qint64(i) * 60 + skew));
        }
        return true;
    });
    QVERIFY(done.ok());
    QList<QPair<qint64, QString>> all;
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT id, at FROM audit_log ORDER BY id DESC"));
    while (q.next())
        all.append({q.value(0).toLongLong(), q.value(1).toString()});
    const QList<QPair<int, int>> ranges = {{-1, 100}, {0, 590}, {500, -1}, {10, 20}, {550, 600}, {-1, 560}, {100, 550}};
    for (const auto &[fromMinute, toMinute] : ranges) {
        AuditFilter f;
        if (fromMinute >= 0)
            f.from = utc(2026, 1, 1, 0, 0).addSecs(qint64(fromMinute) * 60);
        if (toMinute >= 0)
            f.to = utc(2026, 1, 1, 0, 0).addSecs(qint64(toMinute) * 60);
        QList<qint64> expected;
        for (const auto &[id, at] : all) {
            if ((!f.from.isValid() || at >= isoUtc(f.from)) && (!f.to.isValid() || at < isoUtc(f.to)))
                expected << id;
        }
        QCOMPARE(ids(f, 25), expected);
    }
}

QTEST_GUILESS_MAIN(TestAuditSearch)
#include "tst_audit_search.moc"
