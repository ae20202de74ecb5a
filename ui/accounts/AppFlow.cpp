#include "accounts/AppFlow.h"

#include "accounts/ChangePasswordDialog.h"
#include "accounts/IdleLock.h"
#include "accounts/SetupWizard.h"
#include "accounts/SignInDialog.h"
#include "accounts/TotpEnrolmentDialog.h"
#include "data/Database.h"
#include "services/Clock.h"
#include "services/DemoData.h"
#include "services/Permissions.h"
#include "services/SecretStore.h"
#include "shell/MainWindow.h"
#include "shell/Panes.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace bcp::ui {

QDialog *AppFlow::currentDialog() const {
    return m_dialog;
}

AppFlow::AppFlow(Database &db, QObject *parent) : AppFlow(db, Clock::system(), SecretStore::instance(), parent) {}

AppFlow::AppFlow(Database &db, const Clock &clock, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_accounts(std::make_unique<AccountService>(db, clock, secrets)) {}

AppFlow::~AppFlow() {
    delete m_idle;
    m_idle = nullptr;
    delete m_dialog;
    m_window.reset();
}

void AppFlow::setStep(Step step) {
    m_step = step;
    Q_EMIT stepChanged(step);
}

void AppFlow::showDialog(QDialog *dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
}

void AppFlow::start() {
    // Between one dialog closing and the next opening no window is visible; that must not end the program.
    QApplication::setQuitOnLastWindowClosed(false);
    auto needsSetup = m_accounts->needsSetup();
    if (!needsSetup) {
        QMessageBox::critical(
            nullptr, tr("BoxCostPro"),
            tr("The accounts in the database could not be read:\n\n%1").arg(needsSetup.error().text()));
        cancel();
        return;
    }
    if (needsSetup.value())
        showSetup();
    else
        showSignIn();
}

void AppFlow::showSetup() {
    setStep(Step::Setup);
    auto *wizard = new SetupWizard(*m_accounts);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        m_session = wizard->session();
        m_company = wizard->companyEdit()->text().simplified();
        if (wizard->demoChosen())
            fillDemoShop();
        SignInDialog::rememberUser(m_session.username);
        m_signIn = {};
        m_signIn.session = m_session;
        continueAfterSignIn();
    });
    connect(wizard, &QDialog::rejected, this, &AppFlow::cancel);
    showDialog(wizard);
}

void AppFlow::fillDemoShop() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto filled = DemoData(m_db, m_clock).generate(m_session, DemoData::Options{});
    QApplication::restoreOverrideCursor();
    // The shop and its owner exist either way: a failure here only leaves it without samples.
    if (!filled)
        QMessageBox::warning(nullptr, tr("BoxCostPro"),
                             tr("The sample data could not be added:\n\n%1").arg(filled.error().text()));
}

void AppFlow::showSignIn() {
    setStep(Step::SignIn);
    auto *dialog = new SignInDialog(*m_accounts);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_signIn = dialog->result();
        m_session = m_signIn.session;
        continueAfterSignIn();
    });
    connect(dialog, &QDialog::rejected, this, &AppFlow::cancel);
    showDialog(dialog);
}

void AppFlow::continueAfterSignIn() {
    if (m_signIn.mustChangePassword) {
        setStep(Step::ChangePassword);
        auto *dialog =
            new ChangePasswordDialog(*m_accounts, m_session, ChangePasswordDialog::Reason::ResetByAdministrator);
        connect(dialog, &QDialog::accepted, this, [this] {
            m_signIn.mustChangePassword = false;
            continueAfterSignIn();
        });
        connect(dialog, &QDialog::rejected, this, &AppFlow::cancel);
        showDialog(dialog);
        return;
    }
    if (m_signIn.mustEnrolTotp) {
        setStep(Step::EnrolTotp);
        auto *dialog = new TotpEnrolmentDialog(*m_accounts, m_session, TotpEnrolmentDialog::Reason::RequiredByShop);
        connect(dialog, &QDialog::accepted, this, [this] {
            m_signIn.mustEnrolTotp = false;
            continueAfterSignIn();
        });
        connect(dialog, &QDialog::rejected, this, &AppFlow::cancel);
        showDialog(dialog);
        return;
    }
    showMainWindow();
}

void AppFlow::showMainWindow() {
    m_dialog = nullptr;
    m_window = std::make_unique<MainWindow>(m_db);
    if (m_company.isEmpty()) {
        // The session knows only the shop's number; without its name the status bar falls back to that.
        if (auto name = m_accounts->shopName(m_session))
            m_company = name.value();
    }
    m_window->setSignedIn(userText(), tenantText());
    addPanes();
    addAccountMenu();
    m_idle = new IdleLock(*m_window, *m_accounts, m_session, this);
    connect(m_idle, &IdleLock::signOutRequested, this, &AppFlow::signOut, Qt::QueuedConnection);
    m_window->show();
    QApplication::setQuitOnLastWindowClosed(true);
    setStep(Step::Running);
    Q_EMIT mainWindowShown();
}

void AppFlow::addPanes() {
    bcp::ui::addPanes(*m_window, m_db, m_session, *m_accounts, m_clock);
}

void AppFlow::addAccountMenu() {
    QMenuBar *bar = m_window->menuBar();
    const QList<QAction *> menus = bar->actions();
    auto *menu = new QMenu(tr("&Account"), bar);
    // Before Help, which stays last as on every desktop.
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    menu->addAction(tr("Change my &password…"), this, &AppFlow::changeOwnPassword);
    menu->addAction(tr("Set up &two-factor sign-in…"), this, &AppFlow::setUpTwoFactor);
    menu->addSeparator();
    QAction *lock = menu->addAction(tr("&Lock now"), this, [this] {
        if (m_idle)
            m_idle->lockNow();
    });
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
}

void AppFlow::changeOwnPassword() {
    if (!m_window)
        return;
    auto *dialog =
        new ChangePasswordDialog(*m_accounts, m_session, ChangePasswordDialog::Reason::OwnChoice, m_window.get());
    connect(dialog, &QDialog::accepted, this,
            [this] { m_window->statusBar()->showMessage(tr("Your password was changed."), 8000); });
    showDialog(dialog);
}

void AppFlow::setUpTwoFactor() {
    if (!m_window)
        return;
    auto *dialog =
        new TotpEnrolmentDialog(*m_accounts, m_session, TotpEnrolmentDialog::Reason::OwnChoice, m_window.get());
    connect(dialog, &QDialog::accepted, this,
            [this] { m_window->statusBar()->showMessage(tr("Two-factor sign-in is on for your account."), 8000); });
    showDialog(dialog);
}

void AppFlow::signOut() {
    if (!m_window)
        return;
    (void)m_accounts->signOut(m_session); // an audit failure must not keep a locked-out user at the window
    closeMainWindow();
    m_signIn = {};
    m_session = {};
    m_company.clear();
    showSignIn();
}

void AppFlow::closeMainWindow() {
    // Between the window closing and the sign-in dialog opening no window is visible.
    QApplication::setQuitOnLastWindowClosed(false);
    delete m_idle;
    m_idle = nullptr;
    m_window.reset();
}

void AppFlow::cancel() {
    m_dialog = nullptr;
    setStep(Step::Cancelled);
    Q_EMIT cancelled();
}

QString AppFlow::userText() const {
    const QString name = m_session.displayName.isEmpty() ? m_session.username : m_session.displayName;
    return tr("Signed in: %1 (%2)").arg(name, role::displayName(m_session.role));
}

QString AppFlow::tenantText() const {
    if (m_session.isPlatform())
        return tr("Platform administration");
    if (!m_company.isEmpty())
        return m_company;
    return tr("Shop %1").arg(m_session.tenantId);
}

} // namespace bcp::ui
