#pragma once
// What a quote or a tax invoice prints, as plain values. The quote and invoice services fill these from
// their stored snapshots; the renderer only lays them out and never recalculates money, so a PDF shows
// exactly the figures the database holds. Money is integer paise (bcp::Money) throughout.

#include "money/GstTotals.h"
#include "money/Money.h"

#include <QDate>
#include <QImage>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bcp::documents {

// The shop issuing the document (its letterhead, tax identity, bank and UPI details).
struct CompanyProfile {
    QString name; // legal or trade name, also used in "For {name}" above the signature
    QStringList addressLines;
    QString city;
    QString state;     // name; when empty it is looked up from stateCode
    QString stateCode; // two digits, "27"
    QString pin;
    QString phone;
    QString email;
    QString gstin;
    QString pan;
    QImage logo; // null for none
    QString bankName;
    QString bankAccount;
    QString bankIfsc;
    QString bankBranch;
    QString upiId;     // VPA such as "shop@okicici"; an invoice carries a UPI QR code only when it is set
    QString signatory; // the person who signs, printed under "Authorised Signatory"
    QString defaultTerms;
};

// A customer as printed on a document (a snapshot: later edits to the party do not change it).
struct PartyBlock {
    QString name;
    QString company;
    QStringList addressLines;
    QString city;
    QString pin;
    QString state;     // name; when empty it is looked up from stateCode
    QString stateCode; // two digits
    QString gstin;
    QString mobile;
    QString email;
};

// Box dimensions as the customer gave them: "300 × 200 × 150 mm (ID)". height 0 means a flat sheet.
struct BoxSize {
    double length = 0;
    double width = 0;
    double height = 0;
    QString unit = QStringLiteral("mm"); // "mm" or "in"
    bool outside = false;                // dimensions measured outside (OD) rather than inside (ID)

    bool isEmpty() const { return length <= 0 || width <= 0; }
};

// The engineering figures a buyer may want to see under a quoted box.
struct TechnicalDetails {
    double sheetLengthMm = 0; // cutting length
    double sheetWidthMm = 0;  // deckle
    double weightKg = 0;      // per box
    double burstStrength = 0; // kg/cm²
    double bctKgf = 0;        // box compression strength
};

struct QuoteItem {
    QString boxName;
    QString description;
    BoxSize size;
    int ply = 0;
    QString flutes;    // "B", "BC"
    QString paperSpec; // outer first: "180/24 + 150/18 + 150/18" (GSM/BF)
    QString printing;  // "2 colour flexo", empty for plain
    qint64 quantity = 0;
    QString unit = QStringLiteral("Pcs");
    Money rate;                        // the rate charged (negotiated when there is a negotiation)
    std::optional<Money> originalRate; // the costed rate before negotiation; printed struck through
    Money amount;                      // rate × quantity, as the totals computed it
    std::optional<TechnicalDetails> technical;
};

struct QuoteDocument {
    CompanyProfile company;
    QString number; // "QT/25-26/0001"
    int version = 1;
    QDate date;
    QDate validUntil;
    QString preparedBy;
    PartyBlock party;
    std::vector<QuoteItem> items; // the selected items, in order; S.No is their position
    Totals totals;                // GstTotals::compute over the same items (transport, GST split, round-off)
    QString paymentTerms;         // "30 days"
    int deliveryDays = 0;         // 0: not stated
    int validityDays = 7;
    QString terms; // further terms; empty falls back to the company's default terms
    QString notes;
};

struct InvoiceLine {
    QString description; // box name and description
    BoxSize size;        // empty for a line that is not a box
    QString paperSpec;
    QString hsn;
    qint64 quantity = 0;
    QString unit = QStringLiteral("Pcs");
    Money rate;
    Money taxable;
    int gstRateBasisPoints = 0; // 500 = 5 %
    Money gstAmount;            // this line's share of the document GST (GstTotals::gstShares)
    Money total;                // taxable + gstAmount
};

struct InvoiceDocument {
    // Rule 48: the original goes to the buyer, the duplicate with the goods, the triplicate stays.
    enum class Copy { None, Original, Duplicate, Triplicate };
    enum class Kind { TaxInvoice, CreditNote };

    Kind kind = Kind::TaxInvoice;
    Copy copy = Copy::Original;
    CompanyProfile company;
    QString number; // empty for a draft, which is printed with a DRAFT mark and without a payment QR code
    QDate date;
    QDate dueDate; // null: not stated
    QString poNumber;
    QDate poDate;
    QString placeOfSupply; // state code, "29"
    bool reverseCharge = false;
    QString againstNumber; // credit notes: the invoice they correct
    QDate againstDate;
    PartyBlock billTo;
    std::optional<PartyBlock> shipTo; // absent: goods go to the billing address
    std::vector<InvoiceLine> lines;
    std::vector<HsnSummaryRow> hsnSummary; // GstTotals::hsnSummary
    Totals totals;
    QString terms;       // empty falls back to the company's default terms
    QString declaration; // empty prints the standard declaration
    bool cancelled = false;
    QString cancelReason;
};

} // namespace bcp::documents
