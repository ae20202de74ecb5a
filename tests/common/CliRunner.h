#pragma once
// Runs the built `boxcost` the way a script would and captures what it says.

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace bcp::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// `stdinData` is written to standard input and then closed; `env` adds to the inherited environment.
CliResult runCli(const QStringList &args, const QByteArray &stdinData = {},
                 const QProcessEnvironment &extraEnv = QProcessEnvironment());

// The environment that answers `boxcost`'s password prompt with `password`.
QProcessEnvironment passwordEnv(const QString &password);

// `boxcost setup` of "Sharma Packaging" (state 27, owner ravi) on the database at `dbUrl`, as a script would
// run it first; aborts the test run if it fails.
void setUpShopByCli(const QString &dbUrl, const QString &password);

// The JSON object a command printed; aborts the test run on anything else.
QJsonObject parseJsonObject(const QByteArray &text);

// DOCUMENTS.md "JSON for scripts" quote input, with the layers of COSTING.md's first worked case.
extern const char kDocumentedQuoteInput[];

} // namespace bcp::test
