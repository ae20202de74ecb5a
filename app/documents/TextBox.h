#pragma once
// A piece of text wrapped to a width, measured once and drawn later: documents are paginated before
// anything is painted, so measuring and drawing must agree exactly. Words too long for the width are broken
// anywhere rather than run into the next column. Copies share the laid-out text.

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;

namespace bcp::documents {

class TextBox {
public:
    // Part of a paragraph in the box's font, bold and/or in the muted colour ("GSTIN: " muted, the number bold).
    struct Run {
        QString text;
        bool bold = false;
        bool muted = false;
    };

    TextBox() = default;
    // "\n" starts a new line. `align` takes Qt::AlignLeft, Qt::AlignRight or Qt::AlignHCenter.
    TextBox(const QString &text, const QFont &font, const QColor &color, qreal width, Qt::Alignment align,
            QPaintDevice *device);

    // One paragraph made of runs; `muted` is the colour of muted runs.
    TextBox(const std::vector<Run> &runs, const QFont &font, const QColor &color, const QColor &muted, qreal width,
            Qt::Alignment align, QPaintDevice *device);

    bool isEmpty() const { return !m_layout; }
    qreal height() const { return m_height; }
    qreal width() const { return m_width; }
    // The widest line as laid out.
    qreal usedWidth() const { return m_usedWidth; }
    void draw(QPainter &painter, const QPointF &topLeft) const;

    // The width the text needs on one line (the widest of its "\n" lines), for sizing columns.
    static qreal naturalWidth(const QString &text, const QFont &font, QPaintDevice *device);

private:
    void layOut(const QString &text, const QFont &font, const QList<QTextLayout::FormatRange> &formats,
                QPaintDevice *device, Qt::Alignment align);

    std::shared_ptr<QTextLayout> m_layout;
    QColor m_color;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_usedWidth = 0;
};

} // namespace bcp::documents
