#include "invoices/CreditNoteDialog.h"

#include "accounts/MessageLabel.h"
#include "money/IndianFormat.h"
#include "services/InvoiceService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>

namespace bcp::ui {

CreditNoteDialog::CreditNoteDialog(InvoiceService &invoices, const Session &session, const Invoice &invoice,
                                   QWidget *parent)
    : QDialog(parent), m_invoices(invoices), m_session(session), m_invoice(invoice) {
    setObjectName(QStringLiteral("creditNoteDialog"));
    setWindowTitle(tr("Credit note against %1").arg(invoice.number));
    auto *intro = new QLabel(tr("Units returned or reduced on each line of %1, at the invoiced rates. The credit "
                                "note is numbered and final as soon as it is issued.")
                                 .arg(invoice.number),
                             this);
    intro->setWordWrap(true);

    auto *linesBox = new QWidget(this);
    auto *linesForm = new QFormLayout(linesBox);
    for (const InvoiceLine &line : invoice.lines) {
        auto *spin = new QSpinBox(linesBox);
        spin->setRange(0, int(qMin<qint64>(line.quantity, INT_MAX)));
        spin->setSuffix(tr(" of %1 %2").arg(IndianFormat::grouped(line.quantity), line.unit));
        spin->setObjectName(QStringLiteral("creditQuantity%1").arg(m_quantities.size()));
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &CreditNoteDialog::updateSummary);
        m_quantities << spin;
        linesForm->addRow(tr("%1 @ %2").arg(line.name, IndianFormat::money(line.rate)), spin);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(linesBox);
    scroll->setWidgetResizable(true);
    scroll->setMaximumHeight(260);

    m_transport = new QLineEdit(QStringLiteral("0.00"), this);
    m_transport->setObjectName(QStringLiteral("creditTransport"));
    m_transport->setAlignment(Qt::AlignRight);
    connect(m_transport, &QLineEdit::textChanged, this, &CreditNoteDialog::updateSummary);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("creditDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setMinimumDate(invoice.date);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("creditReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(70);
    m_reason->setPlaceholderText(tr("For example: 200 boxes returned damaged"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Freight credited (\u20b9)"), m_transport);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Reason"), m_reason);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("creditSummary"));
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("creditMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_issue = buttons->addButton(tr("&Issue credit note"), QDialogButtonBox::AcceptRole);
    m_issue->setObjectName(QStringLiteral("creditIssue"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { issue(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateSummary();
    resize(520, sizeHint().height());
}

void CreditNoteDialog::updateSummary() {
    Money value;
    for (int i = 0; i < m_quantities.size(); ++i)
        value += m_invoice.lines.at(i).rate * m_quantities.at(i)->value();
    auto transport = IndianFormat::parse(m_transport->text());
    if (transport)
        value += transport.value();
    m_summary->setText(tr("Taxable value credited: %1, plus GST at the invoice's rate.")
                           .arg(IndianFormat::money(value, IndianFormat::Symbol::Rupee)));
}

bool CreditNoteDialog::issue() {
    CreditNoteDraft draft;
    draft.invoiceId = m_invoice.id;
    draft.date = m_date->date();
    draft.reason = m_reason->toPlainText().trimmed();
    for (int i = 0; i < m_quantities.size(); ++i) {
        if (m_quantities.at(i)->value() > 0)
            draft.lines << CreditNoteLine{i, m_quantities.at(i)->value()};
    }
    auto transport =
        IndianFormat::parse(m_transport->text().trimmed().isEmpty() ? QStringLiteral("0") : m_transport->text());
    if (!transport) {
        m_message->showError(tr("Freight credited: %1").arg(MessageLabel::sentence(transport.error().message)));
        m_transport->setFocus();
        return false;
    }
    draft.transport = transport.value();
    auto issued = m_invoices.createCreditNote(m_session, draft);
    if (!issued) {
        const Error &e = issued.error();
        QString where;
        if (e.field.startsWith(QStringLiteral("lines")))
            where = tr("Quantities");
        else if (e.field == QStringLiteral("reason"))
            where = tr("Reason");
        else if (e.field == QStringLiteral("transport"))
            where = tr("Freight credited");
        else if (e.field == QStringLiteral("date"))
            where = tr("Date");
        m_message->showError(where.isEmpty() ? e.message : tr("%1: %2").arg(where, MessageLabel::sentence(e.message)));
        return false;
    }
    m_issued = issued.value();
    accept();
    return true;
}

} // namespace bcp::ui
