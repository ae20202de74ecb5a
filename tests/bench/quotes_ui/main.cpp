// bench_quotes_ui: how fast the Quotes pane is with a million quotes. Times, on SQLite (and on PostgreSQL
// when BOXCOST_BENCH_PG names a server), the first rows of the pane's model and of the whole pane, each
// keystroke of a search typed a character at a time (number, party, box name), a status filter and the
// next pages as the view scrolls. Goals: first rows < 200 ms and a keystroke < 100 ms on SQLite, < 300 ms
// on PostgreSQL.
//
// The database is made once with DemoData (the same rows `boxcost demo` writes) and kept for later runs:
//   BOXCOST_BENCH_QUOTES  number of quotes (default 1000000)
//   BOXCOST_BENCH_DB      SQLite file (default <temp>/boxcost-bench-quotes-ui-<N>.db)
//   BOXCOST_BENCH_PG      PostgreSQL admin URL; the bench uses (and fills once) database bench_quotes_ui_<N>

#include "data/Database.h"
#include "data/DbUrl.h"
#include "data/Migrations.h"
#include "quotes/QuoteListModel.h"
#include "quotes/QuotesPane.h"
#include "services/AccountService.h"
#include "services/DemoData.h"
#include "services/QuoteService.h"
#include "services/SearchTerms.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace bcp;

namespace {

const QString kOwner = QStringLiteral("bench");
const QString kPassword = QStringLiteral("Corrugated#Box42");

void say(const QString &text) {
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

double ms(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats {
    std::vector<double> samples;
    void add(double v) { samples.push_back(v); }
    double median() const {
        std::vector<double> s = samples;
        std::sort(s.begin(), s.end());
        return s.empty() ? 0 : s[s.size() / 2];
    }
    double max() const { return samples.empty() ? 0 : *std::max_element(samples.begin(), samples.end()); }
};

// Opens the database, creating the shop and its quotes the first time.
std::unique_ptr<Database> prepare(const DbUrl &url, qint64 quotes, Session &session) {
    auto opened = Database::open(url, qEnvironmentVariable("PGPASSWORD"));
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(url.toString()), qPrintable(opened.error().text()));
    std::unique_ptr<Database> db = std::move(opened).value();
    if (auto migrated = Migrations::migrate(*db); !migrated)
        qFatal("migrate: %s", qPrintable(migrated.error().text()));
    AccountService accounts(*db);
    auto needsSetup = accounts.needsSetup();
    if (!needsSetup)
        qFatal("%s", qPrintable(needsSetup.error().text()));
    if (needsSetup.value()) {
        AccountService::SetupInput in;
        in.company = DemoData::shopName();
        in.stateCode = DemoData::shopStateCode();
        in.username = kOwner;
        in.password = kPassword;
        in.passwordRepeat = kPassword;
        auto created = accounts.setup(in);
        if (!created)
            qFatal("setup: %s", qPrintable(created.error().text()));
        session = created.value();
    } else {
        auto signedIn = accounts.signIn(kOwner, kPassword);
        if (!signedIn)
            qFatal("sign-in: %s", qPrintable(signedIn.error().text()));
        session = signedIn->session;
    }

    QuoteService service(*db);
    const qint64 have =
        db->scalar(QStringLiteral("SELECT COUNT(*) FROM quotes WHERE tenant_id = ?"), {session.tenantId}).toLongLong();
    if (have < quotes) {
        say(QStringLiteral("  generating %1 quotes (once; the database is kept for later runs)…").arg(quotes - have));
        DemoData::Options options;
        options.quotes = quotes - have;
        qint64 lastShown = -1;
        options.progress = [&lastShown](qint64 done, qint64 total) {
            const qint64 percent = total > 0 ? done * 100 / total : 100;
            if (percent / 10 != lastShown / 10) {
                lastShown = percent;
                std::printf("    %lld %%\n", static_cast<long long>(percent));
                std::fflush(stdout);
            }
        };
        QElapsedTimer t;
        t.start();
        auto summary = DemoData(*db).generate(session, options);
        if (!summary)
            qFatal("demo: %s", qPrintable(summary.error().text()));
        say(QStringLiteral("  generated %1 quotes in %2 s").arg(summary->quotes).arg(ms(t) / 1000.0, 0, 'f', 1));
    }
    const qint64 total =
        db->scalar(QStringLiteral("SELECT COUNT(*) FROM quotes WHERE tenant_id = ?"), {session.tenantId}).toLongLong();
    say(QStringLiteral("  %1 quotes in the shop").arg(total));
    return db;
}

// Times setQuery (a reset plus the first page) on the pane's model.
double firstRows(ui::QuoteListModel &model, const QuoteQuery &query) {
    QElapsedTimer t;
    t.start();
    model.setQuery(query);
    const double elapsed = ms(t);
    if (!model.errorText().isEmpty())
        qFatal("list failed: %s", qPrintable(model.errorText()));
    return elapsed;
}

struct Verdict {
    QString name;
    double value;
    double goal;
};

void run(const QString &engine, Database &db, const Session &session, double keystrokeGoal,
         std::vector<Verdict> &verdicts) {
    say(QStringLiteral("\n== %1 ==").arg(engine));
    QuoteService quotes(db);

    // The first rows, cold (new model, first query on this connection's statements) and warm.
    {
        ui::QuoteListModel model(quotes, session);
        const double cold = firstRows(model, QuoteQuery());
        Stats warm;
        for (int i = 0; i < 7; ++i)
            warm.add(firstRows(model, QuoteQuery()));
        say(QStringLiteral("first rows of the Quotes list (%1 rows): cold %2 ms, warm median %3 ms")
                .arg(model.rowCount())
                .arg(cold, 0, 'f', 1)
                .arg(warm.median(), 0, 'f', 1));
        verdicts.push_back({engine + QStringLiteral(" first rows (cold)"), cold, 200});
    }

    // The whole pane: widgets, model and first page, then painted.
    {
        Stats pane;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            ui::QuotesPane p(db, session);
            p.resize(1400, 900);
            p.show();
            QCoreApplication::processEvents();
            pane.add(ms(t));
            if (p.model()->rowCount() == 0)
                qFatal("the pane shows no quotes");
        }
        say(QStringLiteral("Quotes pane constructed, shown and painted: median %1 ms (max %2 ms)")
                .arg(pane.median(), 0, 'f', 1)
                .arg(pane.max(), 0, 'f', 1));
        verdicts.push_back({engine + QStringLiteral(" pane shown"), pane.median(), 200});
    }

    // Search terms taken from the data itself: a quote number, a party name and a box name.
    ui::QuoteListModel model(quotes, session);
    model.setQuery(QuoteQuery());
    model.fetchUntil(600);
    const QuoteRow &sample = model.rowAt(qMin(model.rowCount() - 1, 537));
    const QString party = sample.partyName.section(QLatin1Char(' '), 0, 0);
    const QString box = SearchTerms::words(sample.boxNames).value(0);
    const QStringList typed = {sample.number,
                               party + QStringLiteral(" ") + sample.partyName.section(QLatin1Char(' '), 1, 1), box,
                               QStringLiteral("zzqx")};

    Stats keys;
    for (const QString &text : typed) {
        QStringList line;
        Stats word;
        for (int n = 1; n <= text.size(); ++n) {
            QuoteQuery q;
            q.search = text.left(n);
            const double t = firstRows(model, q);
            word.add(t);
            keys.add(t);
            line << QStringLiteral("%1").arg(t, 0, 'f', 1);
        }
        say(QStringLiteral("typing \"%1\" (%2 rows at the end): %3 ms per keystroke; max %4 ms")
                .arg(text)
                .arg(model.rowCount())
                .arg(line.join(QStringLiteral(" ")))
                .arg(word.max(), 0, 'f', 1));
    }
    say(QStringLiteral("search keystroke: median %1 ms, max %2 ms over %3 keystrokes")
            .arg(keys.median(), 0, 'f', 1)
            .arg(keys.max(), 0, 'f', 1)
            .arg(keys.samples.size()));
    verdicts.push_back({engine + QStringLiteral(" keystroke (max)"), keys.max(), keystrokeGoal});

    // Filters and scrolling.
    for (QuoteStatus s : {QuoteStatus::Accepted, QuoteStatus::Expired, QuoteStatus::Draft}) {
        QuoteQuery q;
        q.statuses = {s};
        const double t = firstRows(model, q);
        say(QStringLiteral("status filter %1: %2 ms").arg(quoteStatusCode(s)).arg(t, 0, 'f', 1));
        verdicts.push_back({engine + QStringLiteral(" status ") + quoteStatusCode(s), t, keystrokeGoal});
    }
    {
        QuoteQuery q;
        q.from = sample.date.addDays(-7);
        q.to = sample.date;
        const double t = firstRows(model, q);
        say(QStringLiteral("one-week date range: %1 ms").arg(t, 0, 'f', 1));
    }
    {
        QuoteQuery q;
        q.sort = QuoteSort::GrandTotal;
        q.descending = true;
        const double t = firstRows(model, q);
        say(QStringLiteral("sorted by grand total: %1 ms").arg(t, 0, 'f', 1));
    }
    model.setQuery(QuoteQuery());
    Stats pages;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        model.fetchMore(QModelIndex());
        pages.add(ms(t));
    }
    say(QStringLiteral("scrolling: next page of %1 rows median %2 ms, max %3 ms (%4 rows held)")
            .arg(model.pageSize())
            .arg(pages.median(), 0, 'f', 2)
            .arg(pages.max(), 0, 'f', 2)
            .arg(model.rowCount()));
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 quotes = qEnvironmentVariableIsSet("BOXCOST_BENCH_QUOTES")
                              ? qEnvironmentVariable("BOXCOST_BENCH_QUOTES").toLongLong()
                              : 1'000'000;
    std::vector<Verdict> verdicts;

    const QString path = qEnvironmentVariableIsSet("BOXCOST_BENCH_DB")
                             ? qEnvironmentVariable("BOXCOST_BENCH_DB")
                             : QDir::temp().filePath(QStringLiteral("boxcost-bench-quotes-ui-%1.db").arg(quotes));
    say(QStringLiteral("SQLite: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    {
        Session session;
        auto db = prepare(DbUrl::sqliteFile(path), quotes, session);
        run(QStringLiteral("SQLite"), *db, session, 100, verdicts);
    }

    if (qEnvironmentVariableIsSet("BOXCOST_BENCH_PG")) {
        auto admin = DbUrl::parse(qEnvironmentVariable("BOXCOST_BENCH_PG"));
        if (!admin)
            qFatal("BOXCOST_BENCH_PG: %s", qPrintable(admin.error().text()));
        const QString name = QStringLiteral("bench_quotes_ui_%1").arg(quotes);
        {
            auto server = Database::open(admin.value(), qEnvironmentVariable("PGPASSWORD"));
            if (!server)
                qFatal("cannot open %s: %s", qPrintable(admin->toString()), qPrintable(server.error().text()));
            if (!server.value()
                     ->scalar(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {name})
                     .isValid())
                server.value()->exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        }
        DbUrl url = admin.value();
        url.database = name;
        say(QStringLiteral("\nPostgreSQL: %1").arg(url.toString()));
        Session session;
        auto db = prepare(url, quotes, session);
        run(QStringLiteral("PostgreSQL"), *db, session, 300, verdicts);
    }

    say(QStringLiteral("\n== Goals =="));
    bool allMet = true;
    for (const Verdict &v : verdicts) {
        const bool met = v.value < v.goal;
        allMet = allMet && met;
        say(QStringLiteral("%1 %2: %3 ms (goal < %4 ms)")
                .arg(met ? QStringLiteral("MET   ") : QStringLiteral("MISSED"), v.name)
                .arg(v.value, 0, 'f', 1)
                .arg(v.goal, 0, 'f', 0));
    }
    return allMet ? 0 : 1;
}
