#include "documents/DocumentTable.h"

#include <QPainter>
#include <QPen>

#include <algorithm>
#include <numeric>

namespace bcp::documents {

DocumentTable::DocumentTable(const DocumentStyle &style, std::vector<Column> columns)
    : m_style(style), m_columns(std::move(columns)) {}

void DocumentTable::addRow(Row row) {
    row.cells.resize(m_columns.size());
    m_rows.push_back(std::move(row));
}

TextBox DocumentTable::makeBox(const Span &span, qreal width, Qt::Alignment align) const {
    const QFont font = span.struck ? m_style.struckFont(span.type) : m_style.font(span.type);
    return TextBox(span.text, font, span.muted ? m_style.muted() : m_style.ink(), width, align, m_style.device());
}

void DocumentTable::layout(qreal width) {
    m_width = width;
    const size_t n = m_columns.size();
    const qreal pad = m_style.padX();
    QPaintDevice *device = m_style.device();

    // Content columns: the widest value or the widest single word of the title, whichever is more.
    m_widths.assign(n, 0);
    qreal fixed = 0;
    qreal flexTotal = 0;
    qreal flexMin = 0;
    const QFont headFont = m_style.font(DocumentStyle::Type::TableHead);
    for (size_t c = 0; c < n; ++c) {
        const Column &column = m_columns[c];
        if (column.flex > 0) {
            flexTotal += column.flex;
            flexMin += column.minWidth;
            continue;
        }
        qreal w = 0;
        for (const QString &word : column.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            w = std::max(w, TextBox::naturalWidth(word, headFont, device));
        for (const Row &row : m_rows) {
            for (const Span &span : row.cells[c]) {
                const QFont f = m_style.font(span.type);
                w = std::max(w, TextBox::naturalWidth(span.text, f, device));
            }
        }
        m_widths[c] = w + 2 * pad + m_style.pt(0.5);
        fixed += m_widths[c];
    }
    // When the figures leave less than the flexible columns need, everything shrinks in proportion and
    // the widest figures wrap rather than run off the page.
    if (fixed + flexMin > width && fixed > 0) {
        const qreal scale = std::max<qreal>(0.1, (width - flexMin) / fixed);
        for (size_t c = 0; c < n; ++c)
            m_widths[c] *= m_columns[c].flex > 0 ? 1 : scale;
        fixed = std::max<qreal>(0, width - flexMin);
    }
    const qreal remaining = std::max<qreal>(0, width - fixed);
    for (size_t c = 0; c < n; ++c) {
        if (m_columns[c].flex > 0)
            m_widths[c] = flexTotal > 0 ? remaining * m_columns[c].flex / flexTotal : 0;
    }
    // Any rounding left over goes to the last column so the frame closes exactly at `width`.
    if (n > 0)
        m_widths[n - 1] += width - std::accumulate(m_widths.begin(), m_widths.end(), 0.0);

    m_headerBoxes.clear();
    m_headerHeight = 0;
    for (size_t c = 0; c < n; ++c) {
        TextBox box(m_columns[c].title, headFont, m_style.ink(), std::max<qreal>(1, m_widths[c] - 2 * pad),
                    m_columns[c].align, device);
        m_headerHeight = std::max(m_headerHeight, box.height());
        m_headerBoxes.push_back(box);
    }
    m_headerHeight += 2 * m_style.padY();

    m_laid.clear();
    const qreal detailWidth = width - (n > 0 ? m_widths[0] : 0) - 2 * pad;
    for (const Row &row : m_rows) {
        LaidRow laid;
        laid.emphasis = row.emphasis;
        qreal cellsHeight = 0;
        for (size_t c = 0; c < n; ++c) {
            std::vector<TextBox> boxes;
            qreal h = 0;
            for (const Span &span : row.cells[c]) {
                boxes.push_back(makeBox(span, std::max<qreal>(1, m_widths[c] - 2 * pad), m_columns[c].align));
                h += boxes.back().height();
            }
            cellsHeight = std::max(cellsHeight, h);
            laid.cells.push_back(std::move(boxes));
        }
        for (const Span &span : row.detail) {
            laid.detail.push_back(makeBox(span, std::max<qreal>(1, detailWidth), Qt::AlignLeft));
            laid.detailHeight += laid.detail.back().height();
        }
        laid.height =
            cellsHeight + 2 * m_style.padY() + (laid.detailHeight > 0 ? laid.detailHeight + m_style.padY() / 2 : 0);
        m_laid.push_back(std::move(laid));
    }
}

void DocumentTable::paintVerticals(QPainter &painter, const QPointF &at, qreal height, qreal innerHeight) const {
    // The compact layout is open: rows are separated, columns are not.
    if (m_style.compact())
        return;
    painter.setPen(QPen(m_style.frame(), m_style.framePen()));
    qreal x = at.x();
    painter.drawLine(QPointF(x, at.y()), QPointF(x, at.y() + height));
    for (size_t c = 0; c < m_widths.size(); ++c) {
        x += m_widths[c];
        // A detail line runs under the columns after the first, so their rules stop above it.
        const bool full = c == 0 || c + 1 == m_widths.size();
        painter.drawLine(QPointF(x, at.y()), QPointF(x, at.y() + (full ? height : innerHeight)));
    }
}

Block DocumentTable::header() const {
    return {m_headerHeight, [this](QPainter &p, const QPointF &at) {
                const QRectF band(at, QSizeF(m_width, m_headerHeight));
                p.fillRect(band, m_style.fill());
                const qreal pad = m_style.padX();
                qreal x = at.x();
                for (size_t c = 0; c < m_headerBoxes.size(); ++c) {
                    const TextBox &box = m_headerBoxes[c];
                    // Titles sit on the bottom of the band, next to the figures they head.
                    box.draw(p, QPointF(x + pad, at.y() + m_headerHeight - m_style.padY() - box.height()));
                    x += m_widths[c];
                }
                paintVerticals(p, at, m_headerHeight, m_headerHeight);
                p.setPen(QPen(m_style.frame(), m_style.framePen()));
                p.drawLine(band.topLeft(), band.topRight());
                p.drawLine(band.bottomLeft(), band.bottomRight());
            }};
}

void DocumentTable::paintRow(QPainter &p, const QPointF &at, const LaidRow &row, bool closes) const {
    const QRectF band(at, QSizeF(m_width, row.height));
    if (row.emphasis)
        p.fillRect(band, m_style.fill());
    const qreal pad = m_style.padX();
    qreal x = at.x();
    for (size_t c = 0; c < row.cells.size(); ++c) {
        qreal y = at.y() + m_style.padY();
        for (const TextBox &box : row.cells[c]) {
            box.draw(p, QPointF(x + pad, y));
            y += box.height();
        }
        x += m_widths[c];
    }
    if (!row.detail.empty()) {
        qreal y = at.y() + row.height - m_style.padY() / 2 - row.detailHeight;
        const qreal dx = at.x() + (m_widths.empty() ? 0 : m_widths[0]) + pad;
        for (const TextBox &box : row.detail) {
            box.draw(p, QPointF(dx, y));
            y += box.height();
        }
    }
    paintVerticals(p, at, row.height, row.height - row.detailHeight - (row.detail.empty() ? 0 : m_style.padY() / 2));
    if (row.emphasis) {
        p.setPen(QPen(m_style.frame(), m_style.framePen()));
        p.drawLine(band.topLeft(), band.topRight());
    }
    const bool strong = closes || row.emphasis;
    p.setPen(QPen(strong ? m_style.frame() : m_style.hairline(), strong ? m_style.framePen() : m_style.hairlinePen()));
    p.drawLine(band.bottomLeft(), band.bottomRight());
}

std::vector<FlowItem> DocumentTable::rowItems(int tableId) const {
    std::vector<FlowItem> items;
    for (size_t r = 0; r < m_laid.size(); ++r) {
        FlowItem item;
        item.table = tableId;
        const LaidRow *row = &m_laid[r];
        item.block = {row->height, [this, row](QPainter &p, const QPointF &at) { paintRow(p, at, *row, true); }};
        item.paintRow = [this, row](QPainter &p, const QPointF &at, bool closes) { paintRow(p, at, *row, closes); };
        items.push_back(std::move(item));
    }
    return items;
}

Block DocumentTable::whole() const {
    qreal h = m_headerHeight;
    for (const LaidRow &row : m_laid)
        h += row.height;
    const Block head = header();
    return {h, [this, head](QPainter &p, const QPointF &at) {
                head.paintAt(p, at);
                qreal y = at.y() + m_headerHeight;
                for (size_t r = 0; r < m_laid.size(); ++r) {
                    paintRow(p, QPointF(at.x(), y), m_laid[r], r + 1 == m_laid.size());
                    y += m_laid[r].height;
                }
            }};
}

} // namespace bcp::documents
