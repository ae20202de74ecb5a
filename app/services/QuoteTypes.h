#pragma once
// Quotes as screens, documents and scripts see them (DOCUMENTS.md "Quotes"): items priced by the costing
// engine, immutable versions with their party and masters snapshots, the paged Quotes list and the
// comparison of two versions.

#include "costing/BoxSpec.h"
#include "costing/CostingMasters.h"
#include "money/GstTotals.h"
#include "money/Money.h"
#include "money/Negotiation.h"
#include "services/PartyTypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace bcp {

// Stored statuses are draft, sent, accepted and rejected; Expired is only ever derived (a draft or sent
// quote past its valid-until date).
enum class QuoteStatus { Draft, Sent, Accepted, Rejected, Expired };

QString quoteStatusCode(QuoteStatus status); // "draft" … "expired"
std::optional<QuoteStatus> parseQuoteStatus(const QString &code);
QString quoteStatusLabel(QuoteStatus status); // translated, for screens
QuoteStatus displayedQuoteStatus(QuoteStatus stored, const QDate &validUntil, const QDate &today);

struct QuoteTerms {
    QString paymentTerms;
    int deliveryDays = 0;
    int validityDays = 7;

    bool operator==(const QuoteTerms &o) const {
        return paymentTerms == o.paymentTerms && deliveryDays == o.deliveryDays && validityDays == o.validityDays;
    }
};

struct QuoteItem {
    // Entered by the user.
    QString name;
    QString description;
    QString remarks;
    QString hsn = QStringLiteral("4819");
    QString unit = QStringLiteral("Pcs");
    costing::BoxSpec spec; // the costing input (COSTING.md §1); spec.quantity is the item's quantity
    bool selected = true;  // included in totals and documents
    Negotiation negotiation;

    // Filled by QuoteCalculator::price with the version's masters, and stored with the version.
    QJsonObject result;        // the engine's output in the COSTING.md §5 form
    Money ratePerBox;          // the costed rate
    Money unitPrice;           // the negotiated rate when there is one, else ratePerBox
    Money amount;              // unitPrice × quantity
    QString paperSpec;         // "180/24 + 150/18 + 150/18", outer liner first
    double insideLengthMm = 0; // the box's inside size, for the duplicate-box rule
    double insideWidthMm = 0;
    double insideHeightMm = 0;

    qint64 quantity() const { return spec.quantity; }
};

struct QuoteVersion {
    qint64 quoteId = 0;
    QString number;
    int version = 0;
    QDate date;
    QDate validUntil; // date + validity days
    Party party;      // as it was when the version was saved
    QList<QuoteItem> items;
    costing::CostingMasters masters; // every master value the items were priced with
    Money transport;
    QuoteTerms terms;
    QString notes;
    QString sellerState;
    QString placeOfSupply;
    bool intraState = true;
    Totals totals;
    QString origin;        // new | edit | restore | duplicate
    int sourceVersion = 0; // the restored version, for origin "restore"
    QDateTime createdAt;
    QString createdBy;
};

struct QuoteVersionInfo {
    int version = 0;
    QDate date;
    Money grand;
    int itemCount = 0;
    QString origin;
    int sourceVersion = 0;
    QDateTime createdAt;
    QString createdBy;
};

struct Quote {
    qint64 id = 0;
    QString number;
    QuoteStatus storedStatus = QuoteStatus::Draft;
    QuoteStatus status = QuoteStatus::Draft; // with Expired derived
    qint64 partyId = 0;
    int activeVersion = 0;
    int rowVersion = 0; // pass back to save/restore/setStatus to detect someone else's change
    QDateTime updatedAt;
    QString updatedBy;
    QuoteVersion active;
    QList<QuoteVersionInfo> versions; // oldest first
};

// What the quote editor saves: a new quote (quoteId 0) or a new version of an existing one.
struct QuoteDraft {
    qint64 quoteId = 0;
    int rowVersion = 0; // Quote::rowVersion the edit started from; ignored for a new quote
    qint64 partyId = 0;
    QList<QuoteItem> items; // the entered fields; the service prices them again before saving
    Money transport;
    QuoteTerms terms;
    QString notes;
    // The masters the editor priced with (a loaded version's snapshot keeps old prices when only the
    // negotiation changes); absent: the shop's current masters.
    std::optional<costing::CostingMasters> masters;
    QDate date; // the version date; invalid: today
};

struct QuoteSaveResult {
    qint64 quoteId = 0;
    QString number;
    int version = 0;
    bool newQuote = false;
    // Set when a new quote matched an existing quote's box and was saved as a new version of it.
    bool duplicate = false;
    QString warning;
};

struct DuplicateMatch {
    qint64 quoteId = 0;
    QString number;
    int activeVersion = 0;
    int itemIndex = 0; // the draft item that matched
    QString boxName;
};

// One value that differs between two versions. `path` names it the same way for every screen:
// "items[0].quantity", "items[1].negotiation", "terms.validityDays", "party.name", "masters.bfPrices.18",
// "totals.grand"; an item only one side has shows every one of its paths with the other side empty.
struct FieldChange {
    QString path;
    QString before; // empty when the value is absent on that side
    QString after;
};

struct VersionDiff {
    QuoteVersion a;
    QuoteVersion b;
    QList<FieldChange> changes;

    bool changed(const QString &path) const {
        for (const FieldChange &c : changes) {
            if (c.path == path || c.path.startsWith(path + QLatin1Char('.')) ||
                c.path.startsWith(path + QLatin1Char('[')))
                return true;
        }
        return false;
    }
};

enum class QuoteSort { Date, Number, Party, GrandTotal };

struct QuoteCursor {
    QVariant key;
    qint64 id = 0;
};

struct QuoteQuery {
    QString search;              // words matched as prefixes of the number, party name/company or box names
    QList<QuoteStatus> statuses; // displayed statuses (Expired included); empty = any
    QDate from;                  // quote date range, inclusive; invalid = open
    QDate to;
    qint64 partyId = 0; // a party's quotes; 0 = all
    QuoteSort sort = QuoteSort::Date;
    bool descending = true;
    int limit = 100;
    bool hasCursor = false;
    QuoteCursor after;
};

struct QuoteRow {
    qint64 id = 0;
    QString number;
    QDate date;
    QDate validUntil;
    qint64 partyId = 0;
    QString partyName;
    QString partyCompany;
    int itemCount = 0;
    Money grand;
    QuoteStatus status = QuoteStatus::Draft; // displayed (Expired derived)
    int version = 0;
    QString boxNames;
};

struct QuotePage {
    QList<QuoteRow> rows;
    bool hasMore = false;
    QuoteCursor next;
};

} // namespace bcp
