#include "masters/MastersTableModel.h"

#include "calculator/NumberEdit.h"
#include "costing/CostingMasters.h"

#include <QBrush>
#include <QColor>

#include <utility>

namespace bcp::ui {

MastersTableModel::MastersTableModel(costing::CostingMasters &masters, QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent), m_masters(masters), m_columns(std::move(columns)) {}

void MastersTableModel::reload() {
    beginResetModel();
    m_markedField.clear();
    m_markMessage.clear();
    endResetModel();
}

void MastersTableModel::setEditable(bool editable) {
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int MastersTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant MastersTableModel::data(const QModelIndex &index, int role) const {
    if (!isCell(index))
        return {};
    const Column &column = m_columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const QVariant v = value(index.row(), index.column());
        if (column.isText)
            return v.toString();
        const double number = v.toDouble();
        if (role == Qt::EditRole || column.decimals < 0)
            return NumberEdit::format(number);
        return QString::number(number, 'f', column.decimals);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment((column.isText ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        if (isMarked(index))
            return QBrush(QColor(0xfd, 0xec, 0xea));
        return {};
    case Qt::ForegroundRole:
        if (isMarked(index))
            return QBrush(QColor(0x7f, 0x1d, 0x1d));
        return {};
    case Qt::ToolTipRole:
        if (isMarked(index))
            return m_markMessage;
        return column.toolTip.isEmpty() ? QVariant() : QVariant(column.toolTip);
    default:
        return {};
    }
}

bool MastersTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !m_editable || !isCell(index))
        return false;
    const Column &column = m_columns[index.column()];
    if (!column.editable)
        return false;
    QVariant parsed;
    if (column.isText) {
        parsed = value.toString().trimmed();
    } else if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
        parsed = value.toDouble();
    } else {
        const std::optional<double> number = NumberEdit::parse(value.toString());
        if (!number)
            return false;
        parsed = *number;
    }
    if (parsed == this->value(index.row(), index.column()))
        return true;
    if (!setValue(index.row(), index.column(), parsed))
        return false;
    // The row's field path may follow the value (a BF row is named by its BF), so repaint the whole row.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    emit edited();
    return true;
}

Qt::ItemFlags MastersTableModel::flags(const QModelIndex &index) const {
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && m_columns[index.column()].editable)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MastersTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const Column &column = m_columns[section];
        if (role == Qt::DisplayRole)
            return column.title;
        if (role == Qt::ToolTipRole && !column.toolTip.isEmpty())
            return column.toolTip;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(
                Qt::Alignment((column.isText ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
        return {};
    }
    if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return rowTitle(section);
    return {};
}

QString MastersTableModel::rowTitle(int row) const {
    return QString::number(row + 1);
}

bool MastersTableModel::markField(const QString &field, const QString &message) {
    clearMark();
    if (field.isEmpty() || !indexOf(field).isValid())
        return false;
    m_markedField = field;
    m_markMessage = message;
    repaint(field);
    return true;
}

void MastersTableModel::clearMark() {
    if (m_markedField.isEmpty())
        return;
    const QString was = m_markedField;
    m_markedField.clear();
    m_markMessage.clear();
    repaint(was);
}

void MastersTableModel::repaint(const QString &field) {
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            if (fieldPath(r, c) == field)
                emit dataChanged(index(r, c), index(r, c), {Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole});
        }
    }
}

QModelIndex MastersTableModel::indexOf(const QString &field) const {
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            if (fieldPath(r, c) == field)
                return index(r, c);
        }
    }
    return {};
}

bool MastersTableModel::isCell(const QModelIndex &index) const {
    // Views ask about the root (an invalid index) as a matter of course: that is no error, just not a cell.
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < rowCount() &&
           index.column() < columnCount();
}

bool MastersTableModel::isMarked(const QModelIndex &index) const {
    return !m_markedField.isEmpty() && fieldPath(index.row(), index.column()) == m_markedField;
}

} // namespace bcp::ui
