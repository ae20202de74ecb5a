#pragma once
// Runs the built `boxcost` the way a script would and captures what it says.

#include <QByteArray>
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

} // namespace bcp::test
