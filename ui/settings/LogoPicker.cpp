#include "settings/LogoPicker.h"

#include "services/CompanyService.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

constexpr int kPreviewWidth = 220;
constexpr int kPreviewHeight = 90;

} // namespace

LogoPicker::LogoPicker(QWidget *parent) : QWidget(parent) {
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setFixedSize(kPreviewWidth, kPreviewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(
        QStringLiteral("QLabel#logoPreview { background: white; border: 1px dashed #b8c2cc; color: #7a8691; }"));
    m_choose = new QPushButton(tr("C&hoose image\u2026"), this);
    m_choose->setObjectName(QStringLiteral("logoChoose"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("logoRemove"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_choose, &QPushButton::clicked, this, &LogoPicker::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT changed();
    });
    showPreview();
}

void LogoPicker::setPng(const QByteArray &png) {
    m_png = png;
    m_image = png.isEmpty() ? QImage() : QImage::fromData(png);
    showPreview();
}

bool LogoPicker::loadFile(const QString &path, QString *error) {
    QString message;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        message = tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
    } else {
        auto prepared = CompanyService::prepareLogo(file.readAll());
        if (prepared) {
            setPng(prepared.value());
            Q_EMIT changed();
            return true;
        }
        message = tr("%1 is not an image this program can read.").arg(QFileInfo(path).fileName());
    }
    if (error)
        *error = message;
    Q_EMIT loadFailed(message);
    return false;
}

void LogoPicker::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Company logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
    if (!path.isEmpty())
        loadFile(path);
}

void LogoPicker::clear() {
    m_png.clear();
    m_image = QImage();
    showPreview();
}

void LogoPicker::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    showPreview();
}

void LogoPicker::showPreview() {
    if (m_image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("No logo"));
        m_preview->setToolTip(QString());
    } else {
        const QSize box = m_preview->size() - QSize(8, 8);
        m_preview->setPixmap(QPixmap::fromImage(m_image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_preview->setToolTip(tr("%1 \u00d7 %2 pixels").arg(m_image.width()).arg(m_image.height()));
    }
    m_choose->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && !m_image.isNull());
}

} // namespace bcp::ui
