#include "documents/DocumentStyle.h"

#include "documents/DocumentFonts.h"

#include <QPaintDevice>

#include <iterator>

namespace bcp::documents {

DocumentStyle::DocumentStyle(QPaintDevice &device, RenderOptions::Layout layout)
    : m_device(&device), m_dpi(device.logicalDpiY()), m_compact(layout == RenderOptions::Layout::Compact) {}

QFont DocumentStyle::font(Type type) const {
    struct Spec {
        qreal classic;
        qreal compact;
        bool bold;
    };
    // Body text at 8.5 pt reads comfortably on A4 and keeps a five-line invoice on one page; the compact
    // layout trades another point for lines.
    static constexpr Spec specs[] = {
        {8.5, 7.5, false},  // Body
        {8.5, 7.5, true},   // BodyBold
        {7.2, 6.5, false},  // Small
        {6.8, 6.3, true},   // Label
        {7.2, 6.5, true},   // TableHead
        {16.0, 12.5, true}, // Company
        {15.0, 12.0, true}, // Title
        {10.5, 8.5, true},  // Emphasis
        {6.8, 6.3, false},  // Footer
        {68.0, 60.0, true}, // Watermark
    };
    static_assert(std::size(specs) == static_cast<size_t>(Type::Watermark) + 1, "one entry for every Type");
    const Spec &spec = specs[static_cast<int>(type)];
    return DocumentFonts::font(m_compact ? spec.compact : spec.classic, spec.bold);
}

QFont DocumentStyle::struckFont(Type type) const {
    QFont f = font(type);
    f.setStrikeOut(true);
    return f;
}

} // namespace bcp::documents
