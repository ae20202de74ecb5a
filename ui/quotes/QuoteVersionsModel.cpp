#include "quotes/QuoteVersionsModel.h"

#include "money/IndianFormat.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace bcp::ui {

QuoteVersionsModel::QuoteVersionsModel(QObject *parent) : QAbstractTableModel(parent) {}

int QuoteVersionsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_versions.size());
}

int QuoteVersionsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteVersionsModel::originText(const QuoteVersionInfo &info) {
    if (info.origin == QLatin1String("new"))
        return tr("New");
    if (info.origin == QLatin1String("edit"))
        return tr("Edited");
    if (info.origin == QLatin1String("restore"))
        return tr("Restored from v%1").arg(info.sourceVersion);
    if (info.origin == QLatin1String("duplicate"))
        return tr("Same box quoted again");
    return info.origin;
}

QVariant QuoteVersionsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteVersionInfo &v = m_versions.at(index.row());
    const bool active = v.version == m_active;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return active ? tr("v%1 (active)").arg(v.version) : tr("v%1").arg(v.version);
        case DateColumn:
            return QLocale().toString(v.date, QStringLiteral("dd MMM yyyy"));
        case ItemsColumn:
            return v.itemCount;
        case GrandColumn:
            return IndianFormat::money(v.grand, IndianFormat::Symbol::Rupee);
        case OriginColumn:
            return originText(v);
        case ByColumn:
            return v.createdBy;
        default:
            return {};
        }
    case Qt::FontRole:
        if (active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == GrandColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == ItemsColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("Saved %1 by %2")
            .arg(QLocale().toString(v.createdAt.toLocalTime(), QStringLiteral("dd MMM yyyy HH:mm")), v.createdBy);
    case VersionRole:
        return v.version;
    case ActiveRole:
        return active;
    default:
        return {};
    }
}

QVariant QuoteVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case DateColumn:
        return tr("Date");
    case ItemsColumn:
        return tr("Items");
    case GrandColumn:
        return tr("Grand total");
    case OriginColumn:
        return tr("Change");
    case ByColumn:
        return tr("Saved by");
    default:
        return {};
    }
}

void QuoteVersionsModel::setVersions(const QList<QuoteVersionInfo> &versions, int activeVersion) {
    beginResetModel();
    m_versions = versions;
    std::reverse(m_versions.begin(), m_versions.end());
    m_active = activeVersion;
    endResetModel();
}

void QuoteVersionsModel::clear() {
    setVersions({}, 0);
}

int QuoteVersionsModel::versionAt(int row) const {
    return row >= 0 && row < m_versions.size() ? m_versions.at(row).version : 0;
}

int QuoteVersionsModel::rowOfVersion(int version) const {
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).version == version)
            return row;
    }
    return -1;
}

} // namespace bcp::ui
