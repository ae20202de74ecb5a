#pragma once
// QR codes for the two-factor enrolment dialog (otpauth:// keys) and for UPI payment links on documents.
// Modules are pure black on pure white, never smoothed, with the 4-module quiet zone scanners need.
// Callers include <QImage> / <QPainter> themselves; this header stays light.

#include "Result.h"

#include <QString>

class QImage;
class QPainter;
class QRectF;

namespace bcp {

class QrCode {
public:
    static constexpr int kQuietZone = 4; // modules of white around the symbol, as ISO/IEC 18004 requires

    // `text` as UTF-8 in a QR code of error-correction level M (about 15 % of the symbol can be damaged),
    // smallest version that fits, each module `pixelsPerModule` (1..64) pixels square; the image is
    // (modules + 2 * kQuietZone) * pixelsPerModule pixels wide, QImage::Format_Grayscale8 with only 0 and 255.
    // Kind::Invalid (field "text") for empty text, a NUL character, or text too long for any QR code
    // (about 2,300 bytes at level M); field "pixelsPerModule" for a size out of range.
    static Result<QImage> image(const QString &text, int pixelsPerModule = 8);

    // Draws an image from image() as a square as large as fits in `target`, centred, without smoothing (and,
    // in a PDF, stored losslessly) so module edges stay sharp. On a raster device with no scaling or rotation
    // in effect the size is also snapped to whole pixels per image pixel, so all modules come out equal.
    static void paint(QPainter &painter, const QRectF &target, const QImage &qr);
};

} // namespace bcp
