#include "accounts/QrCodeView.h"

#include "documents/QrCode.h"

#include <QPainter>

namespace bcp::ui {

QrCodeView::QrCodeView(QWidget *parent) : QWidget(parent) {
    setMinimumSize(180, 180);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

bool QrCodeView::setText(const QString &text) {
    m_text = text;
    m_image = QImage();
    bool ok = text.isEmpty();
    if (!text.isEmpty()) {
        // One pixel per module: QrCode::paint scales by whole pixels, which keeps every module the same size.
        auto image = QrCode::image(text, 1);
        if (image) {
            m_image = image.value();
            ok = true;
        }
    }
    update();
    return ok;
}

void QrCodeView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    const int side = qMin(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    painter.fillRect(square, Qt::white);
    if (!m_image.isNull())
        QrCode::paint(painter, QRectF(square), m_image);
}

} // namespace bcp::ui
