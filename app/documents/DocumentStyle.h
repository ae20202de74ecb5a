#pragma once
// Sizes, type and colours of one rendering on one device. Geometry is in device pixels worked out from the
// device's resolution, and fonts are sized in points against the same device, so a 1200 dpi PDF, a printer
// and the preview all lay out identically (only finer or coarser).

#include "documents/RenderOptions.h"

#include <QColor>
#include <QFont>

class QPaintDevice;

namespace bcp::documents {

class DocumentStyle {
public:
    enum class Type {
        Body,
        BodyBold,
        Small, // second lines in cells, addresses
        Label, // panel headings ("BILL TO")
        TableHead,
        Company,  // the company name in the letterhead
        Title,    // "TAX INVOICE", "QUOTATION"
        Emphasis, // grand total
        Footer,
        Watermark,
    };

    DocumentStyle(QPaintDevice &device, RenderOptions::Layout layout);

    QPaintDevice *device() const { return m_device; }
    bool compact() const { return m_compact; }
    qreal dpi() const { return m_dpi; }
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }

    QFont font(Type type) const;
    // A font of `type` drawn struck through (a negotiated quote's original rate).
    QFont struckFont(Type type) const;

    QColor ink() const { return QColor(0x1a, 0x1a, 0x1a); }
    QColor muted() const { return QColor(0x55, 0x5f, 0x6b); }
    QColor accent() const { return QColor(0x1f, 0x4e, 0x79); }
    QColor onAccent() const { return QColor(Qt::white); }
    QColor fill() const { return QColor(0xe8, 0xee, 0xf4); }
    QColor frame() const { return QColor(0x7b, 0x88, 0x96); } // outer frames and column rules
    QColor hairline() const { return QColor(0xc9, 0xd1, 0xda); }

    qreal framePen() const { return pt(0.6); }
    qreal hairlinePen() const { return pt(0.4); }
    // Padding inside table cells and panels.
    qreal padX() const { return mm(m_compact ? 1.1 : 1.3); }
    qreal padY() const { return mm(m_compact ? 0.6 : 0.9); }
    // Space between the blocks of a page.
    qreal gap() const { return mm(m_compact ? 2.2 : 3.0); }

private:
    QPaintDevice *m_device;
    qreal m_dpi;
    bool m_compact;
};

} // namespace bcp::documents
