// From an empty database to a signed-in main window with real widgets offscreen: the setup wizard, signing in
// with a two-factor code computed at the real time, refusals shown in the dialog (wrong code, locked account),
// enrolment required by the shop, and the idle lock keeping what was typed.
//
// Two-factor secrets are sealed with the keychain's data key, so this test needs the Secret Service that
// .ci/test starts (gnome-keyring in a D-Bus session). Without one, enrolment fails and so does the test.

#include "TestDatabase.h"
#include "TestShop.h"

#include "accounts/AppFlow.h"
#include "accounts/ChangePasswordDialog.h"
#include "accounts/IdleLock.h"
#include "accounts/MessageLabel.h"
#include "accounts/PasswordStrengthMeter.h"
#include "accounts/QrCodeView.h"
#include "accounts/SecretPrompt.h"
#include "accounts/SetupWizard.h"
#include "accounts/ShopKeyDialog.h"
#include "accounts/SignInDialog.h"
#include "accounts/TotpEnrolmentDialog.h"
#include "accounts/UnlockDialog.h"
#include "accounts/UsersPane.h"
#include "calculator/FieldMark.h"
#include "data/Database.h"
#include "services/AccountService.h"
#include "services/Clock.h"
#include "services/SecretStore.h"
#include "services/ShopKeyService.h"
#include "services/Totp.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QTimeZone>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace bcp;

namespace {

const QString kOwnerPassword = QStringLiteral("Corrugated#Box42");

qint64 nowSeconds() {
    return QDateTime::currentSecsSinceEpoch();
}

// A fresh database with its own keychain entry for the data key, so runs never share two-factor secrets.
struct Shop {
    test::TestDatabase testDb;
    std::unique_ptr<Database> db = testDb.openMigrated();
    SecretStore secrets{QStringLiteral("BoxCostProTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    AccountService accounts{*db, Clock::system(), secrets};

    ~Shop() { test::removeDataAndShopKeys(secrets, *db); }

    Session createOwner() { return test::setUpShreeGaneshPackaging(accounts, kOwnerPassword); }

    // Two-factor on for `session`'s user, confirmed with the previous step's code so that the current step's
    // code is still unused for the sign-in that follows.
    QByteArray enrol(const Session &session) {
        auto enrolment = accounts.beginTotp(session);
        if (!enrolment)
            qFatal("two-factor enrolment needs the keychain: %s", qPrintable(enrolment.error().text()));
        const QString code = Totp::code(enrolment->secret, Totp::stepAt(nowSeconds()) - 1);
        auto codes = accounts.confirmTotp(session, enrolment.value(), code);
        if (!codes)
            qFatal("confirming two-factor failed: %s", qPrintable(codes.error().text()));
        return enrolment->secret;
    }
};

template <class T> T *current(const ui::AppFlow &flow) {
    return qobject_cast<T *>(flow.currentDialog());
}

void typeInto(QLineEdit *edit, const QString &text) {
    edit->clear();
    QTest::keyClicks(edit, text);
}

// A 6-digit code that is none of the codes accepted around now.
QString wrongCode(const QByteArray &secret) {
    const qint64 step = Totp::stepAt(nowSeconds());
    QStringList accepted;
    for (qint64 s = step - 2; s <= step + 2; ++s)
        accepted << Totp::code(secret, s);
    for (int n = 0;; ++n) {
        const QString candidate = QStringLiteral("%1").arg(123456 + n * 1111, 6, 10, QLatin1Char('0'));
        if (!accepted.contains(candidate))
            return candidate;
    }
}

} // namespace

class TestSignIn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void setupWizardCreatesShopAndOwner();
    void setupWizardRefusalKeepsItOpen();
    void setupWizardOffersADemoShop();
    void signInWithTwoFactorReachesMainWindow();
    void wrongCodeShowsMessage();
    void lockedAccountShowsMessage();
    void requiredTwoFactorEnrolsBeforeMainWindow();
    void idleLockKeepsTypedText();
    void activityPostponesIdleLock();
    void unlockFailuresLockAndOfferOnlySignOut();
    void missingShopKeyIsEnteredAtTheCodeStep();
    void requiredEnrolmentOnAnotherComputerInstallsTheShopKey();
    void secretPromptAsksOnTheGuiThread();

private:
    void signInAs(ui::AppFlow &flow, const QString &user, const QString &password);
};

void TestSignIn::initTestCase() {
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("BoxCostProTest"));
    QCoreApplication::setApplicationName(QStringLiteral("BoxCostProTest"));
}

void TestSignIn::signInAs(ui::AppFlow &flow, const QString &user, const QString &password) {
    auto *dialog = current<ui::SignInDialog>(flow);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    typeInto(dialog->usernameEdit(), user);
    typeInto(dialog->passwordEdit(), password);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
}

void TestSignIn::setupWizardCreatesShopAndOwner() {
    Shop shop;
    ui::AppFlow flow(*shop.db, Clock::system(), shop.secrets);
    flow.start();
    QCOMPARE(flow.step(), ui::AppFlow::Step::Setup);
    auto *wizard = current<ui::SetupWizard>(flow);
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(ui::SetupWizard::ShopPage));

    QTest::keyClicks(wizard->companyEdit(), QStringLiteral("Shree Ganesh Packaging"));
    // The GSTIN names the state: typing it picks Maharashtra, and it is checked as it is typed.
    QTest::keyClicks(wizard->gstinEdit(), QStringLiteral("27aapfu0939f1z"));
    QVERIFY2(wizard->gstinStatus()->text().contains(QStringLiteral("14 of 15")),
             qPrintable(wizard->gstinStatus()->text()));
    QTest::keyClicks(wizard->gstinEdit(), QStringLiteral("v"));
    QCOMPARE(wizard->gstinEdit()->text(), QStringLiteral("27AAPFU0939F1ZV"));
    QCOMPARE(wizard->stateCombo()->currentData().toString(), QStringLiteral("27"));
    QVERIFY2(wizard->gstinStatus()->text().contains(QStringLiteral("Valid GSTIN")),
             qPrintable(wizard->gstinStatus()->text()));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::SetupWizard::OwnerPage));

    QTest::keyClicks(wizard->usernameEdit(), QStringLiteral("ravi"));
    QTest::keyClicks(wizard->displayNameEdit(), QStringLiteral("Ravi Kumar"));
    QTest::keyClicks(wizard->passwordEdit(), QStringLiteral("ravi12345"));
    // The meter and the rule are live: too short, then containing the user name, then fine.
    QVERIFY(!wizard->strengthMeter()->meetsPolicy());
    QVERIFY2(wizard->strengthMeter()->policyMessage().contains(QStringLiteral("at least 10")),
             qPrintable(wizard->strengthMeter()->policyMessage()));
    QTest::keyClicks(wizard->passwordEdit(), QStringLiteral("6"));
    QVERIFY2(wizard->strengthMeter()->policyMessage().contains(QStringLiteral("user name")),
             qPrintable(wizard->strengthMeter()->policyMessage()));
    QVERIFY(wizard->strengthMeter()->strength() <= 1);
    typeInto(wizard->passwordEdit(), kOwnerPassword);
    QVERIFY(wizard->strengthMeter()->meetsPolicy());
    QVERIFY(wizard->strengthMeter()->strength() >= 3);
    QTest::keyClicks(wizard->repeatEdit(), kOwnerPassword);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    ui::MainWindow *window = flow.mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY2(window->userLabel()->text().contains(QStringLiteral("Ravi Kumar")),
             qPrintable(window->userLabel()->text()));
    QVERIFY2(window->userLabel()->text().contains(QStringLiteral("Owner")), qPrintable(window->userLabel()->text()));
    QCOMPARE(window->tenantLabel()->text(), QStringLiteral("Shree Ganesh Packaging"));
    QVERIFY(window->panes()->findChild<ui::UsersPane *>()); // the owner manages users

    QCOMPARE(shop.accounts.needsSetup().value(), false);
    auto signedIn = shop.accounts.signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn ? QString() : signedIn.error().text()));
    QCOMPARE(signedIn->session.role, QStringLiteral("owner"));
    QCOMPARE(signedIn->session.tenantId, flow.session().tenantId);
}

void TestSignIn::setupWizardOffersADemoShop() {
    Shop shop;
    ui::AppFlow flow(*shop.db, Clock::system(), shop.secrets);
    flow.start();
    auto *wizard = current<ui::SetupWizard>(flow);
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QVERIFY(!wizard->demoChosen()); // a fresh shop unless asked

    // Choosing the demo names the shop and its state; nothing else is needed on the first page.
    QTest::mouseClick(wizard->demoChoice(), Qt::LeftButton);
    QVERIFY(wizard->demoChosen());
    QCOMPARE(wizard->companyEdit()->text(), QStringLiteral("Demo Box Works"));
    QCOMPARE(wizard->stateCombo()->currentData().toString(), QStringLiteral("27"));
    if (const QString dir = qEnvironmentVariable("BOXCOST_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/setup-demo.png")));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::SetupWizard::OwnerPage));
    QTest::keyClicks(wizard->usernameEdit(), QStringLiteral("ravi"));
    QTest::keyClicks(wizard->displayNameEdit(), QStringLiteral("Ravi Kumar"));
    QTest::keyClicks(wizard->passwordEdit(), kOwnerPassword);
    QTest::keyClicks(wizard->repeatEdit(), kOwnerPassword);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    QVERIFY(flow.mainWindow());
    QCOMPARE(flow.mainWindow()->tenantLabel()->text(), QStringLiteral("Demo Box Works"));
    const qint64 tenant = flow.session().tenantId;
    const int parties =
        shop.db->scalar(QStringLiteral("SELECT count(*) FROM parties WHERE tenant_id = ?"), {tenant}).toInt();
    const int quotes =
        shop.db->scalar(QStringLiteral("SELECT count(*) FROM quotes WHERE tenant_id = ?"), {tenant}).toInt();
    QVERIFY2(parties >= 20, qPrintable(QString::number(parties)));
    QCOMPARE(quotes, 500);
}

void TestSignIn::setupWizardRefusalKeepsItOpen() {
    Shop shop;
    ui::AppFlow flow(*shop.db, Clock::system(), shop.secrets);
    flow.start();
    auto *wizard = current<ui::SetupWizard>(flow);
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));

    // Nothing typed: the company is asked for first.
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::SetupWizard::ShopPage));
    QVERIFY(ui::FieldMark::isMarked(wizard->companyEdit()));
    QVERIFY(wizard->shopMessage()->isVisible());

    // A GSTIN of another state than the one chosen is refused, naming both.
    QTest::keyClicks(wizard->companyEdit(), QStringLiteral("Shree Ganesh Packaging"));
    wizard->stateCombo()->setCurrentIndex(wizard->stateCombo()->findData(QStringLiteral("29")));
    QTest::keyClicks(wizard->gstinEdit(), QStringLiteral("27AAPFU0939F1ZV"));
    QVERIFY2(wizard->gstinStatus()->text().contains(QStringLiteral("not in Karnataka")),
             qPrintable(wizard->gstinStatus()->text()));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::SetupWizard::ShopPage));
    QVERIFY(ui::FieldMark::isMarked(wizard->gstinEdit()));
    QVERIFY2(wizard->shopMessage()->text().contains(QStringLiteral("Maharashtra")),
             qPrintable(wizard->shopMessage()->text()));

    wizard->stateCombo()->setCurrentIndex(wizard->stateCombo()->findData(QStringLiteral("27")));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::SetupWizard::OwnerPage));

    // The service refuses differing passwords: the repeat field is marked and the wizard stays open.
    QTest::keyClicks(wizard->usernameEdit(), QStringLiteral("ravi"));
    QTest::keyClicks(wizard->displayNameEdit(), QStringLiteral("Ravi Kumar"));
    QTest::keyClicks(wizard->passwordEdit(), kOwnerPassword);
    QTest::keyClicks(wizard->repeatEdit(), kOwnerPassword + QStringLiteral("x"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(wizard->isVisible());
    QCOMPARE(flow.step(), ui::AppFlow::Step::Setup);
    QVERIFY(ui::FieldMark::isMarked(wizard->repeatEdit()));
    QVERIFY(wizard->ownerMessage()->isVisible());
    QVERIFY2(wizard->ownerMessage()->text().contains(QStringLiteral("differ")),
             qPrintable(wizard->ownerMessage()->text()));
    QCOMPARE(shop.accounts.needsSetup().value(), true); // nothing was created

    // A user name the service refuses is marked too.
    typeInto(wizard->usernameEdit(), QStringLiteral("r"));
    typeInto(wizard->repeatEdit(), kOwnerPassword);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(flow.step(), ui::AppFlow::Step::Setup);
    QVERIFY(ui::FieldMark::isMarked(wizard->usernameEdit()));
    QCOMPARE(shop.accounts.needsSetup().value(), true);

    typeInto(wizard->usernameEdit(), QStringLiteral("ravi"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    QCOMPARE(shop.accounts.needsSetup().value(), false);
}

void TestSignIn::signInWithTwoFactorReachesMainWindow() {
    Shop shop;
    const QByteArray secret = shop.enrol(shop.createOwner());

    ui::AppFlow flow(*shop.db, Clock::system(), shop.secrets);
    QSignalSpy shown(&flow, &ui::AppFlow::mainWindowShown);
    flow.start();
    QCOMPARE(flow.step(), ui::AppFlow::Step::SignIn);
    signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);

    auto *dialog = current<ui::SignInDialog>(flow);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->onCodeStep());
    QVERIFY(dialog->codeEdit()->isVisible());
    QVERIFY(!dialog->message()->isVisible());
    QCOMPARE(shown.count(), 0);

    QTest::keyClicks(dialog->codeEdit(), Totp::code(secret, Totp::stepAt(nowSeconds())));
    QTest::mouseClick(dialog->verifyButton(), Qt::LeftButton);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    QVERIFY(flow.mainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(flow.mainWindow()));
    QCOMPARE(flow.session().username, QStringLiteral("ravi"));
    QVERIFY(flow.mainWindow()->userLabel()->text().contains(QStringLiteral("Ravi Kumar")));
    // The shop's name, read after sign-in, not its number.
    QCOMPARE(flow.mainWindow()->tenantLabel()->text(), QStringLiteral("Shree Ganesh Packaging"));
    QVERIFY(flow.mainWindow()->tenantLabel()->isVisibleTo(flow.mainWindow()));
}

void TestSignIn::wrongCodeShowsMessage() {
    Shop shop;
    const QByteArray secret = shop.enrol(shop.createOwner());

    ui::AppFlow flow(*shop.db, Clock::system(), shop.secrets);
    flow.start();
    signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);
    auto *dialog = current<ui::SignInDialog>(flow);
    QVERIFY(dialog && dialog->onCodeStep());

    QTest::keyClicks(dialog->codeEdit(), wrongCode(secret));
    QTest::mouseClick(dialog->verifyButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->onCodeStep());
    QCOMPARE(flow.step(), ui::AppFlow::Step::SignIn);
    QVERIFY(dialog->message()->isVisible());
    QVERIFY2(dialog->message()->text().contains(QStringLiteral("not correct")), qPrintable(dialog->message()->text()));

    // Not a code at all: the message says what a code looks like, and nothing was compared.
    typeInto(dialog->codeEdit(), QStringLiteral("12ab"));
    QTest::mouseClick(dialog->verifyButton(), Qt::LeftButton);
    QCOMPARE(flow.step(), ui::AppFlow::Step::SignIn);
    QVERIFY(dialog->message()->isVisible());
    QVERIFY2(!dialog->message()->text().contains(QStringLiteral("not correct")), qPrintable(dialog->message()->text()));

    typeInto(dialog->codeEdit(), Totp::code(secret, Totp::stepAt(nowSeconds())));
    QTest::mouseClick(dialog->verifyButton(), Qt::LeftButton);
    QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
}

void TestSignIn::lockedAccountShowsMessage() {
    Shop shop;
    shop.createOwner();
    ui::AppFlow flow(*shop.db, Clock::system(), shop.secrets);
    flow.start();
    auto *dialog = current<ui::SignInDialog>(flow);
    QVERIFY(dialog);

    for (int attempt = 1; attempt <= AccountService::kMaxFailedAttempts; ++attempt) {
        signInAs(flow, QStringLiteral("ravi"), QStringLiteral("not-the-password-%1").arg(attempt));
        QCOMPARE(flow.step(), ui::AppFlow::Step::SignIn);
        QVERIFY(dialog->message()->isVisible());
        QVERIFY2(dialog->message()->text().contains(QStringLiteral("Wrong user name or password")),
                 qPrintable(dialog->message()->text()));
        QVERIFY(dialog->passwordEdit()->text().isEmpty()); // cleared for the next try
    }

    // Now even the right password is refused, and the dialog says why.
    signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);
    QCOMPARE(flow.step(), ui::AppFlow::Step::SignIn);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->onCodeStep());
    QVERIFY2(dialog->message()->text().contains(QStringLiteral("locked")), qPrintable(dialog->message()->text()));

    // An unknown user reads exactly like a wrong password.
    signInAs(flow, QStringLiteral("nobody"), kOwnerPassword);
    QVERIFY2(dialog->message()->text().contains(QStringLiteral("Wrong user name or password")),
             qPrintable(dialog->message()->text()));
}

void TestSignIn::requiredTwoFactorEnrolsBeforeMainWindow() {
    Shop shop;
    const Session owner = shop.createOwner();
    QVERIFY(shop.accounts.setRequireTwoFactor(owner, true).ok());

    ui::AppFlow flow(*shop.db, Clock::system(), shop.secrets);
    flow.start();
    signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);
    QCOMPARE(flow.step(), ui::AppFlow::Step::EnrolTotp);
    QVERIFY(!flow.mainWindow());
    auto *dialog = current<ui::TotpEnrolmentDialog>(flow);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(!dialog->message()->isVisible(), qPrintable(dialog->message()->text()));

    // The QR code carries the provisioning URI; the key is shown as text to type by hand.
    const QByteArray secret = dialog->enrolment().secret;
    QCOMPARE(secret.size(), Totp::kSecretBytes);
    QCOMPARE(dialog->qrView()->text(), Totp::provisioningUri(QStringLiteral("ravi"), secret));
    QVERIFY(!dialog->qrView()->image().isNull());
    QCOMPARE(dialog->keyLabel()->text(), Totp::displayKey(secret));
    QVERIFY(dialog->keyLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);

    QTest::keyClicks(dialog->codeEdit(), wrongCode(secret));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(!dialog->onCodesStep());
    QVERIFY(dialog->message()->isVisible());

    typeInto(dialog->codeEdit(), Totp::code(secret, Totp::stepAt(nowSeconds())));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(dialog->onCodesStep());
    QCOMPARE(dialog->backupCodes().size(), 10);
    for (const QString &code : dialog->backupCodes())
        QVERIFY2(dialog->codesLabel()->text().contains(code), qPrintable(code));
    QVERIFY(dialog->backupCodesText().contains(dialog->backupCodes().constLast()));
    const QStringList codes = dialog->backupCodes();

    // Done only once the user says the codes are stored.
    QVERIFY(!dialog->doneButton()->isEnabled());
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), dialog->backupCodesText());
    dialog->storedCheck()->click();
    QVERIFY(dialog->doneButton()->isEnabled());
    QTest::mouseClick(dialog->doneButton(), Qt::LeftButton);
    QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    QVERIFY(flow.mainWindow());

    // The next sign-in asks for a code, and a backup code shown by the dialog works in its place.
    auto again = shop.accounts.signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(again.ok());
    QVERIFY(again->needsTotp);
    QVERIFY(!again->mustEnrolTotp);
    auto completed = shop.accounts.completeTotp(again.value(), codes.first());
    QVERIFY2(completed.ok(), qPrintable(completed ? QString() : completed.error().text()));
}

void TestSignIn::idleLockKeepsTypedText() {
    Shop shop;
    shop.createOwner();
    ui::AppFlow flow(*shop.db, Clock::system(), shop.secrets);
    flow.start();
    signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);
    QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    ui::MainWindow *window = flow.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // Unsaved work: text typed into a pane, and a dialog open with a half-filled field.
    auto *notes = new QLineEdit;
    window->addPane(QStringLiteral("Notes"), notes);
    window->showPane(window->paneCount() - 1);
    QTest::keyClicks(notes, QStringLiteral("Quote for Patil Traders, 500 boxes"));
    flow.changeOwnPassword();
    auto *change = current<ui::ChangePasswordDialog>(flow);
    QVERIFY(change);
    QVERIFY(QTest::qWaitForWindowExposed(change));
    QTest::keyClicks(change->currentEdit(), QStringLiteral("half"));

    ui::IdleLock *idle = flow.idleLock();
    QVERIFY(idle);
    QCOMPARE(idle->idleMs(), 30 * 60 * 1000);
    QCOMPARE(idle->warnMs(), 3 * 60 * 1000);
    QSignalSpy warned(idle, &ui::IdleLock::warned);
    QSignalSpy locked(idle, &ui::IdleLock::locked);
    idle->setIdleTimeouts(1500, 1000);

    QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 1, 3000);
    QVERIFY(idle->warningLabel()->isVisible());
    QVERIFY(!idle->isLocked());
    QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 4000);
    QVERIFY(idle->isLocked());
    QVERIFY(!idle->warningLabel()->isVisible());

    // Content hidden, not closed: the pane and the dialog are still there, behind the lock.
    QVERIFY(window->isLocked());
    QVERIFY(!notes->isVisible());
    QVERIFY(!window->menuBar()->isEnabled());
    QVERIFY(change->isVisible());
    auto *cover = change->findChild<QWidget *>(QStringLiteral("idleLockCover"));
    QVERIFY(cover);
    QVERIFY(cover->isVisible());
    QCOMPARE(cover->geometry(), change->rect());

    ui::UnlockDialog *unlock = idle->unlockDialog();
    QVERIFY(unlock);
    QVERIFY(QTest::qWaitForWindowExposed(unlock));
    QCOMPARE(QApplication::activeModalWidget(), unlock);
    unlock->reject(); // Escape does not get past the lock
    QVERIFY(unlock->isVisible());

    QTest::keyClicks(unlock->passwordEdit(), QStringLiteral("wrong password!"));
    QTest::keyClick(unlock->passwordEdit(), Qt::Key_Return); // keyboard first: Enter unlocks
    QVERIFY(idle->isLocked());
    QVERIFY(unlock->message()->isVisible());
    QVERIFY2(unlock->message()->text().contains(QStringLiteral("Wrong password")),
             qPrintable(unlock->message()->text()));

    QTest::keyClicks(unlock->passwordEdit(), kOwnerPassword);
    QTest::mouseClick(unlock->unlockButton(), Qt::LeftButton);
    QVERIFY(!idle->isLocked());
    QVERIFY(!window->isLocked());
    QVERIFY(window->menuBar()->isEnabled());
    QVERIFY(notes->isVisible());
    QCOMPARE(notes->text(), QStringLiteral("Quote for Patil Traders, 500 boxes"));
    QCOMPARE(change->currentEdit()->text(), QStringLiteral("half"));
    QTRY_VERIFY(!change->findChild<QWidget *>(QStringLiteral("idleLockCover")));

    // The count starts again after unlocking.
    QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 2, 5000);
    QVERIFY(idle->isLocked());
}

void TestSignIn::unlockFailuresLockAndOfferOnlySignOut() {
    Shop shop;
    const Session owner = shop.createOwner();
    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 15), QTimeZone::utc()));
    ui::AppFlow flow(*shop.db, clock, shop.secrets);
    flow.start();
    signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);
    QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    QCOMPARE(flow.mainWindow()->tenantLabel()->text(), QStringLiteral("Shree Ganesh Packaging"));
    ui::IdleLock *idle = flow.idleLock();
    QVERIFY(idle);
    idle->lockNow();
    ui::UnlockDialog *unlock = idle->unlockDialog();
    QVERIFY(unlock);
    QVERIFY(QTest::qWaitForWindowExposed(unlock));
    QVERIFY(!unlock->signOutButton()->isVisible());

    for (int attempt = 1; attempt < AccountService::kMaxFailedAttempts; ++attempt) {
        typeInto(unlock->passwordEdit(), QStringLiteral("not-the-password-%1").arg(attempt));
        QTest::mouseClick(unlock->unlockButton(), Qt::LeftButton);
        QVERIFY(idle->isLocked());
        QVERIFY(!unlock->signOutOnly());
        QVERIFY2(unlock->message()->text().contains(QStringLiteral("Wrong password")),
                 qPrintable(unlock->message()->text()));
        QCOMPARE(shop.db->scalar(QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {owner.userId})
                     .toInt(),
                 attempt);
    }

    // The fifth wrong password locks the account for 30 minutes, as at sign-in; only signing out is left.
    typeInto(unlock->passwordEdit(), QStringLiteral("not-the-password-5"));
    QTest::mouseClick(unlock->unlockButton(), Qt::LeftButton);
    QVERIFY(idle->isLocked());
    QVERIFY(unlock->signOutOnly());
    QVERIFY(!unlock->passwordEdit()->isEnabled());
    QVERIFY(!unlock->unlockButton()->isVisible());
    QVERIFY(unlock->signOutButton()->isVisible());
    QVERIFY2(unlock->message()->text().contains(QStringLiteral("locked")), qPrintable(unlock->message()->text()));
    QVERIFY2(unlock->message()->text().contains(QStringLiteral("09:45")), qPrintable(unlock->message()->text()));
    const QString dir = qEnvironmentVariable("BOXCOST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(unlock->grab().save(dir + QStringLiteral("/unlock-locked-out.png")));
    QCOMPARE(shop.db->scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {owner.userId}).toString(),
             isoUtc(clock.nowUtc().addSecs(AccountService::kLockMinutes * 60)));
    QCOMPARE(shop.db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'auth.locked'")).toInt(), 1);
    unlock->reject();
    QVERIFY(idle->isLocked());

    QTest::mouseClick(unlock->signOutButton(), Qt::LeftButton);
    QTRY_COMPARE(flow.step(), ui::AppFlow::Step::SignIn);
    QVERIFY(!flow.mainWindow());
    QVERIFY(!flow.idleLock());
    QCOMPARE(shop.db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'auth.signout'")).toInt(), 1);

    // Signing in again is refused until the lock runs out.
    signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);
    QCOMPARE(flow.step(), ui::AppFlow::Step::SignIn);
    auto *dialog = current<ui::SignInDialog>(flow);
    QVERIFY(dialog);
    QVERIFY2(dialog->message()->text().contains(QStringLiteral("locked")), qPrintable(dialog->message()->text()));
    clock.advanceSeconds(AccountService::kLockMinutes * 60 + 1);
    signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);
    QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    QCOMPARE(flow.mainWindow()->tenantLabel()->text(), QStringLiteral("Shree Ganesh Packaging"));
}

void TestSignIn::missingShopKeyIsEnteredAtTheCodeStep() {
    Shop shop;
    const Session owner = shop.createOwner();
    const QByteArray secret = shop.enrol(owner);
    const QString key = shop.accounts.shopKeys().show(owner).value();

    // A second computer on the same database, with its own keychain and without the key.
    auto otherDb = shop.testDb.open();
    SecretStore otherKeychain(QStringLiteral("BoxCostProTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString keyId = shop.db->scalar(QStringLiteral("SELECT key_id FROM shop_keys")).toString();
    {
        ui::AppFlow flow(*otherDb, Clock::system(), otherKeychain);
        flow.start();
        signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);
        auto *dialog = current<ui::SignInDialog>(flow);
        QVERIFY(dialog && dialog->onCodeStep());
        QVERIFY(!dialog->shopKeyButton()->isVisible());
        const QString code = Totp::code(secret, Totp::stepAt(nowSeconds()));
        QTest::keyClicks(dialog->codeEdit(), code);
        QTest::mouseClick(dialog->verifyButton(), Qt::LeftButton);
        QCOMPARE(flow.step(), ui::AppFlow::Step::SignIn);
        QVERIFY2(dialog->message()->text().contains(QStringLiteral("does not have the shop key")),
                 qPrintable(dialog->message()->text()));
        QVERIFY(dialog->shopKeyButton()->isVisible());
        const QString dir = qEnvironmentVariable("BOXCOST_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/signin-missing-shop-key.png")));

        QTest::mouseClick(dialog->shopKeyButton(), Qt::LeftButton);
        auto *keyDialog = qobject_cast<ui::ShopKeyDialog *>(dialog->shopKeyDialog());
        QVERIFY(keyDialog);
        QVERIFY(QTest::qWaitForWindowExposed(keyDialog));
        typeInto(keyDialog->keyEdit(), key);
        QTest::mouseClick(keyDialog->installButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->shopKeyDialog());
        QVERIFY(!dialog->shopKeyButton()->isVisible());
        QVERIFY2(dialog->message()->text().contains(QStringLiteral("installed")), qPrintable(dialog->message()->text()));

        // The same code now signs in: nothing was compared before.
        typeInto(dialog->codeEdit(), code);
        QTest::mouseClick(dialog->verifyButton(), Qt::LeftButton);
        QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    }
    (void)otherKeychain.remove(ShopKeyService::entryName(keyId));
}

void TestSignIn::requiredEnrolmentOnAnotherComputerInstallsTheShopKey() {
    Shop shop;
    const Session owner = shop.createOwner();
    QVERIFY(shop.accounts.setRequireTwoFactor(owner, true).ok());
    const QString key = shop.accounts.shopKeys().show(owner).value(); // the shop has a key, on this computer

    auto otherDb = shop.testDb.open();
    SecretStore otherKeychain(QStringLiteral("BoxCostProTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString keyId = shop.db->scalar(QStringLiteral("SELECT key_id FROM shop_keys")).toString();
    QByteArray secret;
    qint64 enrolledStep = 0;
    {
        ui::AppFlow flow(*otherDb, Clock::system(), otherKeychain);
        flow.start();
        signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);
        QCOMPARE(flow.step(), ui::AppFlow::Step::EnrolTotp);
        auto *dialog = current<ui::TotpEnrolmentDialog>(flow);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Nothing to scan: a secret sealed under no key or the wrong one would be lost.
        QVERIFY(dialog->enrolment().secret.isEmpty());
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QVERIFY2(dialog->message()->text().contains(QStringLiteral("does not have the shop key")),
                 qPrintable(dialog->message()->text()));
        QVERIFY(dialog->shopKeyButton()->isVisible());

        QTest::mouseClick(dialog->shopKeyButton(), Qt::LeftButton);
        auto *keyDialog = qobject_cast<ui::ShopKeyDialog *>(dialog->shopKeyDialog());
        QVERIFY(keyDialog);
        QVERIFY(QTest::qWaitForWindowExposed(keyDialog));
        typeInto(keyDialog->keyEdit(), key);
        QTest::mouseClick(keyDialog->installButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->shopKeyDialog());
        QVERIFY(!dialog->shopKeyButton()->isVisible());

        secret = dialog->enrolment().secret;
        QCOMPARE(secret.size(), Totp::kSecretBytes);
        QVERIFY(dialog->confirmButton()->isEnabled());
        enrolledStep = Totp::stepAt(nowSeconds());
        typeInto(dialog->codeEdit(), Totp::code(secret, enrolledStep));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QVERIFY2(dialog->onCodesStep(), qPrintable(dialog->message()->text()));
        dialog->storedCheck()->click();
        QTest::mouseClick(dialog->doneButton(), Qt::LeftButton);
        QCOMPARE(flow.step(), ui::AppFlow::Step::Running);
    }
    (void)otherKeychain.remove(ShopKeyService::entryName(keyId));

    // The secret enrolled over there is read here with the same key.
    auto pending = shop.accounts.signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(pending.ok() && pending->needsTotp);
    auto completed = shop.accounts.completeTotp(pending.value(), Totp::code(secret, enrolledStep + 1));
    QVERIFY2(completed.ok(), qPrintable(completed ? QString() : completed.error().text()));
}

void TestSignIn::activityPostponesIdleLock() {
    Shop shop;
    shop.createOwner();
    ui::AppFlow flow(*shop.db, Clock::system(), shop.secrets);
    flow.start();
    signInAs(flow, QStringLiteral("ravi"), kOwnerPassword);
    ui::MainWindow *window = flow.mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *notes = new QLineEdit;
    window->addPane(QStringLiteral("Notes"), notes);
    window->showPane(window->paneCount() - 1);

    ui::IdleLock *idle = flow.idleLock();
    QSignalSpy warned(idle, &ui::IdleLock::warned);
    idle->setIdleTimeouts(2000, 1200);
    QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 1, 3000);

    QVERIFY(idle->warningLabel()->isVisible());

    // A key press during the warning clears it and starts the count again; typing on keeps the window open
    // well past the idle time.
    QTest::keyClicks(notes, QStringLiteral("x"));
    QVERIFY(!idle->isWarning());
    QVERIFY(!idle->warningLabel()->isVisible());
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 3000) {
        QTest::qWait(100);
        QTest::keyClicks(notes, QStringLiteral("x"));
        QVERIFY(!idle->isLocked());
        QVERIFY(!idle->isWarning());
    }
    QCOMPARE(warned.count(), 1);

    // Left alone, it warns and then locks.
    QTRY_VERIFY_WITH_TIMEOUT(idle->isLocked(), 6000);
    QCOMPARE(warned.count(), 2);
}

// The keychain fallback: SecretStore calls this from whatever thread needed the secret.
void TestSignIn::secretPromptAsksOnTheGuiThread() {
    const QString why = QStringLiteral("The keychain cannot be used: enter the password for app@server:5432.");
    struct Seen {
        bool asked = false;
        bool onGuiThread = false;
        bool hidden = false;
        QString label;
    };
    // Answers the prompt as soon as it is up, noting how it looked.
    auto answerWith = [](Seen *seen, const QString &text) {
        auto *poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, poll, [poll, seen, text] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen->asked = true;
            seen->onGuiThread = QThread::currentThread() == qApp->thread();
            seen->hidden = dialog->textEchoMode() == QLineEdit::Password;
            seen->label = dialog->labelText();
            if (text.isNull()) {
                dialog->reject();
            } else {
                dialog->setTextValue(text);
                dialog->accept();
            }
            poll->deleteLater();
        });
        poll->start(20);
    };

    Seen gui;
    answerWith(&gui, QStringLiteral("s3cret-on-gui"));
    QCOMPARE(ui::SecretPrompt::ask(QStringLiteral("postgres/app@server:5432"), why),
             std::optional<QString>(QStringLiteral("s3cret-on-gui")));
    QVERIFY(gui.asked);
    QVERIFY(gui.hidden);
    QCOMPARE(gui.label, why);

    Seen worker;
    answerWith(&worker, QStringLiteral("s3cret-from-worker"));
    std::optional<QString> fromWorker;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { fromWorker = ui::SecretPrompt::ask(QStringLiteral("k"), why); }));
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 10000);
    QCOMPARE(fromWorker, std::optional<QString>(QStringLiteral("s3cret-from-worker")));
    QVERIFY(worker.onGuiThread);

    Seen cancelled;
    answerWith(&cancelled, QString());
    QCOMPARE(ui::SecretPrompt::ask(QStringLiteral("k"), why), std::nullopt);
    QVERIFY(cancelled.asked);
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
