// The first-run experience with real widgets offscreen: choose where the data lives, reach the main window.

#include "TestDatabase.h"

#include "data/Database.h"
#include "data/Migrations.h"
#include "shell/AboutDialog.h"
#include "shell/FirstRunDialog.h"
#include "shell/MainWindow.h"
#include "shell/Startup.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace bcp;

class TestShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstRunOnThisComputerOpensMainWindow();
    void sharedServerTestConnectionShowsRealErrors();
    void sharedServerTestConnectionSucceeds();
};

void TestShell::initTestCase() {
    // Keep the test's settings away from the user's.
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("BoxCostProTest"));
    QCoreApplication::setApplicationName(QStringLiteral("BoxCostProTest"));
}

void TestShell::firstRunOnThisComputerOpensMainWindow() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shop/boxcostpro.db"));

    ui::FirstRunDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.localChoice()->isChecked()); // the default
    QVERIFY(!dialog.pathEdit()->text().isEmpty());
    QVERIFY(!dialog.hostEdit()->isEnabled());

    dialog.pathEdit()->clear();
    QTest::keyClicks(dialog.pathEdit(), file);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.url().isSqlite());

    auto db = ui::openAndMigrate(dialog.url(), dialog.password());
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
    ui::rememberDatabase(dialog.url(), dialog.password());
    QCOMPARE(ui::savedDatabase()->toString(), dialog.url().toString());

    ui::MainWindow window(*db.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString status = window.engineLabel()->text();
    QVERIFY2(status.startsWith(QStringLiteral("SQLite 3.")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("boxcostpro.db")));
    QVERIFY(status.contains(QStringLiteral("schema %1").arg(Migrations::latestVersion())));

    ui::AboutDialog about(*db.value());
    QVERIFY(about.versionsText().contains(QStringLiteral("Qt 6.")));
    QVERIFY(about.versionsText().contains(QStringLiteral("SQLite 3.")));
}

void TestShell::sharedServerTestConnectionShowsRealErrors() {
    ui::FirstRunDialog dialog;
    dialog.show();
    QTest::mouseClick(dialog.serverChoice(), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(dialog.serverChoice()->isChecked());
    QVERIFY(dialog.hostEdit()->isEnabled());
    dialog.hostEdit()->setText(QStringLiteral("127.0.0.1"));
    dialog.portEdit()->setValue(1);
    dialog.userEdit()->setText(QStringLiteral("app"));
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    const QString text = dialog.testResult()->text();
    QVERIFY2(text.contains(QStringLiteral("cannot connect to PostgreSQL at 127.0.0.1:1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("refused")), qPrintable(text)); // the server's own words
}

void TestShell::sharedServerTestConnectionSucceeds() {
    const auto admin = DbUrl::parse(qEnvironmentVariable("BOXCOST_TEST_PG"));
    QVERIFY2(admin.ok(), "BOXCOST_TEST_PG must name the test server");
    ui::FirstRunDialog dialog;
    dialog.show();
    dialog.serverChoice()->setChecked(true);
    dialog.hostEdit()->setText(admin->host);
    dialog.portEdit()->setValue(admin->port);
    dialog.databaseEdit()->setText(admin->database);
    dialog.userEdit()->setText(admin->user);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY2(dialog.testResult()->text().startsWith(QStringLiteral("Connected: PostgreSQL ")), qPrintable(dialog.testResult()->text()));
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
