#pragma once
// Tax invoices of the signed-in shop (DOCUMENTS.md "Invoices"). A draft has no number and may be edited;
// finalising assigns the number from the counter row inside the same transaction that marks the invoice
// final (gapless, per tenant + series + financial year), after which the invoice is immutable in this
// service and in the database (triggers). Corrections are a cancellation with a reason (the number is
// kept) or a credit note (series CN). Payments received mark an invoice partly paid or paid. Totals come
// from GstTotals only. Every method is one unit of work: permission, validation, one transaction, one
// audit row for a change.
//
// Permissions: invoices.view to read, invoices.edit to create and edit drafts and record payments,
// invoices.finalize to finalise, cancel and issue credit notes.

#include "Result.h"
#include "services/InvoiceTypes.h"

#include <optional>

namespace bcp {

class Clock;
class Database;
struct Session;

class InvoiceService {
public:
    explicit InvoiceService(Database &db);
    InvoiceService(Database &db, const Clock &clock);

    // A new blank draft's defaults for a party (0: none yet): today, the shop's GST rate and round-off, its
    // default terms. Nothing is saved.
    Result<InvoiceDraft> blankDraft(const Session &session, qint64 partyId = 0);

    // The totals and line figures a draft would have, for the editor while typing. Nothing is saved. Errors
    // name the field as save does (`lines[1].quantity`).
    Result<Invoice> preview(const Session &session, const InvoiceDraft &draft);

    // A draft from an accepted quote's active version: its selected items at their negotiated prices, the
    // version's party snapshot, transport, GST % and round-off. A quote that is not accepted is refused
    // (Conflict) with a message saying how to accept it. `date` invalid: today.
    Result<Invoice> createFromQuote(const Session &session, qint64 quoteId, const QDate &date = {});
    Result<Invoice> createFromQuoteNumber(const Session &session, const QString &quoteNumber, const QDate &date = {});

    // A new draft (draft.id 0) or an edit of draft draft.id, which must still be a draft.
    Result<Invoice> saveDraft(const Session &session, const InvoiceDraft &draft);

    // Removes a draft that was never finalised (final invoices are never deleted).
    Result<void> discardDraft(const Session &session, qint64 invoiceId, int rowVersion);

    // Assigns the number and marks the draft final in one transaction. `rowVersion` absent skips the
    // concurrent-edit check (scripts). Finalising an invoice that is already final is a Conflict.
    Result<Invoice> finalize(const Session &session, qint64 invoiceId, std::optional<int> rowVersion = std::nullopt);

    // final -> cancelled, keeping the number. The reason is required (at least 5 characters). An invoice with
    // payments or credit notes cannot be cancelled.
    Result<Invoice> cancel(const Session &session, qint64 invoiceId, const QString &reason,
                           std::optional<int> rowVersion = std::nullopt);

    // Issues a final credit note (number from the CN series) against a final invoice.
    Result<Invoice> createCreditNote(const Session &session, const CreditNoteDraft &draft);

    // A payment received against a final invoice; the amount may not exceed its balance.
    Result<Payment> recordPayment(const Session &session, const NewPayment &payment);

    Result<Invoice> get(const Session &session, qint64 invoiceId);
    Result<Invoice> getByNumber(const Session &session, const QString &number);
    // Credit notes issued against an invoice, oldest first.
    Result<QList<Invoice>> creditNotes(const Session &session, qint64 invoiceId);
    // Payments of one invoice (oldest first), or of a party when invoiceId is 0 and partyId is set.
    Result<QList<Payment>> payments(const Session &session, qint64 invoiceId, qint64 partyId = 0);
    Result<PartyBalance> partyOutstanding(const Session &session, qint64 partyId);

    Result<InvoicePage> list(const Session &session, const InvoiceQuery &query);

    // The number the next invoice finalised on `date` would get (a hint for screens; not reserved).
    Result<QString> nextNumber(const Session &session, const QDate &date);

    // The counter row an invoice or a credit note takes its number from.
    static const QString &counterSeries(InvoiceKind kind);

private:
    QDate today() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
