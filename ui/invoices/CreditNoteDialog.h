#pragma once
// "Credit note" against a final invoice: for each line, how many units are returned or reduced (at most what
// was invoiced), freight credited, and the reason. The note is issued final, numbered from the CN series,
// when Issue is pressed.

#include "services/InvoiceTypes.h"
#include "services/Session.h"

#include <QDialog>
#include <QList>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace bcp {
class InvoiceService;
}

namespace bcp::ui {

class MessageLabel;

class CreditNoteDialog : public QDialog {
    Q_OBJECT
public:
    CreditNoteDialog(InvoiceService &invoices, const Session &session, const Invoice &invoice,
                     QWidget *parent = nullptr);

    // Issues the credit note; on success the dialog is accepted.
    bool issue();
    const Invoice &issued() const { return m_issued; }

    // One spin box per invoice line, in line order.
    QList<QSpinBox *> quantitySpins() const { return m_quantities; }
    QLineEdit *transportEdit() const { return m_transport; }
    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *issueButton() const { return m_issue; }
    MessageLabel *message() const { return m_message; }

private:
    void updateSummary();

    InvoiceService &m_invoices;
    Session m_session;
    Invoice m_invoice;
    Invoice m_issued;

    QList<QSpinBox *> m_quantities;
    QLineEdit *m_transport = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_issue = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace bcp::ui
