#include "invoices/CancelInvoiceDialog.h"

#include "accounts/MessageLabel.h"
#include "money/IndianFormat.h"
#include "services/InvoiceService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

CancelInvoiceDialog::CancelInvoiceDialog(InvoiceService &invoices, const Session &session, const Invoice &invoice,
                                         QWidget *parent)
    : QDialog(parent), m_invoices(invoices), m_session(session), m_invoice(invoice) {
    setObjectName(QStringLiteral("cancelInvoiceDialog"));
    setWindowTitle(tr("Cancel %1").arg(invoice.number));
    auto *intro = new QLabel(tr("Cancel tax invoice %1 to %2 for %3?\n\nThe invoice keeps its number and stays on "
                                "record marked CANCELLED; it cannot be undone. If only part of it is wrong, issue "
                                "a credit note instead.")
                                 .arg(invoice.number, invoice.party.name,
                                      IndianFormat::money(invoice.totals.grand, IndianFormat::Symbol::Rupee)),
                             this);
    intro->setWordWrap(true);
    auto *reasonLabel = new QLabel(tr("&Reason (printed on the cancelled invoice and kept in the audit log)"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: wrong party billed; reissued as a new invoice"));
    m_reason->setMaximumHeight(90);
    reasonLabel->setBuddy(m_reason);
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("cancelMessage"));

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Cancel &invoice"), QDialogButtonBox::DestructiveRole);
    m_confirm->setObjectName(QStringLiteral("cancelConfirm"));
    m_confirm->setEnabled(false);
    QPushButton *keep = buttons->addButton(tr("&Keep invoice"), QDialogButtonBox::RejectRole);
    keep->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, [this] { cancelInvoice(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_confirm->setEnabled(m_reason->toPlainText().trimmed().size() >= kMinReason); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    m_reason->setFocus();
}

bool CancelInvoiceDialog::cancelInvoice() {
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.size() < kMinReason) {
        m_message->showError(tr("Reason: write why the invoice is cancelled (at least %1 characters)").arg(kMinReason));
        m_reason->setFocus();
        return false;
    }
    auto cancelled = m_invoices.cancel(m_session, m_invoice.id, reason, m_invoice.rowVersion);
    if (!cancelled) {
        m_message->showError(cancelled.error().message);
        return false;
    }
    m_cancelled = cancelled.value();
    accept();
    return true;
}

} // namespace bcp::ui
