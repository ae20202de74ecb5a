#include "documents/DocumentLayout.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace bcp::documents {

DocumentLayout::DocumentLayout(QPagedPaintDevice &device, const RenderOptions &options)
    : m_device(device), m_options(options), m_style(device, options.layout), m_blocks(m_style),
      m_width(device.width()) {}

DocumentTable &DocumentLayout::addTable(std::vector<DocumentTable::Column> columns) {
    m_tables.push_back(std::make_unique<DocumentTable>(m_style, std::move(columns)));
    return *m_tables.back();
}

void DocumentLayout::addTableRows(DocumentTable &table) {
    int id = 0;
    while (id < static_cast<int>(m_tables.size()) && m_tables[static_cast<size_t>(id)].get() != &table)
        ++id;
    table.layout(m_width);
    m_flow.setTableHeader(id, table.header());
    std::vector<FlowItem> rows = table.rowItems(id);
    if (!rows.empty())
        rows.front().spaceBefore = m_style.gap();
    for (FlowItem &row : rows)
        m_flow.add(std::move(row));
}

void DocumentLayout::add(Block block, qreal spaceBefore, bool keepWithPrevious) {
    if (block.isEmpty())
        return;
    FlowItem item;
    item.block = std::move(block);
    item.spaceBefore = spaceBefore;
    item.keepWithPrevious = keepWithPrevious;
    m_flow.add(std::move(item));
}

Result<int> DocumentLayout::paint() {
    const QRectF area(0, 0, m_device.width(), m_device.height());
    const qreal bottom = area.height() - m_blocks.footerHeight();
    m_flow.paginate(0, m_blocks.runningHeaderHeight(), bottom);
    const int pages = m_flow.pageCount();

    QPainter painter;
    if (!painter.begin(&m_device))
        return Error::unavailable(QCoreApplication::translate("bcp::documents::DocumentRenderer",
                                                              "The document could not be drawn on this device."));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !m_device.newPage()) {
            painter.end();
            return Error::unavailable(
                QCoreApplication::translate("bcp::documents::DocumentRenderer", "A new page could not be started."));
        }
        if (!m_mark.isEmpty())
            m_blocks.paintMark(painter, area, m_mark, m_markColor);
        if (page > 0)
            m_blocks.paintRunningHeader(painter, area, m_companyName, m_runningTitle);
        m_flow.paintPage(page, painter, 0);
        m_blocks.paintFooter(painter, area, m_footerText, page + 1, pages);
    }
    if (!painter.end())
        return Error::unavailable(
            QCoreApplication::translate("bcp::documents::DocumentRenderer", "The document could not be finished."));
    return pages;
}

} // namespace bcp::documents
