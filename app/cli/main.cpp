// `boxcost`: the command line for scripting and offline administration. It goes through the same
// services, permission checks and audit as the GUI.

#include "cli/Cli.h"
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

struct Command {
    const char *name;
    int (*run)(const bcp::cli::Args &);
    const char *usage;
};

const Command kCommands[] = {
    {"db", bcp::cli::runDb, "db init|migrate|status [--db URL]      create/upgrade the database, print its schema version"},
    {"cost", bcp::cli::runCost, "cost [FILE|-] [--db URL]              costing JSON in, JSON out"},
    {"setup", bcp::cli::runSetup, "setup --company NAME --state CODE --owner USERNAME [--name TEXT] [--gstin GSTIN]\n"
                                  "                                         create the shop and its owner on an empty database"},
    {"user", bcp::cli::runUser, "user add USERNAME --role ROLE [--name TEXT] | passwd USERNAME | unlock USERNAME |\n"
                                "       disable USERNAME | enable USERNAME | list [--json]      account administration |\n"
                                "       shop-key show|install   the key of two-factor secrets (install reads it from standard input)"},
    {"quote", bcp::cli::runQuote, "quote create FILE [--date YYYY-MM-DD] | show NUMBER [--json] | status NUMBER sent|accepted|rejected |\n"
                                  "       list [--search TEXT] [--status STATUS] [--limit N] [--json]      quotes of the signed-in shop"},
    {"demo", bcp::cli::runDemo, "demo [--parties N] [--quotes N] [--seed N]   fill the signed-in shop (or a new \"Demo Box Works\") with demo data"},
    {"invoice", bcp::cli::runInvoice, "invoice create --from-quote NUMBER [--date YYYY-MM-DD] | finalize ID | show NUMBER|ID [--json]\n"
                                      "                                         invoices of the signed-in shop (the quote must be accepted)"},
    {"pdf", bcp::cli::runPdf, "pdf quote|invoice NUMBER OUT.pdf [--version N] [--copy original|duplicate|triplicate]\n"
                              "       [--layout classic|compact]       the quote or invoice as a PDF"},
    {"audit", bcp::cli::runAudit, "audit verify [--tenant ID] [--json]    check the audit hash chains (no sign-in; exit 1 names\n"
                                  "                                         the first broken row) | audit export --format csv|json\n"
                                  "       [--from YYYY-MM-DD] [--to YYYY-MM-DD] (UTC days) [--out FILE]   export the audit log"},
};

int usage(FILE *to) {
    std::fputs("usage: boxcost COMMAND [ARGS] [--db URL]\n\n", to);
    for (const Command &c : kCommands)
        std::fprintf(to, "  boxcost %s\n", c.usage);
    std::fputs("\n--db takes sqlite:///path/file.db or postgresql://user@host:port/dbname (password from the keychain\n"
               "or PGPASSWORD). Commands on business data sign in: --as USERNAME, the password from BOXCOST_PASSWORD\n"
               "or the first line of standard input, --totp CODE when two-factor is on.\n", to);
    return to == stdout ? 0 : 2;
}

} // namespace

int main(int argc, char **argv) {
    // Drawing a PDF needs fonts and images, which need a GUI application; without a display it uses the
    // offscreen platform. Every other command stays a plain console application.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "pdf") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("BoxCostPro"));
    QCoreApplication::setApplicationName(QStringLiteral("BoxCostPro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOXCOST_VERSION));

    QStringList words = QCoreApplication::arguments().mid(1);
    if (words.isEmpty())
        return usage(stderr);
    const QString name = words.takeFirst();
    if (name == QStringLiteral("--help") || name == QStringLiteral("help"))
        return usage(stdout);
    if (name == QStringLiteral("--version")) {
        std::printf("boxcost %s\n", BOXCOST_VERSION);
        return 0;
    }
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return c.run(bcp::cli::parseArgs(words));
    }
    bcp::cli::fail(QStringLiteral("unknown command '%1' (see boxcost --help)").arg(name));
    return 2;
}
