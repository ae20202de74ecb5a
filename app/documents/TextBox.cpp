#include "documents/TextBox.h"

#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace bcp::documents {

TextBox::TextBox(const QString &text, const QFont &font, const QColor &color, qreal width, Qt::Alignment align,
                 QPaintDevice *device)
    : m_color(color), m_width(width) {
    layOut(text, font, {}, device, align);
}

TextBox::TextBox(const std::vector<Run> &runs, const QFont &font, const QColor &color, const QColor &muted, qreal width,
                 Qt::Alignment align, QPaintDevice *device)
    : m_color(color), m_width(width) {
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const Run &run : runs) {
        if (run.text.isEmpty())
            continue;
        if (run.bold || run.muted) {
            QTextLayout::FormatRange range;
            range.start = static_cast<int>(text.size());
            range.length = static_cast<int>(run.text.size());
            if (run.bold)
                range.format.setFontWeight(QFont::Bold);
            if (run.muted)
                range.format.setForeground(muted);
            formats.append(range);
        }
        text += run.text;
    }
    layOut(text, font, formats, device, align);
}

void TextBox::layOut(const QString &text, const QFont &font, const QList<QTextLayout::FormatRange> &formats,
                     QPaintDevice *device, Qt::Alignment align) {
    if (text.isEmpty())
        return;
    QString prepared = text;
    prepared.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_shared<QTextLayout>(prepared, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    if (!formats.isEmpty())
        m_layout->setFormats(formats);
    m_layout->setCacheEnabled(true);

    const qreal width = m_width;
    qreal y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        const qreal used = line.naturalTextWidth();
        qreal x = 0;
        if (align & Qt::AlignRight)
            x = width - used;
        else if (align & Qt::AlignHCenter)
            x = (width - used) / 2;
        line.setPosition(QPointF(std::max<qreal>(0, x), y));
        y += line.height();
        m_usedWidth = std::max(m_usedWidth, used);
    }
    m_layout->endLayout();
    m_height = y;
}

void TextBox::draw(QPainter &painter, const QPointF &topLeft) const {
    if (!m_layout)
        return;
    painter.setPen(m_color);
    m_layout->draw(&painter, topLeft);
}

qreal TextBox::naturalWidth(const QString &text, const QFont &font, QPaintDevice *device) {
    // Measured by the same layout code that draws, so a column sized by it never wraps its widest cell.
    constexpr qreal kUnbounded = 1e9;
    return TextBox(text, font, Qt::black, kUnbounded, Qt::AlignLeft, device).usedWidth();
}

} // namespace bcp::documents
