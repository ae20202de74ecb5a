#pragma once
// One document ready to be previewed, printed or saved as PDF: the drawing code bound to the document, the
// options the user can change on the way (layout, sections, terms) and the names to show.

#include "Result.h"
#include "documents/RenderOptions.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace bcp::documents {
struct QuoteDocument;
struct InvoiceDocument;
} // namespace bcp::documents

namespace bcp::ui {

struct PrintJob {
    enum class Kind { Quote, Invoice };

    Kind kind = Kind::Quote;
    QString title;        // window title and print job name: "Tax Invoice INV/25-26/0001"
    QString fileName;     // suggested PDF file name
    QString defaultTerms; // the terms the document prints unless options.termsText replaces them
    documents::RenderOptions options;
    std::function<Result<int>(QPagedPaintDevice &, const documents::RenderOptions &)> render;

    Result<int> renderTo(QPagedPaintDevice &device) const;

    // Jobs holding a copy of the document, so they outlive the screen that made them.
    static PrintJob quote(const documents::QuoteDocument &quote, const documents::RenderOptions &options = {});
    static PrintJob invoice(const documents::InvoiceDocument &invoice, const documents::RenderOptions &options = {});
};

} // namespace bcp::ui
