// `boxcost quote create|show|status` and `boxcost demo` as a script runs them: the DOCUMENTS.md example
// gives exactly the documented JSON, bad input exits 2 with one line naming the JSON path and stores
// nothing, parties are matched by mobile, and several processes creating quotes at once get unique,
// gapless numbers.

#include "CliRunner.h"
#include "TestDatabase.h"

#include "data/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bcp;
using bcp::test::kDocumentedQuoteInput;
using bcp::test::parseJsonObject;
using bcp::test::passwordEnv;
using bcp::test::runCli;
using bcp::test::writeJsonFile;

namespace {

const QString kPassword = QStringLiteral("Corrugated#Board-2026");

const char kExampleOutput[] = R"({"number": "QT/25-26/0001", "version": 1, "status": "draft", "date": "2025-11-26",
 "sellerState": "27", "placeOfSupply": "27", "intraState": true,
 "party": {"name": "Ravi Kumar", "mobile": "9820011111", "gstin": "27AAPFU0939F1ZV"},
 "items": [{"name": "Apple Box 3P", "quantity": 1000, "ratePerBox": 11.65, "unitPaise": 1049,
            "amountPaise": 1049000, "selected": true, "paperSpec": "180/24 + 150/18 + 150/18"}],
 "totals": {"subtotal": 1049000, "transport": 150000, "taxable": 1199000, "gstRatePercent": 5,
            "gst": 59950, "cgst": 29975, "sgst": 29975, "igst": 0, "roundOff": 50, "grand": 1259000}})";

} // namespace

class TestQuoteCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void createAndShowGiveTheDocumentedJson();
    void partyMatchedByMobileAndDuplicateBox();
    void statusCommand();
    void badInputNamesThePath_data();
    void badInputNamesThePath();
    void signInRequired();
    void concurrentProcessesGetGaplessNumbers();
    void demoFillsTheShop();
    void demoCreatesAShopOnAnEmptyDatabase();

private:
    test::CliResult run(QStringList args, bool signIn = true);
    QString writeInput(const QJsonObject &json);
    int count(const QString &table);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    int m_files = 0;
};

void TestQuoteCli::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_url = m_t->url().toString();
    test::setUpShopByCli(m_url, kPassword);
}

void TestQuoteCli::cleanup() {
    m_dir.reset();
    m_t.reset();
}

test::CliResult TestQuoteCli::run(QStringList args, bool signIn) {
    args << QStringLiteral("--db") << m_url;
    if (signIn)
        args << QStringLiteral("--as") << QStringLiteral("ravi");
    return runCli(args, {}, passwordEnv(kPassword));
}

QString TestQuoteCli::writeInput(const QJsonObject &json) {
    return writeJsonFile(m_dir->filePath(QStringLiteral("quote-%1.json").arg(++m_files)), json);
}

int TestQuoteCli::count(const QString &table) {
    auto db = m_t->open();
    return db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

void TestQuoteCli::createAndShowGiveTheDocumentedJson() {
    const QString file = writeInput(parseJsonObject(kDocumentedQuoteInput));
    auto created = run({QStringLiteral("quote"), QStringLiteral("create"), file, QStringLiteral("--date"),
                        QStringLiteral("2025-11-26")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QCOMPARE(created.out, QByteArray("QT/25-26/0001\n"));
    QVERIFY2(created.err.isEmpty(), created.err.constData());

    auto shown = run(
        {QStringLiteral("quote"), QStringLiteral("show"), QStringLiteral("QT/25-26/0001"), QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QCOMPARE(parseJsonObject(shown.out), parseJsonObject(kExampleOutput));

    // Without --json, a reader's summary with Indian grouping.
    auto text = run({QStringLiteral("quote"), QStringLiteral("show"), QStringLiteral("QT/25-26/0001")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("grand total 12,590.00"));
    QVERIFY(text.out.contains("Apple Box 3P"));

    auto listed = run({QStringLiteral("quote"), QStringLiteral("list"), QStringLiteral("--search"),
                       QStringLiteral("apple"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QLatin1String("grandPaise")).toInteger(), qint64(1259000));

    auto db = m_t->open();
    QCOMPARE(db->scalar(QStringLiteral(
                            "SELECT company || '|' || billing_city || '|' || billing_pin || '|' || pan FROM parties"))
                 .toString(),
             QStringLiteral("Apple Exports|Pune|411026|AAPFU0939F"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT payment_terms FROM quote_versions")).toString(),
             QStringLiteral("30 days"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT description FROM quote_version_items")).toString(),
             QStringLiteral("Top load"));
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('party.create', 'quote.create')"))
            .toInt(),
        2);
}

void TestQuoteCli::partyMatchedByMobileAndDuplicateBox() {
    QJsonObject input = parseJsonObject(kDocumentedQuoteInput);
    QVERIFY(run({QStringLiteral("quote"), QStringLiteral("create"), writeInput(input)}).exitCode == 0);

    // The same mobile written another way names the same party, whatever else the file says.
    QJsonObject party = input.value(QLatin1String("party")).toObject();
    party.insert(QStringLiteral("mobile"), QStringLiteral("+91 98200-11111"));
    party.insert(QStringLiteral("name"), QStringLiteral("R. Kumar"));
    input.insert(QStringLiteral("party"), party);
    auto again = run({QStringLiteral("quote"), QStringLiteral("create"), writeInput(input)});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(count(QStringLiteral("parties")), 1);
    // The same box for the same party: a new version of the existing quote, with the warning.
    const QByteArray number = again.out.trimmed();
    QVERIFY(number.startsWith("QT/"));
    QVERIFY2(again.err.contains("A quote already exists for this box. Saving will create a new version."),
             again.err.constData());
    QCOMPARE(count(QStringLiteral("quotes")), 1);
    auto shown =
        run({QStringLiteral("quote"), QStringLiteral("show"), QString::fromUtf8(number), QStringLiteral("--json")});
    QCOMPARE(parseJsonObject(shown.out).value(QLatin1String("version")).toInt(), 2);

    // Another box is another quote.
    QJsonArray items = input.value(QLatin1String("items")).toArray();
    QJsonObject item = items.first().toObject();
    item.insert(QStringLiteral("name"), QStringLiteral("Mango Box 3P"));
    items.replace(0, item);
    input.insert(QStringLiteral("items"), items);
    auto other = run({QStringLiteral("quote"), QStringLiteral("create"), writeInput(input)});
    QCOMPARE(other.exitCode, 0);
    QVERIFY(other.err.isEmpty());
    QVERIFY(other.out.trimmed() != number);
    QCOMPARE(count(QStringLiteral("quotes")), 2);
}

void TestQuoteCli::statusCommand() {
    const QString input = writeInput(parseJsonObject(kDocumentedQuoteInput));
    QVERIFY(run({QStringLiteral("quote"), QStringLiteral("create"), input}).exitCode == 0);
    const QString number =
        QString::fromUtf8(run({QStringLiteral("quote"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    const QString n =
        QJsonDocument::fromJson(number.toUtf8()).array().first().toObject().value(QLatin1String("number")).toString();
    QVERIFY(n.startsWith(QLatin1String("QT/")));

    auto sent = run({QStringLiteral("quote"), QStringLiteral("status"), n, QStringLiteral("sent")});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QCOMPARE(sent.out, (n + QStringLiteral(" sent\n")).toUtf8());
    auto accepted = run({QStringLiteral("quote"), QStringLiteral("status"), n, QStringLiteral("accepted")});
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(parseJsonObject(run({QStringLiteral("quote"), QStringLiteral("show"), n, QStringLiteral("--json")}).out)
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("accepted"));

    for (const QStringList &bad :
         {QStringList{QStringLiteral("quote"), QStringLiteral("status"), n, QStringLiteral("rejected")},
          QStringList{QStringLiteral("quote"), QStringLiteral("status"), n, QStringLiteral("expired")},
          QStringList{QStringLiteral("quote"), QStringLiteral("status"), QStringLiteral("QT/25-26/9999"),
                      QStringLiteral("sent")},
          QStringList{QStringLiteral("quote"), QStringLiteral("show"), QStringLiteral("QT/99-00/0001")},
          QStringList{QStringLiteral("quote"), QStringLiteral("frobnicate")}}) {
        auto r = run(bad);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("boxcost: "));
    }
    auto db = m_t->open();
    QCOMPARE(db->scalar(QStringLiteral("SELECT status FROM quotes")).toString(), QStringLiteral("accepted"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'quote.status'")).toInt(), 2);
}

void TestQuoteCli::badInputNamesThePath_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bf") << "items[1].costing.layers[0].bf=\"x\""
                        << QByteArray("boxcost: items[1].costing.layers[0].bf: ");
    QTest::newRow("bf zero") << "items[1].costing.layers[0].bf=0"
                             << QByteArray("boxcost: items[1].costing.layers[0].bf: ");
    QTest::newRow("bf no price") << "items[1].costing.layers[2].bf=19"
                                 << QByteArray("boxcost: items[1].costing.layers[2].bf: ");
    QTest::newRow("flutes") << "items[1].costing.flutes=\"Q\"" << QByteArray("boxcost: items[1].costing.flutes: ");
    QTest::newRow("unknown costing key") << "items[1].costing.colour=1"
                                         << QByteArray("boxcost: items[1].costing.colour: unknown key");
    QTest::newRow("unknown item key") << "items[0].price=1" << QByteArray("boxcost: items[0].price: unknown key");
    QTest::newRow("unknown top key") << "discount=5" << QByteArray("boxcost: discount: unknown key");
    QTest::newRow("unknown party key") << "party.fax=\"0\"" << QByteArray("boxcost: party.fax: unknown key");
    QTest::newRow("party mobile") << "party.mobile=\"12345\"" << QByteArray("boxcost: party.mobile: ");
    QTest::newRow("party pin") << "party.address.pin=\"4110\"" << QByteArray("boxcost: party.address.pin: ");
    QTest::newRow("party gstin") << "party.gstin=\"27AABCU9603R1ZM\"" << QByteArray("boxcost: party.gstin: ");
    QTest::newRow("party state") << "party.state=\"29\"" << QByteArray("boxcost: party.state: ");
    QTest::newRow("party email") << "party.email=\"ravi@\"" << QByteArray("boxcost: party.email: ");
    QTest::newRow("negotiation") << "items[1].negotiation.percent=100"
                                 << QByteArray("boxcost: items[1].negotiation.percent: ");
    QTest::newRow("negotiation both") << "items[1].negotiation.fixed=9"
                                      << QByteArray("boxcost: items[1].negotiation: ");
    QTest::newRow("selected") << "items[1].selected=\"yes\"" << QByteArray("boxcost: items[1].selected: ");
    QTest::newRow("terms") << "terms.validityDays=0" << QByteArray("boxcost: terms.validityDays: ");
    QTest::newRow("terms key") << "terms.discount=1" << QByteArray("boxcost: terms.discount: unknown key");
    QTest::newRow("transport") << "transport=-1" << QByteArray("boxcost: transport: ");
    QTest::newRow("hsn") << "items[0].hsn=\"48\"" << QByteArray("boxcost: items[0].hsn: ");
}

void TestQuoteCli::badInputNamesThePath() {
    QFETCH(QString, change);
    QFETCH(QByteArray, expected);
    // A two-item version of the example, then one value set by path.
    QJsonObject input = parseJsonObject(kDocumentedQuoteInput);
    QJsonArray items = input.value(QLatin1String("items")).toArray();
    QJsonObject second = items.first().toObject();
    second.insert(QStringLiteral("name"), QStringLiteral("Tea Box"));
    items.append(second);
    input.insert(QStringLiteral("items"), items);

    const QString path = change.section(QLatin1Char('='), 0, 0);
    const QJsonValue value =
        QJsonDocument::fromJson("[" + change.section(QLatin1Char('='), 1).toUtf8() + "]").array().first();
    const QStringList parts = path.split(QLatin1Char('.'));
    std::function<QJsonValue(const QJsonValue &, int)> set = [&](const QJsonValue &node, int depth) -> QJsonValue {
        if (depth == parts.size())
            return value;
        QString key = parts.at(depth);
        int index = -1;
        if (key.endsWith(QLatin1Char(']'))) {
            index = key.section(QLatin1Char('['), 1).chopped(1).toInt();
            key = key.section(QLatin1Char('['), 0, 0);
        }
        QJsonObject o = node.toObject();
        if (index < 0) {
            o.insert(key, set(o.value(key), depth + 1));
        } else {
            QJsonArray a = o.value(key).toArray();
            a.replace(index, set(a.at(index), depth + 1));
            o.insert(key, a);
        }
        return o;
    };
    input = set(input, 0).toObject();

    auto r = run({QStringLiteral("quote"), QStringLiteral("create"), writeInput(input)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith(expected), r.err.constData());
    QVERIFY2(!r.err.trimmed().endsWith(':'), r.err.constData()); // a message follows the path
    QCOMPARE(count(QStringLiteral("quotes")), 0);
    QCOMPARE(count(QStringLiteral("parties")), 0);
}

void TestQuoteCli::signInRequired() {
    const QString file = writeInput(parseJsonObject(kDocumentedQuoteInput));
    auto anonymous = run({QStringLiteral("quote"), QStringLiteral("create"), file}, false);
    QCOMPARE(anonymous.exitCode, 2);
    QVERIFY(anonymous.err.contains("--as"));
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("BOXCOST_PASSWORD"), QStringLiteral("not-the-password"));
    auto refused = runCli({QStringLiteral("quote"), QStringLiteral("create"), file, QStringLiteral("--db"), m_url,
                           QStringLiteral("--as"), QStringLiteral("ravi")},
                          {}, wrong);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    auto notJson = runCli({QStringLiteral("quote"), QStringLiteral("create"), QStringLiteral("-"),
                           QStringLiteral("--db"), m_url, QStringLiteral("--as"), QStringLiteral("ravi")},
                          "{\"party\": ", passwordEnv(kPassword));
    QCOMPARE(notJson.exitCode, 2);
    QVERIFY(notJson.err.contains("JSON"));
    QCOMPARE(count(QStringLiteral("quotes")), 0);
}

void TestQuoteCli::concurrentProcessesGetGaplessNumbers() {
    constexpr int kProcesses = 6;
    QList<QProcess *> running;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(passwordEnv(kPassword));
    for (int i = 0; i < kProcesses; ++i) {
        QJsonObject input = parseJsonObject(kDocumentedQuoteInput);
        QJsonArray items = input.value(QLatin1String("items")).toArray();
        QJsonObject item = items.first().toObject();
        item.insert(QStringLiteral("name"), QStringLiteral("Box for run %1").arg(i));
        items.replace(0, item);
        input.insert(QStringLiteral("items"), items);
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(BOXCOST_CLI_PATH),
                 {QStringLiteral("quote"), QStringLiteral("create"), writeInput(input), QStringLiteral("--date"),
                  QStringLiteral("2025-11-26"), QStringLiteral("--db"), m_url, QStringLiteral("--as"),
                  QStringLiteral("ravi")});
        running << p;
    }
    QSet<QString> numbers;
    for (QProcess *p : running) {
        QVERIFY(p->waitForFinished(180000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        numbers.insert(QString::fromUtf8(p->readAllStandardOutput()).trimmed());
        delete p;
    }
    QCOMPARE(numbers.size(), kProcesses);
    for (int seq = 1; seq <= kProcesses; ++seq)
        QVERIFY2(numbers.contains(QStringLiteral("QT/25-26/%1").arg(seq, 4, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(seq)));
    // Whichever process created the party first, the others found it by its mobile.
    QCOMPARE(count(QStringLiteral("parties")), 1);
}

void TestQuoteCli::demoFillsTheShop() {
    auto demo = run({QStringLiteral("demo"), QStringLiteral("--parties"), QStringLiteral("50"),
                     QStringLiteral("--quotes"), QStringLiteral("2000")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QVERIFY(demo.out.contains("added 50 parties and 2000 quotes"));
    QCOMPARE(count(QStringLiteral("quotes")), 2000);
    QCOMPARE(count(QStringLiteral("parties")), 50);
    auto listed = run({QStringLiteral("quote"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"),
                       QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 5);
    const QString newest =
        QJsonDocument::fromJson(listed.out).array().first().toObject().value(QLatin1String("number")).toString();
    auto shown = run({QStringLiteral("quote"), QStringLiteral("show"), newest, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QJsonObject totals = parseJsonObject(shown.out).value(QLatin1String("totals")).toObject();
    QVERIFY(totals.value(QLatin1String("grand")).toInteger() > 0);
    // A second run adds to the shop; numbers and mobiles continue without clashes.
    auto more = run({QStringLiteral("demo"), QStringLiteral("--parties"), QStringLiteral("10"),
                     QStringLiteral("--quotes"), QStringLiteral("100"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(more.exitCode == 0, more.err.constData());
    QCOMPARE(count(QStringLiteral("quotes")), 2100);
    auto db = m_t->open();
    QCOMPARE(
        db->scalar(QStringLiteral(
                       "SELECT count(*) FROM (SELECT fy FROM quotes GROUP BY fy HAVING count(*) <> max(seq)) AS gaps"))
            .toInt(),
        0);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo.generate'")).toInt(), 2);
    auto bad = run({QStringLiteral("demo"), QStringLiteral("--quotes"), QStringLiteral("many")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.startsWith("boxcost: --quotes: "));
}

void TestQuoteCli::demoCreatesAShopOnAnEmptyDatabase() {
    test::TestDatabase empty;
    auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--quotes"), QStringLiteral("300"),
                        QStringLiteral("--db"), empty.url().toString(), QStringLiteral("--as"), QStringLiteral("demo")},
                       {}, passwordEnv(kPassword));
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QVERIFY(demo.out.contains("Demo Box Works"));
    auto db = empty.open();
    QCOMPARE(db->scalar(QStringLiteral("SELECT name FROM tenants")).toString(), QStringLiteral("Demo Box Works"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT role FROM users WHERE username = 'demo'")).toString(),
             QStringLiteral("owner"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM quotes")).toInt(), 300);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM parties")).toInt(), 20);
    auto shown = runCli({QStringLiteral("quote"), QStringLiteral("list"), QStringLiteral("--db"),
                         empty.url().toString(), QStringLiteral("--as"), QStringLiteral("demo")},
                        {}, passwordEnv(kPassword));
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.out.count('\n'), 50);
}

QTEST_GUILESS_MAIN(TestQuoteCli)
#include "tst_quote_cli.moc"
