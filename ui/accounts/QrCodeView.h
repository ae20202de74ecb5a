#pragma once
// A QR code drawn module for module without smoothing, as large as the widget allows, so a phone camera
// reads it at a glance.

#include <QImage>
#include <QWidget>

namespace bcp::ui {

class QrCodeView : public QWidget {
    Q_OBJECT
public:
    explicit QrCodeView(QWidget *parent = nullptr);

    // Empty text clears the view. False (and an empty view) when the text cannot be encoded.
    bool setText(const QString &text);
    QString text() const { return m_text; }
    const QImage &image() const { return m_image; }

    QSize sizeHint() const override { return {240, 240}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QImage m_image;
};

} // namespace bcp::ui
