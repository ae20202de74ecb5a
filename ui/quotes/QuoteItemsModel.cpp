#include "quotes/QuoteItemsModel.h"

#include "money/IndianFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace bcp::ui {

namespace {

QString number(double v) {
    return QString::number(v, 'g', 10);
}

} // namespace

QuoteItemsModel::QuoteItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

int QuoteItemsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int QuoteItemsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteItemsModel::sizeText(const costing::BoxSpec &spec) {
    const QString unit = spec.unit == costing::Unit::In ? tr("in") : tr("mm");
    if (spec.style == costing::Style::Sheet)
        return tr("%1 \u00d7 %2 %3 sheet").arg(number(spec.length), number(spec.width), unit);
    const QString measured = spec.measuredOn == costing::MeasuredOn::Inside ? tr("ID") : tr("OD");
    return tr("%1 \u00d7 %2 \u00d7 %3 %4 (%5)")
        .arg(number(spec.length), number(spec.width), number(spec.height), unit, measured);
}

QString QuoteItemsModel::plyText(const costing::BoxSpec &spec) {
    const QString ply = tr("%1-ply").arg(spec.ply);
    if (spec.flutes.empty())
        return ply;
    return tr("%1 \u00b7 %2").arg(ply, QString::fromStdString(spec.flutes));
}

QVariant QuoteItemsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteItem &item = m_items.at(index.row());
    const QString problem = m_problems.value(index.row());
    const bool priced = problem.isEmpty();
    const bool negotiated = !item.negotiation.isNone();
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return index.row() + 1;
        case NameColumn:
            return item.name.isEmpty() ? tr("(no name yet)") : item.name;
        case SizeColumn:
            return sizeText(item.spec);
        case PlyColumn:
            return plyText(item.spec);
        case PaperColumn:
            return item.paperSpec;
        case QuantityColumn:
            return IndianFormat::grouped(item.spec.quantity);
        case RateColumn:
            return priced ? IndianFormat::money(item.ratePerBox, IndianFormat::Symbol::Rupee)
                          : QStringLiteral("\u2014");
        case NegotiatedColumn:
            return priced && negotiated ? IndianFormat::money(item.unitPrice, IndianFormat::Symbol::Rupee) : QString();
        case AmountColumn:
            return priced ? IndianFormat::money(item.amount, IndianFormat::Symbol::Rupee) : QStringLiteral("\u2014");
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == SelectedColumn)
            return item.selected ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case NumberColumn:
        case SelectedColumn:
            return QVariant(Qt::AlignCenter);
        case QuantityColumn:
        case RateColumn:
        case NegotiatedColumn:
        case AmountColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::FontRole:
        if (column == RateColumn && priced && negotiated) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (column == AmountColumn || (column == NegotiatedColumn && negotiated)) {
            QFont font;
            font.setBold(item.selected);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!priced && (column == RateColumn || column == AmountColumn || column == NameColumn))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (column == RateColumn && negotiated)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (!item.selected && column != SelectedColumn)
            return QBrush(QColor(0x9a, 0x9a, 0x9a));
        return {};
    case Qt::ToolTipRole:
        if (!priced)
            return problem;
        if (column == SelectedColumn)
            return item.selected ? tr("Counted in the totals and printed") : tr("Left out of the totals and documents");
        if (column == NegotiatedColumn && negotiated) {
            if (item.negotiation.kind() == Negotiation::Kind::Percent)
                return tr("%1 % off the costed rate").arg(QString::number(item.negotiation.percentOff(), 'g', 10));
            return tr("Fixed rate agreed with the party");
        }
        if (column == NameColumn && !item.description.isEmpty())
            return item.description;
        // Columns that may be cut short show their whole text on hover.
        if (column == SizeColumn || column == PlyColumn || column == PaperColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case ProblemRole:
        return problem;
    case NegotiatedRole:
        return negotiated;
    default:
        return {};
    }
}

QVariant QuoteItemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case NameColumn:
        return tr("Box");
    case SizeColumn:
        return tr("Size");
    case PlyColumn:
        return tr("Ply / flutes");
    case PaperColumn:
        return tr("Paper (GSM/BF)");
    case QuantityColumn:
        return tr("Qty");
    case RateColumn:
        return tr("Rate");
    case NegotiatedColumn:
        return tr("Negotiated");
    case AmountColumn:
        return tr("Amount");
    case SelectedColumn:
        return tr("Include");
    default:
        return {};
    }
}

Qt::ItemFlags QuoteItemsModel::flags(const QModelIndex &index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == SelectedColumn && m_editable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool QuoteItemsModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::CheckStateRole || index.column() != SelectedColumn || !m_editable)
        return false;
    const bool selected = value.toInt() == Qt::Checked;
    QuoteItem &item = m_items[index.row()];
    if (item.selected == selected)
        return true;
    item.selected = selected;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT selectionToggled(index.row());
    return true;
}

void QuoteItemsModel::setItems(const QList<QuoteItem> &items, const QStringList &problems) {
    beginResetModel();
    m_items = items;
    m_problems = problems;
    while (m_problems.size() < m_items.size())
        m_problems << QString();
    m_problems = m_problems.mid(0, m_items.size());
    endResetModel();
}

bool QuoteItemsModel::hasProblems() const {
    return firstProblemRow() >= 0;
}

int QuoteItemsModel::firstProblemRow() const {
    for (int row = 0; row < m_problems.size(); ++row) {
        if (!m_problems.at(row).isEmpty())
            return row;
    }
    return -1;
}

void QuoteItemsModel::setItem(int row, const QuoteItem &item, const QString &problem) {
    if (row < 0 || row >= m_items.size())
        return;
    m_items[row] = item;
    m_problems[row] = problem;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int QuoteItemsModel::appendItem(const QuoteItem &item, const QString &problem) {
    const int row = int(m_items.size());
    beginInsertRows(QModelIndex(), row, row);
    m_items.append(item);
    m_problems.append(problem);
    endInsertRows();
    return row;
}

void QuoteItemsModel::removeItem(int row) {
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_items.removeAt(row);
    m_problems.removeAt(row);
    endRemoveRows();
    // The numbers of the rows below moved up by one.
    if (row < m_items.size())
        Q_EMIT dataChanged(index(row, NumberColumn), index(int(m_items.size()) - 1, NumberColumn));
}

void QuoteItemsModel::setEditable(bool editable) {
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, SelectedColumn), index(int(m_items.size()) - 1, SelectedColumn));
}

} // namespace bcp::ui
