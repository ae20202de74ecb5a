#pragma once
// Setting up two-factor sign-in: a QR code for the authenticator app (and the key as text for typing by hand),
// confirmed with one valid code; then the ten backup codes, shown this once, to copy or print.

#include "services/AccountService.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace bcp::ui {

class MessageLabel;
class QrCodeView;

class TotpEnrolmentDialog : public QDialog {
    Q_OBJECT
public:
    enum class Reason { OwnChoice, RequiredByShop };

    TotpEnrolmentDialog(AccountService &accounts, const Session &session, Reason reason, QWidget *parent = nullptr);

    // The new secret (empty when it could not be started, e.g. the keychain is unavailable).
    const AccountService::TotpEnrolment &enrolment() const { return m_enrolment; }
    bool confirmed() const { return !m_backupCodes.isEmpty(); }
    const QStringList &backupCodes() const { return m_backupCodes; }
    // The codes as printed and copied: a heading, who they are for and the codes one per line.
    QString backupCodesText() const;

    bool onCodesStep() const;

    void reject() override;

    // Exposed for the offscreen tests.
    QrCodeView *qrView() const { return m_qr; }
    QLabel *keyLabel() const { return m_key; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *confirmButton() const { return m_confirm; }
    MessageLabel *message() const { return m_message; }
    QLabel *codesLabel() const { return m_codes; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *printButton() const { return m_print; }
    QCheckBox *storedCheck() const { return m_stored; }
    QPushButton *doneButton() const { return m_done; }
    // Offered when this computer lacks the shop key that the secret must be sealed with and the user may
    // install it (owners and admins, whom the shop can require to enrol before anything else).
    QPushButton *shopKeyButton() const { return m_shopKey; }
    QDialog *shopKeyDialog() const;

private:
    QWidget *createScanStep();
    QWidget *createCodesStep();
    void begin();
    void confirm();
    void copyCodes();
    void printCodes();
    void openShopKey();

    AccountService &m_accounts;
    Session m_session;
    Reason m_reason;
    AccountService::TotpEnrolment m_enrolment;
    QStringList m_backupCodes;
    QStackedWidget *m_steps = nullptr;
    QrCodeView *m_qr = nullptr;
    QLabel *m_key = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_shopKey = nullptr;
    QPointer<QDialog> m_shopKeyDialog;
    MessageLabel *m_message = nullptr;
    MessageLabel *m_codesWarning = nullptr;
    QLabel *m_codes = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_print = nullptr;
    QCheckBox *m_stored = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace bcp::ui
