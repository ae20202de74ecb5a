// bench_quotes (the data part of tests/bench/quotes): how long `boxcost demo` takes to load a million
// quotes on SQLite, and how quickly the Quotes list answers at that size on SQLite and PostgreSQL: the first
// page as the pane opens, and every keystroke of searches typed letter by letter.
// Goals: demo < 2 min; first rows < 200 ms and keystroke < 100 ms on SQLite, < 300 ms on PostgreSQL.
//
//   bench_quotes [--quotes N] [--sqlite-only | --pg-only] [--keep DIR [--reuse]] [--pg-database NAME]
//                [--keystrokes]
// --keep keeps the SQLite file (DIR/bench_quotes.db) and the PostgreSQL database; --reuse measures the list on
// a file kept by an earlier run instead of loading it again; --pg-database NAME measures a PostgreSQL database
// kept by an earlier run. --keystrokes prints every keystroke's times.
// PostgreSQL: the admin URL in BOXCOST_BENCH_PG (else BOXCOST_TEST_PG); a database is created for the run
// and dropped afterwards.
//
// Every list figure is given twice: wall time, and this thread's CPU time. On a shared, loaded machine the
// wall time mostly measures waiting for a core; the CPU time is what the query itself cost here (on
// PostgreSQL the server's work runs in another process and is not in it).

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
#include <time.h>
#endif

using namespace bcp;

namespace {

const QString kOwner = QStringLiteral("owner");
const QString kPassword = QStringLiteral("Bench#Boxes-2026");

double ms(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

double threadCpuMs() {
#ifdef Q_OS_UNIX
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

// Wall and thread CPU time of one call.
class Stopwatch {
public:
    Stopwatch() : m_cpu(threadCpuMs()) { m_wall.start(); }
    double wallMs() const { return ms(m_wall); }
    double cpuMs() const { return threadCpuMs() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

// Wall and CPU samples of repeated calls.
struct Samples {
    std::vector<double> wall;
    std::vector<double> cpu;
    void add(const Stopwatch &s) {
        wall.push_back(s.wallMs());
        cpu.push_back(s.cpuMs());
    }
    void add(const Samples &other) {
        wall.insert(wall.end(), other.wall.begin(), other.wall.end());
        cpu.insert(cpu.end(), other.cpu.begin(), other.cpu.end());
    }
    std::size_t size() const { return wall.size(); }
};

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

QString figures(const Samples &s) {
    return QStringLiteral("median %1 ms (CPU %2 ms), max %3 ms (CPU %4 ms)")
        .arg(percentile(s.wall, 0.5), 0, 'f', 1)
        .arg(percentile(s.cpu, 0.5), 0, 'f', 1)
        .arg(percentile(s.wall, 1.0), 0, 'f', 1)
        .arg(percentile(s.cpu, 1.0), 0, 'f', 1);
}

void measureList(const DbUrl &url, const char *engine, double firstGoal, double keyGoal, bool eachKeystroke) {
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
    Samples first;
    for (int i = 0; i < 7; ++i) {
        Stopwatch t;
        auto page = quotes.list(session, {});
        first.add(t);
        if (!page || page->rows.isEmpty()) {
            std::fprintf(stderr, "the list is empty on %s\n", engine);
            return;
        }
    }
    std::printf("%-10s Quotes list, first page (100 rows): %s, first call %.1f ms (CPU %.1f ms)  (goal < %.0f ms)\n",
                engine, qPrintable(figures(first)), first.wall.front(), first.cpu.front(), firstGoal);

    // Scrolling: the next pages by keyset.
    {
        QuoteQuery q;
        Samples pages;
        for (int i = 0; i < 20; ++i) {
            Stopwatch t;
            auto page = quotes.list(session, q);
            pages.add(t);
            q.hasCursor = true;
            q.after = page->next;
        }
        std::printf("%-10s Quotes list, scrolling 20 pages: %s\n", engine, qPrintable(figures(pages)));
    }

    // Searches typed a letter at a time: a party, a box, a quote number, two words, and no match.
    const QString someNumber = quotes.list(session, {})->rows.at(37).number;
    QuoteQuery oldestFirst;
    oldestFirst.descending = false;
    const QString oldNumber = quotes.list(session, oldestFirst)->rows.at(37).number; // deep in the newest-first list
    const QList<Typing> typings = {{"party", QStringLiteral("ravi kumar")},
                                   {"box", QStringLiteral("apple box")},
                                   {"number", someNumber},
                                   {"old number", oldNumber},
                                   {"sequence", someNumber.section(QLatin1Char('/'), -1)},
                                   {"company", QStringLiteral("shree agro")},
                                   {"no match", QStringLiteral("zzq")}};
    Samples all;
    for (const Typing &typing : typings) {
        Samples keys;
        int found = 0;
        for (qsizetype n = 1; n <= typing.text.size(); ++n) {
            QuoteQuery q;
            q.search = typing.text.left(n);
            Stopwatch t;
            auto page = quotes.list(session, q);
            keys.add(t);
            found = page ? int(page->rows.size()) : -1;
            if (eachKeystroke)
                std::printf("%-10s   '%s': %.1f ms (CPU %.1f ms), %d rows\n", engine, qPrintable(q.search),
                            keys.wall.back(), keys.cpu.back(), found);
        }
        all.add(keys);
        std::printf("%-10s search '%s' (%s), %zu keystrokes: %s, last page %d rows\n", engine, qPrintable(typing.text),
                    typing.label, keys.size(), qPrintable(figures(keys)), found);
    }
    std::printf("%-10s per keystroke over all searches: median %.1f ms, 90th %.1f ms, max %.1f ms; CPU median %.1f ms, "
                "90th %.1f ms, max %.1f ms  (goal < %.0f ms)\n",
                engine, percentile(all.wall, 0.5), percentile(all.wall, 0.9), percentile(all.wall, 1.0),
                percentile(all.cpu, 0.5), percentile(all.cpu, 0.9), percentile(all.cpu, 1.0), keyGoal);

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
        Samples times;
        for (int i = 0; i < 5; ++i) {
            Stopwatch t;
            auto page = quotes.list(session, v.query);
            times.add(t);
        }
        std::printf("%-10s Quotes list, %s: median %.1f ms (CPU %.1f ms)\n", engine, v.label,
                    percentile(times.wall, 0.5), percentile(times.cpu, 0.5));
    }

    // The Parties list the quote editor's picker searches.
    Samples partyKeys;
    for (const QString &text : {QStringLiteral("ravi kumar"), QStringLiteral("98")}) {
        for (qsizetype n = 1; n <= text.size(); ++n) {
            PartyQuery q;
            q.search = text.left(n);
            Stopwatch t;
            auto page = parties.list(session, q);
            partyKeys.add(t);
        }
    }
    std::printf("%-10s Parties picker, per keystroke: %s\n", engine, qPrintable(figures(partyKeys)));
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
    bool eachKeystroke = false;
    QString pgDatabase;
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
        else if (args.at(i) == QLatin1String("--keystrokes"))
            eachKeystroke = true;
        else if (args.at(i) == QLatin1String("--pg-database") && i + 1 < args.size())
            pgDatabase = args.at(++i);
    }

    if (sqlite) {
        QTemporaryDir dir;
        const QString path =
            keep.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : keep + QStringLiteral("/bench_quotes.db");
        const DbUrl url = DbUrl::sqliteFile(path);
        if (reuse && !keep.isEmpty() && QFile::exists(path)) {
            measureList(url, "SQLite", 200, 100, eachKeystroke);
        } else {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            if (runDemo(url.toString(), quotes, "SQLite"))
                measureList(url, "SQLite", 200, 100, eachKeystroke);
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
        if (!pgDatabase.isEmpty()) {
            DbUrl url = adminUrl.value();
            url.database = pgDatabase;
            measureList(url, "PostgreSQL", 300, 300, eachKeystroke);
            return 0;
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
            measureList(url, "PostgreSQL", 300, 300, eachKeystroke);
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
