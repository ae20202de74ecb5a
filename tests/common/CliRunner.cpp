#include "CliRunner.h"

#include <QElapsedTimer>
#include <QProcess>

namespace bcp::test {

CliResult runCli(const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &extraEnv) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extraEnv);
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(BOXCOST_CLI_PATH), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        qFatal("cannot start %s", BOXCOST_CLI_PATH);
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("boxcost %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.elapsedMs = timer.elapsed();
    return r;
}

} // namespace bcp::test
