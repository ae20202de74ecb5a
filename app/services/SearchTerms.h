#pragma once
// Search as you type over a million rows, the same way on SQLite and PostgreSQL. Each searchable row keeps
// its words twice: as rows of a terms table (tenant_id, term, row id) for a prefix range scan, and as one
// normalised `search_text` column (" word word ") to filter rows on. A query word that few rows contain is
// answered from the terms table (an index range); a common one by walking the list's sort index and
// filtering, which finds a page of matches after a short walk precisely because the word is common. A common
// word whose matches are all far down the list (a number of an earlier financial year) is read from its term
// rows in list order, where the terms table keeps the list's sort value after the term.

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace bcp {

class Database;

class SearchTerms {
public:
    // Above this many term rows a word counts as common (the sort-index walk is then the faster plan).
    static constexpr int kSelectiveLimit = 4000;
    // Two common words whose term rows are each at most this many are intersected in the term index:
    // "ravi kumar" matches few rows although "ravi" and "kumar" each match many, and a walk would have
    // to read a large part of the list to find a page of them. With only one word under this limit, that
    // word's rows drive and the other words are checked on each row: "ravi k" is as rare as "ravi kumar",
    // but "k" starts too many words to intersect. Looking up this many rows by id costs about what a walk
    // costs for a page of a 1-in-500 pair of words; rarer pairs would walk far longer.
    static constexpr int kIntersectLimit = 50000;

    // The limits the plans use: kSelectiveLimit and kIntersectLimit unless changed. Tests whose data has a
    // few thousand rows lower them to reach every plan; lists read them once per query, from any thread.
    struct Limits {
        int selective = kSelectiveLimit;
        int intersect = kIntersectLimit;
    };
    static Limits limits();
    static void setLimits(const Limits &limits);

    // A terms table that keeps its row's sort value after the term (quote_terms: tenant_id, term, quote_date,
    // quote_id) gives a one-word page in list order from its term rows alone. A list passes this when it is
    // ordered by that column and filtered on nothing else than a range of it and the page cursor.
    struct RankedPage {
        QString column; // the sort column, named alike in the row table and the terms table ("quote_date")
        bool descending = true;
        QStringList conditions; // on the terms table's sort and id columns, with placeholders
        QVariantList values;
        int rows = 0; // how many ids the page needs
    };

    // How a list query finds the rows whose words match every search word (each word a prefix of one
    // of the row's words).
    struct Plan {
        enum class Shape { Walk, Driver, Intersect, Ranked };
        Shape shape = Shape::Walk;
        bool none = false;       // a word matches nothing: the answer is empty
        QString from;            // FROM clause: the row table alone, or matching ids CROSS JOIN the row table
        QVariantList values;     // for the placeholders in `from`
        QString idCondition;     // WHERE part tying the ids to the rows ("" for a walk)
        QStringList filterWords; // words still to check on each row with wordFilter()
    };
    // `table alias` is the row table as the query names it ("quotes q"); `idColumn` the row id column of
    // the terms table ("quote_id"); `ranked` what a ranked page needs, when the list allows one.
    static Plan plan(Database &db, const QString &termsTable, const QString &idColumn, const QString &table,
                     const QString &alias, qint64 tenantId, const QStringList &words,
                     const RankedPage *ranked = nullptr);

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

    // The condition that the search text in `column` has a word starting with `prefix`: SQL with one
    // placeholder, and its value.
    struct Filter {
        QString sql;
        QVariant value;
    };
    static Filter wordFilter(const Database &db, const QString &column, const QString &prefix);

    // How many rows of `table` (a terms table with columns tenant_id, term) start with `prefix`, counting
    // no further than `cap`.
    static int countPrefix(Database &db, const QString &table, qint64 tenantId, const QString &prefix, int cap);

    // The sort value a terms table keeps after the term: its column, the value the row's term rows carry and
    // the value they get (both null for a table without one).
    struct SortValue {
        QString column;
        QVariant before;
        QVariant after;
    };
    // Replaces the terms of one row: deletes the words of `oldSearchText` that are gone and inserts the new
    // ones; when the sort value changes, every term row of the row moves. `idColumn` names the row id column
    // of the terms table.
    static void replace(Database &tx, const QString &table, const QString &idColumn, qint64 tenantId, qint64 rowId,
                        const QString &oldSearchText, const QStringList &newWords, const SortValue &sort = {});
};

} // namespace bcp
