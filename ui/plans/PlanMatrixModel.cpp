#include "plans/PlanMatrixModel.h"

#include "money/IndianFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <limits>

namespace bcp::ui {

namespace {

const QColor kChanged(0xff, 0xf3, 0xc4);
const QColor kCategory(0xec, 0xef, 0xf4);

} // namespace

PlanMatrixModel::PlanMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

PlanMatrixModel::Working PlanMatrixModel::workingOf(const Plan &plan, const QList<FeatureInfo> &features) {
    Working w;
    w.pricePaise = plan.current.pricePaise;
    w.trialDays = plan.current.trialDays;
    for (const FeatureInfo &f : features) {
        Cell c;
        if (const PlanFeature *pf = plan.current.feature(f.key)) {
            c.enabled = pf->enabled;
            c.quota = pf->quota;
        }
        w.cells << c;
    }
    return w;
}

void PlanMatrixModel::load(const QList<FeatureInfo> &features, const QList<Plan> &plans) {
    const bool had = hasChanges();
    beginResetModel();
    m_features = features;
    m_plans = plans;
    m_rows.clear();
    m_rows << Row{RowKind::Price, {}, -1} << Row{RowKind::Trial, {}, -1};
    QString category;
    for (int i = 0; i < m_features.size(); ++i) {
        if (m_rows.size() == kFixedRows || m_features.at(i).category != category) {
            category = m_features.at(i).category;
            m_rows << Row{RowKind::Category, category, -1};
        }
        m_rows << Row{RowKind::Feature, category, i};
    }
    m_saved.clear();
    for (const Plan &p : m_plans)
        m_saved << workingOf(p, m_features);
    m_working = m_saved;
    endResetModel();
    if (had)
        Q_EMIT changedStateChanged(false);
}

int PlanMatrixModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanMatrixModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_plans.size()) + 1;
}

PlanMatrixModel::RowKind PlanMatrixModel::rowKind(int row) const {
    return m_rows.at(row).kind;
}

int PlanMatrixModel::rowOfFeature(const QString &featureKey) const {
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).kind == RowKind::Feature && m_features.at(m_rows.at(r).feature).key == featureKey)
            return r;
    }
    return -1;
}

int PlanMatrixModel::columnOfPlan(const QString &planCode) const {
    for (int i = 0; i < m_plans.size(); ++i) {
        if (m_plans.at(i).code == planCode)
            return i + 1;
    }
    return -1;
}

QList<int> PlanMatrixModel::categoryRows() const {
    QList<int> rows;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).kind == RowKind::Category)
            rows << r;
    }
    return rows;
}

bool PlanMatrixModel::cellChanged(int planIndex, int row) const {
    const Working &saved = m_saved.at(planIndex);
    const Working &now = m_working.at(planIndex);
    const Row &r = m_rows.at(row);
    switch (r.kind) {
    case RowKind::Price:
        return saved.pricePaise != now.pricePaise;
    case RowKind::Trial:
        return saved.trialDays != now.trialDays;
    case RowKind::Category:
        return false;
    case RowKind::Feature: {
        const Cell &a = saved.cells.at(r.feature);
        const Cell &b = now.cells.at(r.feature);
        return a.enabled != b.enabled || (b.enabled && m_features.at(r.feature).hasQuota() && a.quota != b.quota);
    }
    }
    return false;
}

bool PlanMatrixModel::isChanged(int planIndex) const {
    for (int r = 0; r < m_rows.size(); ++r) {
        if (cellChanged(planIndex, r))
            return true;
    }
    return false;
}

bool PlanMatrixModel::hasChanges() const {
    for (int i = 0; i < m_plans.size(); ++i) {
        if (isChanged(i))
            return true;
    }
    return false;
}

PlanEdit PlanMatrixModel::edit(int planIndex, const QString &note) const {
    const Plan &plan = m_plans.at(planIndex);
    const Working &w = m_working.at(planIndex);
    PlanEdit e;
    e.planId = plan.id;
    e.baseVersion = plan.current.version;
    e.name = plan.current.name;
    e.pricePaise = w.pricePaise;
    e.trialDays = w.trialDays;
    e.note = note;
    for (int i = 0; i < m_features.size(); ++i) {
        PlanFeature f;
        f.featureKey = m_features.at(i).key;
        f.enabled = w.cells.at(i).enabled;
        f.quota = m_features.at(i).hasQuota() ? w.cells.at(i).quota : kUnlimited;
        e.features << f;
    }
    return e;
}

QVariant PlanMatrixModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == RowKindRole)
        return int(r.kind);
    if (role == FeatureKeyRole)
        return r.kind == RowKind::Feature ? QVariant(m_features.at(r.feature).key) : QVariant();
    if (role == HasQuotaRole)
        return r.kind == RowKind::Feature && m_features.at(r.feature).hasQuota();
    if (r.kind == RowKind::Category) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return featureCategoryName(r.category);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::BackgroundRole)
            return QBrush(kCategory);
        return {};
    }
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (r.kind == RowKind::Price)
                return tr("Price a month (before GST)");
            if (r.kind == RowKind::Trial)
                return tr("Trial days");
            return m_features.at(r.feature).name;
        case Qt::ToolTipRole:
            if (r.kind == RowKind::Feature && m_features.at(r.feature).hasQuota())
                return tr("Tick to include; the number is the limit of %1 (empty or -1: no limit)")
                    .arg(quotaLabel(m_features.at(r.feature).key));
            return {};
        case Qt::FontRole:
            if (r.kind != RowKind::Feature) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    }
    const int plan = index.column() - 1;
    const Working &w = m_working.at(plan);
    if (role == ChangedRole)
        return cellChanged(plan, index.row());
    if (role == Qt::BackgroundRole)
        return cellChanged(plan, index.row()) ? QVariant(QBrush(kChanged)) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    switch (r.kind) {
    case RowKind::Price:
        if (role == Qt::DisplayRole)
            return IndianFormat::money(Money::fromPaise(w.pricePaise), IndianFormat::Symbol::Rupee);
        if (role == Qt::EditRole)
            return IndianFormat::money(Money::fromPaise(w.pricePaise));
        return {};
    case RowKind::Trial:
        if (role == Qt::DisplayRole)
            return w.trialDays == 0 ? tr("none") : tr("%1 days").arg(w.trialDays);
        if (role == Qt::EditRole)
            return w.trialDays;
        return {};
    case RowKind::Category:
        return {};
    case RowKind::Feature: {
        const Cell &c = w.cells.at(r.feature);
        const bool quota = m_features.at(r.feature).hasQuota();
        if (role == Qt::CheckStateRole)
            return c.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole) {
            if (!quota || !c.enabled)
                return QString();
            return c.quota < 0 ? tr("no limit") : IndianFormat::grouped(c.quota);
        }
        if (role == Qt::EditRole && quota)
            return int(std::min<qint64>(c.quota, std::numeric_limits<int>::max()));
        if (role == Qt::ToolTipRole)
            return tr("%1 in %2").arg(m_features.at(r.feature).name, m_plans.at(plan).current.name);
        return {};
    }
    }
    return {};
}

void PlanMatrixModel::emitChanged(int row, int column) {
    Q_EMIT dataChanged(index(row, column), index(row, column));
    Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
    Q_EMIT changedStateChanged(hasChanges());
}

bool PlanMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || index.column() == 0)
        return false;
    const Row &r = m_rows.at(index.row());
    Working &w = m_working[index.column() - 1];
    switch (r.kind) {
    case RowKind::Price: {
        if (role != Qt::EditRole)
            return false;
        auto parsed = IndianFormat::parse(value.toString());
        if (!parsed || parsed->isNegative())
            return false;
        w.pricePaise = parsed->paise();
        break;
    }
    case RowKind::Trial: {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (role != Qt::EditRole || !ok || days < 0)
            return false;
        w.trialDays = days;
        break;
    }
    case RowKind::Category:
        return false;
    case RowKind::Feature: {
        Cell &c = w.cells[r.feature];
        if (role == Qt::CheckStateRole) {
            c.enabled = value.toInt() == Qt::Checked;
        } else if (role == Qt::EditRole && m_features.at(r.feature).hasQuota()) {
            bool ok = false;
            const qint64 quota = value.toLongLong(&ok);
            if (!ok)
                return false;
            c.quota = quota < 0 ? kUnlimited : quota;
        } else {
            return false;
        }
        break;
    }
    }
    emitChanged(index.row(), index.column());
    return true;
}

Qt::ItemFlags PlanMatrixModel::flags(const QModelIndex &index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Row &r = m_rows.at(index.row());
    if (r.kind == RowKind::Category || index.column() == 0)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (r.kind == RowKind::Feature) {
        f |= Qt::ItemIsUserCheckable;
        if (m_features.at(r.feature).hasQuota() && m_working.at(index.column() - 1).cells.at(r.feature).enabled)
            f |= Qt::ItemIsEditable;
    } else {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant PlanMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Feature")) : QVariant();
    const Plan &p = m_plans.at(section - 1);
    switch (role) {
    case Qt::DisplayRole: {
        const QString shops = p.subscribers == 1 ? tr("1 shop") : tr("%1 shops").arg(p.subscribers);
        return tr("%1%2\nv%3 \u00b7 %4")
            .arg(p.current.name, isChanged(section - 1) ? QStringLiteral(" *") : QString())
            .arg(p.current.version)
            .arg(shops);
    }
    case Qt::ToolTipRole:
        return p.current.createdByName.isEmpty() ? QVariant()
                                                 : QVariant(tr("Version %1 by %2: %3")
                                                                .arg(p.current.version)
                                                                .arg(p.current.createdByName, p.current.note));
    default:
        return {};
    }
}

} // namespace bcp::ui
