#include "documents/DocumentRenderer.h"

#include "documents/DocumentFonts.h"
#include "documents/InvoiceLayout.h"
#include "documents/QuoteLayout.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>

namespace bcp::documents {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(bcp::documents::DocumentRenderer)
};

Result<void> prepare(QPagedPaintDevice &device) {
    const Result<QStringList> fonts = DocumentFonts::registerFonts();
    if (!fonts)
        return fonts.error();
    const qreal m = DocumentRenderer::kMarginMm;
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(m, m, m, m),
                             QPageLayout::Millimeter);
    // A printer may insist on wider margins; it then keeps its own and the layout follows the paint area.
    device.setPageLayout(layout);
    return {};
}

template <class Layout, class Document>
Result<int> renderWith(QPagedPaintDevice &device, const Document &document, const RenderOptions &options) {
    const Result<void> ready = prepare(device);
    if (!ready)
        return ready.error();
    Layout layout(device, document, options);
    return layout.paint();
}

QString fileSafe(const QString &number) {
    QString out = number.trimmed();
    for (QChar &c : out) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c == QLatin1Char('*') ||
            c == QLatin1Char('?') || c == QLatin1Char('"') || c == QLatin1Char('<') || c == QLatin1Char('>') ||
            c == QLatin1Char('|'))
            c = QLatin1Char('-');
    }
    return out;
}

using Draw = std::function<Result<int>(QPagedPaintDevice &)>;

Result<int> pdfTo(QIODevice &out, const QString &title, const Draw &draw) {
    QPdfWriter writer(&out);
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("BoxCostPro"));
    writer.setTitle(title);
    return draw(writer);
}

Result<int> pdfFile(const QString &path, const QString &title, const Draw &draw) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::unavailable(Text::tr("%1 could not be written: %2").arg(path, file.errorString()));
    Result<int> pages = pdfTo(file, title, draw);
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return Error::unavailable(Text::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return pages;
}

template <class Document> Draw drawing(const Document &document, const RenderOptions &options) {
    return [&document, &options](QPagedPaintDevice &device) {
        return DocumentRenderer::render(device, document, options);
    };
}

} // namespace

Result<int> DocumentRenderer::render(QPagedPaintDevice &device, const QuoteDocument &quote,
                                     const RenderOptions &options) {
    return renderWith<QuoteLayout>(device, quote, options);
}

Result<int> DocumentRenderer::render(QPagedPaintDevice &device, const InvoiceDocument &invoice,
                                     const RenderOptions &options) {
    return renderWith<InvoiceLayout>(device, invoice, options);
}

Result<int> DocumentRenderer::writePdf(const QString &path, const QuoteDocument &quote, const RenderOptions &options) {
    return pdfFile(path, title(quote), drawing(quote, options));
}

Result<int> DocumentRenderer::writePdf(const QString &path, const InvoiceDocument &invoice,
                                       const RenderOptions &options) {
    return pdfFile(path, title(invoice), drawing(invoice, options));
}

Result<int> DocumentRenderer::writePdf(QIODevice &out, const QuoteDocument &quote, const RenderOptions &options) {
    return pdfTo(out, title(quote), drawing(quote, options));
}

Result<int> DocumentRenderer::writePdf(QIODevice &out, const InvoiceDocument &invoice, const RenderOptions &options) {
    return pdfTo(out, title(invoice), drawing(invoice, options));
}

Result<int> DocumentRenderer::writePdf(const QString &path, const QString &title, const Draw &draw) {
    return pdfFile(path, title, draw);
}

QString DocumentRenderer::paymentUri(const InvoiceDocument &invoice) {
    return InvoiceLayout::paymentUri(invoice);
}

QString DocumentRenderer::title(const QuoteDocument &quote) {
    return Text::tr("Quotation %1").arg(quote.number);
}

QString DocumentRenderer::title(const InvoiceDocument &invoice) {
    const QString number = invoice.number.isEmpty() ? Text::tr("Draft") : invoice.number;
    return (invoice.kind == InvoiceDocument::Kind::CreditNote ? Text::tr("Credit Note %1") : Text::tr("Tax Invoice %1"))
        .arg(number);
}

QString DocumentRenderer::suggestedFileName(const QuoteDocument &quote) {
    return Text::tr("Quotation %1 v%2.pdf").arg(fileSafe(quote.number)).arg(quote.version);
}

QString DocumentRenderer::suggestedFileName(const InvoiceDocument &invoice) {
    return fileSafe(title(invoice)) + QStringLiteral(".pdf");
}

} // namespace bcp::documents
