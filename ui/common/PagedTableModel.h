#pragma once
// The base of every list that may hold a million rows (audit log, parties, quotes, invoices, tickets): a
// table model that loads its rows a page at a time, in the order the database returns them, as the view
// scrolls (canFetchMore/fetchMore). Each page is asked for with the key of the last row already held
// (keyset pagination: `WHERE key < lastKey ORDER BY key DESC LIMIT n`), so page 5000 costs what page 1
// costs. Filtering and sorting belong to the query behind the fetch: when they change, reload() forgets the
// rows and loads the first page again.
//
// This class holds the paging state and the Qt plumbing; PagedRowModel<Row> (PagedRowModel.h) stores
// typed rows and is what a pane derives from. Views over these models should use fixed row heights
// (QHeaderView::Fixed) so that scrolling never measures rows.

#include "Result.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace bcp::ui {

class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kDefaultPageSize = 200;

    // `headers`: the fixed column set.
    explicit PagedTableModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const final;
    void fetchMore(const QModelIndex &parent) final;

    // Forgets every row and loads the first page (a reset, then one insert).
    void reload();
    // Loads pages until at least `rows` rows are held or the end is reached.
    void fetchUntil(int rows);

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // True once a page came back shorter than asked for: everything is loaded.
    bool atEnd() const { return m_atEnd; }
    // The last failure's message; empty while loading works. After a failure no more pages are fetched
    // until reload().
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void pageLoaded(int rowsAdded);
    void fetchFailed(const QString &message);

protected:
    struct PageLoad {
        int rows = 0;     // rows appended
        QVariant lastKey; // key of the last appended row
    };
    virtual int heldRows() const = 0;
    virtual void clearRows() = 0;
    // Fetches up to `limit` rows after `afterKey` (invalid for the first page) and appends them, inside
    // beginInsertRows/endInsertRows.
    virtual Result<PageLoad> appendPage(const QVariant &afterKey, int limit) = 0;

private:
    QStringList m_headers;
    QVariant m_afterKey;
    int m_pageSize = kDefaultPageSize;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_resetting = false;
    QString m_error;
};

} // namespace bcp::ui
