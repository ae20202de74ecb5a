#pragma once
// Puts a document's blocks on pages. Rows of a table that continue on a new page get the table's header
// again. A chain of blocks marked keepWithPrevious (totals, terms and signature after a table) moves to the
// next page together with the block before it (the last table row) when it does not fit, so the closing
// blocks never stand on a page of their own and every page shows part of the table.

#include "documents/Block.h"

#include <map>
#include <vector>

namespace bcp::documents {

struct FlowItem {
    Block block;
    qreal spaceBefore = 0; // dropped at the top of a page
    int table = -1;        // >= 0: a row of that table
    bool keepWithPrevious = false;
    // Rows draw their own bottom rule; the last row of a table on a page is told so it can close the frame.
    std::function<void(QPainter &, const QPointF &, bool closesTable)> paintRow;
};

class PageFlow {
public:
    void setTableHeader(int table, Block header);
    void add(FlowItem item);

    // Lays the items out from y = firstPageTop on page 1 and nextPageTop on later pages, down to bottom.
    void paginate(qreal firstPageTop, qreal nextPageTop, qreal bottom);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    void paintPage(int page, QPainter &painter, qreal left) const;

private:
    struct Placement {
        int item = -1; // -1: the header of `table`
        int table = -1;
        qreal y = 0;
        bool closesTable = false;
    };
    bool isRow(const Placement &p) const { return p.item >= 0 && m_items[p.item].table >= 0; }

    std::vector<FlowItem> m_items;
    std::map<int, Block> m_headers;
    std::vector<std::vector<Placement>> m_pages;
};

} // namespace bcp::documents
