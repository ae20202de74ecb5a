#include "invoices/InvoiceLinesModel.h"

#include "money/IndianFormat.h"

#include <QColor>
#include <QLocale>

namespace bcp::ui {

namespace {

QString sizeText(const InvoiceLine &line) {
    if (line.length <= 0 || line.width <= 0)
        return {};
    const QLocale c = QLocale::c();
    QString text = c.toString(line.length, 'g', 6) + QStringLiteral(" \u00d7 ") + c.toString(line.width, 'g', 6);
    if (line.height > 0)
        text += QStringLiteral(" \u00d7 ") + c.toString(line.height, 'g', 6);
    return QStringLiteral("%1 %2 (%3)")
        .arg(text, line.sizeUnit, line.outside ? QStringLiteral("OD") : QStringLiteral("ID"));
}

} // namespace

InvoiceLinesModel::InvoiceLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

int InvoiceLinesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (role == Qt::TextAlignmentRole && section >= QuantityColumn && section != UnitColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case DescriptionColumn:
        return tr("Description");
    case HsnColumn:
        return tr("HSN");
    case QuantityColumn:
        return tr("Qty");
    case UnitColumn:
        return tr("Unit");
    case RateColumn:
        return tr("Rate");
    case TaxableColumn:
        return tr("Taxable");
    case GstColumn:
        return tr("GST");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex &index) const {
    // Views ask for the root's flags too: an invalid index is a question, not a mistake.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (m_editable && index.column() <= RateColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant InvoiceLinesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceLine &line = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool edit = role == Qt::EditRole;
        switch (column) {
        case ItemColumn:
            return line.name;
        case DescriptionColumn:
            return line.description;
        case HsnColumn:
            return line.hsn;
        case QuantityColumn:
            return edit ? QVariant(line.quantity) : QVariant(IndianFormat::grouped(line.quantity));
        case UnitColumn:
            return line.unit;
        case RateColumn:
            return edit ? IndianFormat::plain(line.rate) : IndianFormat::money(line.rate);
        case TaxableColumn:
            return IndianFormat::money(line.taxable);
        case GstColumn:
            return IndianFormat::money(line.gst);
        case TotalColumn:
            return IndianFormat::money(line.total);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column >= QuantityColumn && column != UnitColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column <= DescriptionColumn) {
        QStringList parts;
        if (const QString size = sizeText(line); !size.isEmpty())
            parts << tr("Size %1").arg(size);
        if (!line.paperSpec.isEmpty())
            parts << tr("Paper %1").arg(line.paperSpec);
        return parts.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && column >= TaxableColumn)
        return QColor(0x37, 0x47, 0x4f);
    return {};
}

bool InvoiceLinesModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !m_editable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    InvoiceLine &line = m_lines[index.row()];
    const QString text = value.toString().trimmed();
    m_refusal.clear();
    switch (index.column()) {
    case ItemColumn:
        line.name = text;
        break;
    case DescriptionColumn:
        line.description = text;
        break;
    case HsnColumn:
        line.hsn = text;
        break;
    case QuantityColumn: {
        bool ok = false;
        const qint64 quantity = QLocale::c().toLongLong(QString(text).remove(QLatin1Char(',')), &ok);
        if (!ok || quantity <= 0) {
            m_refusal = tr("Quantity: a whole number more than 0");
            Q_EMIT refused(m_refusal);
            return false;
        }
        line.quantity = quantity;
        break;
    }
    case UnitColumn:
        line.unit = text.isEmpty() ? QStringLiteral("Pcs") : text;
        break;
    case RateColumn: {
        auto rate = IndianFormat::parse(text);
        if (!rate || rate->isNegative()) {
            m_refusal = tr("Rate: an amount in rupees such as 12.50");
            Q_EMIT refused(m_refusal);
            return false;
        }
        line.rate = rate.value();
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT linesEdited();
    return true;
}

void InvoiceLinesModel::setLines(const QList<InvoiceLine> &lines) {
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void InvoiceLinesModel::setComputed(const QList<InvoiceLine> &computed) {
    if (computed.size() != m_lines.size())
        return;
    for (int i = 0; i < m_lines.size(); ++i) {
        m_lines[i].taxable = computed.at(i).taxable;
        m_lines[i].gst = computed.at(i).gst;
        m_lines[i].total = computed.at(i).total;
    }
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, TaxableColumn), index(rowCount() - 1, TotalColumn), {Qt::DisplayRole});
}

void InvoiceLinesModel::setEditable(bool editable) {
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InvoiceLinesModel::appendLine() {
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    InvoiceLine line;
    line.quantity = 1;
    m_lines.append(line);
    endInsertRows();
    Q_EMIT linesEdited();
    return row;
}

void InvoiceLinesModel::removeLine(int row) {
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT linesEdited();
}

} // namespace bcp::ui
