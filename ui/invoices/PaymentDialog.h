#pragma once
// "Record payment" for a final invoice: date, amount (the balance to start with), mode and reference, with
// the balance before and after shown as the amount is typed. The payment is saved when Record is pressed;
// a refusal stays in the dialog with its field named.

#include "services/InvoiceTypes.h"
#include "services/Session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bcp {
class InvoiceService;
}

namespace bcp::ui {

class MessageLabel;

class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    PaymentDialog(InvoiceService &invoices, const Session &session, const Invoice &invoice, QWidget *parent = nullptr);

    // Saves the payment; on success the dialog is accepted.
    bool record();
    const Payment &recorded() const { return m_recorded; }

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *modeCombo() const { return m_mode; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QLabel *balanceLabel() const { return m_balance; }
    MessageLabel *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateBalance();

    InvoiceService &m_invoices;
    Session m_session;
    Invoice m_invoice;
    Payment m_recorded;

    QDateEdit *m_date = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_balance = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bcp::ui
