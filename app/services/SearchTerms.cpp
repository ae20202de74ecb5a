#include "services/SearchTerms.h"

#include "data/Database.h"

#include <QRegularExpression>
#include <QSet>

namespace bcp {

namespace {

// Longer words are cut: nobody types past this, and the term index stays compact.
constexpr int kMaxWordLength = 48;

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

int SearchTerms::countPrefix(Database &db, const QString &table, qint64 tenantId, const QString &prefix, int cap) {
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE tenant_id = ? AND term >= ? AND term < ? "
                               "LIMIT %2) AS hits")
                    .arg(table)
                    .arg(cap),
                {tenantId, prefix, prefixEnd(prefix)})
        .toInt();
}

void SearchTerms::replace(Database &tx, const QString &table, const QString &idColumn, qint64 tenantId, qint64 rowId,
                          const QString &oldSearchText, const QStringList &newWords) {
    const QStringList oldWords = wordsOfSearchText(oldSearchText);
    const QSet<QString> oldSet(oldWords.cbegin(), oldWords.cend());
    const QSet<QString> newSet(newWords.cbegin(), newWords.cend());
    for (const QString &word : oldWords) {
        if (!newSet.contains(word))
            tx.exec(QStringLiteral("DELETE FROM %1 WHERE tenant_id = ? AND term = ? AND %2 = ?").arg(table, idColumn),
                    {tenantId, word, rowId});
    }
    for (const QString &word : newWords) {
        if (!oldSet.contains(word))
            tx.exec(QStringLiteral("INSERT INTO %1 (tenant_id, term, %2) VALUES (?, ?, ?)").arg(table, idColumn),
                    {tenantId, word, rowId});
    }
}

} // namespace bcp
