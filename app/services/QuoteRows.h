#pragma once
// How a quote, its versions and items are laid out in the database: column lists, row values and the
// derived columns (number sort key, search words, box names, JSON snapshots). The quote service and the
// bulk demo loader both write through these, so a generated quote is indistinguishable from a saved one.

#include "services/QuoteTypes.h"

#include <QStringList>
#include <QVariantList>

namespace bcp {

class Database;

class QuoteRows {
public:
    struct Numbering {
        QString number; // QT/25-26/0001
        QString fy;     // 25-26
        QString period; // the counter period: the year the financial year starts ("2025")
        qint64 seq = 0;
        qint64 sortKey = 0; // orders numbers across financial years and sequence widths
    };
    static const QString &counterSeries(); // "quote"
    static QString counterPeriod(const QDate &date);
    // The number from the shop's quote template (empty: the default QT/{FY}/{seq:4}). Errors only when the
    // sequence no longer fits the 16-character rule.
    static Result<Numbering> numbering(const QDate &date, qint64 seq, const QString &numberTemplate = {});

    static QStringList searchWords(const QString &number, const QString &partyName, const QString &partyCompany,
                                   const QStringList &boxNames);
    static QStringList boxNames(const QList<QuoteItem> &items);

    static QString compactJson(const QJsonObject &object);
    static QString mastersHash(const QString &body);
    // The id of the shop's snapshot holding exactly these masters / this party / this costing input and
    // result, stored now if it is new. Inside the caller's write transaction.
    static qint64 storeMasters(Database &tx, qint64 tenantId, const costing::CostingMasters &masters,
                               const QString &now);
    static qint64 storeParty(Database &tx, qint64 tenantId, const Party &party, const QString &now);
    static qint64 storeCosting(Database &tx, qint64 tenantId, const QuoteItem &item, const QString &now);

    // INSERT column lists (comma separated) and the values in the same order.
    static const QString &quoteColumns();
    static const QString &versionColumns();
    static const QString &itemColumns();
    static int count(const QString &columns) { return int(columns.count(QLatin1Char(',')) + 1); }

    struct QuoteHeader {
        Numbering numbering;
        qint64 partyId = 0;
        QString status = QStringLiteral("draft");
        int activeVersion = 1;
        int versionCount = 1;
        QString createdAt;
        qint64 createdBy = 0;
        QString createdByName;
    };
    // `words` are the quote's search words (searchWords of its number, party and boxes).
    static QVariantList quoteValues(qint64 tenantId, const QuoteHeader &header, const QuoteVersion &active,
                                    const QStringList &words);
    // The same from the active version's box names and item count (active.items is not read).
    static QVariantList quoteValues(qint64 tenantId, const QuoteHeader &header, const QuoteVersion &active,
                                    const QStringList &words, const QStringList &boxNames, int itemCount);
    static QVariantList versionValues(qint64 tenantId, qint64 quoteId, const QuoteVersion &v, qint64 mastersId,
                                      qint64 partySnapshotId, qint64 createdBy, const QString &createdByName,
                                      const QString &createdAt);
    static QVariantList itemValues(qint64 tenantId, qint64 versionId, int position, const QuoteItem &item,
                                   qint64 costingId);
};

} // namespace bcp
