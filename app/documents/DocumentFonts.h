#pragma once
// The typefaces quotes and invoices are set in: Noto Sans and Noto Sans Devanagari, compiled into the
// program (resources/fonts.qrc) under family names of their own ("BoxCostPro Sans"), so a PDF looks the
// same on every machine, always has a ₹ glyph and Devanagari, never picks up a different copy installed on
// the PC, and embeds a font the licence allows to embed (SIL OFL, resources/fonts/OFL.txt and README.md).

#include "Result.h"

#include <QStringList>

class QFont;

namespace bcp::documents {

class DocumentFonts {
public:
    // Adds the compiled-in fonts to QFontDatabase. Call once at startup of the GUI and of any command that
    // renders documents; the renderer also calls it, and every call after the first returns the first
    // result. Needs a QGuiApplication (fonts belong to the GUI platform). Safe from any thread.
    static Result<QStringList> registerFonts();

    // Families in fallback order: Latin, digits and ₹ from the first, Devanagari from the second.
    static QStringList families();

    // A document font at `pointSize`, with the fallback families set and hinting off so that glyph
    // advances, and therefore line breaks, are the same in the preview, the printout and the PDF.
    static QFont font(qreal pointSize, bool bold = false);
};

} // namespace bcp::documents
