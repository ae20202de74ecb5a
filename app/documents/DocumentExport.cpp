#include "documents/DocumentExport.h"

#include "documents/DocumentRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace bcp::documents {

namespace {

template <class Document>
Result<DocumentExport::Summary> exportAll(int count, const DocumentExport::Source<Document> &source,
                                          const QString &directory, const RenderOptions &options,
                                          const DocumentExport::Progress &progress) {
    DocumentExport::Summary summary;
    const QDir dir(directory);
    if (!QDir().mkpath(directory))
        return Error::unavailable(
            QCoreApplication::translate("bcp::documents::DocumentExport", "The folder %1 could not be created.")
                .arg(QDir::toNativeSeparators(directory)));
    QSet<QString> used;
    for (int i = 0; i < count; ++i) {
        Result<Document> document = source(i);
        if (!document)
            return document.error();
        const QString name = DocumentRenderer::suggestedFileName(document.value());
        QString unique = name;
        for (int n = 2; used.contains(unique.toLower()); ++n)
            unique = QFileInfo(name).completeBaseName() + QStringLiteral(" (%1).pdf").arg(n);
        used.insert(unique.toLower());
        const QString path = dir.filePath(unique);
        const Result<int> pages = DocumentRenderer::writePdf(path, document.value(), options);
        if (!pages)
            return pages.error();
        ++summary.written;
        summary.files << path;
        if (progress && !progress(i + 1, count)) {
            summary.cancelled = i + 1 < count;
            break;
        }
    }
    return summary;
}

} // namespace

Result<DocumentExport::Summary> DocumentExport::invoices(int count, const Source<InvoiceDocument> &source,
                                                         const QString &directory, const RenderOptions &options,
                                                         const Progress &progress) {
    return exportAll(count, source, directory, options, progress);
}

Result<DocumentExport::Summary> DocumentExport::quotes(int count, const Source<QuoteDocument> &source,
                                                       const QString &directory, const RenderOptions &options,
                                                       const Progress &progress) {
    return exportAll(count, source, directory, options, progress);
}

} // namespace bcp::documents
