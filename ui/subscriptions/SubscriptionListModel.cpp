#include "subscriptions/SubscriptionListModel.h"

#include "money/IndianFormat.h"
#include "services/SubscriptionService.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace bcp::ui {

SubscriptionListModel::SubscriptionListModel(SubscriptionService &subscriptions, const Session &session,
                                             QObject *parent)
    : PagedRowModel<Subscription>({tr("Shop"), tr("Plan"), tr("Status"), tr("Until"), tr("MRR")}, parent),
      m_subscriptions(subscriptions), m_session(session) {
    setFetch([this](const QVariant &afterKey, int limit) -> Result<Page> {
        SubscriptionQuery q = m_query;
        q.afterTenantId = afterKey.isValid() ? afterKey.toLongLong() : 0;
        q.limit = limit;
        auto page = m_subscriptions.list(m_session, q);
        if (!page)
            return page.error();
        m_totalMrr = page->totalMrrPaise;
        m_totalRows = page->totalRows;
        Page out;
        out.rows = std::move(page.value().rows);
        if (!out.rows.isEmpty())
            out.lastKey = out.rows.last().tenantId;
        return out;
    });
}

void SubscriptionListModel::setQuery(const SubscriptionQuery &query) {
    m_query = query;
    reload();
}

int SubscriptionListModel::rowOfTenant(qint64 tenantId) const {
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).tenantId == tenantId)
            return row;
    }
    return -1;
}

QDate SubscriptionListModel::endOf(const Subscription &s) {
    // Stored ends are the first day after; people read the last day included, as the detail's period shows.
    const QDate end = s.status == SubscriptionStatus::Trial && s.trialEnd.isValid() ? s.trialEnd : s.periodEnd;
    return end.isValid() ? end.addDays(-1) : end;
}

QString SubscriptionListModel::dayText(const QDate &day) {
    if (!day.isValid())
        return QStringLiteral("\u2014");
    return QLocale(QLocale::English, QLocale::India).toString(day, QStringLiteral("d MMM yyyy"));
}

QColor SubscriptionListModel::statusColor(SubscriptionStatus status) {
    switch (status) {
    case SubscriptionStatus::Trial:
        return QColor(0x1e, 0x6f, 0xbf);
    case SubscriptionStatus::Active:
        return QColor(0x2e, 0x7d, 0x32);
    case SubscriptionStatus::PastDue:
        return QColor(0xb2, 0x6a, 0x00);
    case SubscriptionStatus::Expired:
    case SubscriptionStatus::Cancelled:
        return QColor(0x75, 0x75, 0x75);
    case SubscriptionStatus::Suspended:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QVariant SubscriptionListModel::cell(const Subscription &s, int column, int role) const {
    switch (role) {
    case TenantIdRole:
        return s.tenantId;
    case StatusRole:
        return int(s.status);
    case Qt::TextAlignmentRole:
        return column == MrrColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return column == StatusColumn ? QVariant(QBrush(statusColor(s.status))) : QVariant();
    case Qt::FontRole:
        if (column == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn && s.isImplicit())
            return tr("No subscription yet: a Pro trial from the shop's creation, then Free");
        if (column == StatusColumn && s.cancelAtPeriodEnd)
            return tr("Cancels at the end of the period");
        if (column == StatusColumn && !s.statusNote.isEmpty())
            return s.statusNote;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case ShopColumn:
        return s.tenantName;
    case PlanColumn:
        return s.planVersion > 1 ? tr("%1 (v%2)").arg(s.planName).arg(s.planVersion) : s.planName;
    case StatusColumn: {
        QString text = subscriptionStatusName(s.status);
        if (s.cancelAtPeriodEnd && s.status != SubscriptionStatus::Cancelled)
            text = tr("%1, cancels").arg(text);
        return text;
    }
    case PeriodEndColumn:
        return dayText(endOf(s));
    case MrrColumn:
        return IndianFormat::money(Money::fromPaise(s.mrrPaise), IndianFormat::Symbol::Rupee);
    default:
        return {};
    }
}

} // namespace bcp::ui
