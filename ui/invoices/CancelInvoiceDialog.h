#pragma once
// "Cancel invoice": a final invoice is never deleted; cancelling keeps its number and needs a reason, which
// the document and the audit log carry. The Cancel invoice button stays off until a reason is written.

#include "services/InvoiceTypes.h"
#include "services/Session.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;

namespace bcp {
class InvoiceService;
}

namespace bcp::ui {

class MessageLabel;

class CancelInvoiceDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMinReason = 5;

    CancelInvoiceDialog(InvoiceService &invoices, const Session &session, const Invoice &invoice,
                        QWidget *parent = nullptr);

    // Cancels the invoice with the reason; on success the dialog is accepted.
    bool cancelInvoice();
    const Invoice &cancelled() const { return m_cancelled; }

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    MessageLabel *message() const { return m_message; }

private:
    InvoiceService &m_invoices;
    Session m_session;
    Invoice m_invoice;
    Invoice m_cancelled;

    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace bcp::ui
