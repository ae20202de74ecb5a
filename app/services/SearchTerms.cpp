#include "services/SearchTerms.h"

#include "data/Database.h"

#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace bcp {

namespace {

// Longer words are cut: nobody types past this, and the term index stays compact.
constexpr int kMaxWordLength = 48;

std::atomic<int> g_selectiveLimit{SearchTerms::kSelectiveLimit};
std::atomic<int> g_intersectLimit{SearchTerms::kIntersectLimit};

QString trimPunctuation(const QString &word) {
    qsizetype begin = 0;
    qsizetype end = word.size();
    while (begin < end && !word.at(begin).isLetterOrNumber())
        ++begin;
    while (end > begin && !word.at(end - 1).isLetterOrNumber())
        --end;
    return word.mid(begin, end - begin);
}

void addWords(const QString &text, QStringList &out, QSet<QString> &seen) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList pieces = text.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        const QString word = trimPunctuation(piece).left(kMaxWordLength);
        if (word.isEmpty() || seen.contains(word))
            continue;
        seen.insert(word);
        out << word;
    }
}

} // namespace

SearchTerms::Limits SearchTerms::limits() {
    return {g_selectiveLimit.load(), g_intersectLimit.load()};
}

void SearchTerms::setLimits(const Limits &limits) {
    g_selectiveLimit = limits.selective;
    g_intersectLimit = limits.intersect;
}

QStringList SearchTerms::words(const QString &text) {
    QStringList out;
    QSet<QString> seen;
    addWords(text, out, seen);
    return out;
}

QStringList SearchTerms::words(const QStringList &texts) {
    QStringList out;
    QSet<QString> seen;
    for (const QString &text : texts)
        addWords(text, out, seen);
    return out;
}

QString SearchTerms::searchText(const QStringList &words) {
    if (words.isEmpty())
        return QStringLiteral(" ");
    return QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

QStringList SearchTerms::wordsOfSearchText(const QString &searchText) {
    return searchText.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString SearchTerms::prefixEnd(const QString &prefix) {
    // U+10FFFF is the largest code point: its UTF-8 form sorts after any character that can follow.
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

QString SearchTerms::likeWordPrefix(const QString &prefix) {
    QString escaped;
    escaped.reserve(prefix.size() + 4);
    for (const QChar c : prefix) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QStringLiteral("% ") + escaped + QLatin1Char('%');
}

SearchTerms::Filter SearchTerms::wordFilter(const Database &db, const QString &column, const QString &prefix) {
    if (db.isSqlite())
        return {column + QStringLiteral(" LIKE ? ESCAPE '\\'"), likeWordPrefix(prefix)};
    // The same test as LIKE '% prefix%'. PostgreSQL cannot estimate a LIKE that starts with a wildcard: unless
    // its statistics sample happens to hold a match it assumes one row in ten thousand matches, so for a word
    // the term index counted thousands of times it expects the walk of a sort index to read the whole list
    // and scans the table instead ("qt/26-27/32": 52,000 pages read where the walk reads 63). strpos() > 0 it
    // cannot estimate at all and takes its default of a third of the rows: the walk, which stops after a page
    // of matches, then looks as cheap as it is.
    return {QStringLiteral("strpos(%1, ?) > 0").arg(column), QString(QLatin1Char(' ') + prefix)};
}

int SearchTerms::countPrefix(Database &db, const QString &table, qint64 tenantId, const QString &prefix, int cap) {
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE tenant_id = ? AND term >= ? AND term < ? "
                               "LIMIT %2) AS hits")
                    .arg(table)
                    .arg(cap),
                {tenantId, prefix, prefixEnd(prefix)})
        .toInt();
}

namespace {

constexpr int kSampleRows = 1000;
constexpr int kPageRows = 101; // the lists' page and the row telling that more follow

// How many of the sample's rows (the newest, or the oldest for a list read oldest first) match all `words`.
qint64 sampleHits(Database &db, const QString &table, qint64 tenantId, const QStringList &words, bool newest) {
    QStringList filters;
    QVariantList values = {tenantId};
    for (const QString &word : words) {
        const SearchTerms::Filter filter = SearchTerms::wordFilter(db, QStringLiteral("search_text"), word);
        filters << filter.sql;
        values << filter.value;
    }
    // Both engines must read the ids in order from the sample's end and stop after the sample. "+tenant_id" keeps
    // SQLite off the tenant's sort indexes (which would sort every row of the shop by id). PostgreSQL reads the ids
    // backwards by itself; an expression like "+tenant_id" it would guess rare, expect a long search for the
    // sample and start parallel workers for it (15 ms of their start-up on each keystroke).
    const QString tenant = db.isSqlite() ? QStringLiteral("+tenant_id") : QStringLiteral("tenant_id");
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM (SELECT search_text FROM %1 WHERE %2 = ? ORDER BY id %3 LIMIT %4) "
                               "AS sample WHERE %5")
                    .arg(table, tenant, newest ? QStringLiteral("DESC") : QStringLiteral("ASC"))
                    .arg(kSampleRows)
                    .arg(filters.join(QStringLiteral(" AND "))),
                values)
        .toLongLong();
}

// Whether walking the list finds a page of rows matching all `words` sooner than looking up the
// `drivingRows` rows of the rarest word by id. The shop's newest rows show how dense the matches are:
// "shree a" (one row in a hundred) fills a page after a short walk, "ravi k" (one in a thousand) is found
// sooner from the rows of "ravi". A lookup by id costs about two walk steps (scattered rows, not a run of
// neighbours) on SQLite. On PostgreSQL, whose shared buffers do not hold a million rows' table, a lookup reads
// a page of its own while a walk step mostly shares its page with the previous ones: "ravi" drove 16,674
// lookups in 150-330 ms where a walk of 89,000 rows for "ravi k" took 50-75 ms, so a lookup costs about ten
// walk steps there.
bool walkIsCheaper(Database &db, const QString &table, qint64 tenantId, const QStringList &words, int drivingRows) {
    const qint64 lookupSteps = db.isSqlite() ? 2 : 10;
    // The walk reads about kPageRows * kSampleRows / hits rows; the driver the equivalent of lookupSteps *
    // drivingRows.
    return sampleHits(db, table, tenantId, words, true) * lookupSteps * qint64(drivingRows) >
           qint64(kPageRows) * kSampleRows;
}

// The ids of a ranked page: the word's term rows in list order, each row id once. A row with several words
// starting with the prefix has several term rows; they sort next to each other (same sort value, same id),
// and when they leave the page short the rows after the last one are read.
QList<qint64> rankedIds(Database &db, const QString &termsTable, const QString &idColumn, qint64 tenantId,
                        const QString &word, const SearchTerms::RankedPage &page) {
    const QString direction = page.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QList<qint64> ids;
    QVariant lastValue;
    qint64 lastId = 0;
    for (bool more = true; more && ids.size() < page.rows;) {
        QStringList where = {QStringLiteral("tenant_id = ?"), QStringLiteral("term >= ?"), QStringLiteral("term < ?")};
        where << page.conditions;
        QVariantList values = {tenantId, word, SearchTerms::prefixEnd(word)};
        values << page.values;
        if (lastValue.isValid()) {
            where << QStringLiteral("(%1, %2) %3 (?, ?)")
                         .arg(page.column, idColumn, page.descending ? QStringLiteral("<") : QStringLiteral(">"));
            values << lastValue << lastId;
        }
        const qsizetype wanted = page.rows - ids.size();
        QSqlQuery q =
            db.exec(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %1 %5, %2 %5 LIMIT %6")
                        .arg(page.column, idColumn, termsTable, where.join(QStringLiteral(" AND ")), direction)
                        .arg(wanted),
                    values);
        qsizetype read = 0;
        while (q.next()) {
            ++read;
            lastValue = q.value(0);
            lastId = q.value(1).toLongLong();
            if (ids.isEmpty() || ids.last() != lastId)
                ids << lastId;
        }
        more = read == wanted;
    }
    return ids;
}

} // namespace

SearchTerms::Plan SearchTerms::plan(Database &db, const QString &termsTable, const QString &idColumn,
                                    const QString &table, const QString &alias, qint64 tenantId,
                                    const QStringList &words, const RankedPage *ranked) {
    Plan plan;
    plan.from = table + QLatin1Char(' ') + alias;
    plan.filterWords = words;
    if (words.isEmpty())
        return plan;
    // Each word's term rows, counted no further than the limit that decides the plan: a single word only
    // needs to know whether it is selective, so a first letter typed counts a few thousand entries, not
    // tens of thousands.
    const Limits limit = limits();
    const int cap = (words.size() == 1 ? limit.selective : limit.intersect) + 1;
    QList<QPair<int, int>> counts; // count, word index
    for (int i = 0; i < words.size(); ++i) {
        const int n = countPrefix(db, termsTable, tenantId, words.at(i), cap);
        if (n == 0) {
            plan.none = true;
            return plan;
        }
        counts.append({n, i});
    }
    std::sort(counts.begin(), counts.end());
    const QString range = QStringLiteral("SELECT %1 AS rid FROM %2 WHERE tenant_id = ? AND term >= ? AND term < ?")
                              .arg(idColumn, termsTable);
    auto rangeValues = [&](int word) { return QVariantList{tenantId, words.at(word), prefixEnd(words.at(word))}; };
    QList<int> driven;
    const bool selective = counts.first().first <= limit.selective;
    // One common word: fewer than ten matches among the rows the walk starts with mean it would read more
    // than ten thousand rows for a page, and with none perhaps the whole list. The word's term rows are read
    // at a fraction of a walk step each, all of them for the first page at worst.
    if (!selective && ranked && words.size() == 1 && sampleHits(db, table, tenantId, words, ranked->descending) < 10) {
        const QList<qint64> ids = rankedIds(db, termsTable, idColumn, tenantId, words.first(), *ranked);
        if (ids.isEmpty()) {
            plan.none = true;
            return plan;
        }
        QStringList list;
        for (const qint64 id : ids)
            list << QString::number(id);
        // Driving like the other plans: a bare "id IN (...)" would let SQLite walk the date index instead.
        plan.shape = Plan::Shape::Ranked;
        plan.from = QStringLiteral("(SELECT id AS rid FROM %1 WHERE id IN (%2)) t CROSS JOIN %1 %3")
                        .arg(table, list.join(QLatin1Char(',')), alias);
        plan.idCondition = QStringLiteral("%1.id = t.rid").arg(alias);
        plan.filterWords.clear();
        return plan;
    }
    if (!selective && counts.size() >= 2 && counts.at(1).first <= limit.intersect) {
        plan.shape = Plan::Shape::Intersect;
        plan.from = QStringLiteral("(%1 INTERSECT %1) t CROSS JOIN %2 %3").arg(range, table, alias);
        plan.values = rangeValues(counts.at(0).second) + rangeValues(counts.at(1).second);
        driven << counts.at(0).second << counts.at(1).second;
    } else if (selective || (counts.size() >= 2 && counts.first().first <= limit.intersect &&
                             !walkIsCheaper(db, table, tenantId, words, counts.first().first))) {
        plan.shape = Plan::Shape::Driver;
        plan.from = QStringLiteral("(SELECT DISTINCT rid FROM (%1) AS w) t CROSS JOIN %2 %3").arg(range, table, alias);
        plan.values = rangeValues(counts.first().second);
        driven << counts.first().second;
    } else {
        return plan; // common words: walk the list's sort index and filter
    }
    // CROSS JOIN keeps SQLite's join order: the few matching ids drive, the rows are looked up by id.
    plan.idCondition = QStringLiteral("%1.id = t.rid").arg(alias);
    plan.filterWords.clear();
    for (int i = 0; i < words.size(); ++i) {
        if (!driven.contains(i))
            plan.filterWords << words.at(i);
    }
    return plan;
}

void SearchTerms::replace(Database &tx, const QString &table, const QString &idColumn, qint64 tenantId, qint64 rowId,
                          const QString &oldSearchText, const QStringList &newWords, const SortValue &sort) {
    const QStringList oldWords = wordsOfSearchText(oldSearchText);
    const QSet<QString> oldSet(oldWords.cbegin(), oldWords.cend());
    const QSet<QString> newSet(newWords.cbegin(), newWords.cend());
    // A term row's key: tenant, term, the sort value where the table keeps one, the row id.
    QStringList key = {QStringLiteral("tenant_id"), QStringLiteral("term")};
    if (!sort.column.isEmpty())
        key << sort.column;
    key << idColumn;
    auto keyValues = [&](const QString &word, const QVariant &sortValue) {
        return sort.column.isEmpty() ? QVariantList{tenantId, word, rowId}
                                     : QVariantList{tenantId, word, sortValue, rowId};
    };
    const QString deleteSql =
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, key.join(QStringLiteral(" = ? AND ")));
    const QString insertSql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
            .arg(table, key.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(key.size() - 1));
    const bool moved = sort.before != sort.after;
    for (const QString &word : oldWords) {
        if (moved || !newSet.contains(word))
            tx.exec(deleteSql, keyValues(word, sort.before));
    }
    for (const QString &word : newWords) {
        if (moved || !oldSet.contains(word))
            tx.exec(insertSql, keyValues(word, sort.after));
    }
}

} // namespace bcp
