#include "documents/DocumentOutput.h"

#include "accounts/MessageLabel.h"
#include "documents/DocumentRenderer.h"
#include "documents/PrintJob.h"
#include "documents/PrintPreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace bcp::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(bcp::ui::DocumentOutput)
};

const char *const kLastFolderKey = "documents/lastPdfFolder";

} // namespace

Result<int> printTo(QPrinter &printer, const PrintJob &job) {
    printer.setDocName(job.title);
    return job.renderTo(printer);
}

bool printDocument(QWidget *parent, const PrintJob &job) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(job.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Text::tr("Print %1").arg(job.title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Result<int> pages = printTo(printer, job);
    if (!pages) {
        QMessageBox::warning(parent, Text::tr("Print"),
                             Text::tr("%1 could not be printed.\n%2").arg(job.title, pages.error().message));
        return false;
    }
    return true;
}

Result<int> savePdf(const PrintJob &job, const QString &path) {
    return documents::DocumentRenderer::writePdf(path, job.title,
                                                 [&job](QPagedPaintDevice &device) { return job.renderTo(device); });
}

QString saveAsPdf(QWidget *parent, const PrintJob &job) {
    QSettings settings;
    QString folder = settings.value(QLatin1String(kLastFolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, Text::tr("Save %1 as PDF").arg(job.title),
                                                QDir(folder).filePath(job.fileName), Text::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    const Result<int> pages = savePdf(job, path);
    if (!pages) {
        QMessageBox::warning(parent, Text::tr("Save as PDF"),
                             Text::tr("The PDF could not be saved.\n%1").arg(pages.error().message));
        return {};
    }
    settings.setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
    return path;
}

void runDocumentAction(QWidget *parent, const Result<PrintJob> &job, DocumentAction action, MessageLabel *message) {
    if (!job) {
        message->showError(job.error().message);
        return;
    }
    switch (action) {
    case DocumentAction::Preview:
        PrintPreview::show(parent, job.value());
        break;
    case DocumentAction::Print:
        printDocument(parent, job.value());
        break;
    case DocumentAction::SaveAsPdf:
        if (const QString path = saveAsPdf(parent, job.value()); !path.isEmpty())
            message->showSuccess(Text::tr("Saved %1.").arg(path));
        break;
    }
}

} // namespace bcp::ui
