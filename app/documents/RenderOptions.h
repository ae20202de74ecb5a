#pragma once
// How a quote or invoice is laid out: the layout and which optional sections appear. The preview offers
// these as switches; the defaults print everything the document has.

#include <QString>

#include <optional>

namespace bcp::documents {

struct RenderOptions {
    enum class Layout {
        Classic, // boxed letterhead, detail panels and bill-to/ship-to boxes
        Compact, // smaller type and an open layout so more lines fit on a page
    };

    Layout layout = Layout::Classic;
    bool showLogo = true;
    bool showTechnical = true;   // quotes: sheet size, weight, BS and BCT under each item
    bool showBankDetails = true; // invoices: bank name, account, IFSC, branch
    bool showQr = true;          // invoices: the UPI payment QR code (needs the company's UPI ID)
    bool showTerms = true;
    bool showNotes = true; // quotes: the notes
    // Replaces the document's terms text when set (the preview lets the user edit it before printing).
    std::optional<QString> termsText;
};

} // namespace bcp::documents
