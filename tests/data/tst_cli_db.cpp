// `boxcost db init|migrate|status` on both engines, and the bad inputs a user will try.

#include "CliRunner.h"
#include "TestDatabase.h"

#include "data/Migrations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bcp;
using bcp::test::runCli;

class TestCliDb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initMigrateStatus();
    void malformedUrl_data();
    void malformedUrl();
    void unreachableServer();
    void notAnSqliteFile();
    void readOnlyLocation();
    void statusDoesNotCreateAFile();
};

void TestCliDb::initMigrateStatus() {
    test::TestDatabase t;
    const QString url = t.url().toString();
    auto init = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), url});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY(init.out.contains(QByteArray::number(Migrations::latestVersion())));

    auto migrate = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url});
    QCOMPARE(migrate.exitCode, 0);

    auto status = runCli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), url});
    QCOMPARE(status.exitCode, 0);
    const QString text = QString::fromUtf8(status.out);
    QVERIFY(text.contains(test::postgresRun() ? QStringLiteral("PostgreSQL ") : QStringLiteral("SQLite ")));
    QVERIFY(text.contains(t.url().location()));
    QVERIFY(text.contains(QStringLiteral("schema:   %1 (current").arg(Migrations::latestVersion())));

    auto json = runCli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), url});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.out.contains("\"schemaVersion\":" + QByteArray::number(Migrations::latestVersion())));
}

void TestCliDb::malformedUrl_data() {
    QTest::addColumn<QString>("url");
    QTest::newRow("scheme") << QStringLiteral("mysql://root@localhost/shop");
    QTest::newRow("no path") << QStringLiteral("sqlite://");
    QTest::newRow("no database") << QStringLiteral("postgresql://app@localhost:5432/");
    QTest::newRow("no user") << QStringLiteral("postgresql://localhost:5432/shop");
    QTest::newRow("bad port") << QStringLiteral("postgresql://app@localhost:99999/shop");
    QTest::newRow("password in url") << QStringLiteral("postgresql://app:secret@localhost/shop");
}

void TestCliDb::malformedUrl() {
    QFETCH(QString, url);
    auto r = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), url});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith("boxcost: --db: "), r.err.constData());
}

void TestCliDb::unreachableServer() {
    auto r = runCli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"),
                     QStringLiteral("postgresql://app@127.0.0.1:1/shop")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.elapsedMs < 10000);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("127.0.0.1:1"), r.err.constData());
}

void TestCliDb::notAnSqliteFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    const QByteArray content("PK\x03\x04 this is a zip file, not a database");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    for (const char *action : {"init", "migrate", "status"}) {
        auto r = runCli({QStringLiteral("db"), QString::fromLatin1(action), QStringLiteral("--db"), QStringLiteral("sqlite://") + path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a usable SQLite database"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestCliDb::readOnlyLocation() {
    auto r = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), QStringLiteral("sqlite:///sys/boxcost/shop.db")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("read-only"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliDb::statusDoesNotCreateAFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto r = runCli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("sqlite://") + path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("boxcost db init"));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCliDb)
#include "tst_cli_db.moc"
