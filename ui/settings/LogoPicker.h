#pragma once
// The company logo: a preview as the letterhead will carry it, a button to choose an image file and one to
// remove it. A chosen file goes through CompanyService::prepareLogo at once, so the preview shows exactly the
// scaled PNG the profile will store (never a camera photo).

#include <QByteArray>
#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;

namespace bcp::ui {

class LogoPicker : public QWidget {
    Q_OBJECT
public:
    explicit LogoPicker(QWidget *parent = nullptr);

    // The PNG to store; empty for no logo.
    QByteArray png() const { return m_png; }
    QImage image() const { return m_image; }
    // Shows a stored logo (nothing is converted).
    void setPng(const QByteArray &png);
    // Reads and converts an image file; false with the reason in `error` when it is not an image.
    bool loadFile(const QString &path, QString *error = nullptr);
    // The file dialog, then loadFile.
    void chooseFile();
    void clear();

    // Locks the picker (read-only profiles).
    void setReadOnly(bool readOnly);

    QLabel *preview() const { return m_preview; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void loadFailed(const QString &message);

private:
    void showPreview();

    QByteArray m_png;
    QImage m_image;
    bool m_readOnly = false;
    QLabel *m_preview = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace bcp::ui
