#pragma once
// Draws quotes and tax invoices on A4 pages. The same code serves the print preview, the printer and the
// PDF: render() takes any paged device (QPdfWriter, QPrinter), writePdf() is render() into a QPdfWriter.
// Fonts are the compiled-in document fonts (DocumentFonts), embedded in every PDF.

#include "Result.h"
#include "documents/DocumentData.h"
#include "documents/RenderOptions.h"

#include <QString>

#include <functional>

class QIODevice;
class QPagedPaintDevice;

namespace bcp::documents {

class DocumentRenderer {
public:
    // Sets the device to A4 portrait with the document margins, then draws every page. Returns the number
    // of pages. Errors: Unavailable when the fonts cannot be loaded or the device refuses to be painted.
    static Result<int> render(QPagedPaintDevice &device, const QuoteDocument &quote, const RenderOptions &options = {});
    static Result<int> render(QPagedPaintDevice &device, const InvoiceDocument &invoice,
                              const RenderOptions &options = {});

    // A PDF file, written completely or not at all (an existing file is replaced only on success).
    static Result<int> writePdf(const QString &path, const QuoteDocument &quote, const RenderOptions &options = {});
    static Result<int> writePdf(const QString &path, const InvoiceDocument &invoice, const RenderOptions &options = {});
    // A PDF into an open, writable device.
    static Result<int> writePdf(QIODevice &out, const QuoteDocument &quote, const RenderOptions &options = {});
    static Result<int> writePdf(QIODevice &out, const InvoiceDocument &invoice, const RenderOptions &options = {});

    // Any drawing (such as a render() bound to a document) written as a PDF file the same way.
    static Result<int> writePdf(const QString &path, const QString &title,
                                const std::function<Result<int>(QPagedPaintDevice &)> &draw);

    // The UPI link printed as the invoice's QR code; empty when the invoice has none (no UPI ID, a draft, a
    // cancelled invoice or a credit note).
    static QString paymentUri(const InvoiceDocument &invoice);

    // "Quotation QT-25-26-0001 v2.pdf", "Tax Invoice INV-25-26-0001.pdf": document numbers contain "/".
    static QString suggestedFileName(const QuoteDocument &quote);
    static QString suggestedFileName(const InvoiceDocument &invoice);
    // "Quotation QT/25-26/0001", "Tax Invoice INV/25-26/0001": the PDF title and the print job name.
    static QString title(const QuoteDocument &quote);
    static QString title(const InvoiceDocument &invoice);

    // Page margins in millimetres.
    static constexpr qreal kMarginMm = 12.0;
};

} // namespace bcp::documents
