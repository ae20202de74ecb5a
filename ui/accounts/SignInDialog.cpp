#include "accounts/SignInDialog.h"

#include "accounts/BrandMark.h"
#include "accounts/MessageLabel.h"
#include "accounts/ShopKeyDialog.h"
#include "services/Permissions.h"
#include "services/ShopKeyService.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {
const QString kLastUserKey = QStringLiteral("signin/lastUser");
}

SignInDialog::SignInDialog(AccountService &accounts, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_steps(new QStackedWidget(this)), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_signIn(new QPushButton(tr("&Sign in"), this)), m_codeIntro(new QLabel(this)),
      m_code(new QLineEdit(this)), m_verify(new QPushButton(tr("&Verify"), this)),
      m_shopKey(new QPushButton(tr("Enter shop &key…"), this)), m_back(new QPushButton(tr("&Back"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_message(new MessageLabel(this)) {
    setWindowTitle(tr("Sign in – BoxCostPro"));
    m_steps->setMinimumWidth(380);

    auto *title = new QLabel(tr("BoxCostPro"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Sign in to continue."), this);
    QPalette dim = subtitle->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    subtitle->setPalette(dim);

    // Step 1: name and password.
    auto *passwordStep = new QWidget(m_steps);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(passwordStep);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    // Step 2: the second factor.
    auto *codeStep = new QWidget(m_steps);
    m_codeIntro->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(12);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setPlaceholderText(tr("123 456"));
    QFont codeFont = m_code->font();
    codeFont.setFamily(QStringLiteral("monospace"));
    codeFont.setStyleHint(QFont::Monospace);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.6);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_code->setFont(codeFont);
    auto *codeLayout = new QVBoxLayout(codeStep);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(10);
    codeLayout->addWidget(m_codeIntro);
    codeLayout->addWidget(m_code);

    m_steps->addWidget(passwordStep);
    m_steps->addWidget(codeStep);
    m_message->setObjectName(QStringLiteral("signInMessage"));

    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_shopKey);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_verify);

    auto *mark = new QLabel(this);
    mark->setPixmap(BrandMark::pixmap(52, devicePixelRatioF()));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addStretch();
    titles->addWidget(title);
    titles->addWidget(subtitle);
    titles->addStretch();
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(mark);
    header->addLayout(titles, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addSpacing(18);
    layout->addWidget(m_steps);
    layout->addSpacing(8);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_verify, &QPushButton::clicked, this, &SignInDialog::verifyCode);
    connect(m_back, &QPushButton::clicked, this, &SignInDialog::backToPassword);
    m_shopKey->setObjectName(QStringLiteral("enterShopKey"));
    m_shopKey->hide();
    connect(m_shopKey, &QPushButton::clicked, this, &SignInDialog::openShopKey);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);

    m_username->setText(QSettings().value(kLastUserKey).toString());
    backToPassword();
    if (!m_username->text().isEmpty())
        m_password->setFocus();
}

void SignInDialog::rememberUser(const QString &username) {
    QSettings().setValue(kLastUserKey, username);
}

bool SignInDialog::onCodeStep() const {
    return m_steps->currentIndex() == 1;
}

void SignInDialog::signIn() {
    const QString username = m_username->text().trimmed();
    if (username.isEmpty() || m_password->text().isEmpty()) {
        m_message->showError(username.isEmpty() ? tr("Enter your user name.") : tr("Enter your password."));
        (username.isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_accounts.signIn(username, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_password->clear();
        m_password->setFocus();
        showRefusal(result.error());
        return;
    }
    rememberUser(username);
    if (result->needsTotp) {
        m_pending = result.value();
        showCodeStep();
        return;
    }
    finish(result.value());
}

void SignInDialog::showCodeStep() {
    m_password->clear();
    m_message->clearMessage();
    m_codeIntro->setText(tr("<b>Two-factor sign-in</b><br>Enter the 6-digit code your authenticator app shows "
                            "for BoxCostPro, or one of your backup codes."));
    m_code->clear();
    m_steps->setCurrentIndex(1);
    m_back->show();
    m_signIn->hide();
    m_verify->show();
    m_verify->setDefault(true);
    m_code->setFocus();
}

void SignInDialog::verifyCode() {
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_message->showError(tr("Enter the code from your authenticator app or a backup code."));
        m_code->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_accounts.completeTotp(m_pending, code);
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_code->selectAll();
        m_code->setFocus();
        showRefusal(result.error());
        if (ShopKeyService::isMissingKey(result.error()) && m_pending.session.can(perm::UsersManage))
            m_shopKey->show();
        return;
    }
    finish(result.value());
}

QDialog *SignInDialog::shopKeyDialog() const {
    return m_shopKeyDialog;
}

void SignInDialog::openShopKey() {
    // The password is checked but the code is not: ShopKeyService::install allows exactly that.
    auto *dialog = new ShopKeyDialog(m_accounts, m_pending.session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShopKeyDialog::installed, this, [this, dialog] {
        m_shopKey->hide();
        dialog->accept();
        m_message->showSuccess(tr("The shop key is installed on this computer. Enter the current code again."));
        m_code->selectAll();
        m_code->setFocus();
    });
    m_shopKeyDialog = dialog;
    dialog->open();
}

void SignInDialog::backToPassword() {
    delete m_shopKeyDialog;
    m_shopKey->hide();
    m_pending = {};
    m_code->clear();
    m_steps->setCurrentIndex(0);
    m_back->hide();
    m_verify->hide();
    m_signIn->show();
    m_signIn->setDefault(true);
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

void SignInDialog::finish(const AccountService::SignIn &result) {
    m_result = result;
    m_message->clearMessage();
    accept();
}

void SignInDialog::showRefusal(const Error &error) {
    m_message->showError(error.message.isEmpty() ? error.text() : error.message);
}

} // namespace bcp::ui
