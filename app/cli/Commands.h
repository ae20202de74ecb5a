#pragma once
// One function per top-level `boxcost` command; each returns the process exit status.

namespace bcp::cli {
struct Args;

int runDb(const Args &args);   // db init|migrate|status
int runCost(const Args &args); // cost [FILE|-]

} // namespace bcp::cli
