#include "documents/PrintJob.h"

#include "documents/DocumentData.h"
#include "documents/DocumentRenderer.h"

#include <QCoreApplication>

#include <memory>

namespace bcp::ui {

using documents::DocumentRenderer;

Result<int> PrintJob::renderTo(QPagedPaintDevice &device) const {
    if (!render)
        return Error::invalid(QStringLiteral("document"),
                              QCoreApplication::translate("bcp::ui::PrintJob", "There is no document to print."));
    return render(device, options);
}

PrintJob PrintJob::quote(const documents::QuoteDocument &quote, const documents::RenderOptions &options) {
    PrintJob job;
    job.kind = Kind::Quote;
    job.title = DocumentRenderer::title(quote);
    job.fileName = DocumentRenderer::suggestedFileName(quote);
    job.defaultTerms = quote.terms.trimmed().isEmpty() ? quote.company.defaultTerms : quote.terms;
    job.options = options;
    const auto doc = std::make_shared<const documents::QuoteDocument>(quote);
    job.render = [doc](QPagedPaintDevice &device, const documents::RenderOptions &o) {
        return DocumentRenderer::render(device, *doc, o);
    };
    return job;
}

PrintJob PrintJob::invoice(const documents::InvoiceDocument &invoice, const documents::RenderOptions &options) {
    PrintJob job;
    job.kind = Kind::Invoice;
    job.title = DocumentRenderer::title(invoice);
    job.fileName = DocumentRenderer::suggestedFileName(invoice);
    job.defaultTerms = invoice.terms.trimmed().isEmpty() ? invoice.company.defaultTerms : invoice.terms;
    job.options = options;
    const auto doc = std::make_shared<const documents::InvoiceDocument>(invoice);
    job.render = [doc](QPagedPaintDevice &device, const documents::RenderOptions &o) {
        return DocumentRenderer::render(device, *doc, o);
    };
    return job;
}

} // namespace bcp::ui
