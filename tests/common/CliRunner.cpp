#include "CliRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
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

ToolResult runTool(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    ToolResult r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        r.err = QStringLiteral("%1 did not run").arg(program);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString writeJsonFile(const QString &path, const QJsonObject &json) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(json).toJson());
    return path;
}

QProcessEnvironment passwordEnv(const QString &password) {
    QProcessEnvironment env;
    env.insert(QStringLiteral("BOXCOST_PASSWORD"), password);
    return env;
}

void setUpShopByCli(const QString &dbUrl, const QString &password) {
    const CliResult setup =
        runCli({QStringLiteral("setup"), QStringLiteral("--company"), QStringLiteral("Sharma Packaging"),
                QStringLiteral("--state"), QStringLiteral("27"), QStringLiteral("--owner"), QStringLiteral("ravi"),
                QStringLiteral("--db"), dbUrl},
               {}, passwordEnv(password));
    if (setup.exitCode != 0)
        qFatal("setup failed: %s", setup.err.constData());
}

QJsonObject parseJsonObject(const QByteArray &text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON (%s): %s", qPrintable(error.errorString()), text.constData());
    return doc.object();
}

const char kDocumentedQuoteInput[] = R"({"party": {"name": "Ravi Kumar", "company": "Apple Exports", "mobile": "9820011111",
           "email": "ravi@example.in", "gstin": "27AAPFU0939F1ZV", "state": "27",
           "address": {"line1": "Plot 4, MIDC", "line2": "", "city": "Pune", "pin": "411026"}},
 "items": [{"name": "Apple Box 3P", "description": "Top load", "remarks": "", "hsn": "4819", "unit": "Pcs",
            "costing": {"style": "0201", "length": 300, "width": 200, "height": 150, "ply": 3,
                        "flutes": "B", "layers": [{"gsm": 180, "bf": 24, "shade": "Golden Kraft", "rct": 1.8},
                                                  {"gsm": 150, "bf": 18, "shade": "Kraft/Natural", "rct": 1.2},
                                                  {"gsm": 150, "bf": 18, "shade": "Kraft/Natural", "rct": 1.5}],
                        "quantity": 1000},
            "negotiation": {"percent": 10}, "selected": true}],
 "transport": 1500.00,
 "terms": {"paymentTerms": "30 days", "deliveryDays": 7, "validityDays": 7},
 "notes": ""})";

} // namespace bcp::test
