#include "invoices/PaymentDialog.h"

#include "accounts/MessageLabel.h"
#include "money/IndianFormat.h"
#include "services/InvoiceService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

PaymentDialog::PaymentDialog(InvoiceService &invoices, const Session &session, const Invoice &invoice, QWidget *parent)
    : QDialog(parent), m_invoices(invoices), m_session(session), m_invoice(invoice) {
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record payment for %1").arg(invoice.number));

    auto *intro = new QLabel(tr("Payment received from %1 against %2 (total %3).")
                                 .arg(invoice.party.name, invoice.number,
                                      IndianFormat::money(invoice.totals.grand, IndianFormat::Symbol::Rupee)),
                             this);
    intro->setWordWrap(true);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setMinimumDate(invoice.date);
    m_amount = new QLineEdit(IndianFormat::plain(invoice.balance), this);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("paymentMode"));
    for (PaymentMode mode : allPaymentModes())
        m_mode->addItem(paymentModeLabel(mode), int(mode));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_reference->setPlaceholderText(tr("UPI transaction id, cheque number, bank reference"));
    m_reference->setMaxLength(120);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("paymentBalance"));
    m_balance->setWordWrap(true);
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("paymentMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Amount (\u20b9)"), m_amount);
    form->addRow(tr("&Mode"), m_mode);
    form->addRow(tr("&Reference"), m_reference);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *recordButton = m_buttons->addButton(tr("&Record payment"), QDialogButtonBox::AcceptRole);
    recordButton->setObjectName(QStringLiteral("paymentRecord"));
    recordButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { record(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::updateBalance);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_balance);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    updateBalance();
    m_amount->selectAll();
    m_amount->setFocus();
    resize(460, sizeHint().height());
}

void PaymentDialog::updateBalance() {
    const QString due = IndianFormat::money(m_invoice.balance, IndianFormat::Symbol::Rupee);
    auto amount = IndianFormat::parse(m_amount->text());
    if (!amount || amount->paise() <= 0) {
        m_balance->setText(tr("Balance due %1.").arg(due));
        return;
    }
    const Money after = m_invoice.balance - amount.value();
    if (after.isNegative())
        m_balance->setText(tr("Balance due %1: this is %2 more than the balance.")
                               .arg(due, IndianFormat::money(-after, IndianFormat::Symbol::Rupee)));
    else if (after.isZero())
        m_balance->setText(tr("Balance due %1; this payment settles the invoice.").arg(due));
    else
        m_balance->setText(tr("Balance due %1; %2 remains after this payment.")
                               .arg(due, IndianFormat::money(after, IndianFormat::Symbol::Rupee)));
}

bool PaymentDialog::record() {
    auto amount = IndianFormat::parse(m_amount->text());
    if (!amount) {
        m_message->showError(tr("Amount: %1").arg(MessageLabel::sentence(amount.error().message)));
        m_amount->setFocus();
        return false;
    }
    NewPayment payment;
    payment.invoiceId = m_invoice.id;
    payment.date = m_date->date();
    payment.amount = amount.value();
    payment.mode = PaymentMode(m_mode->currentData().toInt());
    payment.reference = m_reference->text().trimmed();
    auto saved = m_invoices.recordPayment(m_session, payment);
    if (!saved) {
        const Error &e = saved.error();
        const QHash<QString, QString> labels = {{QStringLiteral("amount"), tr("Amount")},
                                                {QStringLiteral("date"), tr("Date")},
                                                {QStringLiteral("mode"), tr("Mode")},
                                                {QStringLiteral("reference"), tr("Reference")}};
        m_message->showError(e.field.isEmpty()
                                 ? e.message
                                 : tr("%1: %2").arg(labels.value(e.field, e.field), MessageLabel::sentence(e.message)));
        if (e.field == QStringLiteral("amount"))
            m_amount->setFocus();
        else if (e.field == QStringLiteral("date"))
            m_date->setFocus();
        else if (e.field == QStringLiteral("reference"))
            m_reference->setFocus();
        return false;
    }
    m_recorded = saved.value();
    accept();
    return true;
}

} // namespace bcp::ui
