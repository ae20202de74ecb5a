#pragma once
// Many documents to PDF files in one go (year-end export, a party's invoices), with progress and cancel.
// Documents are asked for one at a time so a caller can load them from the database as the export goes;
// it runs on whatever thread calls it (the UI runs it on a worker thread).

#include "Result.h"
#include "documents/DocumentData.h"
#include "documents/RenderOptions.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace bcp::documents {

class DocumentExport {
public:
    struct Summary {
        int written = 0;
        bool cancelled = false;
        QStringList files; // full paths, in order
    };
    // Called after each file with (done, total); returning false stops the export after that file.
    using Progress = std::function<bool(int done, int total)>;
    template <class Document> using Source = std::function<Result<Document>(int index)>;

    // Documents 0..count-1 from `source` into `directory` (created if missing), each named by
    // DocumentRenderer::suggestedFileName ("Tax Invoice INV-25-26-0001.pdf"); a name met twice gets " (2)".
    // Files already there with the same name are replaced. A source error or a file that cannot be written
    // stops the export with that error.
    static Result<Summary> invoices(int count, const Source<InvoiceDocument> &source, const QString &directory,
                                    const RenderOptions &options, const Progress &progress = {});
    static Result<Summary> quotes(int count, const Source<QuoteDocument> &source, const QString &directory,
                                  const RenderOptions &options, const Progress &progress = {});
};

} // namespace bcp::documents
