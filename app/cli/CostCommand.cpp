// boxcost cost [FILE|-] [--db URL]: COSTING.md §5. An object in gives an object out; an array gives an
// array in the same order, and one bad element fails the whole call so a script never gets partial prices.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "costing/CostingEngine.h"
#include "data/Database.h"
#include "services/CostingJson.h"
#include "services/MastersService.h"
#include "services/Session.h"

#include <QCoreApplication>

#include <cstdio>

namespace bcp::cli {

namespace {

struct CostText {
    Q_DECLARE_TR_FUNCTIONS(CostCommand)
};

// Masters that cases without their own `masters` share, built once for the whole call: COSTING.md §2 defaults,
// or with --db the signed-in user's shop masters (reading a shop's prices needs a sign-in like the GUI).
Result<costing::CostingMasters> baseMasters(const Args &args) {
    if (!args.has(QStringLiteral("db")))
        return costing::CostingMasters::defaults();
    auto signedIn = openAndSignIn(args);
    if (!signedIn)
        return signedIn.error();
    return MastersService(*signedIn->db).load(signedIn->session);
}

} // namespace

int runCost(const Args &args) {
    if (args.positional.size() > 1)
        return fail(CostText::tr("usage: boxcost cost [FILE|-] [--db URL --as USERNAME]"));
    // Masters first: signing in may take the password from the first line of standard input, before the
    // cases that follow it.
    auto base = baseMasters(args);
    if (!base)
        return fail(base.error());
    auto input = readInput(args.positional.value(0));
    if (!input)
        return fail(input.error());
    // All of the output is built before any of it is written: a bad last element leaves stdout empty.
    auto output = CostingJson::costText(input.value(), base.value());
    if (!output)
        return fail(output.error());
    const QByteArray &bytes = output.value();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    return 0;
}

} // namespace bcp::cli
