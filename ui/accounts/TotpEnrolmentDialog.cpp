#include "accounts/TotpEnrolmentDialog.h"

#include "accounts/MessageLabel.h"
#include "accounts/QrCodeView.h"
#include "accounts/ShopKeyDialog.h"
#include "services/Permissions.h"
#include "services/ShopKeyService.h"
#include "services/Totp.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

QFont monospace(const QFont &base, qreal scale) {
    QFont font = base;
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace

TotpEnrolmentDialog::TotpEnrolmentDialog(AccountService &accounts, const Session &session, Reason reason,
                                         QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_reason(reason), m_steps(new QStackedWidget(this)) {
    setWindowTitle(tr("Two-factor sign-in – BoxCostPro"));
    setMinimumWidth(680);
    m_steps->addWidget(createScanStep());
    m_steps->addWidget(createCodesStep());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->addWidget(m_steps);
    begin();
}

QWidget *TotpEnrolmentDialog::createScanStep() {
    auto *step = new QWidget(m_steps);
    auto *intro = new QLabel(step);
    intro->setWordWrap(true);
    const QString why =
        m_reason == Reason::RequiredByShop ? tr("Your shop requires two-factor sign-in for your role. ") : QString();
    intro->setText(tr("<b>Set up two-factor sign-in</b><br>%1After your password, BoxCostPro will also ask for a "
                      "code from an authenticator app on your phone.")
                       .arg(why.toHtmlEscaped()));

    m_qr = new QrCodeView(step);
    m_qr->setFixedSize(232, 232);

    auto *steps = new QLabel(tr("1. Open an authenticator app on your phone (for example Google Authenticator, "
                                "Microsoft Authenticator or FreeOTP).<br><br>"
                                "2. Add an account and scan the QR code, or type in this key:"),
                             step);
    steps->setWordWrap(true);
    m_key = new QLabel(step);
    m_key->setObjectName(QStringLiteral("totpKey"));
    m_key->setFont(monospace(m_key->font(), 1.15));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setWordWrap(true);
    m_key->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid);"
                                        " border-radius: 3px; padding: 6px 8px; }"));
    auto *copyKey = new QPushButton(tr("Copy &key"), step);
    connect(copyKey, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_key->text().remove(QLatin1Char(' '))); });
    auto *codeLabel = new QLabel(tr("3. Enter the 6-digit &code the app shows now:"), step);
    codeLabel->setWordWrap(true);
    m_code = new QLineEdit(step);
    m_code->setObjectName(QStringLiteral("totpCode"));
    m_code->setMaxLength(7);
    m_code->setFixedWidth(160);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setFont(monospace(m_code->font(), 1.4));
    m_code->setPlaceholderText(tr("123456"));
    codeLabel->setBuddy(m_code);

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(steps);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(copyKey);
    right->addLayout(keyRow);
    right->addSpacing(8);
    right->addWidget(codeLabel);
    right->addWidget(m_code);
    right->addStretch();

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(m_qr, 0, Qt::AlignTop);
    body->addLayout(right, 1);

    m_message = new MessageLabel(step);
    m_message->setObjectName(QStringLiteral("enrolmentMessage"));
    m_confirm = new QPushButton(tr("&Confirm"), step);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    m_cancel = new QPushButton(m_reason == Reason::RequiredByShop ? tr("&Quit") : tr("Cancel"), step);
    m_shopKey = new QPushButton(tr("Enter shop &key…"), step);
    m_shopKey->setObjectName(QStringLiteral("enterShopKey"));
    m_shopKey->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_shopKey);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(body);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_confirm, &QPushButton::clicked, this, &TotpEnrolmentDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &TotpEnrolmentDialog::reject);
    connect(m_shopKey, &QPushButton::clicked, this, &TotpEnrolmentDialog::openShopKey);
    return step;
}

QWidget *TotpEnrolmentDialog::createCodesStep() {
    auto *step = new QWidget(m_steps);
    auto *heading = new QLabel(tr("<b>Two-factor sign-in is on.</b> Now keep your backup codes."), step);
    heading->setWordWrap(true);
    m_codesWarning = new MessageLabel(step);
    m_codesWarning->showWarning(tr("Store these codes now: they are shown only this once. Each code signs you in "
                                   "once if your phone is lost or replaced. Print them or copy them to a safe "
                                   "place, away from this computer."));

    m_codes = new QLabel(step);
    m_codes->setObjectName(QStringLiteral("backupCodes"));
    m_codes->setFont(monospace(m_codes->font(), 1.3));
    m_codes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_codes->setAlignment(Qt::AlignCenter);
    m_codes->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid);"
                                          " border-radius: 3px; padding: 14px 24px; }"));

    m_copy = new QPushButton(tr("Cop&y to clipboard"), step);
    m_print = new QPushButton(tr("&Print…"), step);
    m_stored = new QCheckBox(tr("I have &stored these codes in a safe place"), step);
    m_done = new QPushButton(tr("&Done"), step);
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setEnabled(false);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_copy);
    tools->addWidget(m_print);
    tools->addStretch();
    auto *finish = new QHBoxLayout;
    finish->addWidget(m_stored);
    finish->addStretch();
    finish->addWidget(m_done);

    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_codesWarning);
    layout->addWidget(m_codes);
    layout->addLayout(tools);
    layout->addStretch();
    layout->addLayout(finish);

    connect(m_copy, &QPushButton::clicked, this, &TotpEnrolmentDialog::copyCodes);
    connect(m_print, &QPushButton::clicked, this, &TotpEnrolmentDialog::printCodes);
    connect(m_stored, &QCheckBox::toggled, m_done, &QPushButton::setEnabled);
    connect(m_done, &QPushButton::clicked, this, &TotpEnrolmentDialog::accept);
    return step;
}

void TotpEnrolmentDialog::begin() {
    auto started = m_accounts.beginTotp(m_session);
    if (!started) {
        m_message->showError(started.error().message);
        m_code->setEnabled(false);
        m_confirm->setEnabled(false);
        m_key->setText(QStringLiteral("—"));
        m_shopKey->setVisible(ShopKeyService::isMissingKey(started.error()) && m_session.can(perm::UsersManage));
        return;
    }
    m_shopKey->hide();
    m_code->setEnabled(true);
    m_confirm->setEnabled(true);
    m_enrolment = started.value();
    m_qr->setText(m_enrolment.uri);
    m_key->setText(m_enrolment.displayKey.isEmpty() ? Totp::displayKey(m_enrolment.secret) : m_enrolment.displayKey);
    m_code->setFocus();
}

QDialog *TotpEnrolmentDialog::shopKeyDialog() const {
    return m_shopKeyDialog;
}

void TotpEnrolmentDialog::openShopKey() {
    auto *dialog = new ShopKeyDialog(m_accounts, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShopKeyDialog::installed, this, [this, dialog] {
        dialog->accept();
        begin();
        if (!m_enrolment.secret.isEmpty())
            m_message->showSuccess(tr("The shop key is installed on this computer. Scan the code to continue."));
    });
    m_shopKeyDialog = dialog;
    dialog->open();
}

void TotpEnrolmentDialog::confirm() {
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_message->showError(tr("Enter the 6-digit code your authenticator app shows."));
        m_code->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto codes = m_accounts.confirmTotp(m_session, m_enrolment, code);
    QApplication::restoreOverrideCursor();
    if (!codes) {
        m_message->showError(codes.error().message);
        m_code->selectAll();
        m_code->setFocus();
        return;
    }
    m_backupCodes = codes.value();
    QString grid;
    const int half = (m_backupCodes.size() + 1) / 2;
    for (int row = 0; row < half; ++row) {
        grid += QStringLiteral("%1. %2").arg(row + 1, 2).arg(m_backupCodes.at(row));
        if (row + half < m_backupCodes.size())
            grid += QStringLiteral("      %1. %2").arg(row + half + 1, 2).arg(m_backupCodes.at(row + half));
        if (row + 1 < half)
            grid += QLatin1Char('\n');
    }
    m_codes->setText(grid);
    m_steps->setCurrentIndex(1);
    m_stored->setFocus();
}

bool TotpEnrolmentDialog::onCodesStep() const {
    return m_steps->currentIndex() == 1;
}

void TotpEnrolmentDialog::reject() {
    // Once confirmed, two-factor is on whatever way the window is closed.
    if (confirmed())
        accept();
    else
        QDialog::reject();
}

QString TotpEnrolmentDialog::backupCodesText() const {
    QStringList lines;
    lines << tr("BoxCostPro backup codes for %1").arg(m_session.username);
    lines << tr("Each code can be used once, instead of the authenticator app's code.");
    lines << QString();
    for (int i = 0; i < m_backupCodes.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1, 2).arg(m_backupCodes.at(i));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TotpEnrolmentDialog::copyCodes() {
    QApplication::clipboard()->setText(backupCodesText());
    m_copy->setText(tr("Copied ✓"));
}

void TotpEnrolmentDialog::printCodes() {
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print backup codes"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><pre style=\"font-size: 14pt\">")
                       .arg(tr("BoxCostPro backup codes").toHtmlEscaped(),
                            tr("For %1. Each code can be used once, instead of the authenticator app's code.")
                                .arg(m_session.username)
                                .toHtmlEscaped());
    for (int i = 0; i < m_backupCodes.size(); ++i)
        html += QStringLiteral("%1. %2\n").arg(i + 1, 2).arg(m_backupCodes.at(i).toHtmlEscaped());
    html += QStringLiteral("</pre>");
    document.setHtml(html);
    document.print(&printer);
}

} // namespace bcp::ui
