#include "accounts/ChangePasswordDialog.h"

#include "accounts/MessageLabel.h"
#include "accounts/PasswordStrengthMeter.h"
#include "calculator/FieldMark.h"
#include "services/AccountService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

ChangePasswordDialog::ChangePasswordDialog(AccountService &accounts, const Session &session, Reason reason,
                                           QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_current(new QLineEdit(this)),
      m_new(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_meter(new PasswordStrengthMeter(this)),
      m_message(new MessageLabel(this)), m_change(nullptr) {
    setWindowTitle(tr("Change password – BoxCostPro"));
    setMinimumWidth(480);
    setStyleSheet(FieldMark::styleSheet());

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (reason == Reason::ResetByAdministrator)
        intro->setText(tr("<b>Choose a new password</b><br>Your password was set by an administrator and is for one "
                          "sign-in only. Choose your own password to continue."));
    else
        intro->setText(tr("<b>Change your password</b><br>Signed in as %1.").arg(session.username.toHtmlEscaped()));

    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_meter->setIdentity(session.username, session.displayName);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(reason == Reason::ResetByAdministrator ? tr("&One-time password:") : tr("&Current password:"),
                 m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat new password:"), m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_change = buttons->button(QDialogButtonBox::Ok);
    m_change->setText(tr("C&hange password"));
    if (reason == Reason::ResetByAdministrator)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_new, &QLineEdit::textChanged, m_meter, &PasswordStrengthMeter::setPassword);
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        connect(edit, &QLineEdit::textEdited, this, [edit] { FieldMark::clear(edit); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    m_current->setFocus();
}

void ChangePasswordDialog::change() {
    m_message->clearMessage();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto changed = m_accounts.changeOwnPassword(m_session, m_current->text(), m_new->text(), m_repeat->text());
    QApplication::restoreOverrideCursor();
    if (changed) {
        accept();
        return;
    }
    const Error &error = changed.error();
    const QString field = error.field.toLower();
    QLineEdit *target = nullptr;
    if (field.contains(QLatin1String("current")))
        target = m_current;
    else if (field.contains(QLatin1String("repeat")))
        target = m_repeat;
    else if (field.contains(QLatin1String("password")) || field.contains(QLatin1String("next")))
        target = m_new;
    m_message->showError(error.message);
    if (target) {
        FieldMark::set(target, MessageLabel::sentence(error.message));
        target->selectAll();
        target->setFocus();
    }
}

} // namespace bcp::ui
