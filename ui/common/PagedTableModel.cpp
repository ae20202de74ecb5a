#include "common/PagedTableModel.h"

namespace bcp::ui {

PagedTableModel::PagedTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers)) {}

int PagedTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : heldRows();
}

int PagedTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const {
    // Not while our own reset or insert is being announced: observers called later in that emission would
    // see rows arrive before they had handled the change still in flight.
    return !parent.isValid() && !m_atEnd && !m_fetching && !m_resetting && m_error.isEmpty();
}

void PagedTableModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    auto loaded = appendPage(m_afterKey, m_pageSize);
    m_fetching = false;
    if (!loaded) {
        m_error = loaded.error().text();
        Q_EMIT fetchFailed(m_error);
        return;
    }
    if (loaded->rows > 0)
        m_afterKey = loaded->lastKey;
    m_atEnd = loaded->rows < m_pageSize;
    Q_EMIT pageLoaded(loaded->rows);
}

void PagedTableModel::reload() {
    beginResetModel();
    clearRows();
    m_afterKey = QVariant();
    m_atEnd = false;
    m_error.clear();
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    fetchMore(QModelIndex());
}

void PagedTableModel::fetchUntil(int rows) {
    while (heldRows() < rows && canFetchMore(QModelIndex()))
        fetchMore(QModelIndex());
}

void PagedTableModel::setPageSize(int rows) {
    m_pageSize = qMax(1, rows);
}

} // namespace bcp::ui
