#pragma once
// One function per top-level `boxcost` command; each returns the process exit status.

namespace bcp::cli {
struct Args;

int runDb(const Args &args);   // db init|migrate|status
int runCost(const Args &args); // cost [FILE|-]
int runSetup(const Args &args); // setup --company NAME --state CODE --owner USERNAME
int runUser(const Args &args);  // user add|passwd|unlock|disable|enable|list
int runQuote(const Args &args); // quote create|show|status|list
int runDemo(const Args &args);  // demo [--parties N] [--quotes N]
int runAudit(const Args &args); // audit verify|export
int runInvoice(const Args &args); // invoice create|finalize|show
int runPdf(const Args &args);     // pdf quote|invoice NUMBER OUT.pdf

} // namespace bcp::cli
