#pragma once
// The Subscriptions pane's list: every shop with its plan, derived status, period end and monthly recurring
// revenue, matching the pane's filters, by shop id, through SubscriptionService keyset pages. The total MRR
// and count of every matching shop (not only the loaded pages) come with each page.

#include "common/PagedRowModel.h"
#include "services/PlanTypes.h"
#include "services/Session.h"

class QColor;

namespace bcp {
class SubscriptionService;
}

namespace bcp::ui {

class SubscriptionListModel : public PagedRowModel<Subscription> {
    Q_OBJECT
public:
    enum Column { ShopColumn, PlanColumn, StatusColumn, PeriodEndColumn, MrrColumn, ColumnCount };
    enum DataRole { TenantIdRole = Qt::UserRole + 1, StatusRole };

    SubscriptionListModel(SubscriptionService &subscriptions, const Session &session, QObject *parent = nullptr);

    void setQuery(const SubscriptionQuery &query);
    const SubscriptionQuery &query() const { return m_query; }

    qint64 tenantAt(int row) const { return rowAt(row).tenantId; }
    // -1 when the shop is not among the loaded rows.
    int rowOfTenant(qint64 tenantId) const;

    qint64 totalMrrPaise() const { return m_totalMrr; }
    int totalRows() const { return m_totalRows; }

    // The last day the current status runs to: the trial's during a trial, else the period's.
    static QDate endOf(const Subscription &s);
    static QString dayText(const QDate &day);
    static QColor statusColor(SubscriptionStatus status);

protected:
    QVariant cell(const Subscription &row, int column, int role) const override;

private:
    SubscriptionService &m_subscriptions;
    Session m_session;
    SubscriptionQuery m_query;
    qint64 m_totalMrr = 0;
    int m_totalRows = 0;
};

} // namespace bcp::ui
