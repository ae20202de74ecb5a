#include "invoices/InvoiceListModel.h"

#include "money/IndianFormat.h"
#include "services/InvoiceService.h"

#include <QColor>
#include <QFont>

namespace bcp::ui {

namespace {

QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace

InvoiceListModel::InvoiceListModel(InvoiceService &invoices, const Session &session, QObject *parent)
    : PagedRowModel<InvoiceRow>({tr("Number"), tr("Date"), tr("Party"), tr("Quote"), tr("Status"), tr("Payment"),
                                 tr("Total"), tr("Balance"), tr("Due")},
                                parent),
      m_invoices(invoices), m_session(session) {
    setFetch([this](const QVariant &afterKey, int limit) {
        return keysetPage(m_query, afterKey, limit,
                          [this](const InvoiceQuery &q) { return m_invoices.list(m_session, q); });
    });
}

void InvoiceListModel::setQuery(const InvoiceQuery &query) {
    m_query = query;
    reload();
}

QColor InvoiceListModel::statusColor(InvoiceStatus status) {
    switch (status) {
    case InvoiceStatus::Draft:
        return QColor(0x5f, 0x6b, 0x76);
    case InvoiceStatus::Final:
        return QColor(0x1e, 0x5f, 0xa8);
    case InvoiceStatus::Cancelled:
        return QColor(0xb0, 0x1e, 0x1e);
    }
    return {};
}

QColor InvoiceListModel::paymentColor(PaymentStatus status) {
    switch (status) {
    case PaymentStatus::Unpaid:
        return QColor(0xb3, 0x5c, 0x00);
    case PaymentStatus::PartlyPaid:
        return QColor(0x8a, 0x6d, 0x00);
    case PaymentStatus::Paid:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

QVariant InvoiceListModel::cell(const InvoiceRow &row, int column, int role) const {
    const bool finalInvoice = row.status == InvoiceStatus::Final && row.kind == InvoiceKind::Invoice;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            if (row.number.isEmpty())
                return tr("Draft");
            return row.kind == InvoiceKind::CreditNote ? tr("%1 (credit note)").arg(row.number) : row.number;
        case DateColumn:
            return dateText(row.date);
        case PartyColumn:
            return row.partyCompany.isEmpty() ? row.partyName
                                              : QStringLiteral("%1 \u00b7 %2").arg(row.partyName, row.partyCompany);
        case QuoteColumn:
            return row.quoteNumber;
        case StatusColumn:
            return invoiceStatusLabel(row.status);
        case PaymentColumn:
            return finalInvoice ? paymentStatusLabel(row.paymentStatus) : QString();
        case TotalColumn:
            return IndianFormat::money(row.grand);
        case BalanceColumn:
            return finalInvoice ? IndianFormat::money(row.balance) : QString();
        case DueColumn:
            return finalInvoice && row.paymentStatus != PaymentStatus::Paid ? dateText(row.dueDate) : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == TotalColumn || column == BalanceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return statusColor(row.status);
        if (column == PaymentColumn)
            return paymentColor(row.paymentStatus);
        if (column == NumberColumn && row.number.isEmpty())
            return QColor(0x80, 0x80, 0x80);
        if (column == DueColumn && finalInvoice && row.dueDate.isValid() && row.dueDate < QDate::currentDate() &&
            row.paymentStatus != PaymentStatus::Paid)
            return QColor(0xb0, 0x1e, 0x1e);
        return {};
    case Qt::FontRole:
        if (column == NumberColumn && row.number.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (column == StatusColumn && row.status == InvoiceStatus::Cancelled) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == PartyColumn)
            return cell(row, column, Qt::DisplayRole);
        if (column == BalanceColumn && finalInvoice)
            return tr("Paid %1 of %2").arg(IndianFormat::money(row.paid), IndianFormat::money(row.grand));
        return {};
    case IdRole:
        return row.id;
    case StatusRole:
        return int(row.status);
    case PaymentStatusRole:
        return int(row.paymentStatus);
    case KindRole:
        return int(row.kind);
    default:
        return {};
    }
}

} // namespace bcp::ui
