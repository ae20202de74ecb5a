#include "documents/PageFlow.h"

namespace bcp::documents {

void PageFlow::setTableHeader(int table, Block header) {
    m_headers[table] = std::move(header);
}

void PageFlow::add(FlowItem item) {
    m_items.push_back(std::move(item));
}

void PageFlow::paginate(qreal firstPageTop, qreal nextPageTop, qreal bottom) {
    m_pages.assign(1, {});
    qreal y = firstPageTop;

    const auto headerHeight = [this](int table) {
        const auto it = m_headers.find(table);
        return it == m_headers.end() ? 0.0 : it->second.height;
    };
    const auto needsHeader = [this](int table) {
        if (table < 0)
            return false;
        const std::vector<Placement> &page = m_pages.back();
        return page.empty() || page.back().table != table;
    };
    const auto place = [&](int index) {
        const FlowItem &item = m_items[index];
        std::vector<Placement> &page = m_pages.back();
        if (!page.empty())
            y += item.spaceBefore;
        if (needsHeader(item.table)) {
            page.push_back({-1, item.table, y, false});
            y += headerHeight(item.table);
        }
        page.push_back({index, item.table, y, false});
        y += item.block.height;
    };
    const auto heightOf = [&](int index) {
        const FlowItem &item = m_items[index];
        const bool top = m_pages.back().empty();
        return (top ? 0 : item.spaceBefore) + (needsHeader(item.table) ? headerHeight(item.table) : 0) +
               item.block.height;
    };
    const auto newPage = [&] {
        m_pages.emplace_back();
        y = nextPageTop;
    };

    // The items placed on the current page from which `i` cannot be separated: back over the chain of
    // keepWithPrevious items to the first one that is not (the anchor). -1 when the chain cannot move: it
    // would leave nothing behind, or only a table header.
    const auto chainStart = [&](int i) {
        const std::vector<Placement> &page = m_pages.back();
        size_t k = page.size();
        int item = i;
        while (k > 0 && m_items[item].keepWithPrevious) {
            --k;
            item = page[k].item;
            if (item < 0)
                return -1;
        }
        if (k == page.size() || k == 0)
            return -1;
        if (isRow(page[k]) && !isRow(page[k - 1]))
            return -1;
        return static_cast<int>(k);
    };
    const auto freshHeight = [&](int first, int last) {
        qreal h = m_items[first].table >= 0 ? headerHeight(m_items[first].table) : 0;
        for (int j = first; j <= last; ++j)
            h += (j == first ? 0 : m_items[j].spaceBefore) + m_items[j].block.height;
        return h;
    };

    for (int i = 0; i < static_cast<int>(m_items.size()); ++i) {
        if (y + heightOf(i) <= bottom || m_pages.back().empty()) {
            place(i);
            continue;
        }
        const int k = m_items[i].keepWithPrevious ? chainStart(i) : -1;
        if (k >= 0 && nextPageTop + freshHeight(m_pages.back()[static_cast<size_t>(k)].item, i) <= bottom) {
            std::vector<Placement> &page = m_pages.back();
            const int first = page[static_cast<size_t>(k)].item;
            page.resize(static_cast<size_t>(k));
            newPage();
            for (int j = first; j < i; ++j)
                place(j);
        } else {
            newPage();
        }
        place(i);
    }

    for (std::vector<Placement> &page : m_pages) {
        for (size_t k = 0; k < page.size(); ++k) {
            if (!isRow(page[k]))
                continue;
            page[k].closesTable = k + 1 == page.size() || !isRow(page[k + 1]) || page[k + 1].table != page[k].table;
        }
    }
}

void PageFlow::paintPage(int page, QPainter &painter, qreal left) const {
    if (page < 0 || page >= pageCount())
        return;
    for (const Placement &p : m_pages[page]) {
        const QPointF at(left, p.y);
        if (p.item < 0) {
            const auto it = m_headers.find(p.table);
            if (it != m_headers.end())
                it->second.paintAt(painter, at);
            continue;
        }
        const FlowItem &item = m_items[p.item];
        if (item.paintRow)
            item.paintRow(painter, at, p.closesTable);
        else
            item.block.paintAt(painter, at);
    }
}

} // namespace bcp::documents
