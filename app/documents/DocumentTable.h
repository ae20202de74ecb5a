#pragma once
// A ruled table for document pages: a header row (repeated by PageFlow on every page the table reaches),
// body rows whose cells hold several differently styled paragraphs, optional detail text spanning the
// columns after the first, and emphasised rows (totals). Numeric columns are made as wide as their widest
// value so figures never wrap; the flexible columns share what is left.

#include "documents/Block.h"
#include "documents/DocumentStyle.h"
#include "documents/PageFlow.h"
#include "documents/TextBox.h"

#include <QString>

#include <vector>

namespace bcp::documents {

class DocumentTable {
public:
    struct Column {
        QString title;
        Qt::Alignment align = Qt::AlignLeft;
        qreal flex = 0;     // 0: as wide as its content; > 0: a share of the remaining width
        qreal minWidth = 0; // device pixels, for flexible columns
    };
    struct Span {
        QString text;
        DocumentStyle::Type type = DocumentStyle::Type::Body;
        bool muted = false;
        bool struck = false;
    };
    using Cell = std::vector<Span>;
    struct Row {
        std::vector<Cell> cells;
        std::vector<Span> detail; // drawn under the cells, across every column but the first
        bool emphasis = false;    // a totals row: shaded, bold rule above
    };

    DocumentTable(const DocumentStyle &style, std::vector<Column> columns);
    // Blocks painted later refer to the table, so it stays where it was made.
    DocumentTable(const DocumentTable &) = delete;
    DocumentTable &operator=(const DocumentTable &) = delete;

    void addRow(Row row);
    // Column widths, wrapped text and row heights for a table `width` wide.
    void layout(qreal width);

    Block header() const;
    // The body rows as flow items of table `tableId`.
    std::vector<FlowItem> rowItems(int tableId) const;
    // Header and rows as one block, for small tables kept in one piece.
    Block whole() const;

private:
    struct LaidRow {
        qreal height = 0;
        std::vector<std::vector<TextBox>> cells;
        std::vector<TextBox> detail;
        qreal detailHeight = 0;
        bool emphasis = false;
    };
    TextBox makeBox(const Span &span, qreal width, Qt::Alignment align) const;
    void paintRow(QPainter &painter, const QPointF &at, const LaidRow &row, bool closes) const;
    void paintVerticals(QPainter &painter, const QPointF &at, qreal height, qreal innerHeight) const;

    const DocumentStyle &m_style;
    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
    std::vector<qreal> m_widths;
    qreal m_width = 0;
    std::vector<TextBox> m_headerBoxes;
    qreal m_headerHeight = 0;
    std::vector<LaidRow> m_laid;
};

} // namespace bcp::documents
