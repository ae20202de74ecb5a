// bench_quotes (the data part of tests/bench/quotes): how long `boxcost demo` takes to load a million
// quotes on SQLite, and how quickly the Quotes list answers at that size on SQLite and PostgreSQL: the first
// page as the pane opens, and every keystroke of searches typed letter by letter.
// Goals: demo < 2 min; first rows < 200 ms and keystroke < 100 ms on SQLite, < 300 ms on PostgreSQL.
//
//   bench_quotes [--quotes N] [--sqlite-only | --pg-only] [--keep DIR [--reuse]]
// --keep keeps the SQLite file (DIR/bench_quotes.db) and the PostgreSQL database; --reuse measures the list on
// a file kept by an earlier run instead of loading it again.
// PostgreSQL: the admin URL in BOXCOST_BENCH_PG (else BOXCOST_TEST_PG); a database is created for the run
// and dropped afterwards.

#include "data/Database.h"
#include "data/DbUrl.h"
#include "services/AccountService.h"
#include "services/PartyService.h"
#include "services/QuoteService.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace bcp;

namespace {

const QString kOwner = QStringLiteral("owner");
const QString kPassword = QStringLiteral("Bench#Boxes-2026");

double ms(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

double childCpuSeconds() {
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

bool runDemo(const QString &url, qint64 quotes, const char *engine) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BOXCOST_PASSWORD"), kPassword);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(BOXCOST_CLI_PATH),
            {QStringLiteral("demo"), QStringLiteral("--quotes"), QString::number(quotes), QStringLiteral("--db"), url,
             QStringLiteral("--as"), kOwner});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "boxcost demo failed on %s\n", engine);
        return false;
    }
    const double seconds = ms(t) / 1000.0;
    std::printf("%-10s boxcost demo, %lld quotes: %.1f s wall, %.1f s CPU  (%s)\n", engine,
                static_cast<long long>(quotes), seconds, childCpuSeconds() - cpuBefore,
                QString::fromUtf8(p.readAllStandardOutput()).trimmed().toUtf8().constData());
    return true;
}

struct Typing {
    const char *label;
    QString text;
};

void measureList(const DbUrl &url, const char *engine, double firstGoal, double keyGoal) {
    auto opened = Database::open(url, qEnvironmentVariable("PGPASSWORD"));
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", engine, qPrintable(opened.error().text()));
        return;
    }
    Database &db = *opened.value();
    auto signedIn = AccountService(db).signIn(kOwner, kPassword);
    if (!signedIn) {
        std::fprintf(stderr, "cannot sign in: %s\n", qPrintable(signedIn.error().text()));
        return;
    }
    const Session session = signedIn->session;
    QuoteService quotes(db);
    PartyService parties(db);

    // The pane opening: the newest quotes, first page.
    std::vector<double> first;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        auto page = quotes.list(session, {});
        first.push_back(ms(t));
        if (!page || page->rows.isEmpty()) {
            std::fprintf(stderr, "the list is empty on %s\n", engine);
            return;
        }
    }
    std::printf("%-10s Quotes list, first page (100 rows): median %.1f ms, first call %.1f ms  (goal < %.0f ms)\n",
                engine, percentile(first, 0.5), first.front(), firstGoal);

    // Scrolling: the next pages by keyset.
    {
        QuoteQuery q;
        std::vector<double> pages;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            auto page = quotes.list(session, q);
            pages.push_back(ms(t));
            q.hasCursor = true;
            q.after = page->next;
        }
        std::printf("%-10s Quotes list, scrolling 20 pages: median %.1f ms, max %.1f ms\n", engine,
                    percentile(pages, 0.5), percentile(pages, 1.0));
    }

    // Searches typed a letter at a time: a party, a box, a quote number, two words, and no match.
    const QString someNumber = quotes.list(session, {})->rows.at(37).number;
    const QList<Typing> typings = {{"party", QStringLiteral("ravi kumar")},
                                   {"box", QStringLiteral("apple box")},
                                   {"number", someNumber},
                                   {"sequence", someNumber.section(QLatin1Char('/'), -1)},
                                   {"company", QStringLiteral("shree agro")},
                                   {"no match", QStringLiteral("zzq")}};
    std::vector<double> all;
    for (const Typing &typing : typings) {
        std::vector<double> keys;
        int found = 0;
        for (qsizetype n = 1; n <= typing.text.size(); ++n) {
            QuoteQuery q;
            q.search = typing.text.left(n);
            QElapsedTimer t;
            t.start();
            auto page = quotes.list(session, q);
            keys.push_back(ms(t));
            found = page ? int(page->rows.size()) : -1;
        }
        all.insert(all.end(), keys.begin(), keys.end());
        std::printf("%-10s search '%s' (%s), %zu keystrokes: median %.1f ms, max %.1f ms, last page %d rows\n", engine,
                    qPrintable(typing.text), typing.label, keys.size(), percentile(keys, 0.5), percentile(keys, 1.0),
                    found);
    }
    std::printf("%-10s per keystroke over all searches: median %.1f ms, 90th %.1f ms, max %.1f ms  (goal < %.0f ms)\n",
                engine, percentile(all, 0.5), percentile(all, 0.9), percentile(all, 1.0), keyGoal);

    // Filters and sorts the pane offers.
    struct Variant {
        const char *label;
        QuoteQuery query;
    };
    QuoteQuery accepted;
    accepted.statuses = {QuoteStatus::Accepted};
    QuoteQuery expired;
    expired.statuses = {QuoteStatus::Expired};
    QuoteQuery byParty;
    byParty.sort = QuoteSort::Party;
    byParty.descending = false;
    QuoteQuery byGrand;
    byGrand.sort = QuoteSort::GrandTotal;
    QuoteQuery byNumber;
    byNumber.sort = QuoteSort::Number;
    QuoteQuery lastMonth;
    lastMonth.from = QDate::currentDate().addDays(-30);
    lastMonth.to = QDate::currentDate();
    QuoteQuery onePartyRows;
    onePartyRows.partyId = quotes.list(session, {})->rows.first().partyId;
    for (const Variant &v :
         {Variant{"status accepted", accepted}, Variant{"status expired", expired}, Variant{"sort by party", byParty},
          Variant{"sort by grand total", byGrand}, Variant{"sort by number", byNumber},
          Variant{"last 30 days", lastMonth}, Variant{"one party's quotes", onePartyRows}}) {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            auto page = quotes.list(session, v.query);
            times.push_back(ms(t));
        }
        std::printf("%-10s Quotes list, %s: median %.1f ms\n", engine, v.label, percentile(times, 0.5));
    }

    // The Parties list the quote editor's picker searches.
    std::vector<double> partyKeys;
    for (const QString &text : {QStringLiteral("ravi kumar"), QStringLiteral("98")}) {
        for (qsizetype n = 1; n <= text.size(); ++n) {
            PartyQuery q;
            q.search = text.left(n);
            QElapsedTimer t;
            t.start();
            auto page = parties.list(session, q);
            partyKeys.push_back(ms(t));
        }
    }
    std::printf("%-10s Parties picker, per keystroke: median %.1f ms, max %.1f ms\n", engine,
                percentile(partyKeys, 0.5), percentile(partyKeys, 1.0));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 quotes = 1'000'000;
    bool sqlite = true;
    bool postgres = true;
    QString keep;
    bool reuse = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--quotes") && i + 1 < args.size())
            quotes = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--sqlite-only"))
            postgres = false;
        else if (args.at(i) == QLatin1String("--pg-only"))
            sqlite = false;
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else if (args.at(i) == QLatin1String("--reuse"))
            reuse = true;
    }

    if (sqlite) {
        QTemporaryDir dir;
        const QString path =
            keep.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : keep + QStringLiteral("/bench_quotes.db");
        const DbUrl url = DbUrl::sqliteFile(path);
        if (reuse && !keep.isEmpty() && QFile::exists(path)) {
            measureList(url, "SQLite", 200, 100);
        } else {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            if (runDemo(url.toString(), quotes, "SQLite"))
                measureList(url, "SQLite", 200, 100);
        }
    }

    if (postgres) {
        QString admin = qEnvironmentVariable("BOXCOST_BENCH_PG");
        if (admin.isEmpty())
            admin = qEnvironmentVariable("BOXCOST_TEST_PG");
        if (admin.isEmpty()) {
            std::printf("PostgreSQL: set BOXCOST_BENCH_PG to the admin URL of a server to measure it\n");
            return 0;
        }
        auto adminUrl = DbUrl::parse(admin);
        if (!adminUrl) {
            std::fprintf(stderr, "BOXCOST_BENCH_PG: %s\n", qPrintable(adminUrl.error().text()));
            return 2;
        }
        const QString name = QStringLiteral("bench_quotes_%1").arg(QCoreApplication::applicationPid());
        {
            auto db = Database::open(adminUrl.value(), qEnvironmentVariable("PGPASSWORD"));
            if (!db) {
                std::fprintf(stderr, "cannot reach PostgreSQL: %s\n", qPrintable(db.error().text()));
                return 2;
            }
            db.value()->exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        }
        DbUrl url = adminUrl.value();
        url.database = name;
        if (runDemo(url.toString(), quotes, "PostgreSQL"))
            measureList(url, "PostgreSQL", 300, 300);
        if (keep.isEmpty()) {
            auto db = Database::open(adminUrl.value(), qEnvironmentVariable("PGPASSWORD"));
            if (db)
                db.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        } else {
            std::printf("PostgreSQL database kept: %s\n", qPrintable(url.toString()));
        }
    }
    return 0;
}
