#pragma once
// First run on an empty database: a fresh shop or a demo shop with sample data (company, GST state,
// optional GSTIN) and its owner account.
// Finishing creates both through AccountService::setup(); a refusal marks the field it names and keeps the
// wizard open on that field's page.

#include "services/Session.h"

#include <QWizard>

class QComboBox;
class QRadioButton;
class QLabel;
class QLineEdit;

namespace bcp {
class AccountService;
}

namespace bcp::ui {

class MessageLabel;
class PasswordStrengthMeter;

class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ShopPage, OwnerPage };

    explicit SetupWizard(AccountService &accounts, QWidget *parent = nullptr);

    // The owner, signed in, once the wizard was accepted.
    const Session &session() const { return m_session; }
    // Whether the user asked for a demo shop: the caller fills it with sample parties and quotes.
    bool demoChosen() const;

    bool validateCurrentPage() override;

    // Exposed for the offscreen tests, which fill the wizard like a user.
    QRadioButton *demoChoice() const { return m_demo; }
    QLineEdit *companyEdit() const { return m_company; }
    QComboBox *stateCombo() const { return m_state; }
    QLineEdit *gstinEdit() const { return m_gstin; }
    QLabel *gstinStatus() const { return m_gstinStatus; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    PasswordStrengthMeter *strengthMeter() const { return m_meter; }
    MessageLabel *shopMessage() const { return m_shopMessage; }
    MessageLabel *ownerMessage() const { return m_ownerMessage; }

private:
    QWizardPage *createShopPage();
    QWizardPage *createOwnerPage();
    void checkGstin();
    void updateStrength();
    void updateRepeat();
    bool validateShop();
    bool createShopAndOwner();
    // Where a refusal from the service points: the input and the page it is on.
    QWidget *widgetForField(const QString &field) const;
    void clearMarks();

    AccountService &m_accounts;
    Session m_session;
    QRadioButton *m_fresh = nullptr;
    QRadioButton *m_demo = nullptr;
    QLineEdit *m_company = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_gstin = nullptr;
    QLabel *m_gstinStatus = nullptr;
    MessageLabel *m_shopMessage = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_repeatStatus = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    MessageLabel *m_ownerMessage = nullptr;
};

} // namespace bcp::ui
