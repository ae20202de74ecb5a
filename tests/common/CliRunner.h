#pragma once
// Runs the built `boxcost` the way a script would and captures what it says.

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
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

// What another program (pdftotext, zbarimg, ...) said, as text; exit code -1 and a line in `err` when it
// did not start or finish.
struct ToolResult {
    int exitCode = -1;
    QString out;
    QString err;
};

ToolResult runTool(const QString &program, const QStringList &args);

// Writes `json` to the file at `path`, as a script hands a command its input, and returns `path`; aborts the
// test run if the file cannot be written.
QString writeJsonFile(const QString &path, const QJsonObject &json);

// The JSON object a command printed; aborts the test run on anything else.
QJsonObject parseJsonObject(const QByteArray &text);

// DOCUMENTS.md "JSON for scripts" quote input, with the layers of COSTING.md's first worked case.
extern const char kDocumentedQuoteInput[];

} // namespace bcp::test
