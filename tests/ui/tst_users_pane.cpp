// The Users pane with real widgets offscreen on a real SQLite database: the model under
// QAbstractItemModelTester, adding a user who then signs in (and must change the one-time password), the
// filters, and each administrative action with the service's refusals shown in the pane.

#include "TestDatabase.h"
#include "TestShop.h"

#include "accounts/AppFlow.h"
#include "accounts/ChangePasswordDialog.h"
#include "accounts/MessageLabel.h"
#include "accounts/ResetPasswordDialog.h"
#include "accounts/ShopKeyDialog.h"
#include "accounts/SignInDialog.h"
#include "accounts/UserDialog.h"
#include "accounts/UsersModel.h"
#include "accounts/UsersPane.h"
#include "calculator/FieldMark.h"
#include "data/Database.h"
#include "services/AccountService.h"
#include "services/Clock.h"
#include "services/SecretStore.h"
#include "services/ShopKeyService.h"
#include "services/Totp.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace bcp;

namespace {

const QString kOwnerPassword = QStringLiteral("Corrugated#Box42");
const QString kStaffPassword = QStringLiteral("Flute-Board-2024");

struct Shop {
    test::TestDatabase testDb;
    std::unique_ptr<Database> db = testDb.openMigrated();
    SecretStore secrets{QStringLiteral("BoxCostProTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    AccountService accounts{*db, Clock::system(), secrets};
    Session owner;

    Shop() : owner(test::setUpShreeGaneshPackaging(accounts, kOwnerPassword)) {}
    ~Shop() { test::removeDataAndShopKeys(secrets, *db); }

    qint64 addUser(const QString &username, const QString &name, const QString &role, const QString &email = {}) {
        auto id = accounts.addUser(owner, {username, name, email, role, kStaffPassword});
        if (!id)
            qFatal("adding %s failed: %s", qPrintable(username), qPrintable(id.error().text()));
        return id.value();
    }

    // Signs `username` in once with the one-time password and changes it, as a new user would.
    Session signInAndChange(const QString &username) {
        auto signedIn = accounts.signIn(username, kStaffPassword);
        if (!signedIn)
            qFatal("sign-in of %s failed: %s", qPrintable(username), qPrintable(signedIn.error().text()));
        const QString mine = kStaffPassword + QStringLiteral("-own");
        auto changed = accounts.changeOwnPassword(signedIn->session, kStaffPassword, mine, mine);
        if (!changed)
            qFatal("password change failed: %s", qPrintable(changed.error().text()));
        return signedIn->session;
    }

    void lockOut(const QString &username) {
        for (int i = 0; i < AccountService::kMaxFailedAttempts; ++i)
            (void)accounts.signIn(username, QStringLiteral("wrong password %1").arg(i));
    }
};

QString cell(const ui::UsersModel *model, int row, int column) {
    return model->index(row, column).data().toString();
}

int rowOf(const ui::UsersModel *model, const QString &username) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, ui::UsersModel::UsernameColumn) == username)
            return row;
    }
    return -1;
}

void select(ui::UsersPane &pane, const QString &username) {
    const int row = rowOf(pane.model(), username);
    QVERIFY2(row >= 0, qPrintable(username));
    const QRect rect = pane.view()->visualRect(pane.model()->index(row, 0));
    QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(pane.view()->selectionModel()->selectedRows().value(0).row(), row);
}

void typeInto(QLineEdit *edit, const QString &text) {
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Clicks the button of a confirmation box that has the accept role.
void confirm(QDialog *dialog) {
    auto *box = qobject_cast<QMessageBox *>(dialog);
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL("no accept button");
}

} // namespace

class TestUsersPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelPassesTesterAndShowsState();
    void addedUserSignsInAndMustChangePassword();
    void addUserRefusalKeepsDialogOpen();
    void searchAndFilters();
    void disableAndEnable();
    void unlockLockedUser();
    void resetPasswordForcesChange();
    void resetTwoFactor();
    void changeRoleAndItsRefusals();
    void requireTwoFactorSetting();
    void shopKeyShownHereAndInstalledOnAnotherComputer();
};

void TestUsersPane::initTestCase() {
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("BoxCostProTest"));
    QCoreApplication::setApplicationName(QStringLiteral("BoxCostProTest"));
}

void TestUsersPane::modelPassesTesterAndShowsState() {
    Shop shop;
    shop.addUser(QStringLiteral("meena"), QStringLiteral("Meena Shah"), QStringLiteral("admin"),
                 QStringLiteral("meena@example.in"));
    const qint64 suresh =
        shop.addUser(QStringLiteral("suresh"), QStringLiteral("Suresh Patil"), QStringLiteral("staff"));
    shop.addUser(QStringLiteral("anil"), QStringLiteral("Anil Rao"), QStringLiteral("viewer"));
    shop.lockOut(QStringLiteral("anil"));
    QVERIFY(shop.accounts.setDisabled(shop.owner, suresh, true).ok());
    const Session meena = shop.signInAndChange(QStringLiteral("meena"));
    auto enrolment = shop.accounts.beginTotp(meena);
    QVERIFY2(enrolment.ok(), qPrintable(enrolment ? QString() : enrolment.error().text()));
    QVERIFY(shop.accounts
                .confirmTotp(meena, enrolment.value(),
                             Totp::code(enrolment->secret, Totp::stepAt(QDateTime::currentSecsSinceEpoch())))
                .ok());

    ui::UsersModel model(shop.accounts, shop.owner, Clock::system());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ui::UsersModel::ColumnCount));
    QCOMPARE(model.headerData(ui::UsersModel::TwoFactorColumn, Qt::Horizontal).toString(),
             QStringLiteral("Two-factor"));

    const int m = rowOf(&model, QStringLiteral("meena"));
    QCOMPARE(cell(&model, m, ui::UsersModel::NameColumn), QStringLiteral("Meena Shah"));
    QCOMPARE(cell(&model, m, ui::UsersModel::EmailColumn), QStringLiteral("meena@example.in"));
    QCOMPARE(cell(&model, m, ui::UsersModel::RoleColumn), QStringLiteral("Admin"));
    QCOMPARE(cell(&model, m, ui::UsersModel::StatusColumn), QStringLiteral("Active"));
    QCOMPARE(cell(&model, m, ui::UsersModel::TwoFactorColumn), QStringLiteral("On"));
    QVERIFY(cell(&model, m, ui::UsersModel::LastSignInColumn) != QStringLiteral("Never"));
    const int s = rowOf(&model, QStringLiteral("suresh"));
    QCOMPARE(cell(&model, s, ui::UsersModel::StatusColumn), QStringLiteral("Disabled"));
    QCOMPARE(cell(&model, s, ui::UsersModel::TwoFactorColumn), QStringLiteral("Off"));
    QCOMPARE(cell(&model, s, ui::UsersModel::LastSignInColumn), QStringLiteral("Never"));
    QVERIFY(model.index(s, 0).data(ui::UsersModel::DisabledRole).toBool());
    const int a = rowOf(&model, QStringLiteral("anil"));
    QVERIFY2(cell(&model, a, ui::UsersModel::StatusColumn).startsWith(QStringLiteral("Locked until")),
             qPrintable(cell(&model, a, ui::UsersModel::StatusColumn)));
    QVERIFY(model.index(a, 0).data(ui::UsersModel::LockedRole).toBool());
    QVERIFY(!model.index(a, ui::UsersModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(a, 0).data(ui::UsersModel::UserIdRole).toLongLong(), model.userAt(a).id);

    // Filters run in the service; the tester watches the resets.
    QVERIFY(model.setFilter({QString(), QString(), QStringLiteral("locked")}).ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.setFilter({QStringLiteral("SHAH"), QString(), QString()}).ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.setFilter({QString(), QStringLiteral("owner"), QString()}).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(&model, 0, ui::UsersModel::UsernameColumn), QStringLiteral("ravi"));
    QVERIFY(model.setFilter({QStringLiteral("nobody at all"), QString(), QString()}).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestUsersPane::addedUserSignsInAndMustChangePassword() {
    Shop shop;
    ui::UsersPane pane(shop.accounts, shop.owner);
    pane.resize(1100, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.model()->rowCount(), 1);

    QTest::mouseClick(pane.addButton(), Qt::LeftButton);
    auto *dialog = qobject_cast<ui::UserDialog *>(pane.currentDialog());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->isNew());
    QVERIFY(!dialog->passwordEdit()->text().isEmpty()); // a one-time password is offered
    QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("meena"));
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Meena Shah"));
    QTest::keyClicks(dialog->emailEdit(), QStringLiteral("meena@example.in"));
    dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findData(QStringLiteral("staff")));
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    const QString oneTime = dialog->passwordEdit()->text();
    QVERIFY(oneTime.size() >= 10);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QCOMPARE(pane.model()->rowCount(), 2);
    const int row = rowOf(pane.model(), QStringLiteral("meena"));
    QVERIFY(row >= 0);
    QCOMPARE(pane.view()->selectionModel()->selectedRows().value(0).row(), row);
    QCOMPARE(cell(pane.model(), row, ui::UsersModel::RoleColumn), QStringLiteral("Staff"));
    QVERIFY(pane.message()->isVisible());
    QVERIFY2(pane.message()->text().contains(oneTime), qPrintable(pane.message()->text()));

    // The new user signs in with the one-time password and must choose their own before the main window.
    ui::AppFlow flow(*shop.db, Clock::system(), shop.secrets);
    flow.start();
    auto *signIn = qobject_cast<ui::SignInDialog *>(flow.currentDialog());
    QVERIFY(signIn);
    typeInto(signIn->usernameEdit(), QStringLiteral("meena"));
    typeInto(signIn->passwordEdit(), oneTime);
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    QCOMPARE(flow.step(), ui::AppFlow::Step::ChangePassword);
    QVERIFY(!flow.mainWindow());
    auto *change = qobject_cast<ui::ChangePasswordDialog *>(flow.currentDialog());
    QVERIFY(change);
    QVERIFY(QTest::qWaitForWindowExposed(change));

    // Reusing the one-time password is refused; the dialog stays.
    QTest::keyClicks(change->currentEdit(), oneTime);
    QTest::keyClicks(change->newEdit(), oneTime);
    QTest::keyClicks(change->repeatEdit(), oneTime);
    QTest::mouseClick(change->changeButton(), Qt::LeftButton);
    QCOMPARE(flow.step(), ui::AppFlow::Step::ChangePassword);
    QVERIFY(change->message()->isVisible());
    QVERIFY(ui::FieldMark::isMarked(change->newEdit()));

    const QString mine = QStringLiteral("Kraft-Liner-Seven7");
    typeInto(change->newEdit(), mine);
    typeInto(change->repeatEdit(), mine);
    QTest::mouseClick(change->changeButton(), Qt::LeftButton);
    QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    QVERIFY(flow.mainWindow());
    QCOMPARE(flow.session().role, QStringLiteral("staff"));
    QVERIFY(flow.mainWindow()->paneCount() > 0);
    QVERIFY(!flow.mainWindow()->panes()->findChild<ui::UsersPane *>()); // staff do not manage users

    auto again = shop.accounts.signIn(QStringLiteral("meena"), mine);
    QVERIFY(again.ok());
    QVERIFY(!again->mustChangePassword);
    QVERIFY(!shop.accounts.signIn(QStringLiteral("meena"), oneTime).ok());
}

void TestUsersPane::addUserRefusalKeepsDialogOpen() {
    Shop shop;
    ui::UsersPane pane(shop.accounts, shop.owner);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    pane.addUser();
    auto *dialog = qobject_cast<ui::UserDialog *>(pane.currentDialog());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("RAVI")); // taken, whatever the case
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Another Ravi"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(ui::FieldMark::isMarked(dialog->usernameEdit()));
    QVERIFY2(dialog->message()->text().contains(QStringLiteral("already taken")),
             qPrintable(dialog->message()->text()));

    // A one-time password that breaks the rules is refused with the rule.
    typeInto(dialog->usernameEdit(), QStringLiteral("ravi2"));
    typeInto(dialog->passwordEdit(), QStringLiteral("short"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(ui::FieldMark::isMarked(dialog->passwordEdit()));
    QVERIFY2(dialog->message()->text().contains(QStringLiteral("at least 10")), qPrintable(dialog->message()->text()));
    QCOMPARE(shop.accounts.listUsers(shop.owner)->size(), 1);

    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    QVERIFY(!ui::FieldMark::isMarked(dialog->passwordEdit()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(shop.accounts.listUsers(shop.owner)->size(), 2);
}

void TestUsersPane::searchAndFilters() {
    Shop shop;
    shop.addUser(QStringLiteral("meena"), QStringLiteral("Meena Shah"), QStringLiteral("admin"));
    shop.addUser(QStringLiteral("suresh"), QStringLiteral("Suresh Patil"), QStringLiteral("staff"),
                 QStringLiteral("suresh@patil.in"));
    shop.addUser(QStringLiteral("anil"), QStringLiteral("Anil Rao"), QStringLiteral("staff"));
    ui::UsersPane pane(shop.accounts, shop.owner);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.model()->rowCount(), 4);

    // Ctrl+F goes to the search box; the list follows the typing after a short pause.
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(pane.searchEdit()->hasFocus());
    QTest::keyClicks(pane.searchEdit(), QStringLiteral("patil"));
    QTRY_COMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(cell(pane.model(), 0, ui::UsersModel::UsernameColumn), QStringLiteral("suresh"));
    pane.searchEdit()->clear();
    QTRY_COMPARE(pane.model()->rowCount(), 4);

    pane.roleFilter()->setCurrentIndex(pane.roleFilter()->findData(QStringLiteral("staff")));
    QCOMPARE(pane.model()->rowCount(), 2);
    pane.roleFilter()->setCurrentIndex(0);
    pane.statusFilter()->setCurrentIndex(pane.statusFilter()->findData(QStringLiteral("disabled")));
    QCOMPARE(pane.model()->rowCount(), 0);
    pane.statusFilter()->setCurrentIndex(pane.statusFilter()->findData(QStringLiteral("active")));
    QCOMPARE(pane.model()->rowCount(), 4);
}

void TestUsersPane::disableAndEnable() {
    Shop shop;
    shop.addUser(QStringLiteral("suresh"), QStringLiteral("Suresh Patil"), QStringLiteral("staff"));
    ui::UsersPane pane(shop.accounts, shop.owner);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    // Your own account cannot be disabled from here.
    select(pane, QStringLiteral("ravi"));
    QVERIFY(!pane.disableButton()->isEnabled());

    select(pane, QStringLiteral("suresh"));
    QVERIFY(pane.disableButton()->isEnabled());
    QTest::mouseClick(pane.disableButton(), Qt::LeftButton);
    confirm(pane.currentDialog());
    const int row = rowOf(pane.model(), QStringLiteral("suresh"));
    QCOMPARE(cell(pane.model(), row, ui::UsersModel::StatusColumn), QStringLiteral("Disabled"));
    QCOMPARE(pane.disableButton()->text().remove(QLatin1Char('&')), QStringLiteral("Enable"));
    auto refused = shop.accounts.signIn(QStringLiteral("suresh"), kStaffPassword);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("disabled")), qPrintable(refused.error().message));

    QTest::mouseClick(pane.disableButton(), Qt::LeftButton);
    QCOMPARE(cell(pane.model(), rowOf(pane.model(), QStringLiteral("suresh")), ui::UsersModel::StatusColumn),
             QStringLiteral("Active"));
    QVERIFY(shop.accounts.signIn(QStringLiteral("suresh"), kStaffPassword).ok());
}

void TestUsersPane::unlockLockedUser() {
    Shop shop;
    shop.addUser(QStringLiteral("anil"), QStringLiteral("Anil Rao"), QStringLiteral("staff"));
    shop.lockOut(QStringLiteral("anil"));
    ui::UsersPane pane(shop.accounts, shop.owner);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    select(pane, QStringLiteral("ravi"));
    QVERIFY(!pane.unlockButton()->isEnabled());
    select(pane, QStringLiteral("anil"));
    QVERIFY(pane.unlockButton()->isEnabled());
    QTest::mouseClick(pane.unlockButton(), Qt::LeftButton);
    QCOMPARE(cell(pane.model(), rowOf(pane.model(), QStringLiteral("anil")), ui::UsersModel::StatusColumn),
             QStringLiteral("Active"));
    QVERIFY(!pane.unlockButton()->isEnabled());
    QVERIFY(pane.message()->text().contains(QStringLiteral("Unlocked anil")));
    QVERIFY(shop.accounts.signIn(QStringLiteral("anil"), kStaffPassword).ok());
}

void TestUsersPane::resetPasswordForcesChange() {
    Shop shop;
    shop.addUser(QStringLiteral("suresh"), QStringLiteral("Suresh Patil"), QStringLiteral("staff"));
    shop.signInAndChange(QStringLiteral("suresh"));
    shop.lockOut(QStringLiteral("suresh"));
    ui::UsersPane pane(shop.accounts, shop.owner);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    select(pane, QStringLiteral("suresh"));
    QTest::mouseClick(pane.resetPasswordButton(), Qt::LeftButton);
    auto *dialog = qobject_cast<ui::ResetPasswordDialog *>(pane.currentDialog());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    typeInto(dialog->passwordEdit(), QStringLiteral("suresh-temp-1"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // contains the user name
    QVERIFY(dialog->message()->isVisible());
    typeInto(dialog->passwordEdit(), QStringLiteral("Temp-Board-5150"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(pane.message()->text().contains(QStringLiteral("Temp-Board-5150")));

    // The reset also lifted the lock; the next sign-in must change the password.
    const int row = rowOf(pane.model(), QStringLiteral("suresh"));
    QCOMPARE(cell(pane.model(), row, ui::UsersModel::StatusColumn), QStringLiteral("Active"));
    auto signedIn = shop.accounts.signIn(QStringLiteral("suresh"), QStringLiteral("Temp-Board-5150"));
    QVERIFY(signedIn.ok());
    QVERIFY(signedIn->mustChangePassword);
}

void TestUsersPane::resetTwoFactor() {
    Shop shop;
    shop.addUser(QStringLiteral("meena"), QStringLiteral("Meena Shah"), QStringLiteral("admin"));
    const Session meena = shop.signInAndChange(QStringLiteral("meena"));
    auto enrolment = shop.accounts.beginTotp(meena);
    QVERIFY2(enrolment.ok(), qPrintable(enrolment ? QString() : enrolment.error().text()));
    QVERIFY(shop.accounts
                .confirmTotp(meena, enrolment.value(),
                             Totp::code(enrolment->secret, Totp::stepAt(QDateTime::currentSecsSinceEpoch())))
                .ok());

    ui::UsersPane pane(shop.accounts, shop.owner);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    select(pane, QStringLiteral("ravi"));
    QVERIFY(!pane.resetTwoFactorButton()->isEnabled()); // not set up
    select(pane, QStringLiteral("meena"));
    QCOMPARE(cell(pane.model(), rowOf(pane.model(), QStringLiteral("meena")), ui::UsersModel::TwoFactorColumn),
             QStringLiteral("On"));
    QVERIFY(pane.resetTwoFactorButton()->isEnabled());
    QTest::mouseClick(pane.resetTwoFactorButton(), Qt::LeftButton);
    confirm(pane.currentDialog());
    QCOMPARE(cell(pane.model(), rowOf(pane.model(), QStringLiteral("meena")), ui::UsersModel::TwoFactorColumn),
             QStringLiteral("Off"));
    auto signedIn = shop.accounts.signIn(QStringLiteral("meena"), kStaffPassword + QStringLiteral("-own"));
    QVERIFY(signedIn.ok());
    QVERIFY(!signedIn->needsTotp);
}

void TestUsersPane::changeRoleAndItsRefusals() {
    Shop shop;
    shop.addUser(QStringLiteral("suresh"), QStringLiteral("Suresh Patil"), QStringLiteral("staff"));
    ui::UsersPane pane(shop.accounts, shop.owner);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    select(pane, QStringLiteral("suresh"));
    QTest::mouseClick(pane.changeRoleButton(), Qt::LeftButton);
    auto *input = qobject_cast<QInputDialog *>(pane.currentDialog());
    QVERIFY(input);
    QVERIFY(QTest::qWaitForWindowExposed(input));
    QCOMPARE(input->textValue(), QStringLiteral("Staff"));
    input->setTextValue(QStringLiteral("Admin"));
    input->accept();
    QCOMPARE(cell(pane.model(), rowOf(pane.model(), QStringLiteral("suresh")), ui::UsersModel::RoleColumn),
             QStringLiteral("Admin"));
    QVERIFY(pane.message()->text().contains(QStringLiteral("suresh is now Admin")));

    // One's own role: the service refuses and the pane shows its words.
    select(pane, QStringLiteral("ravi"));
    pane.changeRole();
    input = qobject_cast<QInputDialog *>(pane.currentDialog());
    QVERIFY(input);
    input->setTextValue(QStringLiteral("Staff"));
    input->accept();
    QCOMPARE(pane.message()->tone(), ui::MessageLabel::Tone::Error);
    QVERIFY2(pane.message()->text().contains(QStringLiteral("your own role")), qPrintable(pane.message()->text()));
    QCOMPARE(cell(pane.model(), rowOf(pane.model(), QStringLiteral("ravi")), ui::UsersModel::RoleColumn),
             QStringLiteral("Owner"));

    // An admin may not touch the owner's role; the refusal is shown, not swallowed.
    const Session suresh = shop.signInAndChange(QStringLiteral("suresh"));
    ui::UsersPane adminPane(shop.accounts, suresh);
    adminPane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&adminPane));
    select(adminPane, QStringLiteral("ravi"));
    adminPane.changeRole();
    input = qobject_cast<QInputDialog *>(adminPane.currentDialog());
    QVERIFY(input);
    input->setTextValue(QStringLiteral("Viewer"));
    input->accept();
    QCOMPARE(adminPane.message()->tone(), ui::MessageLabel::Tone::Error);
    QVERIFY2(adminPane.message()->text().contains(QStringLiteral("owner")), qPrintable(adminPane.message()->text()));
    QCOMPARE(shop.accounts.user(shop.owner, shop.owner.userId)->role, QStringLiteral("owner"));
}

void TestUsersPane::requireTwoFactorSetting() {
    Shop shop;
    ui::UsersPane pane(shop.accounts, shop.owner);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(!pane.requireTwoFactorCheck()->isChecked());
    QVERIFY(pane.requireTwoFactorCheck()->isEnabled());
    QTest::mouseClick(pane.requireTwoFactorCheck(), Qt::LeftButton);
    QVERIFY(pane.requireTwoFactorCheck()->isChecked());
    QCOMPARE(shop.accounts.requiresTwoFactor(shop.owner).value(), true);
    auto signedIn = shop.accounts.signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(signedIn.ok());
    QVERIFY(signedIn->mustEnrolTotp);

    // A fresh pane shows the stored setting.
    ui::UsersPane again(shop.accounts, shop.owner);
    QVERIFY(again.requireTwoFactorCheck()->isChecked());
    QTest::mouseClick(pane.requireTwoFactorCheck(), Qt::LeftButton);
    QCOMPARE(shop.accounts.requiresTwoFactor(shop.owner).value(), false);
}

void TestUsersPane::shopKeyShownHereAndInstalledOnAnotherComputer() {
    Shop shop;
    // The owner sets up two-factor on this computer, which makes the shop key.
    auto enrolment = shop.accounts.beginTotp(shop.owner);
    QVERIFY2(enrolment.ok(), qPrintable(enrolment ? QString() : enrolment.error().text()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(shop.accounts.confirmTotp(shop.owner, enrolment.value(), Totp::code(enrolment->secret, Totp::stepAt(now) - 1))
                .ok());

    ui::UsersPane pane(shop.accounts, shop.owner);
    pane.resize(1080, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.shopKeyButton()->isVisible());
    const QString dir = qEnvironmentVariable("BOXCOST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(pane.grab().save(dir + QStringLiteral("/users-pane.png")));
    QTest::mouseClick(pane.shopKeyButton(), Qt::LeftButton);
    auto *here = qobject_cast<ui::ShopKeyDialog *>(pane.currentDialog());
    QVERIFY(here);
    QVERIFY(QTest::qWaitForWindowExposed(here));
    QVERIFY2(here->stateLabel()->text().contains(QStringLiteral("has the shop key")),
             qPrintable(here->stateLabel()->text()));
    QVERIFY(!here->keyLabel()->isVisible());
    QTest::mouseClick(here->showButton(), Qt::LeftButton);
    QVERIFY(here->keyLabel()->isVisible());
    const QString key = here->keyLabel()->text();
    QCOMPARE(key.split(QLatin1Char(' ')).size(), 13);
    QVERIFY(here->keyLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
    if (!dir.isEmpty())
        QVERIFY(here->grab().save(dir + QStringLiteral("/shop-key-dialog.png")));
    here->close();

    // Another computer: a second connection to the same database and its own keychain.
    auto otherDb = shop.testDb.open();
    SecretStore otherKeychain(QStringLiteral("BoxCostProTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    AccountService otherAccounts(*otherDb, Clock::system(), otherKeychain);
    ui::UsersPane otherPane(otherAccounts, shop.owner);
    otherPane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&otherPane));
    QTest::mouseClick(otherPane.shopKeyButton(), Qt::LeftButton);
    auto *there = qobject_cast<ui::ShopKeyDialog *>(otherPane.currentDialog());
    QVERIFY(there);
    QVERIFY(QTest::qWaitForWindowExposed(there));
    QVERIFY2(there->stateLabel()->text().contains(QStringLiteral("does not have the shop key")),
             qPrintable(there->stateLabel()->text()));
    QVERIFY(!there->showButton()->isEnabled());

    QSignalSpy installed(there, &ui::ShopKeyDialog::installed);
    typeInto(there->keyEdit(), QStringLiteral("ABCD EFGH"));
    QTest::mouseClick(there->installButton(), Qt::LeftButton);
    QVERIFY(there->message()->isVisible());
    QVERIFY2(there->message()->text().contains(QStringLiteral("52")), qPrintable(there->message()->text()));
    typeInto(there->keyEdit(), ShopKeyService::format(QByteArray(32, '\x5a')));
    QTest::keyClick(there->keyEdit(), Qt::Key_Return);
    QVERIFY2(there->message()->text().contains(QStringLiteral("not the shop key")), qPrintable(there->message()->text()));
    QCOMPARE(installed.count(), 0);

    typeInto(there->keyEdit(), key.toLower());
    QTest::mouseClick(there->installButton(), Qt::LeftButton);
    QCOMPARE(installed.count(), 1);
    QVERIFY2(there->message()->text().contains(QStringLiteral("installed")), qPrintable(there->message()->text()));
    QVERIFY2(there->stateLabel()->text().contains(QStringLiteral("has the shop key")),
             qPrintable(there->stateLabel()->text()));
    QVERIFY(there->showButton()->isEnabled());
    if (!dir.isEmpty())
        QVERIFY(there->grab().save(dir + QStringLiteral("/shop-key-installed.png")));
    there->close();
    for (const QString &entry : {SecretStore::dataKeyEntryName(),
                                 ShopKeyService::entryName(otherDb->scalar(QStringLiteral("SELECT key_id FROM shop_keys")).toString())})
        (void)otherKeychain.remove(entry);
}

QTEST_MAIN(TestUsersPane)
#include "tst_users_pane.moc"
