// `boxcost cost` as a script sees it (COSTING.md §5): the built executable, JSON on stdin or in a file,
// JSON on stdout, exit status 2 with one line on stderr and nothing on stdout for bad input.

#include "CliRunner.h"
#include "Golden.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bcp;

namespace {

QJsonObject golden() {
    static const QJsonObject doc = test::loadGolden(QStringLiteral("costing_cases.json"));
    return doc;
}

QJsonArray goldenCases() {
    return golden().value(QStringLiteral("cases")).toArray();
}

QByteArray compact(const QJsonValue &v) {
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject withBadBf(QJsonObject input) {
    QJsonArray layers = input.value(QStringLiteral("layers")).toArray();
    QJsonObject first = layers.at(0).toObject();
    first.insert(QStringLiteral("bf"), 40);
    layers.replace(0, first);
    input.insert(QStringLiteral("layers"), layers);
    return input;
}

void expectRefused(const test::CliResult &r, const QString &field) {
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QVERIFY2(err.contains(field + QStringLiteral(": ")), qPrintable(err));
}

} // namespace

class TstCostCli : public QObject {
    Q_OBJECT

private slots:
    void goldenCasesAsOneArray();
    void goldenCasesOneByOne_data();
    void goldenCasesOneByOne();
    void badElementFailsTheWholeCall();
    void goldenErrors_data();
    void goldenErrors();
    void inputThatIsNotCases();
};

void TstCostCli::goldenCasesAsOneArray() {
    QJsonArray inputs;
    QJsonArray expected;
    for (const QJsonValue &c : goldenCases()) {
        inputs.append(c.toObject().value(QStringLiteral("input")));
        expected.append(c.toObject().value(QStringLiteral("expected")));
    }
    const test::CliResult r = test::runCli({QStringLiteral("cost")}, compact(inputs));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.err, QByteArray());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
    QStringList diffs;
    test::diffJson(doc.array(), expected, QStringLiteral("output"), diffs);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void TstCostCli::goldenCasesOneByOne_data() {
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QJsonObject>("expected");
    for (const QJsonValue &c : goldenCases()) {
        const QJsonObject o = c.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("description")).toString()))
            << o.value(QStringLiteral("input")).toObject() << o.value(QStringLiteral("expected")).toObject();
    }
}

void TstCostCli::goldenCasesOneByOne() {
    QFETCH(QJsonObject, input);
    QFETCH(QJsonObject, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("case.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(input).toJson());
    }
    // From a file, from "-" and from standard input without an argument: the same object each time.
    const test::CliResult fromFile = test::runCli({QStringLiteral("cost"), file});
    const test::CliResult fromDash = test::runCli({QStringLiteral("cost"), QStringLiteral("-")}, compact(input));
    const test::CliResult fromStdin = test::runCli({QStringLiteral("cost")}, compact(input));
    for (const test::CliResult *r : {&fromFile, &fromDash, &fromStdin}) {
        QVERIFY2(r->exitCode == 0, r->err.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(r->out);
        QVERIFY(doc.isObject());
        QStringList diffs;
        test::diffJson(doc.object(), expected, QStringLiteral("output"), diffs);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
    }
    QCOMPARE(fromDash.out, fromFile.out);
    QCOMPARE(fromStdin.out, fromFile.out);
}

void TstCostCli::badElementFailsTheWholeCall() {
    QJsonArray inputs;
    for (const QJsonValue &c : goldenCases())
        inputs.append(c.toObject().value(QStringLiteral("input")));
    QVERIFY(inputs.size() > 4);
    inputs.replace(3, withBadBf(inputs.at(3).toObject()));
    test::CliResult r = test::runCli({QStringLiteral("cost")}, compact(inputs));
    expectRefused(r, QStringLiteral("[3].layers[0].bf"));
    QVERIFY(r.err.contains("BF 40 has no base price"));

    // The last element bad: still nothing on stdout for the good ones before it.
    inputs.replace(3, goldenCases().at(3).toObject().value(QStringLiteral("input")));
    const qsizetype last = inputs.size() - 1;
    QJsonObject tail = inputs.at(last).toObject();
    tail.insert(QStringLiteral("quantity"), 2.5);
    inputs.replace(last, tail);
    r = test::runCli({QStringLiteral("cost")}, compact(inputs));
    expectRefused(r, QStringLiteral("[%1].quantity").arg(last));

    // An element that is not an object, and a bad override in one element's own masters.
    inputs.replace(last, goldenCases().at(last).toObject().value(QStringLiteral("input")));
    inputs.replace(5, QJsonValue(42));
    r = test::runCli({QStringLiteral("cost")}, compact(inputs));
    expectRefused(r, QStringLiteral("[5]"));
    inputs.replace(5, goldenCases().at(5).toObject().value(QStringLiteral("input")));
    QJsonObject withMasters = inputs.at(1).toObject();
    withMasters.insert(
        QStringLiteral("masters"),
        QJsonObject{{QStringLiteral("flutes"),
                     QJsonObject{{QStringLiteral("B"),
                                  QJsonObject{{QStringLiteral("factor"), 3}, {QStringLiteral("heightMm"), 2.5}}}}}});
    inputs.replace(1, withMasters);
    r = test::runCli({QStringLiteral("cost")}, compact(inputs));
    expectRefused(r, QStringLiteral("[1].masters.flutes.B.factor"));

    // Fixed again, the same array costs fine: the failures above came from the edits alone.
    inputs.replace(1, goldenCases().at(1).toObject().value(QStringLiteral("input")));
    r = test::runCli({QStringLiteral("cost")}, compact(inputs));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), inputs.size());
}

void TstCostCli::goldenErrors_data() {
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("errorField");
    for (const QJsonValue &e : golden().value(QStringLiteral("errors")).toArray()) {
        const QJsonObject o = e.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("description")).toString()))
            << o.value(QStringLiteral("input")).toObject() << o.value(QStringLiteral("errorField")).toString();
    }
}

void TstCostCli::goldenErrors() {
    QFETCH(QJsonObject, input);
    QFETCH(QString, errorField);
    // The golden file names the leaf; the CLI names the whole path (the BF case is the outer liner's).
    const QString field = errorField == QStringLiteral("bf") ? QStringLiteral("layers[0].bf") : errorField;
    const test::CliResult single = test::runCli({QStringLiteral("cost")}, compact(input));
    expectRefused(single, field);
    QVERIFY2(single.err.startsWith(QStringLiteral("boxcost: %1: ").arg(field).toUtf8()), single.err.constData());

    // The same bad case as the third element of an array is reported with its index.
    QJsonArray inputs;
    inputs.append(goldenCases().at(0).toObject().value(QStringLiteral("input")));
    inputs.append(goldenCases().at(1).toObject().value(QStringLiteral("input")));
    inputs.append(input);
    const test::CliResult batch = test::runCli({QStringLiteral("cost")}, compact(inputs));
    expectRefused(batch, QStringLiteral("[2].") + field);
    QVERIFY2(batch.err.startsWith(QStringLiteral("boxcost: [2].%1: ").arg(field).toUtf8()), batch.err.constData());
}

void TstCostCli::inputThatIsNotCases() {
    test::CliResult r = test::runCli({QStringLiteral("cost")}, QByteArray("{\"length\": "));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains("not valid JSON"), r.err.constData());

    r = test::runCli({QStringLiteral("cost")}, QByteArray("\"0201\""));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());

    r = test::runCli({QStringLiteral("cost"), QStringLiteral("/nonexistent/box.json")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains("/nonexistent/box.json"), r.err.constData());

    r = test::runCli({QStringLiteral("cost")}, QByteArray("[]"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("[]"));
}

QTEST_GUILESS_MAIN(TstCostCli)
#include "tst_cost_cli.moc"
