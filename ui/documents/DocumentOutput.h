#pragma once
// Printing and saving a document from any screen. Both draw with the same renderer as the preview.

#include "Result.h"

#include <QString>

class QPrinter;
class QWidget;

namespace bcp::ui {

class MessageLabel;
struct PrintJob;

// What a screen's Preview, Print and Save as PDF buttons do with its document.
enum class DocumentAction { Preview, Print, SaveAsPdf };
// Performs `action` on `job`; a job that could not be built, and a saved file, are reported in `message`.
void runDocumentAction(QWidget *parent, const Result<PrintJob> &job, DocumentAction action, MessageLabel *message);

// The system print dialog, then the document on the chosen printer. False when cancelled or failed (a
// failure has been shown to the user).
bool printDocument(QWidget *parent, const PrintJob &job);
// The document on a printer already set up (the preview's print button, tests).
Result<int> printTo(QPrinter &printer, const PrintJob &job);

// A save dialog (in the folder last used, with the document's file name), then the PDF. The path written,
// or empty when cancelled or failed (a failure has been shown to the user).
QString saveAsPdf(QWidget *parent, const PrintJob &job);
// The PDF at `path`, without asking.
Result<int> savePdf(const PrintJob &job, const QString &path);

} // namespace bcp::ui
