// boxcost demo [--parties N] [--quotes N] [--seed N]: fills the signed-in shop with realistic parties and
// quotes. On a database without a shop it first creates "Demo Box Works" with the --as user as its owner
// (password from BOXCOST_PASSWORD or standard input), exactly as `boxcost setup` would.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "data/Database.h"
#include "data/Migrations.h"
#include "services/AccountService.h"
#include "services/DemoData.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace bcp::cli {

namespace {

struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

Result<qint64> count(const Args &args, const QString &name, qint64 fallback) {
    if (!args.has(name))
        return fallback;
    bool ok = false;
    const qint64 n = args.opt(name).toLongLong(&ok);
    if (!ok || n < 0)
        return Error::invalid(QStringLiteral("--") + name, DemoText::tr("needs a whole number of 0 or more"));
    return n;
}

} // namespace

int runDemo(const Args &args) {
    if (!args.positional.isEmpty())
        return fail(DemoText::tr("usage: boxcost demo [--parties N] [--quotes N] [--seed N] --as USERNAME"));
    auto quotes = count(args, QStringLiteral("quotes"), 500);
    if (!quotes)
        return fail(quotes.error());
    auto parties = count(args, QStringLiteral("parties"), -1);
    if (!parties)
        return fail(parties.error());
    auto seed = count(args, QStringLiteral("seed"), 20251126);
    if (!seed)
        return fail(seed.error());
    if (args.opt(QStringLiteral("as")).isEmpty())
        return fail(Error::invalid(QStringLiteral("--as"),
                                   DemoText::tr("sign in with --as USERNAME (on a database without a shop "
                                                "this user becomes the owner of \"%1\")")
                                       .arg(DemoData::shopName())));

    auto opened = openDatabase(args);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();

    AccountService accounts(db);
    bool empty = false;
    try {
        empty = db.schemaVersion() == 0;
    } catch (const DbError &e) {
        return fail(e.message());
    }
    if (!empty) {
        auto setupNeeded = accounts.needsSetup();
        if (!setupNeeded)
            return fail(setupNeeded.error());
        empty = setupNeeded.value();
    }
    Session session;
    if (empty) {
        if (auto migrated = Migrations::migrate(db); !migrated)
            return fail(migrated.error());
        AccountService::SetupInput in;
        in.company = DemoData::shopName();
        in.stateCode = DemoData::shopStateCode();
        in.username = args.opt(QStringLiteral("as"));
        in.password = signInPassword();
        in.passwordRepeat = in.password;
        auto created = accounts.setup(in);
        if (!created)
            return fail(created.error());
        session = created.value();
        out(DemoText::tr("created shop \"%1\" with owner %2").arg(DemoData::shopName(), session.username));
    } else {
        if (auto current = Migrations::checkCurrent(db); !current)
            return fail(current.error());
        auto signedIn = signIn(db, args);
        if (!signedIn)
            return fail(signedIn.error());
        session = signedIn.value();
    }

    DemoData::Options options;
    options.quotes = quotes.value();
    options.parties = int(std::min<qint64>(parties.value(), 2'000'000'000));
    options.seed = quint64(seed.value());
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoData(db).generate(session, options);
    if (!summary)
        return fail(summary.error());
    out(DemoText::tr("added %1 parties and %2 quotes (%3 versions, %4 items) in %5 s")
            .arg(summary->parties)
            .arg(summary->quotes)
            .arg(summary->versions)
            .arg(summary->items)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace bcp::cli
