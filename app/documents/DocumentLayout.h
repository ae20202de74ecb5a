#pragma once
// A document laid out for one device: the blocks in reading order (PageFlow) and what every page carries.
// QuoteLayout and InvoiceLayout fill it; paint() paginates and draws, the same for PDF, printer and preview.

#include "Result.h"
#include "documents/DocumentBlocks.h"
#include "documents/DocumentStyle.h"
#include "documents/DocumentTable.h"
#include "documents/PageFlow.h"

#include <QColor>
#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace bcp::documents {

class DocumentLayout {
public:
    DocumentLayout(QPagedPaintDevice &device, const RenderOptions &options);
    virtual ~DocumentLayout() = default;
    DocumentLayout(const DocumentLayout &) = delete;
    DocumentLayout &operator=(const DocumentLayout &) = delete;

    // Paginates and paints every page; the number of pages.
    Result<int> paint();

protected:
    qreal width() const { return m_width; }
    DocumentTable &addTable(std::vector<DocumentTable::Column> columns);
    // A table's rows into the flow (laying the table out for the full width first).
    void addTableRows(DocumentTable &table);
    void add(Block block, qreal spaceBefore, bool keepWithPrevious = false);

    QPagedPaintDevice &m_device;
    RenderOptions m_options;
    DocumentStyle m_style;
    DocumentBlocks m_blocks;
    PageFlow m_flow;
    // Page furniture.
    QString m_companyName;
    QString m_runningTitle; // right of the continuation header
    QString m_footerText;
    QString m_mark; // "DRAFT", "CANCELLED": across every page
    QColor m_markColor;

private:
    qreal m_width = 0;
    std::vector<std::unique_ptr<DocumentTable>> m_tables;
};

} // namespace bcp::documents
