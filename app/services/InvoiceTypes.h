#pragma once
// Tax invoices and credit notes as screens, documents and scripts see them (DOCUMENTS.md "Invoices"): a draft
// without a number, finalised with a gapless number, cancelled with a reason (keeping its number); credit
// notes (series CN) against a final invoice; payments received; a party's outstanding balance; and the paged
// Invoices list.

#include "money/GstTotals.h"
#include "money/Money.h"
#include "services/PartyTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace bcp {

// Stored as draft, final, cancelled.
enum class InvoiceStatus { Draft, Final, Cancelled };
QString invoiceStatusCode(InvoiceStatus status); // "draft" | "final" | "cancelled"
std::optional<InvoiceStatus> parseInvoiceStatus(const QString &code);
QString invoiceStatusLabel(InvoiceStatus status); // translated, for screens

// Stored as invoice, credit_note. Credit notes are final from the moment they are issued.
enum class InvoiceKind { Invoice, CreditNote };
QString invoiceKindCode(InvoiceKind kind);
std::optional<InvoiceKind> parseInvoiceKind(const QString &code);
QString invoiceKindLabel(InvoiceKind kind); // "Tax invoice" | "Credit note", translated

// Derived from the payments: a final invoice whose balance is zero is paid.
enum class PaymentStatus { Unpaid, PartlyPaid, Paid };
QString paymentStatusCode(PaymentStatus status);  // "unpaid" | "partly_paid" | "paid"
QString paymentStatusLabel(PaymentStatus status); // translated

// Stored as cash, upi, bank, cheque.
enum class PaymentMode { Cash, Upi, Bank, Cheque };
QString paymentModeCode(PaymentMode mode);
std::optional<PaymentMode> parsePaymentMode(const QString &code);
QString paymentModeLabel(PaymentMode mode); // translated
QList<PaymentMode> allPaymentModes();

// Where the goods go when that is not the billing address.
struct ShipTo {
    QString name;
    QString company;
    Address address;
    QString gstin;

    bool operator==(const ShipTo &o) const {
        return name == o.name && company == o.company && address == o.address && gstin == o.gstin;
    }
};

struct InvoiceLine {
    // Entered (or copied from a quote item).
    QString name;        // box name
    QString description; // further text printed after the name
    double length = 0;   // box size as the customer gave it; 0 for a line that is not a box
    double width = 0;
    double height = 0;
    QString sizeUnit = QStringLiteral("mm"); // "mm" | "in"
    bool outside = false;                    // OD rather than ID
    QString paperSpec;
    QString hsn = QStringLiteral("4819");
    qint64 quantity = 0;
    QString unit = QStringLiteral("Pcs");
    Money rate; // per unit, the negotiated rate for a line from a quote

    // Computed by the service (GstTotals) when the invoice is saved; read-only for screens.
    Money taxable; // rate × quantity
    Money gst;     // this line's share of the document GST
    Money total;   // taxable + gst
};

struct Invoice {
    qint64 id = 0;
    InvoiceKind kind = InvoiceKind::Invoice;
    InvoiceStatus status = InvoiceStatus::Draft;
    QString number; // empty while draft
    QDate date;
    QDate dueDate; // invalid: not stated
    QString poNumber;
    QDate poDate;

    qint64 quoteId = 0; // the quote it was made from; 0 for a blank invoice
    QString quoteNumber;
    int quoteVersion = 0;

    // Credit notes: the invoice they correct and why.
    qint64 againstId = 0;
    QString againstNumber;
    QDate againstDate;
    QString reason;

    qint64 partyId = 0;
    Party party;                  // snapshot: as it was when the invoice was created or last edited as a draft
    std::optional<ShipTo> shipTo; // absent: the billing address

    QString sellerState;   // the shop's state code when the invoice was saved
    QString placeOfSupply; // state code
    bool intraState = true;
    bool reverseCharge = false;
    int gstRateBasisPoints = 0;
    bool roundOff = true;
    Money transport;
    QList<InvoiceLine> lines;
    Totals totals;
    QString terms;
    QString notes;

    QString cancelReason; // set once cancelled
    QDateTime cancelledAt;
    QString cancelledBy;
    QDateTime finalizedAt; // invalid while draft
    QString finalizedBy;

    Money paid;     // payments received (invoices)
    Money credited; // credit notes issued against it (invoices)
    Money balance;  // grand - credited - paid for a final invoice; zero otherwise
    PaymentStatus paymentStatus = PaymentStatus::Unpaid;

    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int rowVersion = 0; // pass back to updateDraft/finalize/cancel to detect someone else's change

    // What GstTotals computes the totals and the HSN summary from; unlike a quote's, every line is billed.
    TotalsInput totalsInput() const;
};

// What the invoice screen saves: a new blank invoice (id 0) or an edit of a draft.
struct InvoiceDraft {
    qint64 id = 0;
    int rowVersion = 0; // Invoice::rowVersion the edit started from; ignored for a new invoice
    qint64 partyId = 0;
    QDate date; // invalid: today
    QDate dueDate;
    QString poNumber;
    QDate poDate;
    std::optional<ShipTo> shipTo;
    bool reverseCharge = false;
    QList<InvoiceLine> lines; // entered fields only; the computed ones are ignored
    Money transport;
    double gstRatePercent = 0; // InvoiceService::blankDraft fills the shop's rate
    bool roundOff = true;
    QString terms;
    QString notes;

    // The editable fields of an invoice, to start an edit from.
    static InvoiceDraft of(const Invoice &invoice);
};

// A credit note against a final invoice: quantities of its lines returned or reduced, at the invoiced rates.
struct CreditNoteLine {
    int invoiceLine = 0; // index into Invoice::lines
    qint64 quantity = 0; // at most what is invoiced less what earlier credit notes took
};

struct CreditNoteDraft {
    qint64 invoiceId = 0;
    QDate date; // invalid: today; not before the invoice date
    QString reason;
    QList<CreditNoteLine> lines;
    Money transport; // freight credited, at most the invoiced freight less earlier credit notes
};

struct Payment {
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    qint64 partyId = 0;
    QDate date;
    Money amount;
    PaymentMode mode = PaymentMode::Cash;
    QString reference; // UPI transaction id, cheque number, bank reference
    QDateTime createdAt;
    QString createdBy;
};

struct NewPayment {
    qint64 invoiceId = 0;
    QDate date;   // invalid: today
    Money amount; // positive, at most the invoice's balance
    PaymentMode mode = PaymentMode::Cash;
    QString reference;
};

// A party's account over its final invoices (cancelled ones count for nothing).
struct PartyBalance {
    qint64 partyId = 0;
    Money invoiced;
    Money credited;
    Money paid;
    Money outstanding; // invoiced - credited - paid
    int unpaidInvoices = 0;
};

enum class InvoiceSort { Date, Number, Party, GrandTotal };

struct InvoiceCursor {
    QVariant key;
    qint64 id = 0;
};

struct InvoiceQuery {
    QString search;                  // words matched as prefixes of the number, party name/company or quote number
    QList<InvoiceStatus> statuses;   // empty = any
    std::optional<InvoiceKind> kind; // absent: invoices and credit notes
    qint64 partyId = 0;              // 0 = all parties
    QDate from;                      // invoice date range, inclusive; invalid = open
    QDate to;
    bool unpaidOnly = false; // final invoices with a balance left
    InvoiceSort sort = InvoiceSort::Date;
    bool descending = true;
    int limit = 100;
    bool hasCursor = false;
    InvoiceCursor after;
};

struct InvoiceRow {
    qint64 id = 0;
    InvoiceKind kind = InvoiceKind::Invoice;
    QString number; // empty for a draft
    QDate date;
    QDate dueDate;
    qint64 partyId = 0;
    QString partyName;
    QString partyCompany;
    QString quoteNumber;
    Money grand;
    Money paid;
    Money balance;
    InvoiceStatus status = InvoiceStatus::Draft;
    PaymentStatus paymentStatus = PaymentStatus::Unpaid;
};

struct InvoicePage {
    QList<InvoiceRow> rows;
    bool hasMore = false;
    InvoiceCursor next; // pass as InvoiceQuery::after for the following page
};

} // namespace bcp
