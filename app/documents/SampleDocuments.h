#pragma once
// A realistic shop, quote and invoice with correct totals, for previewing layouts before a real document
// exists (Settings) and for the document tests and benchmarks.

#include "documents/DocumentData.h"

namespace bcp::documents {

class SampleDocuments {
public:
    // A Maharashtra box maker with logo, bank details and a UPI ID.
    static CompanyProfile company();
    // A party in Maharashtra (intra-state for company()) or Karnataka (inter-state).
    static PartyBlock party(bool interState);
    // `items` boxes (cycled from a few real ones), one negotiated, with technical details and transport.
    static QuoteDocument quote(int items = 3, bool interState = false);
    // The invoice for the same boxes: HSN summary, GST shares and totals worked out by GstTotals.
    static InvoiceDocument invoice(int lines = 3, bool interState = false);
};

} // namespace bcp::documents
