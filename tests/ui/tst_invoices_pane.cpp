// The Invoices pane, the invoice screen and the company profile offscreen over a real database: a draft made
// from an accepted quote with one item left out, the draft edited (quantity, rate, PO number, due date, a
// new line) and saved, finalised after a confirmation that names the number it takes, a final invoice
// read-only, cancelling that needs a reason, a part payment that leaves the invoice partly paid with its
// balance shown, a credit note, "New complaint" pre-linked to the invoice, the list's filters (status, party,
// date range, unpaid, search); the company profile refusing a bad GSTIN and a template longer than GST rule
// 46(b) allows, naming the field, and locking the legal identity for an admin after the first final invoice;
// the quote editor's document and "Make invoice" actions. Every model runs under QAbstractItemModelTester.
//
// With BOXCOST_SCREENSHOT_DIR set, screensAt1080x700 saves the pane, the invoice screen (draft and final) and
// the company profile there as PNG files.

#include "Golden.h"
#include "ModalDialogs.h"
#include "TestDatabase.h"
#include "TestShop.h"
#include "WidgetInput.h"

#include "accounts/MessageLabel.h"
#include "calculator/FieldMark.h"
#include "data/Database.h"
#include "documents/DocumentOutput.h"
#include "documents/PrintJob.h"
#include "documents/PrintPreview.h"
#include "invoices/CancelInvoiceDialog.h"
#include "invoices/CreditNoteDialog.h"
#include "invoices/InvoiceEditor.h"
#include "invoices/InvoiceLinesModel.h"
#include "invoices/InvoiceListModel.h"
#include "invoices/InvoicesPane.h"
#include "invoices/NewInvoiceDialog.h"
#include "invoices/PaymentDialog.h"
#include "invoices/PaymentsModel.h"
#include "money/DocumentNumber.h"
#include "money/IndianFormat.h"
#include "parties/PartyPicker.h"
#include "quotes/QuoteEditor.h"
#include "quotes/QuoteTotalsView.h"
#include "services/CompanyService.h"
#include "services/CostingJson.h"
#include "services/InvoiceService.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"
#include "services/Session.h"
#include "settings/CompanyProfileDialog.h"
#include "settings/LogoPicker.h"
#include "settings/NumberTemplateField.h"
#include "settings/SettingsPane.h"
#include "tickets/NewComplaintDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace bcp;
using test::clickButtonWithRole;
using test::goldenSpec;
using test::typeInto;
using test::whenModal;
using test::why;

namespace {

const QString kPassword = QStringLiteral("Corrugated#Box42");
const QString kShopGstin = QStringLiteral("27AAGCS1234A1Z1");

// A click where the button is now, on a button a person could click.
void click(QWidget *button) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    test::click(button);
}

QStringList column(const QAbstractItemModel &model, int col) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data().toString();
    return out;
}

} // namespace

class TestInvoicesPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void createFromAcceptedQuotePickingItems();
    void editDraftAndSave();
    void finalizeShowsTheNumberAndLocksTheInvoice();
    void cancelNeedsAReasonAndKeepsTheNumber();
    void partPaymentShowsPartlyPaidAndBalance();
    void creditNoteAndComplaintFromAnInvoice();
    void blankInvoiceForAParty();
    void listFilters();
    void staffAndViewerSeeOnlyWhatTheyMayDo();
    void companyProfileValidatesAndNamesTheField();
    void companyProfileLocksIdentityForAdmins();
    void quoteEditorPrintsAndMakesInvoice();
    void screensAt1080x700();

private:
    qint64 addParty(const QString &name, const QString &company, const QString &mobile, const QString &gstin);
    qint64 acceptedQuote(qint64 partyId, int items);
    Invoice finalInvoice(qint64 partyId, const QDate &date = {});
    Session adminSession();
    Session sessionWithRole(const QString &role, const QString &username);
    QString expectedNumber(qint64 sequence, const QDate &date = QDate::currentDate()) const;

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    Session m_owner;
    qint64 m_pune = 0;
    qint64 m_bengaluru = 0;
};

void TestInvoicesPane::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    auto session = test::setUpShreeGaneshPackaging(*m_db, kPassword);
    QVERIFY2(session, qPrintable(why(session)));
    m_owner = session.value();

    CompanyService company(*m_db);
    auto profile = company.get(m_owner);
    QVERIFY2(profile, qPrintable(why(profile)));
    CompanyProfile p = profile.value();
    p.addressLine1 = QStringLiteral("Plot 12, MIDC Bhosari");
    p.city = QStringLiteral("Pune");
    p.pin = QStringLiteral("411026");
    p.phone = QStringLiteral("020 2712 3456");
    p.email = QStringLiteral("accounts@ganeshpack.in");
    p.bankName = QStringLiteral("HDFC Bank");
    p.bankAccount = QStringLiteral("50200012345678");
    p.bankIfsc = QStringLiteral("HDFC0001234");
    p.bankBranch = QStringLiteral("Bhosari");
    p.upiId = QStringLiteral("ganeshpack@okhdfcbank");
    p.signatory = QStringLiteral("Ravi Kumar");
    auto saved = company.save(m_owner, p);
    QVERIFY2(saved, qPrintable(why(saved)));

    m_pune = addParty(QStringLiteral("Anil Deshmukh"), QStringLiteral("Apple Exports"), QStringLiteral("9820011111"),
                      QString());
    m_bengaluru = addParty(QStringLiteral("Suresh Rao"), QStringLiteral("Bangalore Foods"),
                           QStringLiteral("9845022222"), QStringLiteral("29AAGCB7383J1Z4"));
}

void TestInvoicesPane::cleanup() {
    // Invoice windows opened by the screens under test outlive them; they hold the database, so they go first.
    QList<QPointer<ui::InvoiceEditor>> editors;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (auto *editor = qobject_cast<ui::InvoiceEditor *>(w))
            editors << editor;
    }
    for (const QPointer<ui::InvoiceEditor> &editor : std::as_const(editors))
        delete editor.data();
    m_db.reset();
    m_t.reset();
}

qint64 TestInvoicesPane::addParty(const QString &name, const QString &company, const QString &mobile,
                                  const QString &gstin) {
    PartyService parties(*m_db);
    Party p;
    p.name = name;
    p.company = company;
    p.mobile = mobile;
    p.gstin = gstin;
    p.billing.line1 = QStringLiteral("Gate 3, Industrial Estate");
    p.billing.city = gstin.isEmpty() ? QStringLiteral("Pune") : QStringLiteral("Bengaluru");
    p.billing.stateCode = gstin.isEmpty() ? QStringLiteral("27") : QString();
    p.billing.pin = gstin.isEmpty() ? QStringLiteral("411026") : QStringLiteral("560058");
    auto created = parties.create(m_owner, p);
    if (!created)
        qFatal("party %s: %s", qPrintable(name), qPrintable(created.error().text()));
    return created->id;
}

qint64 TestInvoicesPane::acceptedQuote(qint64 partyId, int items) {
    QuoteService quotes(*m_db);
    QuoteDraft draft;
    draft.partyId = partyId;
    const QStringList names = {QStringLiteral("Apple Box 3P"), QStringLiteral("Mango Tray 5P"),
                               QStringLiteral("Shipper 3P")};
    for (int i = 0; i < items; ++i) {
        QuoteItem item;
        item.name = names.at(i % names.size());
        item.description = QStringLiteral("Regular slotted carton");
        item.spec = goldenSpec(i % 2);
        draft.items << item;
    }
    draft.transport = Money::fromPaise(150000);
    draft.terms.paymentTerms = QStringLiteral("30 days");
    auto saved = quotes.save(m_owner, draft);
    if (!saved)
        qFatal("quote: %s", qPrintable(saved.error().text()));
    auto quote = quotes.get(m_owner, saved->quoteId);
    auto accepted = quotes.setStatus(m_owner, saved->quoteId, QuoteStatus::Accepted, quote->rowVersion);
    if (!accepted)
        qFatal("accept: %s", qPrintable(accepted.error().text()));
    return saved->quoteId;
}

Invoice TestInvoicesPane::finalInvoice(qint64 partyId, const QDate &date) {
    InvoiceService invoices(*m_db);
    auto created = invoices.createFromQuote(m_owner, acceptedQuote(partyId, 1), date);
    if (!created)
        qFatal("invoice: %s", qPrintable(created.error().text()));
    auto finalized = invoices.finalize(m_owner, created->id);
    if (!finalized)
        qFatal("finalize: %s", qPrintable(finalized.error().text()));
    return finalized.value();
}

Session TestInvoicesPane::adminSession() {
    return sessionWithRole(role::Admin, QStringLiteral("meena"));
}

Session TestInvoicesPane::sessionWithRole(const QString &role, const QString &username) {
    const qint64 id =
        test::addUserRow(*m_db, m_owner.tenantId, username, role, QDateTime::currentDateTimeUtc(), username);
    Session s = test::sessionFor(*m_db, m_owner.tenantId, id);
    s.workstation = QStringLiteral("OFFICE-PC");
    return s;
}

QString TestInvoicesPane::expectedNumber(qint64 sequence, const QDate &date) const {
    auto number = DocumentNumber::format(DocumentNumber::defaultTemplate(NumberSeries::Invoice), NumberSeries::Invoice,
                                         date, sequence);
    return number ? number.value() : QString();
}

// ---- Invoices -------------------------------------------------------------------------------------------

void TestInvoicesPane::createFromAcceptedQuotePickingItems() {
    const qint64 quoteId = acceptedQuote(m_bengaluru, 3);
    QuoteService quotes(*m_db);
    const QString quoteNumber = quotes.get(m_owner, quoteId)->number;

    ui::InvoicesPane pane(*m_db, m_owner);
    QAbstractItemModelTester listTester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.show();
    QCOMPARE(pane.model()->rowCount(), 0);

    bool dialogChecked = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::NewInvoiceDialog *>(modal);
        QVERIFY(dialog);
        QAbstractItemModelTester quotesTester(dialog->quoteList()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester itemsTester(dialog->itemList()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->quoteList()->count(), 1);
        QVERIFY(dialog->quoteList()->item(0)->text().startsWith(quoteNumber));
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->chooseQuote(quoteId));
        QCOMPARE(dialog->itemList()->count(), 3);
        QVERIFY(dialog->createButton()->isEnabled());
        // Leave the middle item for another invoice.
        dialog->setItemChecked(1, false);
        QCOMPARE(dialog->itemList()->item(1)->checkState(), Qt::Unchecked);
        dialogChecked = true;
        click(dialog->createButton());
    });
    ui::InvoiceEditor *editor = pane.newInvoice();
    QVERIFY(dialogChecked);
    QVERIFY(editor);
    QAbstractItemModelTester linesTester(editor->linesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    const Invoice &invoice = editor->invoice();
    QVERIFY(invoice.id > 0);
    QCOMPARE(invoice.status, InvoiceStatus::Draft);
    QCOMPARE(invoice.quoteNumber, quoteNumber);
    QCOMPARE(editor->titleLabel()->text(), QStringLiteral("Draft invoice"));
    QCOMPARE(column(*editor->linesModel(), ui::InvoiceLinesModel::ItemColumn),
             (QStringList{QStringLiteral("Apple Box 3P"), QStringLiteral("Shipper 3P")}));
    QCOMPARE(editor->partyPicker()->party().id, m_bengaluru);
    // Bengaluru is another state: IGST, no CGST/SGST.
    QVERIFY(!editor->totalsView()->amountText(QStringLiteral("igst")).isEmpty());
    QVERIFY(editor->totalsView()->amountText(QStringLiteral("cgst")).isEmpty());
    QCOMPARE(editor->totalsView()->amountText(QStringLiteral("grand")),
             IndianFormat::money(invoice.totals.grand, IndianFormat::Symbol::Rupee));
    QVERIFY(editor->saveButton()->isVisible());
    QVERIFY(editor->finalizeButton()->isVisible());
    QVERIFY(!editor->paymentButton()->isVisible());

    // The pane lists the draft without a number.
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->index(0, ui::InvoiceListModel::NumberColumn).data().toString(), QStringLiteral("Draft"));
    QCOMPARE(pane.model()->index(0, ui::InvoiceListModel::QuoteColumn).data().toString(), quoteNumber);
}

void TestInvoicesPane::editDraftAndSave() {
    InvoiceService invoices(*m_db);
    auto created = invoices.createFromQuote(m_owner, acceptedQuote(m_pune, 1));
    QVERIFY2(created, qPrintable(why(created)));

    ui::InvoiceEditor editor(*m_db, m_owner);
    QAbstractItemModelTester linesTester(editor.linesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.show();
    QVERIFY(editor.openInvoice(created->id));
    QVERIFY(!editor.isModified());
    const Money grandBefore = created->totals.grand;

    ui::InvoiceLinesModel *lines = editor.linesModel();
    const QModelIndex quantity = lines->index(0, ui::InvoiceLinesModel::QuantityColumn);
    QVERIFY(lines->flags(quantity) & Qt::ItemIsEditable);
    QVERIFY(!lines->setData(quantity, QStringLiteral("-5")));
    QVERIFY(lines->lastRefusal().startsWith(QStringLiteral("Quantity")));
    QVERIFY2(editor.message()->text().startsWith(QStringLiteral("Quantity")), qPrintable(editor.message()->text()));
    QVERIFY(lines->setData(quantity, QStringLiteral("2000")));
    QVERIFY(editor.message()->isHidden());
    QVERIFY(lines->setData(lines->index(0, ui::InvoiceLinesModel::RateColumn), QStringLiteral("11.50")));
    QVERIFY(editor.isModified());
    // Taxable value of the line comes from the preview: 2000 x 11.50.
    QCOMPARE(lines->index(0, ui::InvoiceLinesModel::TaxableColumn).data().toString(), QStringLiteral("23,000.00"));

    click(editor.addLineButton());
    QCOMPARE(lines->rowCount(), 2);
    QVERIFY(lines->setData(lines->index(1, ui::InvoiceLinesModel::ItemColumn), QStringLiteral("Printing plates")));
    QVERIFY(lines->setData(lines->index(1, ui::InvoiceLinesModel::HsnColumn), QStringLiteral("8442")));
    QVERIFY(lines->setData(lines->index(1, ui::InvoiceLinesModel::RateColumn), QStringLiteral("2,500")));

    typeInto(editor.poNumberEdit(), QStringLiteral("PO-7781"));
    editor.poDateEdit()->setDate(QDate::currentDate().addDays(-3));
    editor.dueDateEdit()->setDate(QDate::currentDate().addDays(30));
    editor.tabs()->setCurrentIndex(1);
    // On the box itself: a check box stretched across the tab only answers on its box and text.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTest::mouseClick(editor.shipToCheck(), Qt::LeftButton, {}, QPoint(8, editor.shipToCheck()->height() / 2));
    QVERIFY(editor.shipToCheck()->isChecked());
    QVERIFY(editor.shipToEdit(QStringLiteral("name"))->isEnabled());
    typeInto(editor.shipToEdit(QStringLiteral("name")), QStringLiteral("Apple Exports Godown"));
    typeInto(editor.shipToEdit(QStringLiteral("city")), QStringLiteral("Chakan"));

    click(editor.saveButton());
    QVERIFY2(!editor.isModified(), qPrintable(editor.message()->text()));

    auto stored = invoices.get(m_owner, created->id);
    QVERIFY2(stored, qPrintable(why(stored)));
    QCOMPARE(stored->status, InvoiceStatus::Draft);
    QCOMPARE(stored->lines.size(), 2);
    QCOMPARE(stored->lines.at(0).quantity, qint64(2000));
    QCOMPARE(stored->lines.at(0).rate, Money::fromPaise(1150));
    QCOMPARE(stored->lines.at(1).name, QStringLiteral("Printing plates"));
    QCOMPARE(stored->lines.at(1).hsn, QStringLiteral("8442"));
    QCOMPARE(stored->lines.at(1).rate, Money::fromPaise(250000));
    QCOMPARE(stored->poNumber, QStringLiteral("PO-7781"));
    QCOMPARE(stored->poDate, QDate::currentDate().addDays(-3));
    QCOMPARE(stored->dueDate, QDate::currentDate().addDays(30));
    QVERIFY(stored->shipTo.has_value());
    QCOMPARE(stored->shipTo->name, QStringLiteral("Apple Exports Godown"));
    QCOMPARE(stored->shipTo->address.city, QStringLiteral("Chakan"));
    QVERIFY(stored->totals.grand != grandBefore);
    QCOMPARE(editor.totalsView()->amountText(QStringLiteral("grand")),
             IndianFormat::money(stored->totals.grand, IndianFormat::Symbol::Rupee));

    // Removing a line is an edit too.
    editor.tabs()->setCurrentIndex(0);
    editor.linesView()->setCurrentIndex(lines->index(1, 0));
    click(editor.removeLineButton());
    QCOMPARE(lines->rowCount(), 1);
    QVERIFY(editor.isModified());
}

void TestInvoicesPane::finalizeShowsTheNumberAndLocksTheInvoice() {
    InvoiceService invoices(*m_db);
    auto created = invoices.createFromQuote(m_owner, acceptedQuote(m_pune, 2));
    QVERIFY2(created, qPrintable(why(created)));
    ui::InvoiceEditor editor(*m_db, m_owner);
    editor.show();
    QVERIFY(editor.openInvoice(created->id));
    const QString expected = expectedNumber(1);
    QVERIFY2(editor.finalizeQuestion().contains(expected), qPrintable(editor.finalizeQuestion()));

    // "Not yet" leaves it a draft.
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        clickButtonWithRole(box, QMessageBox::RejectRole);
    });
    click(editor.finalizeButton());
    QCOMPARE(editor.invoice().status, InvoiceStatus::Draft);

    QString asked;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        asked = box->text();
        clickButtonWithRole(box, QMessageBox::AcceptRole);
    });
    click(editor.finalizeButton());
    QVERIFY2(asked.contains(expected), qPrintable(asked));
    QCOMPARE(editor.invoice().status, InvoiceStatus::Final);
    QCOMPARE(editor.invoice().number, expected);
    QVERIFY(editor.titleLabel()->text().contains(expected));
    QVERIFY(editor.message()->text().contains(expected));
    QCOMPARE(editor.statusBadge()->text(), invoiceStatusLabel(InvoiceStatus::Final));
    QCOMPARE(editor.paymentBadge()->text(), paymentStatusLabel(PaymentStatus::Unpaid));

    // A final invoice's fields are read-only and its draft actions are gone.
    QVERIFY(editor.isReadOnly());
    ui::InvoiceLinesModel *lines = editor.linesModel();
    for (int col = 0; col < ui::InvoiceLinesModel::ColumnCount; ++col)
        QVERIFY(!(lines->flags(lines->index(0, col)) & Qt::ItemIsEditable));
    QVERIFY(!lines->setData(lines->index(0, ui::InvoiceLinesModel::QuantityColumn), QStringLiteral("1")));
    QCOMPARE(editor.linesView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(editor.poNumberEdit()->isReadOnly());
    QVERIFY(editor.dateEdit()->isReadOnly());
    QVERIFY(editor.dueDateEdit()->isReadOnly());
    QVERIFY(editor.transportEdit()->isReadOnly());
    QVERIFY(editor.termsEdit()->isReadOnly());
    QVERIFY(!editor.roundOffCheck()->isEnabled());
    QVERIFY(!editor.shipToCheck()->isEnabled());
    QVERIFY(!editor.partyPicker()->isEnabled());
    QVERIFY(!editor.saveButton()->isVisible());
    QVERIFY(!editor.finalizeButton()->isVisible());
    QVERIFY(!editor.addLineButton()->isVisible());
    QVERIFY(editor.paymentButton()->isVisible());
    QVERIFY(editor.creditNoteButton()->isVisible());
    QVERIFY(editor.cancelButton()->isVisible() && editor.cancelButton()->isEnabled());
    QVERIFY(!editor.save());
    // Typing into a read-only field changes nothing.
    editor.poNumberEdit()->setFocus();
    QTest::keyClicks(editor.poNumberEdit(), QStringLiteral("X"));
    QVERIFY(!editor.isModified());

    // The document is the stored invoice with its number.
    auto job = editor.printJob();
    QVERIFY2(job, qPrintable(why(job)));
    QCOMPARE(job->kind, ui::PrintJob::Kind::Invoice);
    QVERIFY2(job->title.contains(expected), qPrintable(job->title));
    // The preview draws it, and Save as PDF writes the pages the preview shows.
    ui::PrintPreview preview(job.value());
    preview.previewWidget()->updatePreview();
    QCOMPARE(preview.lastError(), QString());
    QVERIFY(preview.pageCount() >= 1);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    const Result<int> written = ui::savePdf(job.value(), pdf);
    QVERIFY2(written, qPrintable(why(written)));
    QCOMPARE(written.value(), preview.pageCount());
    QVERIFY(QFileInfo(pdf).size() > 1000);

    // The next one takes the next number.
    auto second = invoices.createFromQuote(m_owner, acceptedQuote(m_pune, 1));
    QVERIFY2(second, qPrintable(why(second)));
    ui::InvoiceEditor other(*m_db, m_owner);
    QVERIFY(other.openInvoice(second->id));
    QVERIFY(other.finalizeQuestion().contains(expectedNumber(2)));
}

void TestInvoicesPane::cancelNeedsAReasonAndKeepsTheNumber() {
    const Invoice invoice = finalInvoice(m_pune);
    InvoiceService invoices(*m_db);
    ui::CancelInvoiceDialog dialog(invoices, m_owner, invoice);
    dialog.show();
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.reasonEdit()->setFocus();
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("bad"));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(!dialog.cancelInvoice());
    QVERIFY(dialog.message()->text().startsWith(QStringLiteral("Reason")));
    QCOMPARE(invoices.get(m_owner, invoice.id)->status, InvoiceStatus::Final);

    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral(" rate: billed at the old price"));
    QVERIFY(dialog.confirmButton()->isEnabled());
    click(dialog.confirmButton());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto stored = invoices.get(m_owner, invoice.id);
    QCOMPARE(stored->status, InvoiceStatus::Cancelled);
    QCOMPARE(stored->number, invoice.number);
    QCOMPARE(stored->cancelReason, QStringLiteral("bad rate: billed at the old price"));

    ui::InvoiceEditor editor(*m_db, m_owner);
    QVERIFY(editor.openInvoice(invoice.id));
    QVERIFY(editor.titleLabel()->text().contains(invoice.number));
    QCOMPARE(editor.statusBadge()->text(), invoiceStatusLabel(InvoiceStatus::Cancelled));
    QVERIFY(editor.isReadOnly());
    QVERIFY(!editor.cancelButton()->isVisible());
    QVERIFY(!editor.paymentButton()->isVisible());
    QVERIFY(!editor.cancelInvoice());
}

void TestInvoicesPane::partPaymentShowsPartlyPaidAndBalance() {
    const Invoice invoice = finalInvoice(m_pune);
    const Money part = Money::fromPaise(500000);
    QVERIFY(invoice.totals.grand > part);

    ui::InvoiceEditor editor(*m_db, m_owner);
    QAbstractItemModelTester paymentsTester(editor.paymentsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.show();
    QVERIFY(editor.openInvoice(invoice.id));
    QCOMPARE(editor.paymentsModel()->rowCount(), 0);

    bool checked = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::PaymentDialog *>(modal);
        QVERIFY(dialog);
        // The balance to start with, and what is left as the amount is typed.
        QCOMPARE(dialog->amountEdit()->text(), IndianFormat::plain(invoice.totals.grand));
        typeInto(dialog->amountEdit(), QStringLiteral("5000"));
        QVERIFY2(dialog->balanceLabel()->text().contains(
                     IndianFormat::money(invoice.totals.grand - part, IndianFormat::Symbol::Rupee)),
                 qPrintable(dialog->balanceLabel()->text()));
        dialog->modeCombo()->setCurrentIndex(dialog->modeCombo()->findData(int(PaymentMode::Upi)));
        typeInto(dialog->referenceEdit(), QStringLiteral("UPI-4412-9981"));
        checked = true;
        click(dialog->findChild<QPushButton *>(QStringLiteral("paymentRecord")));
    });
    click(editor.paymentButton());
    QVERIFY(checked);

    const Money balance = invoice.totals.grand - part;
    QCOMPARE(editor.invoice().paymentStatus, PaymentStatus::PartlyPaid);
    QCOMPARE(editor.invoice().balance, balance);
    QCOMPARE(editor.paymentBadge()->text(), paymentStatusLabel(PaymentStatus::PartlyPaid));
    QVERIFY2(editor.balanceLabel()->text().contains(IndianFormat::money(balance, IndianFormat::Symbol::Rupee)),
             qPrintable(editor.balanceLabel()->text()));
    QCOMPARE(editor.paymentsModel()->rowCount(), 1);
    QCOMPARE(editor.paymentsModel()->index(0, ui::PaymentsModel::AmountColumn).data().toString(),
             IndianFormat::money(part));
    QCOMPARE(editor.paymentsModel()->index(0, ui::PaymentsModel::ReferenceColumn).data().toString(),
             QStringLiteral("UPI-4412-9981"));
    QVERIFY(editor.outstandingLabel()->text().contains(IndianFormat::money(balance, IndianFormat::Symbol::Rupee)));
    // Paid money cannot be cancelled away.
    QVERIFY(!editor.cancelButton()->isEnabled());

    // More than the balance is refused and the dialog says so.
    InvoiceService invoices(*m_db);
    ui::PaymentDialog tooMuch(invoices, m_owner, editor.invoice());
    typeInto(tooMuch.amountEdit(), IndianFormat::plain(balance + Money::fromPaise(100)));
    QVERIFY(tooMuch.balanceLabel()->text().contains(QStringLiteral("more than the balance")));
    QVERIFY(!tooMuch.record());
    QVERIFY(!tooMuch.message()->text().isEmpty());

    // The rest settles it.
    ui::PaymentDialog rest(invoices, m_owner, editor.invoice());
    QCOMPARE(rest.amountEdit()->text(), IndianFormat::plain(balance));
    QVERIFY(rest.balanceLabel()->text().contains(QStringLiteral("settles")));
    QVERIFY2(rest.record(), qPrintable(rest.message()->text()));
    QVERIFY(editor.openInvoice(invoice.id));
    QCOMPARE(editor.invoice().paymentStatus, PaymentStatus::Paid);
    QVERIFY(!editor.paymentButton()->isEnabled());
}

void TestInvoicesPane::creditNoteAndComplaintFromAnInvoice() {
    const Invoice invoice = finalInvoice(m_pune);
    ui::InvoiceEditor editor(*m_db, m_owner);
    editor.show();
    QVERIFY(editor.openInvoice(invoice.id));

    // A complaint raised from the invoice is linked to it and to its party, fixed.
    QVERIFY(editor.complaintButton()->isVisible());
    bool complaintChecked = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::NewComplaintDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->partyId(), m_pune);
        QVERIFY2(dialog->documentCombo()->currentText().contains(invoice.number),
                 qPrintable(dialog->documentCombo()->currentText()));
        QVERIFY(!dialog->documentCombo()->isEnabled());
        complaintChecked = true;
        dialog->reject();
    });
    QVERIFY(!editor.newComplaint());
    QVERIFY(complaintChecked);

    bool creditChecked = false;
    QString creditNumber;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::CreditNoteDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->quantitySpins().size(), invoice.lines.size());
        QCOMPARE(qint64(dialog->quantitySpins().at(0)->maximum()), invoice.lines.at(0).quantity);
        dialog->quantitySpins().at(0)->setValue(100);
        dialog->reasonEdit()->setPlainText(QStringLiteral("100 boxes returned crushed"));
        QVERIFY(dialog->summaryLabel()->text().contains(
            IndianFormat::money(invoice.lines.at(0).rate * 100, IndianFormat::Symbol::Rupee)));
        creditChecked = true;
        click(dialog->issueButton());
        creditNumber = dialog->issued().number;
    });
    QVERIFY(editor.issueCreditNote());
    QVERIFY(creditChecked);
    QVERIFY2(creditNumber.startsWith(QStringLiteral("CN/")), qPrintable(creditNumber));
    QVERIFY(editor.invoice().credited.paise() > 0);
    QCOMPARE(editor.invoice().balance, editor.invoice().totals.grand - editor.invoice().credited);
    QVERIFY(editor.creditNoteButton()->isVisible());

    // The credit note opens read-only, naming the invoice it corrects.
    InvoiceService invoices(*m_db);
    auto notes = invoices.creditNotes(m_owner, invoice.id);
    QVERIFY2(notes, qPrintable(why(notes)));
    QCOMPARE(notes->size(), 1);
    ui::InvoiceEditor note(*m_db, m_owner);
    note.show();
    QVERIFY(note.openInvoice(notes->first().id));
    QCOMPARE(note.titleLabel()->text(), QStringLiteral("Credit note %1").arg(creditNumber));
    QVERIFY(note.isReadOnly());
    QVERIFY(!note.paymentButton()->isVisible());
    QVERIFY(!note.creditNoteButton()->isVisible());
    QVERIFY(!note.cancelButton()->isVisible());
    auto job = note.printJob();
    QVERIFY2(job, qPrintable(why(job)));

    // The list shows it as a credit note.
    ui::InvoicesPane pane(*m_db, m_owner);
    pane.statusCombo()->setCurrentIndex(pane.statusCombo()->count() - 1);
    QCOMPARE(pane.model()->rowCount(), 1);
    QVERIFY(pane.model()->index(0, ui::InvoiceListModel::NumberColumn).data().toString().startsWith(creditNumber));
}

void TestInvoicesPane::blankInvoiceForAParty() {
    ui::InvoiceEditor editor(*m_db, m_owner);
    editor.show();
    QVERIFY(editor.newBlank(m_pune));
    QCOMPARE(editor.titleLabel()->text(), QStringLiteral("New invoice"));
    QCOMPARE(editor.partyPicker()->party().id, m_pune);
    QVERIFY(editor.gstRateSpin()->value() > 0);
    click(editor.addLineButton());
    ui::InvoiceLinesModel *lines = editor.linesModel();
    QVERIFY(lines->setData(lines->index(0, ui::InvoiceLinesModel::ItemColumn), QStringLiteral("Corrugated sheets")));
    QVERIFY(lines->setData(lines->index(0, ui::InvoiceLinesModel::QuantityColumn), QStringLiteral("500")));
    QVERIFY(lines->setData(lines->index(0, ui::InvoiceLinesModel::RateColumn), QStringLiteral("8")));
    QCOMPARE(lines->index(0, ui::InvoiceLinesModel::TaxableColumn).data().toString(), QStringLiteral("4,000.00"));
    QVERIFY2(editor.save(), qPrintable(editor.message()->text()));
    QVERIFY(editor.invoice().id > 0);
    QCOMPARE(editor.invoice().quoteId, qint64(0));
    QCOMPARE(editor.invoice().lines.size(), 1);
    QCOMPARE(editor.titleLabel()->text(), QStringLiteral("Draft invoice"));

    // From the pane: Blank invoice in the New invoice dialog opens an empty one on the date chosen there.
    ui::InvoicesPane pane(*m_db, m_owner);
    pane.show();
    const QDate date = QDate::currentDate().addDays(-1);
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::NewInvoiceDialog *>(modal);
        QVERIFY(dialog);
        dialog->blankRadio()->setChecked(true);
        QVERIFY(!dialog->quoteList()->isEnabled());
        dialog->dateEdit()->setDate(date);
        click(dialog->createButton());
    });
    ui::InvoiceEditor *blank = pane.newInvoice();
    QVERIFY(blank);
    QCOMPARE(blank->invoice().id, qint64(0));
    QCOMPARE(blank->titleLabel()->text(), QStringLiteral("New invoice"));
    QCOMPARE(blank->dateEdit()->date(), date);
    QVERIFY(!blank->partyPicker()->hasParty());
    QVERIFY(!blank->finalizeButton()->isEnabled());
}

void TestInvoicesPane::listFilters() {
    const QDate today = QDate::currentDate();
    const Invoice punePaid = finalInvoice(m_pune, today.addDays(-40));
    const Invoice puneOpen = finalInvoice(m_pune, today.addDays(-10));
    const Invoice bengaluru = finalInvoice(m_bengaluru, today.addDays(-5));
    InvoiceService invoices(*m_db);
    NewPayment payment;
    payment.invoiceId = punePaid.id;
    payment.amount = punePaid.totals.grand;
    payment.date = today;
    QVERIFY(invoices.recordPayment(m_owner, payment).ok());
    auto draft = invoices.createFromQuote(m_owner, acceptedQuote(m_bengaluru, 1));
    QVERIFY2(draft, qPrintable(why(draft)));

    ui::InvoicesPane pane(*m_db, m_owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.show();
    ui::InvoiceListModel *model = pane.model();
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("4")));
    QVERIFY(column(*model, ui::InvoiceListModel::NumberColumn).contains(QStringLiteral("Draft")));

    // Status.
    pane.statusCombo()->setCurrentIndex(pane.statusCombo()->findData(int(InvoiceStatus::Draft)));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), draft->id);
    pane.statusCombo()->setCurrentIndex(pane.statusCombo()->findData(int(InvoiceStatus::Final)));
    QCOMPARE(model->rowCount(), 3);

    // Unpaid.
    click(pane.unpaidCheck());
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->rowOfId(punePaid.id) < 0);
    QCOMPARE(model->index(model->rowOfId(puneOpen.id), ui::InvoiceListModel::PaymentColumn).data().toString(),
             paymentStatusLabel(PaymentStatus::Unpaid));

    // Party.
    QVERIFY(pane.partyFilter()->chooseId(m_bengaluru));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), bengaluru.id);
    pane.clearFilters();
    QCOMPARE(model->rowCount(), 4);

    // Date range.
    pane.fromEdit()->setDate(today.addDays(-45));
    pane.toEdit()->setDate(today.addDays(-20));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), punePaid.id);
    QCOMPARE(model->index(0, ui::InvoiceListModel::PaymentColumn).data().toString(),
             paymentStatusLabel(PaymentStatus::Paid));
    pane.clearFilters();

    // Search by number and by party.
    typeInto(pane.searchEdit(), bengaluru.number);
    pane.applyFilter();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), bengaluru.id);
    typeInto(pane.searchEdit(), QStringLiteral("Apple Exports"));
    pane.applyFilter();
    QCOMPARE(model->rowCount(), 2);
    typeInto(pane.searchEdit(), QStringLiteral("nobody-like-this"));
    pane.applyFilter();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("No invoice matches")));
    pane.clearFilters();
    QCOMPARE(model->rowCount(), 4);

    // Paging: one row per page still reaches every invoice.
    model->setPageSize(1);
    model->reload();
    QCOMPARE(model->rowCount(), 1);
    model->fetchUntil(10);
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(model->atEnd());
}

void TestInvoicesPane::staffAndViewerSeeOnlyWhatTheyMayDo() {
    const Invoice issued = finalInvoice(m_pune);
    InvoiceService invoices(*m_db);
    auto draft = invoices.createFromQuote(m_owner, acceptedQuote(m_pune, 1));
    QVERIFY2(draft, qPrintable(why(draft)));

    // Staff edit drafts and record payments; finalising, cancelling and credit notes are for owners and admins.
    const Session staff = sessionWithRole(role::Staff, QStringLiteral("asha"));
    ui::InvoiceEditor staffDraft(*m_db, staff);
    staffDraft.show();
    QVERIFY(staffDraft.openInvoice(draft->id));
    QVERIFY(!staffDraft.isReadOnly());
    QVERIFY(staffDraft.saveButton()->isVisible());
    QVERIFY(!staffDraft.finalizeButton()->isVisible());
    ui::InvoiceEditor staffFinal(*m_db, staff);
    staffFinal.show();
    QVERIFY(staffFinal.openInvoice(issued.id));
    QVERIFY(staffFinal.paymentButton()->isVisible());
    QVERIFY(!staffFinal.cancelButton()->isVisible());
    QVERIFY(!staffFinal.creditNoteButton()->isVisible());

    // A viewer reads: no New invoice, a draft shown read-only, no actions but the documents.
    const Session viewer = sessionWithRole(role::Viewer, QStringLiteral("guest"));
    ui::InvoicesPane pane(*m_db, viewer);
    pane.show();
    QVERIFY(!pane.newButton()->isVisible());
    QCOMPARE(pane.model()->rowCount(), 2);
    ui::InvoiceEditor viewerDraft(*m_db, viewer);
    viewerDraft.show();
    QVERIFY(viewerDraft.openInvoice(draft->id));
    QVERIFY(viewerDraft.isReadOnly());
    QVERIFY(!(viewerDraft.linesModel()->flags(viewerDraft.linesModel()->index(0, 0)) & Qt::ItemIsEditable));
    for (QPushButton *b : {viewerDraft.saveButton(), viewerDraft.finalizeButton(), viewerDraft.paymentButton(),
                           viewerDraft.cancelButton(), viewerDraft.creditNoteButton(), viewerDraft.addLineButton()})
        QVERIFY2(!b->isVisible(), qPrintable(b->objectName()));
    QVERIFY(viewerDraft.previewButton()->isEnabled());
}

// ---- Company profile ------------------------------------------------------------------------------------

void TestInvoicesPane::companyProfileValidatesAndNamesTheField() {
    ui::CompanyProfileDialog dialog(*m_db, m_owner);
    dialog.show();
    QCOMPARE(dialog.lineEdit(QStringLiteral("name"))->text(), QStringLiteral("Shree Ganesh Packaging"));
    QCOMPARE(dialog.lineEdit(QStringLiteral("bankIfsc"))->text(), QStringLiteral("HDFC0001234"));
    QVERIFY(!dialog.lockNote()->isVisible());

    // A GSTIN with the wrong check character: said as it is typed, refused on save naming the field.
    QLineEdit *gstin = dialog.lineEdit(QStringLiteral("gstin"));
    typeInto(gstin, QStringLiteral("27AABCU9603R1ZM"));
    QVERIFY2(dialog.gstinFeedback()->text().contains(QStringLiteral("check character")),
             qPrintable(dialog.gstinFeedback()->text()));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("GSTIN:")), qPrintable(dialog.message()->text()));
    QVERIFY(ui::FieldMark::isMarked(gstin));

    // A valid one fills the PAN and the state and locks them to it.
    typeInto(gstin, QStringLiteral("29AAGCB7383J1Z4"));
    QVERIFY(!ui::FieldMark::isMarked(gstin));
    QCOMPARE(dialog.lineEdit(QStringLiteral("pan"))->text(), QStringLiteral("AAGCB7383J"));
    QCOMPARE(dialog.stateCombo()->currentData().toString(), QStringLiteral("29"));
    QVERIFY(!dialog.stateCombo()->isEnabled());
    QVERIFY(dialog.lineEdit(QStringLiteral("pan"))->isReadOnly());

    // Templates are checked as they are typed, with the next number shown.
    ui::NumberTemplateField *invoiceTemplate = dialog.templateField(QStringLiteral("invoiceTemplate"));
    QVERIFY2(invoiceTemplate->feedback().contains(expectedNumber(1)), qPrintable(invoiceTemplate->feedback()));
    // Quotes and credit notes show their own next numbers from their counters.
    for (const QString &field : {QStringLiteral("quoteTemplate"), QStringLiteral("creditNoteTemplate")}) {
        const QString feedback = dialog.templateField(field)->feedback();
        QVERIFY2(feedback.startsWith(QStringLiteral("Next number: ")), qPrintable(feedback));
    }
    typeInto(invoiceTemplate->lineEdit(), QStringLiteral("GANESH-INV/{FY}/{seq:5}"));
    QVERIFY(!invoiceTemplate->isAcceptable());
    QVERIFY2(invoiceTemplate->feedback().contains(QStringLiteral("16")), qPrintable(invoiceTemplate->feedback()));
    QVERIFY(dialog.save() == false);
    QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("Invoice numbers:")),
             qPrintable(dialog.message()->text()));
    QVERIFY(ui::FieldMark::isMarked(invoiceTemplate->lineEdit()));
    typeInto(invoiceTemplate->lineEdit(), QStringLiteral("GP/{FY}/{seq:4}"));
    QVERIFY(invoiceTemplate->isAcceptable());
    QVERIFY2(invoiceTemplate->feedback().contains(QStringLiteral("Next number: GP/")),
             qPrintable(invoiceTemplate->feedback()));

    // The service's own checks are named the same way.
    typeInto(dialog.lineEdit(QStringLiteral("bankIfsc")), QStringLiteral("HDFC1234"));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("IFSC:")), qPrintable(dialog.message()->text()));
    typeInto(dialog.lineEdit(QStringLiteral("bankIfsc")), QStringLiteral("HDFC0001234"));
    typeInto(dialog.lineEdit(QStringLiteral("upiId")), QStringLiteral("not a upi id"));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("UPI ID:")), qPrintable(dialog.message()->text()));
    typeInto(dialog.lineEdit(QStringLiteral("upiId")), QStringLiteral("ganeshpack@okhdfcbank"));
    typeInto(dialog.lineEdit(QStringLiteral("pin")), QStringLiteral("0110"));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("PIN code:")), qPrintable(dialog.message()->text()));
    typeInto(dialog.lineEdit(QStringLiteral("pin")), QStringLiteral("560058"));

    // A logo file is converted to the stored PNG and previewed.
    QTemporaryDir dir;
    QImage photo(1800, 900, QImage::Format_RGB32);
    photo.fill(QColor(0x1e, 0x5f, 0xa8));
    const QString photoPath = dir.filePath(QStringLiteral("logo.jpg"));
    QVERIFY(photo.save(photoPath));
    QVERIFY(dialog.logoPicker()->loadFile(photoPath));
    QVERIFY(dialog.logoPicker()->image().width() <= CompanyService::kLogoMaxWidth);
    QVERIFY(!dialog.logoPicker()->preview()->pixmap().isNull());
    QString error;
    const QString notImage = dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notImage);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    QVERIFY(!dialog.logoPicker()->loadFile(notImage, &error));
    QVERIFY(!error.isEmpty());

    QVERIFY2(dialog.save(), qPrintable(dialog.message()->text()));
    CompanyService company(*m_db);
    auto stored = company.get(m_owner);
    QCOMPARE(stored->gstin, QStringLiteral("29AAGCB7383J1Z4"));
    QCOMPARE(stored->stateCode, QStringLiteral("29"));
    QCOMPARE(stored->invoiceTemplate, QStringLiteral("GP/{FY}/{seq:4}"));
    QCOMPARE(stored->pin, QStringLiteral("560058"));
    QVERIFY(!stored->logoPng.isEmpty());
}

void TestInvoicesPane::companyProfileLocksIdentityForAdmins() {
    const Session admin = adminSession();
    QVERIFY(admin.can(perm::SettingsEdit));
    {
        ui::CompanyProfileDialog before(*m_db, admin);
        QVERIFY(before.identityEditable());
        QVERIFY(!before.lineEdit(QStringLiteral("name"))->isReadOnly());
    }
    finalInvoice(m_pune);

    ui::CompanyProfileDialog dialog(*m_db, admin);
    dialog.show();
    QVERIFY(dialog.profile().identityLocked);
    QVERIFY(!dialog.identityEditable());
    QVERIFY(dialog.lockNote()->isVisible());
    QVERIFY(dialog.lockNote()->text().contains(QStringLiteral("owner")));
    QVERIFY(dialog.lineEdit(QStringLiteral("name"))->isReadOnly());
    QVERIFY(dialog.lineEdit(QStringLiteral("gstin"))->isReadOnly());
    QVERIFY(dialog.lineEdit(QStringLiteral("pan"))->isReadOnly());
    QVERIFY(!dialog.stateCombo()->isEnabled());
    // Everything else stays editable for the admin.
    QVERIFY(!dialog.lineEdit(QStringLiteral("bankName"))->isReadOnly());
    typeInto(dialog.lineEdit(QStringLiteral("bankBranch")), QStringLiteral("Chakan"));
    QVERIFY2(dialog.save(), qPrintable(dialog.message()->text()));

    // The owner may still correct the identity, told that it is audited.
    ui::CompanyProfileDialog owner(*m_db, m_owner);
    owner.show();
    QVERIFY(owner.identityEditable());
    QVERIFY(owner.lockNote()->isVisible());
    QVERIFY(owner.lockNote()->text().contains(QStringLiteral("audit")));
    QVERIFY(!owner.lineEdit(QStringLiteral("name"))->isReadOnly());

    // Closing with a change asks first; Cancel keeps the dialog and the change.
    QVERIFY(!owner.isModified());
    typeInto(owner.lineEdit(QStringLiteral("signatory")), QStringLiteral("Ravi K."));
    QVERIFY(owner.isModified());
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Save the changes")));
        clickButtonWithRole(box, QMessageBox::RejectRole);
    });
    owner.reject();
    QVERIFY(owner.isVisible());
    QCOMPARE(owner.lineEdit(QStringLiteral("signatory"))->text(), QStringLiteral("Ravi K."));
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        clickButtonWithRole(box, QMessageBox::AcceptRole);
    });
    owner.reject();
    QCOMPARE(owner.result(), int(QDialog::Accepted));
    CompanyService company(*m_db);
    QCOMPARE(company.get(m_owner)->signatory, QStringLiteral("Ravi K."));

    // The Settings pane opens the dialog and summarises the profile.
    ui::SettingsPane pane(*m_db, m_owner);
    QVERIFY(pane.summaryLabel()->text().contains(QStringLiteral("Shree Ganesh Packaging")));
    QVERIFY(pane.summaryLabel()->text().contains(QStringLiteral("locked")));
}

// ---- Quote editor ---------------------------------------------------------------------------------------

void TestInvoicesPane::quoteEditorPrintsAndMakesInvoice() {
    const qint64 quoteId = acceptedQuote(m_pune, 2);
    ui::QuoteEditor editor(*m_db, m_owner);
    editor.show();
    QVERIFY(editor.openQuote(quoteId));
    QVERIFY(editor.printButton()->isEnabled());
    auto job = editor.printJob();
    QVERIFY2(job, qPrintable(why(job)));
    QCOMPARE(job->kind, ui::PrintJob::Kind::Quote);
    QVERIFY2(job->title.contains(editor.number()), qPrintable(job->title));
    QTemporaryDir dir;
    const Result<int> written = ui::savePdf(job.value(), dir.filePath(QStringLiteral("quote.pdf")));
    QVERIFY2(written, qPrintable(why(written)));
    QVERIFY(written.value() >= 1);
    QVERIFY(editor.makeInvoiceButton()->isVisible());

    bool picked = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::NewInvoiceDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->itemList()->count(), 2);
        picked = true;
        click(dialog->createButton());
    });
    QSignalSpy created(&editor, &ui::QuoteEditor::invoiceCreated);
    const qint64 invoiceId = editor.makeInvoice();
    QVERIFY(picked);
    QVERIFY(invoiceId > 0);
    QCOMPARE(created.count(), 1);
    InvoiceService invoices(*m_db);
    auto invoice = invoices.get(m_owner, invoiceId);
    QCOMPARE(invoice->quoteId, quoteId);
    QCOMPARE(invoice->lines.size(), 2);

    // A quote that is not accepted offers no invoice; a new one has nothing to print.
    ui::QuoteEditor fresh(*m_db, m_owner);
    fresh.newQuote(m_pune);
    QVERIFY(!fresh.makeInvoiceButton()->isVisible());
    QVERIFY(!fresh.printButton()->isEnabled());
    QVERIFY(!fresh.printJob().ok());
}

// ---- Looks ----------------------------------------------------------------------------------------------

void TestInvoicesPane::screensAt1080x700() {
    const QDate today = QDate::currentDate();
    const Invoice paid = finalInvoice(m_pune, today.addDays(-30));
    finalInvoice(m_bengaluru, today.addDays(-12));
    const Invoice open = finalInvoice(m_pune, today.addDays(-2));
    InvoiceService invoices(*m_db);
    NewPayment payment;
    payment.invoiceId = paid.id;
    payment.amount = paid.totals.grand;
    QVERIFY(invoices.recordPayment(m_owner, payment).ok());
    payment.invoiceId = open.id;
    payment.amount = Money::fromPaise(300000);
    payment.mode = PaymentMode::Cheque;
    payment.reference = QStringLiteral("CHQ 004512");
    QVERIFY(invoices.recordPayment(m_owner, payment).ok());
    auto draft = invoices.createFromQuote(m_owner, acceptedQuote(m_bengaluru, 3));
    QVERIFY2(draft, qPrintable(why(draft)));

    ui::InvoicesPane pane(*m_db, m_owner);
    pane.resize(1080, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.model()->rowCount(), 4);
    // Everything fits: no column runs off the right edge.
    const QTableView *view = pane.view();
    int width = 0;
    for (int c = 0; c < pane.model()->columnCount(); ++c)
        width += view->columnWidth(c);
    QVERIFY2(width <= view->viewport()->width(), qPrintable(QString::number(width)));

    ui::InvoiceEditor draftEditor(*m_db, m_owner);
    draftEditor.resize(1080, 700);
    draftEditor.show();
    QVERIFY(draftEditor.openInvoice(draft->id));
    QVERIFY(QTest::qWaitForWindowExposed(&draftEditor));
    QVERIFY(draftEditor.minimumSizeHint().width() <= 1080);
    QVERIFY(draftEditor.minimumSizeHint().height() <= 700);

    ui::InvoiceEditor finalEditor(*m_db, m_owner);
    finalEditor.resize(1080, 700);
    finalEditor.show();
    QVERIFY(finalEditor.openInvoice(open.id));
    QVERIFY(QTest::qWaitForWindowExposed(&finalEditor));

    ui::CompanyProfileDialog profile(*m_db, m_owner);
    profile.resize(1080, 700);
    profile.show();
    QVERIFY(QTest::qWaitForWindowExposed(&profile));
    QVERIFY(profile.minimumSizeHint().height() <= 700);

    const QString dir = qEnvironmentVariable("BOXCOST_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(pane.grab().save(dir + QStringLiteral("/invoices-pane.png")));
        QVERIFY(draftEditor.grab().save(dir + QStringLiteral("/invoice-draft.png")));
        finalEditor.tabs()->setCurrentIndex(3);
        QVERIFY(finalEditor.grab().save(dir + QStringLiteral("/invoice-final.png")));
        QVERIFY(profile.grab().save(dir + QStringLiteral("/company-profile.png")));
        ui::CompanyProfileDialog locked(*m_db, adminSession());
        locked.resize(1080, 700);
        locked.show();
        QVERIFY(QTest::qWaitForWindowExposed(&locked));
        QVERIFY(locked.grab().save(dir + QStringLiteral("/company-profile-admin.png")));
        ui::SettingsPane settings(*m_db, m_owner);
        settings.resize(1080, 700);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QVERIFY(settings.grab().save(dir + QStringLiteral("/settings-pane.png")));
        ui::PaymentDialog pay(invoices, m_owner, finalEditor.invoice());
        pay.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pay));
        QVERIFY(pay.grab().save(dir + QStringLiteral("/invoice-payment.png")));
        ui::NewInvoiceDialog create(*m_db, invoices, m_owner);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        create.quoteList()->setCurrentRow(0);
        QVERIFY(create.grab().save(dir + QStringLiteral("/invoice-new.png")));
    }
}

QTEST_MAIN(TestInvoicesPane)
#include "tst_invoices_pane.moc"
