#include "documents/QrCode.h"

#include <QCoreApplication>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRectF>

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <memory>

namespace bcp {

namespace {

constexpr int kMaxPixelsPerModule = 64;

struct QrFree {
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

Result<QImage> QrCode::image(const QString &text, int pixelsPerModule) {
    if (pixelsPerModule < 1 || pixelsPerModule > kMaxPixelsPerModule)
        return Error::invalid(QStringLiteral("pixelsPerModule"),
                              QCoreApplication::translate("bcp::QrCode", "A QR module must be 1 to %1 pixels wide.")
                                  .arg(kMaxPixelsPerModule));
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.contains('\0'))
        return Error::invalid(QStringLiteral("text"),
                              QCoreApplication::translate("bcp::QrCode", "There is no text to put in the QR code."));

    errno = 0;
    // Version 0 lets libqrencode pick the smallest symbol; case-sensitive 8-bit mode keeps URIs exact.
    const std::unique_ptr<QRcode, QrFree> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE)
            return Error::invalid(
                QStringLiteral("text"),
                QCoreApplication::translate("bcp::QrCode", "The text is too long for a QR code (%1 bytes).")
                    .arg(utf8.size()));
        return Error::unavailable(QCoreApplication::translate("bcp::QrCode", "The QR code could not be made: %1")
                                      .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }

    const int symbol = code->width;
    const int side = (symbol + 2 * kQuietZone) * pixelsPerModule;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(Qt::white);
    QByteArray row(side, char(255));
    for (int y = 0; y < symbol; ++y) {
        row.fill(char(255));
        for (int x = 0; x < symbol; ++x) {
            // Bit 0 of each module byte is "dark"; the other bits describe the module's role.
            if (code->data[y * symbol + x] & 1)
                std::memset(row.data() + (kQuietZone + x) * pixelsPerModule, 0, static_cast<size_t>(pixelsPerModule));
        }
        for (int dy = 0; dy < pixelsPerModule; ++dy)
            std::memcpy(img.scanLine((kQuietZone + y) * pixelsPerModule + dy), row.constData(),
                        static_cast<size_t>(side));
    }
    return img;
}

void QrCode::paint(QPainter &painter, const QRectF &target, const QImage &qr) {
    if (qr.isNull() || target.isEmpty())
        return;
    qreal side = std::min(target.width(), target.height());
    QPointF topLeft(target.center().x() - side / 2, target.center().y() - side / 2);
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (raster && painter.worldTransform().type() <= QTransform::TxTranslate && side >= qr.width()) {
        side = std::floor(side / qr.width()) * qr.width();
        topLeft = QPointF(std::round(target.center().x() - side / 2), std::round(target.center().y() - side / 2));
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::LosslessImageRendering, true);
    painter.drawImage(QRectF(topLeft, QSizeF(side, side)), qr);
    painter.restore();
}

} // namespace bcp
