#include "accounts/UnlockDialog.h"

#include "accounts/BrandMark.h"
#include "accounts/MessageLabel.h"
#include "services/AccountService.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

UnlockDialog::UnlockDialog(AccountService &accounts, const Session &session, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_password(new QLineEdit(this)),
      m_unlock(new QPushButton(tr("&Unlock"), this)), m_signOut(new QPushButton(tr("&Sign out"), this)),
      m_message(new MessageLabel(this)) {
    setWindowTitle(tr("BoxCostPro is locked"));
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    setWindowModality(Qt::ApplicationModal);

    auto *title = new QLabel(tr("<b>Unlock BoxCostPro</b>"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    const QString who = session.displayName.isEmpty()
                            ? session.username
                            : QStringLiteral("%1 (%2)").arg(session.displayName, session.username);
    auto *intro = new QLabel(tr("Signed in as %1. Enter your password to continue where you left off.").arg(who), this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(360);

    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_message->setObjectName(QStringLiteral("unlockMessage"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Password:"), m_password);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_unlock);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(10);
    auto *mark = new QLabel(this);
    mark->setPixmap(BrandMark::pixmap(40, devicePixelRatioF()));
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(mark);
    header->addWidget(title, 1);
    layout->addLayout(header);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(m_signOut, &QPushButton::clicked, this, &UnlockDialog::signOutRequested);
    m_password->setFocus();
}

void UnlockDialog::unlock() {
    if (m_password->text().isEmpty()) {
        m_message->showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto unlocked = m_accounts.unlockSession(m_session, m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!unlocked) {
        if (unlocked.error().kind == Error::Kind::Conflict) {
            offerOnlySignOut(unlocked.error().message);
            return;
        }
        m_message->showError(unlocked.error().message.isEmpty() ? unlocked.error().text() : unlocked.error().message);
        m_password->setFocus();
        return;
    }
    m_message->clearMessage();
    accept();
}

void UnlockDialog::offerOnlySignOut(const QString &why) {
    m_password->setEnabled(false);
    m_unlock->hide();
    m_signOut->show();
    m_signOut->setDefault(true);
    m_signOut->setFocus();
    m_message->showError(why);
}

bool UnlockDialog::signOutOnly() const {
    return !m_password->isEnabled();
}

} // namespace bcp::ui
