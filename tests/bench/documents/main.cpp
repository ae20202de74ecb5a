// bench_documents: how long a one-page tax invoice takes to become a PDF, and a bulk export of 1,000
// invoices to PDF files with progress. Goals: under 20 ms an invoice, 1,000 in under 20 s.
//
//   bench_documents [--count N] [--runs N] [--samples DIR]
// --samples also writes the sample quote and invoice in both layouts to DIR, for looking at.

#include "documents/DocumentExport.h"
#include "documents/DocumentRenderer.h"
#include "documents/SampleDocuments.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace bcp::documents;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int writeSamples(const QString &dir) {
    QDir().mkpath(dir);
    RenderOptions compact;
    compact.layout = RenderOptions::Layout::Compact;
    struct Sample {
        const char *name;
        bool invoice;
        int items;
        bool inter;
        const RenderOptions *options;
    };
    const RenderOptions classic;
    const Sample samples[] = {
        {"quote-classic.pdf", false, 3, false, &classic},     {"quote-compact.pdf", false, 3, false, &compact},
        {"invoice-classic.pdf", true, 3, false, &classic},    {"invoice-compact.pdf", true, 3, false, &compact},
        {"invoice-igst.pdf", true, 4, true, &classic},        {"quote-60.pdf", false, 60, false, &classic},
        {"quote-60-compact.pdf", false, 60, false, &compact}, {"invoice-40.pdf", true, 40, false, &classic},
    };
    for (const Sample &s : samples) {
        const QString path = QDir(dir).filePath(QString::fromLatin1(s.name));
        const bcp::Result<int> pages =
            s.invoice ? DocumentRenderer::writePdf(path, SampleDocuments::invoice(s.items, s.inter), *s.options)
                      : DocumentRenderer::writePdf(path, SampleDocuments::quote(s.items, s.inter), *s.options);
        if (!pages) {
            std::fprintf(stderr, "%s: %s\n", s.name, qPrintable(pages.error().text()));
            return 1;
        }
        std::printf("%s: %d page(s)\n", qPrintable(path), pages.value());
    }
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int count = 1000;
    int runs = 200;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--count"))
            count = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--samples"))
            return writeSamples(args[i + 1]);
    }

    const InvoiceDocument invoice = SampleDocuments::invoice(3);
    const RenderOptions options;
    // The first rendering loads the fonts and warms Qt's caches; it is reported on its own.
    QElapsedTimer first;
    first.start();
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!DocumentRenderer::writePdf(buffer, invoice, options)) {
            std::fprintf(stderr, "rendering failed\n");
            return 1;
        }
        std::printf("first invoice PDF (fonts loaded, caches cold): %.1f ms, %lld bytes\n", first.nsecsElapsed() / 1e6,
                    static_cast<long long>(buffer.size()));
    }

    std::vector<double> times;
    const std::clock_t cpuStart = std::clock();
    for (int i = 0; i < runs; ++i) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer t;
        t.start();
        const bcp::Result<int> pages = DocumentRenderer::writePdf(buffer, invoice, options);
        times.push_back(t.nsecsElapsed() / 1e6);
        if (!pages || pages.value() != 1) {
            std::fprintf(stderr, "expected a one-page invoice\n");
            return 1;
        }
    }
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC / std::max(1, runs);
    // Wall time suffers when other work shares the machine; CPU time per invoice does not.
    std::printf("one-page invoice PDF, median of %d: %.2f ms wall (min %.2f, max %.2f), %.2f ms CPU each\n", runs,
                median(times), *std::min_element(times.begin(), times.end()),
                *std::max_element(times.begin(), times.end()), cpuMs);

    QTemporaryDir dir;
    int lastPercent = -1;
    QElapsedTimer total;
    total.start();
    const std::clock_t exportCpuStart = std::clock();
    const bcp::Result<DocumentExport::Summary> exported = DocumentExport::invoices(
        count,
        [&invoice](int index) -> bcp::Result<InvoiceDocument> {
            InvoiceDocument doc = invoice;
            doc.number = QStringLiteral("INV/25-26/%1").arg(index + 1, 4, 10, QLatin1Char('0'));
            return doc;
        },
        dir.path(), options,
        [&lastPercent](int done, int all) {
            const int percent = all ? done * 100 / all : 100;
            if (percent / 10 != lastPercent / 10) {
                std::printf("  progress %3d%% (%d of %d)\n", percent, done, all);
                std::fflush(stdout);
            }
            lastPercent = percent;
            return true;
        });
    const double seconds = total.nsecsElapsed() / 1e9;
    if (!exported) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(exported.error().text()));
        return 1;
    }
    const double exportCpu = double(std::clock() - exportCpuStart) / CLOCKS_PER_SEC;
    std::printf("export of %d invoices to PDF files: %.2f s total wall, %.2f s CPU, %.2f ms wall each (%d written)\n",
                count, seconds, exportCpu, seconds * 1000 / std::max(1, count), exported->written);
    return 0;
}
