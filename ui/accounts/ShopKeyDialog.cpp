#include "accounts/ShopKeyDialog.h"

#include "accounts/MessageLabel.h"
#include "services/AccountService.h"
#include "services/ShopKeyService.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

ShopKeyDialog::ShopKeyDialog(AccountService &accounts, const Session &session, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_state(new QLabel(this)),
      m_show(new QPushButton(tr("&Show the key"), this)), m_key(new QLabel(this)),
      m_copy(new QPushButton(tr("&Copy"), this)), m_edit(new QLineEdit(this)),
      m_install(new QPushButton(tr("&Install on this computer"), this)), m_message(new MessageLabel(this)) {
    setWindowTitle(tr("Shop key – BoxCostPro"));

    auto *intro = new QLabel(tr("Two-factor sign-in codes are checked with secrets sealed under the <b>shop key</b>. "
                                "Every computer that works on this shop's database needs the key in its own "
                                "keychain. Read it here on a computer that has it, and enter it on one that does "
                                "not. Anyone with the key and a copy of the database could read the secrets: keep "
                                "it as private as a password."),
                             this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(460);
    m_state->setObjectName(QStringLiteral("shopKeyState"));
    m_state->setWordWrap(true);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *showBox = new QGroupBox(tr("This computer's key"), this);
    m_show->setObjectName(QStringLiteral("showShopKey"));
    m_key->setObjectName(QStringLiteral("shopKeyText"));
    QFont keyFont = mono;
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.15);
    m_key->setFont(keyFont);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->hide();
    m_copy->setObjectName(QStringLiteral("copyShopKey"));
    m_copy->hide();
    auto *showRow = new QHBoxLayout;
    showRow->addWidget(m_show);
    showRow->addWidget(m_copy);
    showRow->addStretch();
    auto *showLayout = new QVBoxLayout(showBox);
    showLayout->addLayout(showRow);
    showLayout->addWidget(m_key);

    auto *installBox = new QGroupBox(tr("Enter the key shown on another computer"), this);
    m_edit->setObjectName(QStringLiteral("shopKeyEdit"));
    m_edit->setFont(mono);
    m_edit->setMaxLength(120);
    m_edit->setPlaceholderText(tr("ABCD EFGH … (13 groups of four)"));
    m_install->setObjectName(QStringLiteral("installShopKey"));
    auto *installRow = new QHBoxLayout(installBox);
    installRow->addWidget(m_edit, 1);
    installRow->addWidget(m_install);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_state);
    layout->addWidget(showBox);
    layout->addWidget(installBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_show, &QPushButton::clicked, this, &ShopKeyDialog::showKey);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_key->text());
        m_message->showInfo(tr("The key was copied. Clear the clipboard once it is entered on the other computer."));
    });
    connect(m_install, &QPushButton::clicked, this, &ShopKeyDialog::install);
    connect(m_edit, &QLineEdit::returnPressed, this, &ShopKeyDialog::install);

    refreshState();
}

void ShopKeyDialog::refreshState() {
    auto state = m_accounts.shopKeys().state(m_session);
    if (!state) {
        m_state->setText(state.error().message);
        m_show->setEnabled(false);
        return;
    }
    switch (state.value()) {
    case ShopKeyService::State::Installed:
        m_state->setText(tr("This computer has the shop key."));
        m_show->setEnabled(true);
        break;
    case ShopKeyService::State::NotCreated:
        m_state->setText(tr("The shop has no key yet. It is made when someone first sets up two-factor sign-in, "
                            "or now if you show it."));
        m_show->setEnabled(true);
        break;
    case ShopKeyService::State::Missing:
        m_state->setText(tr("<b>This computer does not have the shop key.</b> Two-factor codes cannot be checked "
                            "here until it is entered below."));
        m_show->setEnabled(false);
        break;
    case ShopKeyService::State::Different:
        m_state->setText(tr("<b>The key saved on this computer is not the shop's key.</b> Enter the right one "
                            "below."));
        m_show->setEnabled(false);
        break;
    }
    if (!m_show->isEnabled())
        m_edit->setFocus();
}

void ShopKeyDialog::showKey() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto shown = m_accounts.shopKeys().show(m_session);
    QApplication::restoreOverrideCursor();
    if (!shown) {
        m_message->showError(shown.error().message);
        return;
    }
    m_key->setText(shown.value());
    m_key->show();
    m_copy->show();
    m_message->clearMessage();
    refreshState();
}

void ShopKeyDialog::install() {
    if (m_edit->text().trimmed().isEmpty()) {
        m_message->showError(tr("Enter the shop key: 13 groups of four letters and digits."));
        m_edit->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto stored = m_accounts.shopKeys().install(m_session, m_edit->text());
    QApplication::restoreOverrideCursor();
    if (!stored) {
        m_message->showError(stored.error().message);
        m_edit->selectAll();
        m_edit->setFocus();
        return;
    }
    m_edit->clear();
    refreshState();
    if (stored.value() == SecretStore::Storage::Keychain)
        m_message->showSuccess(tr("The shop key is installed on this computer."));
    else
        m_message->showWarning(tr("The key is right, but the system keychain cannot be used, so it is kept only "
                                  "until BoxCostPro closes."));
    Q_EMIT installed();
}

} // namespace bcp::ui
