#pragma once
// The product's mark, a closed corrugated carton, drawn in code so the sign-in, lock and setup screens carry
// it without an image file. Sharp at any size and screen scale.

class QPixmap;

namespace bcp::ui {

class BrandMark {
public:
    // A square pixmap `size` device-independent pixels wide, for a screen scale of `devicePixelRatio`.
    static QPixmap pixmap(int size, double devicePixelRatio = 1.0);
};

} // namespace bcp::ui
