#include "accounts/UserDialog.h"

#include "accounts/MessageLabel.h"
#include "accounts/OneTimePassword.h"
#include "accounts/PasswordStrengthMeter.h"
#include "calculator/FieldMark.h"
#include "services/Permissions.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

UserDialog::UserDialog(AccountService &accounts, const Session &session, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(session) {
    build();
}

UserDialog::UserDialog(AccountService &accounts, const Session &session, const UserInfo &user, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_user(user) {
    build();
}

void UserDialog::build() {
    setWindowTitle(isNew() ? tr("Add user – BoxCostPro") : tr("Edit user – BoxCostPro"));
    setMinimumWidth(500);
    setStyleSheet(FieldMark::styleSheet());

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(40);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setMaxLength(200);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setMaxLength(254);
    m_email->setPlaceholderText(tr("Optional"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    const QStringList roles = m_session.isPlatform() ? role::platformRoles() : role::shopRoles();
    for (const QString &r : roles) {
        if (r == role::Owner && m_session.role != role::Owner)
            continue; // only an owner may make another owner
        m_role->addItem(role::displayName(r), r);
    }
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("userMessage"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    if (isNew()) {
        auto *intro = new QLabel(tr("<b>New user</b><br>They sign in with the one-time password below and then "
                                    "choose their own."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_role->setCurrentIndex(qMax(0, m_role->findData(role::Staff)));
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("oneTimePassword"));
        QFont mono = m_password->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        m_password->setFont(mono);
        m_generate = new QPushButton(tr("&Generate"), this);
        m_meter = new PasswordStrengthMeter(this);
        auto *passwordRow = new QHBoxLayout;
        passwordRow->addWidget(m_password, 1);
        passwordRow->addWidget(m_generate);

        form->addRow(tr("&User name:"), m_username);
        form->addRow(tr("Full &name:"), m_name);
        form->addRow(tr("&E-mail:"), m_email);
        form->addRow(tr("&Role:"), m_role);
        auto *passwordLabel = new QLabel(tr("One-time &password:"), this);
        passwordLabel->setBuddy(m_password);
        form->addRow(passwordLabel, passwordRow);
        form->addRow(QString(), m_meter);

        connect(m_generate, &QPushButton::clicked, this, [this] {
            m_password->setText(
                OneTimePassword::generate(m_username->text().trimmed(), m_name->text().trimmed(), m_email->text()));
            FieldMark::clear(m_password);
        });
        for (QLineEdit *edit : {m_username, m_name, m_email, m_password})
            connect(edit, &QLineEdit::textChanged, this, &UserDialog::updateStrength);
        m_password->setText(OneTimePassword::generate());
    } else {
        auto *intro = new QLabel(tr("<b>Edit %1</b><br>The role is changed with “Change role” in the list.")
                                     .arg(m_user.username.toHtmlEscaped()),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_username->setText(m_user.username);
        m_username->setReadOnly(true);
        m_username->setFocusPolicy(Qt::NoFocus);
        m_name->setText(m_user.displayName);
        m_email->setText(m_user.email);
        m_role->setCurrentIndex(m_role->findData(m_user.role));
        m_role->setEnabled(false);
        form->addRow(tr("User name:"), m_username);
        form->addRow(tr("Full &name:"), m_name);
        form->addRow(tr("&E-mail:"), m_email);
        form->addRow(tr("Role:"), m_role);
    }
    for (QLineEdit *edit : {m_username, m_name, m_email, m_password}) {
        if (edit)
            connect(edit, &QLineEdit::textEdited, this, [edit] { FieldMark::clear(edit); });
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(isNew() ? tr("&Add user") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    (isNew() ? m_username : m_name)->setFocus();
    updateStrength();
}

QString UserDialog::username() const {
    return m_username->text().trimmed();
}

QString UserDialog::oneTimePassword() const {
    return m_password ? m_password->text() : QString();
}

void UserDialog::updateStrength() {
    if (!m_meter)
        return;
    m_meter->setIdentity(m_username->text().trimmed(), m_name->text().trimmed(), m_email->text().trimmed());
    m_meter->setPassword(m_password->text());
}

void UserDialog::accept() {
    m_message->clearMessage();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Error error;
    bool ok = false;
    if (isNew()) {
        AccountService::NewUser input;
        input.username = m_username->text().trimmed();
        input.displayName = m_name->text().trimmed();
        input.email = m_email->text().trimmed();
        input.role = m_role->currentData().toString();
        input.password = m_password->text();
        auto added = m_accounts.addUser(m_session, input);
        ok = added.ok();
        if (added)
            m_user.id = added.value();
        else
            error = added.error();
    } else {
        auto saved = m_accounts.updateUser(m_session, m_user.id, m_name->text(), m_email->text(), m_user.rowVersion);
        ok = saved.ok();
        if (!saved)
            error = saved.error();
    }
    QApplication::restoreOverrideCursor();
    if (ok) {
        QDialog::accept();
        return;
    }
    m_message->showError(error.message);
    if (QWidget *field = widgetForField(error.field)) {
        FieldMark::set(field, MessageLabel::sentence(error.message));
        field->setFocus();
    }
}

QWidget *UserDialog::widgetForField(const QString &field) const {
    const QString f = field.toLower();
    if (f.isEmpty())
        return nullptr;
    if (f.contains(QLatin1String("password")))
        return m_password;
    if (f.contains(QLatin1String("display")) || f == QLatin1String("name"))
        return m_name;
    if (f.contains(QLatin1String("user")))
        return m_username;
    if (f.contains(QLatin1String("mail")))
        return m_email;
    if (f.contains(QLatin1String("role")))
        return m_role;
    return nullptr;
}

} // namespace bcp::ui
