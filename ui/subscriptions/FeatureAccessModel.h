#pragma once
// The features a shop has, for its Subscription page: a heading row per category, then one row per feature
// with whether the plan (or an override) includes it and its limit. Read-only.

#include "services/PlanTypes.h"

#include <QAbstractTableModel>

namespace bcp::ui {

class FeatureAccessModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FeatureColumn, AccessColumn, LimitColumn, ColumnCount };
    enum DataRole { FeatureKeyRole = Qt::UserRole + 1, HeadingRole, EnabledRole };

    explicit FeatureAccessModel(QObject *parent = nullptr);

    // `entitlements` in catalogue order (grouped by category).
    void setEntitlements(const QList<Entitlement> &entitlements);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QList<int> headingRows() const;
    // -1 when the feature is not listed.
    int rowOfFeature(const QString &featureKey) const;

private:
    struct Row {
        QString category; // for a heading
        int entitlement = -1;
    };
    QList<Entitlement> m_entitlements;
    QList<Row> m_rows;
};

} // namespace bcp::ui
