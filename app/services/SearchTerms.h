#pragma once
// Search as you type over a million rows, the same way on SQLite and PostgreSQL. Each searchable row keeps
// its words twice: as rows of a terms table (tenant_id, term, row id) for a prefix range scan, and as one
// normalised `search_text` column (" word word ") for a LIKE filter. A query word that few rows contain is
// answered from the terms table (an index range); a common one by walking the list's sort index and
// filtering, which finds a page of matches after a short walk precisely because the word is common.

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace bcp {

class Database;

class SearchTerms {
public:
    // Above this many term rows a word counts as common (the sort-index walk is then the faster plan).
    static constexpr int kSelectiveLimit = 4000;

    // Lower-cased words of `text` split at white space and commas, with punctuation trimmed from both ends
    // ("Pvt. Ltd." -> "pvt", "ltd"; "QT/25-26/0001" stays one word). Duplicates removed, order kept.
    static QStringList words(const QString &text);
    static QStringList words(const QStringList &texts);

    // " w1 w2 w3 ": every word with a space before it, so LIKE '% prefix%' matches word starts only.
    static QString searchText(const QStringList &words);
    static QStringList wordsOfSearchText(const QString &searchText);

    // The exclusive upper bound of the prefix range: every word starting with `prefix` sorts between
    // `prefix` and this bound, byte-wise (SQLite BINARY, PostgreSQL COLLATE "C").
    static QString prefixEnd(const QString &prefix);
    // '% prefix%' with LIKE's wildcards escaped (ESCAPE '\').
    static QString likeWordPrefix(const QString &prefix);

    // How many rows of `table` (a terms table with columns tenant_id, term) start with `prefix`, counting
    // no further than `cap`.
    static int countPrefix(Database &db, const QString &table, qint64 tenantId, const QString &prefix, int cap);

    // Replaces the terms of one row: deletes the words of `oldSearchText` that are gone and inserts the new
    // ones. `idColumn` names the row id column of the terms table.
    static void replace(Database &tx, const QString &table, const QString &idColumn, qint64 tenantId, qint64 rowId,
                        const QString &oldSearchText, const QStringList &newWords);
};

} // namespace bcp
