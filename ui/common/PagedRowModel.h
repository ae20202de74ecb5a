#pragma once
// PagedTableModel with typed rows: a pane's model derives from PagedRowModel<ItsRow>, says how a row shows
// in each column (cell()) and sets the fetch callback, usually a lambda over a service call that captures
// the pane's filter:
//
//     setFetch([this](const QVariant &afterKey, int limit) -> Result<Page> {
//         auto page = m_service.page(m_session, m_filter, afterKey.toLongLong(), limit);
//         ...
//     });
//
// Rows live in one contiguous QList, moved in from each page: nothing is allocated per row beyond the
// row's own data. This is a template, so it has no signals of its own; PagedTableModel carries them.

#include "common/PagedTableModel.h"

#include <QList>

#include <functional>
#include <utility>

namespace bcp::ui {

template <class Row> class PagedRowModel : public PagedTableModel {
public:
    struct Page {
        QList<Row> rows;  // in display order
        QVariant lastKey; // the key to pass as `afterKey` for the next page
    };
    using Fetch = std::function<Result<Page>(const QVariant &afterKey, int limit)>;

    explicit PagedRowModel(QStringList headers, QObject *parent = nullptr)
        : PagedTableModel(std::move(headers), parent) {}

    // The query behind the model; call reload() afterwards to show its rows.
    void setFetch(Fetch fetch) { m_fetch = std::move(fetch); }

    const Row &rowAt(int row) const { return m_rows.at(row); }

    // For rows that carry their record's `id`.
    qint64 idAt(int row) const { return rowAt(row).id; }
    // -1 when the record is not among the loaded rows.
    int rowOfId(qint64 id) const {
        for (int row = 0; row < rowCount(); ++row) {
            if (idAt(row) == id)
                return row;
        }
        return -1;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }

protected:
    // A page from a service that pages by the (sort value, id) pair of the last row held, as the quote, invoice
    // and party services do: `list(query)` is asked for the rows after `afterKey`, and the pair of its last row
    // becomes the page's key. The cursor `query` already holds is ignored: the first page starts at the top.
    template <class Query, class List>
    static Result<Page> keysetPage(Query query, const QVariant &afterKey, int limit, List list) {
        query.limit = limit;
        const QVariantList key = afterKey.toList();
        query.hasCursor = key.size() == 2;
        if (query.hasCursor) {
            query.after.key = key.at(0);
            query.after.id = key.at(1).toLongLong();
        }
        auto page = list(query);
        if (!page)
            return page.error();
        return Page{std::move(page.value().rows), QVariantList{page->next.key, page->next.id}};
    }

    // What `row` shows in `column` for `role` (Qt::DisplayRole, Qt::ToolTipRole, ...).
    virtual QVariant cell(const Row &row, int column, int role) const = 0;

    int heldRows() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows = QList<Row>(); }

    Result<PageLoad> appendPage(const QVariant &afterKey, int limit) override {
        if (!m_fetch)
            return PageLoad{};
        auto fetched = m_fetch(afterKey, limit);
        if (!fetched)
            return fetched.error();
        Page &page = fetched.value();
        const int added = int(page.rows.size());
        if (added > 0) {
            const int first = int(m_rows.size());
            beginInsertRows(QModelIndex(), first, first + added - 1);
            m_rows.append(std::move(page.rows));
            endInsertRows();
        }
        return PageLoad{added, page.lastKey};
    }

private:
    Fetch m_fetch;
    QList<Row> m_rows;
};

} // namespace bcp::ui
