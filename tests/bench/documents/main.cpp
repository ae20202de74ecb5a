// bench_documents: how long a one-page tax invoice takes to become a PDF, and a bulk export of 1,000
// invoices to PDF files with progress. Goals: under 20 ms an invoice, 1,000 in under 20 s. The same figures
// follow for invoices stored in a database: each one read and turned into a document by DocumentBuilder, as
// the invoice screen and `boxcost pdf` do, then drawn.
//
//   bench_documents [--count N] [--runs N] [--samples DIR] [--stored N]
// --samples also writes the sample quote and invoice in both layouts to DIR, for looking at. --stored sets
// how many invoices the database part stores and exports (default: --count; 0 leaves that part out).

#include "data/Database.h"
#include "data/Migrations.h"
#include "documents/DocumentExport.h"
#include "documents/DocumentRenderer.h"
#include "documents/SampleDocuments.h"
#include "services/AccountService.h"
#include "services/Clock.h"
#include "services/CompanyService.h"
#include "services/DocumentBuilder.h"
#include "services/InvoiceService.h"
#include "services/PartyService.h"
#include "services/SecretStore.h"
#include "services/Session.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <vector>

using namespace bcp::documents;

namespace {

// An export's progress, printed at every tenth.
DocumentExport::Progress tenthsPrinter() {
    return [lastPercent = -1](int done, int all) mutable {
        const int percent = all ? done * 100 / all : 100;
        if (percent / 10 != lastPercent / 10) {
            std::printf("  progress %3d%% (%d of %d)\n", percent, done, all);
            std::fflush(stdout);
        }
        lastPercent = percent;
        return true;
    };
}

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

template <class T> T must(bcp::Result<T> r, const char *what) {
    if (!r) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(r.error().text()));
        std::exit(1);
    }
    return std::move(r).value();
}

// A shop with a full company profile (logo, bank, UPI) and `count` final three-line invoices in a SQLite
// database; then one invoice read, built and drawn many times, and all of them exported with progress.
int storedInvoices(int count, int runs) {
    using namespace bcp;
    QTemporaryDir dir;
    auto opened = Database::open(DbUrl::sqliteFile(dir.filePath(QStringLiteral("bench.db"))));
    std::unique_ptr<Database> db = must(std::move(opened), "open");
    if (auto migrated = Migrations::migrate(*db); !migrated) {
        std::fprintf(stderr, "migrate failed: %s\n", qPrintable(migrated.error().text()));
        return 1;
    }
    ManualClock clock(QDateTime(QDate(2025, 11, 26), QTime(10, 0), QTimeZone::utc()));
    AccountService accounts(*db, clock, SecretStore::instance());
    const QString password = QStringLiteral("Corrugated#Board-2026");
    const Session owner =
        must(accounts.setup({QStringLiteral("Sharma Packaging"), QStringLiteral("27"), QString(),
                             QStringLiteral("ravi"), QStringLiteral("Ravi Sharma"), password, password}),
             "setup");
    CompanyService company(*db, clock);
    bcp::CompanyProfile profile = must(company.get(owner), "profile");
    profile.gstin = QStringLiteral("27AAGCB7383J1Z8");
    profile.addressLine1 = QStringLiteral("Gala 12, Bhosari MIDC");
    profile.city = QStringLiteral("Pune");
    profile.pin = QStringLiteral("411026");
    profile.phone = QStringLiteral("020 2712 3456");
    profile.email = QStringLiteral("accounts@sharma.example");
    profile.bankName = QStringLiteral("State Bank of India");
    profile.bankAccount = QStringLiteral("30124455667");
    profile.bankIfsc = QStringLiteral("SBIN0001234");
    profile.bankBranch = QStringLiteral("Bhosari");
    profile.upiId = QStringLiteral("sharmapack@sbi");
    profile.signatory = QStringLiteral("Ravi Sharma");
    profile.defaultTerms = QStringLiteral("Goods once sold will not be taken back.");
    QImage logo(600, 200, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter painter(&logo);
        painter.setBrush(QColor(0x1e, 0x5a, 0xa0));
        painter.drawRoundedRect(QRect(10, 10, 580, 180), 30, 30);
    }
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
    }
    profile.logoPng = png;
    (void)must(company.save(owner, profile), "profile save");

    PartyService parties(*db, clock);
    std::vector<qint64> partyIds;
    for (int i = 0; i < 20; ++i) {
        Party p;
        p.name = QStringLiteral("Buyer %1").arg(i + 1);
        p.company = QStringLiteral("Buyer Exports %1").arg(i + 1);
        p.mobile = QStringLiteral("98%1").arg(20000000 + i, 8, 10, QLatin1Char('0'));
        p.gstin = i % 2 ? QStringLiteral("29AAGCB7383J1Z4") : QStringLiteral("27AAPFU0939F1ZV");
        p.billing.line1 = QStringLiteral("Plot %1, Industrial Area").arg(i + 4);
        p.billing.city = i % 2 ? QStringLiteral("Bengaluru") : QStringLiteral("Pune");
        p.billing.pin = i % 2 ? QStringLiteral("560058") : QStringLiteral("411026");
        partyIds.push_back(must(parties.create(owner, p), "party").id);
    }

    InvoiceService invoices(*db, clock);
    std::vector<qint64> ids;
    QElapsedTimer filling;
    filling.start();
    for (int i = 0; i < count; ++i) {
        InvoiceDraft d;
        d.partyId = partyIds[size_t(i) % partyIds.size()];
        d.date = QDate(2025, 11, 26);
        d.gstRatePercent = 5;
        d.transport = Money::fromPaise(150000);
        const char *names[] = {"Apple Box 3P", "Mango Tray 5P", "Separator sheet"};
        for (int k = 0; k < 3; ++k) {
            bcp::InvoiceLine l;
            l.name = QString::fromLatin1(names[k]);
            l.description = QStringLiteral("Top load");
            l.length = 300 + k * 50;
            l.width = 200;
            l.height = k == 2 ? 0 : 150;
            l.paperSpec = QStringLiteral("180/24 + 150/18 + 150/18");
            l.quantity = 250 * (k + 1) + i;
            l.rate = Money::fromPaise(1049 + 37 * k);
            d.lines << l;
        }
        const Invoice draft = must(invoices.saveDraft(owner, d), "draft");
        ids.push_back(must(invoices.finalize(owner, draft.id), "finalize").id);
    }
    const double fillSeconds = filling.nsecsElapsed() / 1e9;
    std::printf("stored %d final invoices (draft + finalise, two transactions each): %.2f s, %.2f ms each\n", count,
                fillSeconds, fillSeconds * 1000 / std::max(1, count));

    DocumentBuilder builder(*db, clock);
    const RenderOptions options;
    // Reading and building first, then drawing, so each gets its own CPU figure.
    std::vector<double> buildTimes;
    std::vector<InvoiceDocument> docs;
    std::clock_t cpu = std::clock();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        docs.push_back(must(builder.invoice(owner, ids[size_t(i) % ids.size()]), "build"));
        buildTimes.push_back(t.nsecsElapsed() / 1e6);
    }
    const double buildCpu = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC / std::max(1, runs);
    std::vector<double> renderTimes;
    cpu = std::clock();
    for (const InvoiceDocument &doc : docs) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer t;
        t.start();
        const bcp::Result<int> pages = DocumentRenderer::writePdf(buffer, doc, options);
        renderTimes.push_back(t.nsecsElapsed() / 1e6);
        if (!pages || pages.value() != 1) {
            std::fprintf(stderr, "expected a one-page stored invoice\n");
            return 1;
        }
    }
    const double renderCpu = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC / std::max(1, runs);
    std::printf("stored one-page invoice, median of %d: %.2f ms to read and build (%.2f ms CPU) + %.2f ms to draw "
                "(%.2f ms CPU) = %.2f ms wall\n",
                runs, median(buildTimes), buildCpu, median(renderTimes), renderCpu,
                median(buildTimes) + median(renderTimes));

    QTemporaryDir out;
    QElapsedTimer total;
    total.start();
    const std::clock_t cpuStart = std::clock();
    const bcp::Result<DocumentExport::Summary> exported = DocumentExport::invoices(
        count, [&](int index) { return builder.invoice(owner, ids[size_t(index)]); }, out.path(), options,
        tenthsPrinter());
    const double seconds = total.nsecsElapsed() / 1e9;
    if (!exported) {
        std::fprintf(stderr, "stored export failed: %s\n", qPrintable(exported.error().text()));
        return 1;
    }
    std::printf("export of %d stored invoices to PDF files: %.2f s total wall, %.2f s CPU, %.2f ms wall each (%d "
                "written)\n",
                count, seconds, double(std::clock() - cpuStart) / CLOCKS_PER_SEC, seconds * 1000 / std::max(1, count),
                exported->written);
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int count = 1000;
    int runs = 200;
    int stored = -1;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--count"))
            count = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--stored"))
            stored = args[i + 1].toInt();
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
        dir.path(), options, tenthsPrinter());
    const double seconds = total.nsecsElapsed() / 1e9;
    if (!exported) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(exported.error().text()));
        return 1;
    }
    const double exportCpu = double(std::clock() - exportCpuStart) / CLOCKS_PER_SEC;
    std::printf("export of %d invoices to PDF files: %.2f s total wall, %.2f s CPU, %.2f ms wall each (%d written)\n",
                count, seconds, exportCpu, seconds * 1000 / std::max(1, count), exported->written);
    if (stored < 0)
        stored = count;
    return stored > 0 ? storedInvoices(stored, std::min(runs, 100)) : 0;
}
