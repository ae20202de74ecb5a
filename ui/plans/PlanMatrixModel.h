#pragma once
// The plans-by-features matrix the Plans & features pane edits: a column per plan and a row for its price,
// its trial days and every feature, the features grouped under their category's heading row. A feature cell
// is ticked when the plan includes it and, for a feature with a quota, holds the limit (-1: no limit).
// Edits stay in the model until saved; a cell that differs from the plan's saved version is tinted, and each
// changed plan becomes one PlanEdit for PlanService::saveVersion().

#include "services/PlanTypes.h"

#include <QAbstractTableModel>

namespace bcp::ui {

class PlanMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class RowKind { Price, Trial, Category, Feature };
    enum DataRole { RowKindRole = Qt::UserRole + 1, FeatureKeyRole, ChangedRole, HasQuotaRole };
    static constexpr int kFixedRows = 2; // price, trial days

    explicit PlanMatrixModel(QObject *parent = nullptr);

    // Starts over from the saved plans (forgets every edit).
    void load(const QList<FeatureInfo> &features, const QList<Plan> &plans);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    RowKind rowKind(int row) const;
    // The row of a feature, -1 when unknown.
    int rowOfFeature(const QString &featureKey) const;
    // The column of a plan by code, -1 when unknown.
    int columnOfPlan(const QString &planCode) const;
    // Rows that head a category (the view spans them over every column).
    QList<int> categoryRows() const;

    const QList<Plan> &plans() const { return m_plans; }
    bool isChanged(int planIndex) const;
    bool hasChanges() const;
    // The edit of a plan as it stands, based on its saved version, with `note`.
    PlanEdit edit(int planIndex, const QString &note) const;

Q_SIGNALS:
    void changedStateChanged(bool hasChanges);

private:
    struct Row {
        RowKind kind;
        QString category;
        int feature = -1; // index into m_features
    };
    struct Cell {
        bool enabled = false;
        qint64 quota = kUnlimited;
    };
    struct Working {
        qint64 pricePaise = 0;
        int trialDays = 0;
        QList<Cell> cells; // by feature index
    };

    static Working workingOf(const Plan &plan, const QList<FeatureInfo> &features);
    bool cellChanged(int planIndex, int row) const;
    void emitChanged(int row, int column);

    QList<FeatureInfo> m_features;
    QList<Plan> m_plans;
    QList<Row> m_rows;
    QList<Working> m_saved;
    QList<Working> m_working;
};

} // namespace bcp::ui
