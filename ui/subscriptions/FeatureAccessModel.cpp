#include "subscriptions/FeatureAccessModel.h"

#include "money/IndianFormat.h"
#include "subscriptions/SubscriptionListModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace bcp::ui {

namespace {

QString categoryOf(const QString &featureKey) {
    return featureKey.section(QLatin1Char('.'), 0, 0);
}

} // namespace

FeatureAccessModel::FeatureAccessModel(QObject *parent) : QAbstractTableModel(parent) {}

void FeatureAccessModel::setEntitlements(const QList<Entitlement> &entitlements) {
    beginResetModel();
    m_entitlements = entitlements;
    m_rows.clear();
    QString category;
    for (int i = 0; i < m_entitlements.size(); ++i) {
        const QString c = categoryOf(m_entitlements.at(i).featureKey);
        if (i == 0 || c != category) {
            category = c;
            m_rows << Row{category, -1};
        }
        m_rows << Row{QString(), i};
    }
    endResetModel();
}

int FeatureAccessModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeatureAccessModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QList<int> FeatureAccessModel::headingRows() const {
    QList<int> rows;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).entitlement < 0)
            rows << r;
    }
    return rows;
}

int FeatureAccessModel::rowOfFeature(const QString &featureKey) const {
    for (int r = 0; r < m_rows.size(); ++r) {
        const int e = m_rows.at(r).entitlement;
        if (e >= 0 && m_entitlements.at(e).featureKey == featureKey)
            return r;
    }
    return -1;
}

QVariant FeatureAccessModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == HeadingRole)
        return row.entitlement < 0;
    if (row.entitlement < 0) {
        if (role == Qt::DisplayRole && index.column() == FeatureColumn)
            return featureCategoryName(row.category);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xec, 0xef, 0xf4));
        return {};
    }
    const Entitlement &e = m_entitlements.at(row.entitlement);
    const bool overridden = e.source != QLatin1String("plan");
    switch (role) {
    case FeatureKeyRole:
        return e.featureKey;
    case EnabledRole:
        return e.enabled;
    case Qt::DisplayRole:
        switch (index.column()) {
        case FeatureColumn:
            return featureName(e.featureKey);
        case AccessColumn:
            return QString((e.enabled ? tr("\u2713 Yes") : tr("\u2717 No")) +
                           (overridden ? QStringLiteral(" *") : QString()));
        case LimitColumn:
            if (quotaLabel(e.featureKey).isEmpty() || !e.enabled)
                return QString();
            return e.quota < 0 ? tr("no limit")
                               : tr("%1 %2").arg(IndianFormat::grouped(e.quota), quotaLabel(e.featureKey));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == AccessColumn)
            return QBrush(e.enabled ? QColor(0x2e, 0x7d, 0x32) : QColor(0x9e, 0x9e, 0x9e));
        return e.enabled ? QVariant() : QVariant(QBrush(QColor(0x75, 0x75, 0x75)));
    case Qt::ToolTipRole:
        if (overridden) {
            const QString who = e.source == QLatin1String("user") ? tr("for you") : tr("for the shop");
            return tr("* Granted %1 until %2 (not from the %3 plan)")
                .arg(who, SubscriptionListModel::dayText(e.overrideExpiresAt.toUTC().date()), e.planName);
        }
        return e.enabled ? tr("In the %1 plan").arg(e.planName) : tr("Not in the %1 plan").arg(e.planName);
    default:
        return {};
    }
}

QVariant FeatureAccessModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FeatureColumn:
        return tr("Feature");
    case AccessColumn:
        return tr("In your plan");
    case LimitColumn:
        return tr("Limit");
    default:
        return {};
    }
}

} // namespace bcp::ui
