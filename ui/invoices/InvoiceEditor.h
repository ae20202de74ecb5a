#pragma once
// The invoice screen. A draft is edited here (party, lines, quantities, rates, PO number and date, due date,
// ship-to, transport, GST rate, round-off, terms) with the totals from the service's preview on every change,
// saved with Ctrl+S and finalised after a confirmation that names the number it will take. A final invoice is
// read-only: payments are recorded against it (partly paid / paid with the balance shown), a credit note can
// be issued, or it can be cancelled with a reason (keeping its number). Print preview, Print and Save as PDF
// draw the stored invoice with the same renderer as the PDF; "New complaint" raises a ticket linked to it.

#include "documents/PrintJob.h"
#include "services/InvoiceTypes.h"
#include "services/Session.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace bcp {
class Database;
class InvoiceService;
class PartyService;
} // namespace bcp

namespace bcp::ui {

class InvoiceLinesModel;
class MessageLabel;
class PartyPicker;
class PaymentsModel;
class QuoteTotalsView;

class InvoiceEditor : public QWidget {
    Q_OBJECT
public:
    InvoiceEditor(Database &db, const Session &session, QWidget *parent = nullptr);
    ~InvoiceEditor() override;

    // The window of invoice `invoiceId`, raised if one is open already, else a new window (0: a new blank
    // invoice). Windows delete themselves when closed.
    static InvoiceEditor *openWindow(Database &db, const Session &session, qint64 invoiceId, QWidget *parent = nullptr);

    // Starts a new blank draft (nothing is saved until Save); with a party id that party is chosen.
    bool newBlank(qint64 partyId = 0);
    // Loads an invoice or credit note; false with the reason shown when it cannot be loaded.
    bool openInvoice(qint64 invoiceId);

    // Saves the draft (creating it the first time); false when refused (the field is named).
    bool save();
    // The question finalize() asks, naming the number the invoice will take.
    QString finalizeQuestion() const;
    // Asks, then finalises; false when refused or not confirmed.
    bool finalize();
    // The dialogs for a final invoice; true when something was recorded.
    bool cancelInvoice();
    bool issueCreditNote();
    bool recordPayment();
    bool newComplaint();
    // The stored invoice as a document to preview, print or save (a modified draft is saved first).
    Result<PrintJob> printJob();
    void printPreview();
    void print();
    void saveAsPdf();

    const Invoice &invoice() const { return m_invoice; }
    bool isModified() const { return m_modified; }
    bool isReadOnly() const;
    InvoiceDraft draft() const;

    // Parts, for the offscreen tests.
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusBadge() const { return m_statusBadge; }
    QLabel *paymentBadge() const { return m_paymentBadge; }
    QLabel *balanceLabel() const { return m_balance; }
    QLabel *outstandingLabel() const { return m_outstanding; }
    PartyPicker *partyPicker() const { return m_picker; }
    QDateEdit *dateEdit() const { return m_date; }
    QDateEdit *dueDateEdit() const { return m_dueDate; }
    QLineEdit *poNumberEdit() const { return m_poNumber; }
    QDateEdit *poDateEdit() const { return m_poDate; }
    QDoubleSpinBox *gstRateSpin() const { return m_gstRate; }
    QCheckBox *roundOffCheck() const { return m_roundOff; }
    QCheckBox *reverseChargeCheck() const { return m_reverseCharge; }
    QCheckBox *shipToCheck() const { return m_shipTo; }
    QLineEdit *shipToEdit(const QString &field) const;
    QComboBox *shipToStateCombo() const { return m_shipState; }
    QLineEdit *transportEdit() const;
    InvoiceLinesModel *linesModel() const { return m_lines; }
    QTableView *linesView() const { return m_linesView; }
    PaymentsModel *paymentsModel() const { return m_payments; }
    QuoteTotalsView *totalsView() const { return m_totalsView; }
    QPlainTextEdit *termsEdit() const { return m_terms; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageLabel *message() const { return m_message; }
    QPushButton *addLineButton() const { return m_addLine; }
    QPushButton *removeLineButton() const { return m_removeLine; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *finalizeButton() const { return m_finalize; }
    QPushButton *paymentButton() const { return m_payment; }
    QPushButton *creditNoteButton() const { return m_creditNote; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *complaintButton() const { return m_complaint; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }

Q_SIGNALS:
    // Saved, finalised, cancelled, paid or credited: its row in lists changed.
    void invoiceChanged(qint64 invoiceId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void build();
    QWidget *buildHeader();
    QWidget *buildDetails();
    QWidget *buildTabs();
    QWidget *buildSide();
    QWidget *buildFooter();
    void buildShortcuts();

    void loadInvoice(const Invoice &invoice);
    void edited();
    void refreshPreview();
    void updateHeader();
    void updateEnabled();
    void updatePayments();
    void updateOutstanding();
    void setModified(bool modified);
    void showError(const Error &error);
    bool confirmDiscard();
    bool ensureSaved();

    Database &m_db;
    Session m_session;
    std::unique_ptr<InvoiceService> m_invoices;
    std::unique_ptr<PartyService> m_parties;
    Invoice m_invoice; // id 0 while a new blank draft is unsaved
    bool m_loading = false;
    bool m_modified = false;

    QLabel *m_title = nullptr;
    QLabel *m_statusBadge = nullptr;
    QLabel *m_paymentBadge = nullptr;
    QLabel *m_source = nullptr;
    PartyPicker *m_picker = nullptr;
    QLabel *m_outstanding = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QLineEdit *m_poNumber = nullptr;
    QDateEdit *m_poDate = nullptr;
    QLabel *m_supply = nullptr;
    QDoubleSpinBox *m_gstRate = nullptr;
    QCheckBox *m_roundOff = nullptr;
    QCheckBox *m_reverseCharge = nullptr;
    QTabWidget *m_tabs = nullptr;
    InvoiceLinesModel *m_lines = nullptr;
    QTableView *m_linesView = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QCheckBox *m_shipTo = nullptr;
    QWidget *m_shipFields = nullptr;
    QHash<QString, QLineEdit *> m_shipEdits;
    QComboBox *m_shipState = nullptr;
    QPlainTextEdit *m_terms = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    PaymentsModel *m_payments = nullptr;
    QTableView *m_paymentsView = nullptr;
    QuoteTotalsView *m_totalsView = nullptr;
    QLabel *m_paid = nullptr;
    QLabel *m_balance = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_finalize = nullptr;
    QPushButton *m_payment = nullptr;
    QPushButton *m_creditNote = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_complaint = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
};

} // namespace bcp::ui
