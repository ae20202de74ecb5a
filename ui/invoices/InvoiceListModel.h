#pragma once
// The Invoices pane's list: the shop's invoices and credit notes matching the pane's filters, newest first,
// through InvoiceService keyset pages (drafts show "Draft" where the number will be).

#include "common/PagedRowModel.h"
#include "services/InvoiceTypes.h"
#include "services/Session.h"

class QColor;

namespace bcp {
class InvoiceService;
}

namespace bcp::ui {

class InvoiceListModel : public PagedRowModel<InvoiceRow> {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        DateColumn,
        PartyColumn,
        QuoteColumn,
        StatusColumn,
        PaymentColumn,
        TotalColumn,
        BalanceColumn,
        DueColumn,
        ColumnCount
    };
    enum DataRole {
        IdRole = Qt::UserRole + 1,
        StatusRole,        // int(InvoiceStatus)
        PaymentStatusRole, // int(PaymentStatus)
        KindRole           // int(InvoiceKind)
    };

    InvoiceListModel(InvoiceService &invoices, const Session &session, QObject *parent = nullptr);

    // Shows the invoices matching `query` (from the first page).
    void setQuery(const InvoiceQuery &query);
    const InvoiceQuery &query() const { return m_query; }

    static QColor statusColor(InvoiceStatus status);
    static QColor paymentColor(PaymentStatus status);

protected:
    QVariant cell(const InvoiceRow &row, int column, int role) const override;

private:
    InvoiceService &m_invoices;
    Session m_session;
    InvoiceQuery m_query;
};

} // namespace bcp::ui
