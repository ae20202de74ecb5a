#include "accounts/ResetPasswordDialog.h"

#include "accounts/MessageLabel.h"
#include "accounts/OneTimePassword.h"
#include "accounts/PasswordStrengthMeter.h"
#include "calculator/FieldMark.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

ResetPasswordDialog::ResetPasswordDialog(AccountService &accounts, const Session &session, const UserInfo &user,
                                         QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_user(user), m_password(new QLineEdit(this)),
      m_meter(new PasswordStrengthMeter(this)), m_message(new MessageLabel(this)) {
    setWindowTitle(tr("Reset password – BoxCostPro"));
    setMinimumWidth(480);
    setStyleSheet(FieldMark::styleSheet());

    const QString who =
        user.displayName.isEmpty() ? user.username : QStringLiteral("%1 (%2)").arg(user.displayName, user.username);
    auto *intro = new QLabel(tr("<b>Reset the password of %1</b><br>Give them this one-time password. They must "
                                "choose their own at the next sign-in; a lock after failed attempts is cleared too.")
                                 .arg(who.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_password->setObjectName(QStringLiteral("oneTimePassword"));
    QFont mono = m_password->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_password->setFont(mono);
    auto *generate = new QPushButton(tr("&Generate"), this);
    m_meter->setIdentity(user.username, user.displayName, user.email);
    auto *row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(generate);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *passwordLabel = new QLabel(tr("One-time &password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, row);
    form->addRow(QString(), m_meter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Reset password"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_password, &QLineEdit::textChanged, m_meter, &PasswordStrengthMeter::setPassword);
    connect(m_password, &QLineEdit::textEdited, this, [this] { FieldMark::clear(m_password); });
    connect(generate, &QPushButton::clicked, this, [this] {
        m_password->setText(OneTimePassword::generate(m_user.username, m_user.displayName, m_user.email));
        FieldMark::clear(m_password);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    m_password->setText(OneTimePassword::generate(user.username, user.displayName, user.email));
    m_password->selectAll();
    m_password->setFocus();
}

QString ResetPasswordDialog::oneTimePassword() const {
    return m_password->text();
}

void ResetPasswordDialog::accept() {
    m_message->clearMessage();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto reset = m_accounts.resetPassword(m_session, m_user.id, m_password->text());
    QApplication::restoreOverrideCursor();
    if (reset) {
        QDialog::accept();
        return;
    }
    m_message->showError(reset.error().message);
    if (reset.error().field.contains(QLatin1String("password"), Qt::CaseInsensitive))
        FieldMark::set(m_password, MessageLabel::sentence(reset.error().message));
    m_password->setFocus();
}

} // namespace bcp::ui
