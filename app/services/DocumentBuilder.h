#pragma once
// Turns a stored quote version or invoice, with the company profile, into what the renderer prints
// (documents::QuoteDocument / InvoiceDocument). Only stored snapshots are read: the version's party,
// items and totals, the invoice's lines, totals and the seller details fixed when it was finalised. Nothing
// is recalculated except the HSN summary and line tax shares, which GstTotals derives from the stored lines.

#include "Result.h"
#include "documents/DocumentData.h"

namespace bcp {

class Clock;
class Database;
struct CompanyProfile;
struct Invoice;
struct QuoteVersion;
struct Session;

class DocumentBuilder {
public:
    explicit DocumentBuilder(Database &db);
    DocumentBuilder(Database &db, const Clock &clock);

    // The shop's profile as printed (needs quotes.view, invoices.view or settings.edit).
    Result<documents::CompanyProfile> company(const Session &session);

    // A quote version (0: the active one); needs quotes.view.
    Result<documents::QuoteDocument> quote(const Session &session, qint64 quoteId, int version = 0);
    Result<documents::QuoteDocument> quoteByNumber(const Session &session, const QString &number, int version = 0);

    // An invoice or credit note; needs invoices.view.
    Result<documents::InvoiceDocument>
    invoice(const Session &session, qint64 invoiceId,
            documents::InvoiceDocument::Copy copy = documents::InvoiceDocument::Copy::Original);
    Result<documents::InvoiceDocument>
    invoiceByNumber(const Session &session, const QString &number,
                    documents::InvoiceDocument::Copy copy = documents::InvoiceDocument::Copy::Original);

    // The pure conversions behind the methods above, for callers that already hold the values.
    static documents::CompanyProfile toDocument(const CompanyProfile &profile);
    static documents::QuoteDocument toDocument(const QuoteVersion &version, const documents::CompanyProfile &company);
    static documents::InvoiceDocument
    toDocument(const Invoice &invoice, const documents::CompanyProfile &company,
               documents::InvoiceDocument::Copy copy = documents::InvoiceDocument::Copy::Original);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
