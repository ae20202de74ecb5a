#include "documents/PrintPreview.h"

#include "documents/DocumentOutput.h"
#include "documents/DocumentRenderer.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace bcp::ui {

using documents::RenderOptions;

PrintPreview::PrintPreview(PrintJob job, QWidget *parent)
    : QObject(parent), m_job(std::move(job)), m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)) {
    m_printer->setDocName(m_job.title);
    const qreal m = documents::DocumentRenderer::kMarginMm;
    m_printer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(m, m, m, m), QPageLayout::Millimeter));
    m_dialog = new QPrintPreviewDialog(m_printer.get(), parent);
    m_dialog->setWindowTitle(tr("Preview - %1").arg(m_job.title));
    m_dialog->resize(1000, 900);
    connect(m_dialog, &QPrintPreviewDialog::paintRequested, this, &PrintPreview::paint);
    addControls();
}

PrintPreview::~PrintPreview() {
    // The dialog draws on m_printer: it has to go first.
    delete m_dialog.data();
}

int PrintPreview::exec() {
    return m_dialog->exec();
}

void PrintPreview::show(QWidget *parent, const PrintJob &job) {
    PrintPreview preview(job, parent);
    preview.exec();
}

QPrintPreviewWidget *PrintPreview::previewWidget() const {
    return m_dialog ? m_dialog->findChild<QPrintPreviewWidget *>() : nullptr;
}

void PrintPreview::setOptions(const RenderOptions &options) {
    m_job.options = options;
    syncControls();
    if (QPrintPreviewWidget *widget = previewWidget())
        widget->updatePreview();
    emit optionsChanged();
}

void PrintPreview::paint(QPrinter *printer) {
    const Result<int> pages = m_job.renderTo(*printer);
    m_pages = pages ? pages.value() : 0;
    m_error = pages ? QString() : pages.error().message;
    if (!pages) {
        // Reported after the preview has finished drawing, not from inside its paint request.
        QPointer<QPrintPreviewDialog> dialog = m_dialog;
        const QString message = m_error;
        QTimer::singleShot(0, this, [dialog, message] {
            QMessageBox::warning(dialog, tr("Print preview"), tr("The document could not be drawn.\n%1").arg(message));
        });
    }
}

void PrintPreview::addControls() {
    auto *bar = m_dialog->findChild<QToolBar *>();
    if (!bar)
        return;
    bar->addSeparator();

    m_layout = new QComboBox(bar);
    m_layout->addItem(tr("Classic layout"));
    m_layout->addItem(tr("Compact layout"));
    m_layout->setToolTip(tr("Layout of the document"));
    bar->addWidget(m_layout);
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this](int index) {
        RenderOptions options = m_job.options;
        options.layout = index == 1 ? RenderOptions::Layout::Compact : RenderOptions::Layout::Classic;
        setOptions(options);
    });

    auto *sections = new QToolButton(bar);
    sections->setText(tr("Sections"));
    sections->setToolTip(tr("Parts of the document to print"));
    sections->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(sections);
    sections->setMenu(menu);
    const auto addSwitch = [this, menu](const QString &text, bool RenderOptions::*field) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, field](bool on) {
            if (m_job.options.*field == on)
                return;
            RenderOptions options = m_job.options;
            options.*field = on;
            setOptions(options);
        });
        return action;
    };
    m_logo = addSwitch(tr("Logo"), &RenderOptions::showLogo);
    if (m_job.kind == PrintJob::Kind::Quote) {
        m_technical = addSwitch(tr("Technical details"), &RenderOptions::showTechnical);
        m_notes = addSwitch(tr("Notes"), &RenderOptions::showNotes);
    } else {
        m_bank = addSwitch(tr("Bank details"), &RenderOptions::showBankDetails);
        m_qr = addSwitch(tr("UPI QR code"), &RenderOptions::showQr);
    }
    m_terms = addSwitch(tr("Terms and conditions"), &RenderOptions::showTerms);
    bar->addWidget(sections);

    QAction *terms = bar->addAction(tr("Edit terms..."));
    terms->setToolTip(tr("Change the terms printed on this document"));
    connect(terms, &QAction::triggered, this, &PrintPreview::editTerms);

    QAction *save = bar->addAction(tr("Save as PDF..."));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] { saveAsPdf(m_dialog, m_job); });
    syncControls();
}

void PrintPreview::syncControls() {
    const RenderOptions &o = m_job.options;
    if (m_layout) {
        const QSignalBlocker block(m_layout);
        m_layout->setCurrentIndex(o.layout == RenderOptions::Layout::Compact ? 1 : 0);
    }
    const std::pair<QAction *, bool> switches[] = {{m_logo, o.showLogo},   {m_technical, o.showTechnical},
                                                   {m_notes, o.showNotes}, {m_bank, o.showBankDetails},
                                                   {m_qr, o.showQr},       {m_terms, o.showTerms}};
    for (const auto &[action, on] : switches) {
        if (!action)
            continue;
        const QSignalBlocker block(action);
        action->setChecked(on);
    }
}

void PrintPreview::editTerms() {
    bool ok = false;
    const QString current = m_job.options.termsText ? *m_job.options.termsText : m_job.defaultTerms;
    const QString text = QInputDialog::getMultiLineText(
        m_dialog, tr("Terms and conditions"), tr("Terms printed on this document, one to a line:"), current, &ok);
    if (!ok)
        return;
    RenderOptions options = m_job.options;
    options.termsText = text;
    options.showTerms = true;
    setOptions(options);
}

} // namespace bcp::ui
