#include "services/AuditTerms.h"

#include "data/Database.h"
#include "services/SearchTerms.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bcp {

namespace {

// SQLite allows 32766 placeholders per statement; a few hundred words per insert keeps far below it.
constexpr int kWordsPerInsert = 300;

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c.isMark();
}

// A piece of the text as typed, anywhere in the entity id, the before or the after JSON (LIKE's wildcards
// escaped).
QString phrasePattern(const QString &text) {
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QStringList AuditTerms::words(const QString &text) {
    const QString lower = text.toLower();
    QStringList out;
    QSet<QString> seen;
    qsizetype i = 0;
    while (i < lower.size()) {
        while (i < lower.size() && !isWordChar(lower.at(i)))
            ++i;
        const qsizetype begin = i;
        while (i < lower.size() && isWordChar(lower.at(i)))
            ++i;
        if (i > begin) {
            const QString word = lower.mid(begin, std::min<qsizetype>(i - begin, kMaxWordLength));
            if (!seen.contains(word)) {
                seen.insert(word);
                out << word;
            }
        }
    }
    return out;
}

QStringList AuditTerms::words(const QString &entityId, const QString &beforeJson, const QString &afterJson) {
    return words(entityId + QLatin1Char(' ') + beforeJson + QLatin1Char(' ') + afterJson);
}

QString AuditTerms::wordString(const QStringList &words) {
    return SearchTerms::searchText(words);
}

void AuditTerms::add(Database &tx, qint64 tenantId, qint64 auditId, const QStringList &words) {
    tx.exec(QStringLiteral("INSERT INTO audit_words (audit_id, words) VALUES (?, ?)"), {auditId, wordString(words)});
    for (qsizetype start = 0; start < words.size(); start += kWordsPerInsert) {
        const qsizetype n = std::min<qsizetype>(kWordsPerInsert, words.size() - start);
        QStringList rows;
        QVariantList values;
        values.reserve(n * 3);
        for (qsizetype i = start; i < start + n; ++i) {
            rows << QStringLiteral("(?, ?, ?)");
            values << tenantId << words.at(i) << auditId;
        }
        tx.exec(QStringLiteral("INSERT INTO audit_terms (tenant_id, term, audit_id) VALUES ") +
                    rows.join(QLatin1Char(',')),
                values);
    }
}

qint64 AuditTerms::floor(Database &db) {
    return db.scalar(QStringLiteral("SELECT COALESCE(MAX(audit_id), 0) FROM audit_terms_floor")).toLongLong();
}

AuditTerms::Plan AuditTerms::plan(Database &db, qint64 tenantId, const QString &text) {
    Plan plan;
    // SQLite's LIKE ignores ASCII case; PostgreSQL needs ILIKE for the same behaviour.
    const QString like = db.isSqlite() ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
    const QString typed = QStringLiteral("(entity_id %1 ? ESCAPE '\\' OR before_json %1 ? ESCAPE '\\' OR "
                                         "after_json %1 ? ESCAPE '\\')")
                              .arg(like);
    // Each piece of the text between spaces appears as typed, in any field and any order.
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList pieces;
    QVariantList phraseValues;
    for (const QString &piece : text.split(spaces, Qt::SkipEmptyParts)) {
        const QString pattern = phrasePattern(piece);
        pieces << typed;
        phraseValues << pattern << pattern << pattern;
    }
    const QString phrase = pieces.join(QStringLiteral(" AND "));
    const QStringList searchWords = words(text);
    if (searchWords.isEmpty()) { // punctuation only: the pieces as typed are all there is to match
        plan.condition = phrase;
        plan.values = phraseValues;
        return plan;
    }

    QList<QPair<int, int>> counts; // term rows (capped), word index
    bool missing = false;
    for (int i = 0; i < searchWords.size() && !missing; ++i) {
        const int n = SearchTerms::countPrefix(db, QStringLiteral("audit_terms"), tenantId, searchWords.at(i),
                                               kSelectiveLimit + 1);
        missing = n == 0;
        counts.append({n, i});
    }
    std::sort(counts.begin(), counts.end());

    const qint64 floorId = floor(db);
    QStringList conditions;
    QVariantList values;
    if (missing) {
        plan.none = floorId == 0;
        conditions << QStringLiteral("1 = 0");
    } else {
        QList<int> checked;
        for (const auto &c : counts)
            checked << c.second;
        if (counts.first().first <= kSelectiveLimit && floorId == 0) {
            // A rare word: its few rows drive, each looked up by id (CROSS JOIN keeps SQLite's join order).
            const QString &word = searchWords.at(counts.first().second);
            plan.from = QStringLiteral("(SELECT DISTINCT audit_id AS rid FROM audit_terms WHERE tenant_id = ? AND "
                                       "term >= ? AND term < ?) t CROSS JOIN audit_log");
            plan.fromValues = {tenantId, word, SearchTerms::prefixEnd(word)};
            conditions << QStringLiteral("audit_log.id = t.rid");
            checked.removeFirst();
        }
        for (int i : checked) {
            conditions << QStringLiteral("(SELECT w.words FROM audit_words w WHERE w.audit_id = audit_log.id) "
                                         "LIKE ? ESCAPE '\\'");
            values << SearchTerms::likeWordPrefix(searchWords.at(i));
        }
        conditions << phrase;
        values << phraseValues;
    }
    if (floorId == 0) {
        plan.condition = conditions.join(QStringLiteral(" AND "));
        plan.values = values;
        return plan;
    }
    // Rows from before the index have no words: the pieces as typed decide for them.
    plan.condition = QStringLiteral("((audit_log.id > ? AND %1) OR (audit_log.id <= ? AND %2))")
                         .arg(conditions.join(QStringLiteral(" AND ")), phrase);
    plan.values = QVariantList{floorId} + values + QVariantList{floorId} + phraseValues;
    return plan;
}

} // namespace bcp
