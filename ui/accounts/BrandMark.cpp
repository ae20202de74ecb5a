#include "accounts/BrandMark.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace bcp::ui {

QPixmap BrandMark::pixmap(int size, double devicePixelRatio) {
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 100.0, size / 100.0);

    // An isometric carton: top, left and right faces, in kraft-paper browns lit from the top left.
    const QPointF top(50, 8), left(8, 30), right(92, 30), front(50, 52);
    const QPointF leftBottom(8, 74), rightBottom(92, 74), frontBottom(50, 96);
    const QColor outline(0x5c, 0x3d, 0x1e);
    p.setPen(QPen(outline, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));

    QPainterPath topFace;
    topFace.moveTo(top);
    topFace.lineTo(right);
    topFace.lineTo(front);
    topFace.lineTo(left);
    topFace.closeSubpath();
    p.setBrush(QColor(0xdc, 0xab, 0x6e));
    p.drawPath(topFace);

    QPainterPath leftFace;
    leftFace.moveTo(left);
    leftFace.lineTo(front);
    leftFace.lineTo(frontBottom);
    leftFace.lineTo(leftBottom);
    leftFace.closeSubpath();
    p.setBrush(QColor(0xc0, 0x8a, 0x4f));
    p.drawPath(leftFace);

    QPainterPath rightFace;
    rightFace.moveTo(front);
    rightFace.lineTo(right);
    rightFace.lineTo(rightBottom);
    rightFace.lineTo(frontBottom);
    rightFace.closeSubpath();
    p.setBrush(QColor(0xa0, 0x6c, 0x3a));
    p.drawPath(rightFace);

    // Packing tape along the seam where the top flaps meet.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xf3, 0xe2, 0xc4));
    QPainterPath tape;
    tape.moveTo(29 - 5, 19 + 3);
    tape.lineTo(29 + 5, 19 - 3);
    tape.lineTo(71 + 5, 41 - 3);
    tape.lineTo(71 - 5, 41 + 3);
    tape.closeSubpath();
    p.drawPath(tape);
    return pixmap;
}

} // namespace bcp::ui
