#pragma once
// The free-text index of the audit log (migration 0010). AuditLog::append gives every new row its words, in
// the row's own transaction: runs of letters and digits of the entity id, the before and the after JSON,
// lower-cased ("QT/25-26/0001" -> "qt", "25", "26", "0001"). They are stored as audit_terms rows for a prefix
// range scan and as one " word word " string in audit_words for a LIKE check; neither is hashed.
//
// A search matches a row when every word of the search starts a word of the row and every piece of the search
// between spaces appears in the row as typed (case-insensitive; "50%" does not find "500"). The planner reads
// the rarest word's term rows when it is rare and otherwise walks the log newest first, where a common word
// finds a page of matches quickly. Rows written before the index existed (ids up to the floor) are matched by
// the pieces as typed alone.

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace bcp {

class Database;

class AuditTerms {
public:
    // At most this many term rows: the word is rare enough to drive the search from the term index.
    static constexpr int kSelectiveLimit = 20000;
    // Longer words are cut: nobody types past this, and the index stays compact.
    static constexpr int kMaxWordLength = 48;

    // The distinct lower-cased words of `text`, in order.
    static QStringList words(const QString &text);
    static QStringList words(const QString &entityId, const QString &beforeJson, const QString &afterJson);
    // " w1 w2 " as stored in audit_words.
    static QString wordString(const QStringList &words);

    // Stores the words of audit row `auditId` inside the caller's open write transaction.
    static void add(Database &tx, qint64 tenantId, qint64 auditId, const QStringList &words);

    // The highest audit id written before the index existed (0 on a database that started with it).
    static qint64 floor(Database &db);

    // How a page or count query finds the rows matching `text`: `from` replaces the plain audit_log in the
    // FROM clause (its placeholders first), `condition` joins the WHERE clause. `none`: nothing can match.
    struct Plan {
        bool none = false;
        QString from = QStringLiteral("audit_log");
        QVariantList fromValues;
        QString condition;
        QVariantList values;
    };
    static Plan plan(Database &db, qint64 tenantId, const QString &text);
};

} // namespace bcp
