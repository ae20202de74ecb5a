#pragma once
// The print preview for quotes and invoices: Qt's QPrintPreviewDialog drawing through the document
// renderer, with the document options on its toolbar (layout, optional sections, terms text) and Save as
// PDF. What the preview shows is exactly what its Print button prints and what Save as PDF writes.

#include "documents/PrintJob.h"

#include <QObject>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QString>

#include <memory>

class QAction;
class QComboBox;
class QPrintPreviewWidget;
class QPrinter;
class QWidget;

namespace bcp::ui {

class PrintPreview : public QObject {
    Q_OBJECT

public:
    explicit PrintPreview(PrintJob job, QWidget *parent = nullptr);
    ~PrintPreview() override;

    // Shows the preview modally; the dialog's result code.
    int exec();
    // Previews `job` over `parent` and returns when the user closes it.
    static void show(QWidget *parent, const PrintJob &job);

    QPrintPreviewDialog *dialog() const { return m_dialog; }
    QPrintPreviewWidget *previewWidget() const;
    const PrintJob &job() const { return m_job; }
    // Changes the options and redraws the preview.
    void setOptions(const documents::RenderOptions &options);
    // Pages of the latest drawing, and its error when it failed.
    int pageCount() const { return m_pages; }
    QString lastError() const { return m_error; }

signals:
    void optionsChanged();

private:
    void paint(QPrinter *printer);
    void addControls();
    void syncControls();
    void editTerms();

    PrintJob m_job;
    std::unique_ptr<QPrinter> m_printer;
    QPointer<QPrintPreviewDialog> m_dialog; // owned; a QPointer in case the parent window deletes it first
    QComboBox *m_layout = nullptr;
    QAction *m_logo = nullptr;
    QAction *m_technical = nullptr;
    QAction *m_notes = nullptr;
    QAction *m_bank = nullptr;
    QAction *m_qr = nullptr;
    QAction *m_terms = nullptr;
    int m_pages = 0;
    QString m_error;
};

} // namespace bcp::ui
