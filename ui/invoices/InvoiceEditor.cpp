#include "invoices/InvoiceEditor.h"

#include "accounts/MessageLabel.h"
#include "calculator/FieldMark.h"
#include "common/EditorWindow.h"
#include "common/PaneShortcuts.h"
#include "documents/DocumentOutput.h"
#include "invoices/CancelInvoiceDialog.h"
#include "invoices/CreditNoteDialog.h"
#include "invoices/InvoiceLinesModel.h"
#include "invoices/InvoiceListModel.h"
#include "invoices/PaymentDialog.h"
#include "invoices/PaymentsModel.h"
#include "money/Gstin.h"
#include "money/IndianFormat.h"
#include "parties/PartyPicker.h"
#include "quotes/QuoteTotalsView.h"
#include "services/DocumentBuilder.h"
#include "services/InvoiceService.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "tickets/NewComplaintDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

// The earliest day the optional date fields offer; it stands for "not stated".
const QDate kNoDate(2000, 1, 1);

QDateEdit *dateField(const QString &name, bool optional, QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    if (optional) {
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(InvoiceEditor::tr("Not stated"));
        edit->setDate(kNoDate);
    }
    return edit;
}

QDate optionalDate(const QDateEdit *edit) {
    return edit->date() == kNoDate ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit *edit, const QDate &date) {
    edit->setDate(date.isValid() ? date : kNoDate);
}

QString chipStyle(const QColor &fg) {
    const QColor bg = QColor::fromHsl(fg.hslHue(), qMax(0, fg.hslSaturation()), 236);
    return QStringLiteral(
               "QLabel { color: %1; background: %2; border-radius: 9px; padding: 2px 10px; font-weight: bold; }")
        .arg(fg.name(), bg.name());
}

QString dateText(const QDate &date) {
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

InvoiceEditor::InvoiceEditor(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_invoices(std::make_unique<InvoiceService>(db)),
      m_parties(std::make_unique<PartyService>(db)) {
    build();
}

InvoiceEditor::~InvoiceEditor() = default;

InvoiceEditor *InvoiceEditor::openWindow(Database &db, const Session &session, qint64 invoiceId, QWidget *parent) {
    return openEditorWindow<InvoiceEditor>(
        invoiceId, [](const InvoiceEditor &editor) { return editor.invoice().id; }, QSize(1080, 700),
        [&] { return new InvoiceEditor(db, session, parent); },
        [invoiceId](InvoiceEditor &editor) {
            if (invoiceId > 0)
                editor.openInvoice(invoiceId);
            else
                editor.newBlank();
        });
}

// ---- Building -------------------------------------------------------------------------------------------

void InvoiceEditor::build() {
    setObjectName(QStringLiteral("invoiceEditor"));
    setStyleSheet(FieldMark::styleSheet() +
                  QStringLiteral("QLabel#invoiceTitle { font-size: 15pt; font-weight: bold; }"
                                 "QLabel#invoiceBalance { font-weight: bold; }"
                                 "QLineEdit[readOnly=\"true\"], QAbstractSpinBox[readOnly=\"true\"],"
                                 " QPlainTextEdit[readOnly=\"true\"] { background: #f1f3f5; color: #37474f; }"
                                 "QPushButton#invoiceFinalize { font-weight: bold; padding: 4px 14px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(buildDetails());
    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    middle->addWidget(buildTabs(), 1);
    middle->addWidget(buildSide());
    layout->addLayout(middle, 1);
    layout->addWidget(buildFooter());
    buildShortcuts();
    updateEnabled();
}

QWidget *InvoiceEditor::buildHeader() {
    auto *header = new QWidget(this);
    m_title = new QLabel(tr("New invoice"), header);
    m_title->setObjectName(QStringLiteral("invoiceTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusBadge = new QLabel(header);
    m_statusBadge->setObjectName(QStringLiteral("invoiceStatus"));
    m_paymentBadge = new QLabel(header);
    m_paymentBadge->setObjectName(QStringLiteral("invoicePayment"));
    m_source = new QLabel(header);
    m_source->setObjectName(QStringLiteral("invoiceSource"));
    QPalette dim = m_source->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_source->setPalette(dim);

    m_preview = new QPushButton(tr("Pre&view"), header);
    m_preview->setObjectName(QStringLiteral("invoicePreview"));
    m_preview->setToolTip(tr("Print preview, with the layout and optional sections"));
    m_print = new QPushButton(tr("&Print\u2026"), header);
    m_print->setObjectName(QStringLiteral("invoicePrint"));
    m_print->setToolTip(tr("Print (Ctrl+P)"));
    m_pdf = new QPushButton(tr("Save as P&DF\u2026"), header);
    m_pdf->setObjectName(QStringLiteral("invoicePdf"));
    connect(m_preview, &QPushButton::clicked, this, &InvoiceEditor::printPreview);
    connect(m_print, &QPushButton::clicked, this, &InvoiceEditor::print);
    connect(m_pdf, &QPushButton::clicked, this, &InvoiceEditor::saveAsPdf);

    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    row->addWidget(m_title);
    row->addWidget(m_statusBadge);
    row->addWidget(m_paymentBadge);
    row->addWidget(m_source);
    row->addStretch();
    row->addWidget(m_preview);
    row->addWidget(m_print);
    row->addWidget(m_pdf);
    return header;
}

QWidget *InvoiceEditor::buildDetails() {
    auto *box = new QWidget(this);
    m_picker = new PartyPicker(*m_parties, m_session, box);
    m_picker->setObjectName(QStringLiteral("invoiceParty"));
    connect(m_picker, &PartyPicker::partyChosen, this, [this] {
        updateOutstanding();
        edited();
    });
    m_outstanding = new QLabel(box);
    m_outstanding->setObjectName(QStringLiteral("invoiceOutstanding"));
    m_outstanding->setWordWrap(true);

    m_date = dateField(QStringLiteral("invoiceDate"), false, box);
    m_dueDate = dateField(QStringLiteral("invoiceDueDate"), true, box);
    m_poNumber = new QLineEdit(box);
    m_poNumber->setObjectName(QStringLiteral("invoicePoNumber"));
    m_poNumber->setMaxLength(60);
    m_poDate = dateField(QStringLiteral("invoicePoDate"), true, box);
    m_gstRate = new QDoubleSpinBox(box);
    m_gstRate->setObjectName(QStringLiteral("invoiceGstRate"));
    m_gstRate->setRange(0, 28);
    m_gstRate->setDecimals(2);
    m_gstRate->setSuffix(QStringLiteral(" %"));
    m_roundOff = new QCheckBox(tr("Round &off to the rupee"), box);
    m_roundOff->setObjectName(QStringLiteral("invoiceRoundOff"));
    m_reverseCharge = new QCheckBox(tr("Re&verse charge"), box);
    m_reverseCharge->setObjectName(QStringLiteral("invoiceReverseCharge"));
    m_supply = new QLabel(box);
    m_supply->setObjectName(QStringLiteral("invoiceSupply"));

    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    auto caption = [box](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, box);
        label->setBuddy(buddy);
        return label;
    };
    grid->addWidget(caption(tr("P&arty"), m_picker->searchEdit()), 0, 0);
    grid->addWidget(m_picker, 0, 1, 1, 5);
    grid->addWidget(m_outstanding, 0, 6, 1, 2);
    grid->addWidget(caption(tr("&Date"), m_date), 1, 0);
    grid->addWidget(m_date, 1, 1);
    grid->addWidget(caption(tr("D&ue"), m_dueDate), 1, 2);
    grid->addWidget(m_dueDate, 1, 3);
    grid->addWidget(caption(tr("P&O no."), m_poNumber), 1, 4);
    grid->addWidget(m_poNumber, 1, 5);
    grid->addWidget(caption(tr("PO da&te"), m_poDate), 1, 6);
    grid->addWidget(m_poDate, 1, 7);
    grid->addWidget(caption(tr("&GST rate"), m_gstRate), 2, 0);
    grid->addWidget(m_gstRate, 2, 1);
    grid->addWidget(m_roundOff, 2, 2, 1, 2);
    grid->addWidget(m_reverseCharge, 2, 4, 1, 2);
    grid->addWidget(m_supply, 2, 6, 1, 2);
    grid->setColumnStretch(5, 1);
    grid->setColumnStretch(7, 1);

    for (QDateEdit *d : {m_date, m_dueDate, m_poDate})
        connect(d, &QDateEdit::dateChanged, this, &InvoiceEditor::edited);
    connect(m_poNumber, &QLineEdit::textEdited, this, &InvoiceEditor::edited);
    connect(m_gstRate, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &InvoiceEditor::edited);
    connect(m_roundOff, &QCheckBox::toggled, this, &InvoiceEditor::edited);
    connect(m_reverseCharge, &QCheckBox::toggled, this, &InvoiceEditor::edited);
    return box;
}

QWidget *InvoiceEditor::buildTabs() {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("invoiceTabs"));

    // Lines.
    auto *linesPage = new QWidget(m_tabs);
    m_lines = new InvoiceLinesModel(this);
    m_linesView = new QTableView(linesPage);
    m_linesView->setObjectName(QStringLiteral("invoiceLines"));
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_linesView->setAlternatingRowColors(true);
    m_linesView->setWordWrap(false);
    m_linesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_linesView->verticalHeader()->setDefaultSectionSize(m_linesView->fontMetrics().height() + 10);
    m_linesView->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::DescriptionColumn, QHeaderView::Stretch);
    const int em = m_linesView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_linesView->setColumnWidth(InvoiceLinesModel::ItemColumn, 11 * em);
    m_linesView->setColumnWidth(InvoiceLinesModel::HsnColumn, 4 * em);
    m_linesView->setColumnWidth(InvoiceLinesModel::QuantityColumn, 5 * em);
    m_linesView->setColumnWidth(InvoiceLinesModel::UnitColumn, 3 * em);
    m_linesView->setColumnWidth(InvoiceLinesModel::RateColumn, 5 * em);
    m_linesView->setColumnWidth(InvoiceLinesModel::TaxableColumn, 7 * em);
    m_linesView->setColumnWidth(InvoiceLinesModel::GstColumn, 6 * em);
    m_linesView->setColumnWidth(InvoiceLinesModel::TotalColumn, 7 * em);
    connect(m_lines, &InvoiceLinesModel::linesEdited, this, &InvoiceEditor::edited);
    connect(m_lines, &InvoiceLinesModel::refused, this,
            [this](const QString &message) { m_message->showError(message); });
    connect(m_lines, &InvoiceLinesModel::linesEdited, this, [this] {
        // A corrected line takes away the complaint about it.
        if (m_message->tone() == MessageLabel::Tone::Error)
            m_message->clearMessage();
    });
    m_addLine = new QPushButton(tr("&Add line"), linesPage);
    m_addLine->setObjectName(QStringLiteral("invoiceAddLine"));
    m_removeLine = new QPushButton(tr("&Remove line"), linesPage);
    m_removeLine->setObjectName(QStringLiteral("invoiceRemoveLine"));
    connect(m_addLine, &QPushButton::clicked, this, [this] {
        const int row = m_lines->appendLine();
        m_linesView->setCurrentIndex(m_lines->index(row, InvoiceLinesModel::ItemColumn));
        m_linesView->edit(m_linesView->currentIndex());
    });
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_linesView->currentIndex();
        if (current.isValid())
            m_lines->removeLine(current.row());
    });
    connect(m_linesView->selectionModel(), &QItemSelectionModel::currentChanged, this, &InvoiceEditor::updateEnabled);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    auto *hint = new QLabel(tr("Double-click a cell or start typing to change it; hover an item for its size and "
                               "paper."),
                            linesPage);
    QPalette dim = hint->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    hint->setPalette(dim);
    lineButtons->addWidget(hint);
    auto *linesLayout = new QVBoxLayout(linesPage);
    linesLayout->setContentsMargins(6, 6, 6, 6);
    linesLayout->addWidget(m_linesView, 1);
    linesLayout->addLayout(lineButtons);
    m_tabs->addTab(linesPage, tr("&Lines"));

    // Ship to.
    auto *shipPage = new QWidget(m_tabs);
    m_shipTo = new QCheckBox(tr("&Ship to an address other than the billing address"), shipPage);
    m_shipTo->setObjectName(QStringLiteral("invoiceShipTo"));
    m_shipFields = new QWidget(shipPage);
    auto *shipForm = new QGridLayout(m_shipFields);
    shipForm->setContentsMargins(0, 0, 0, 0);
    const struct {
        const char *field;
        QString label;
        int row;
        int column;
    } shipFields[] = {
        {"name", tr("Name"), 0, 0},    {"company", tr("Company"), 0, 2}, {"line1", tr("Address"), 1, 0},
        {"line2", tr("Line 2"), 1, 2}, {"city", tr("City"), 2, 0},       {"pin", tr("PIN code"), 2, 2},
        {"gstin", tr("GSTIN"), 3, 2},
    };
    for (const auto &f : shipFields) {
        auto *edit = new QLineEdit(m_shipFields);
        edit->setObjectName(QStringLiteral("shipTo_%1").arg(QLatin1String(f.field)));
        m_shipEdits.insert(QLatin1String(f.field), edit);
        auto *label = new QLabel(f.label, m_shipFields);
        label->setBuddy(edit);
        shipForm->addWidget(label, f.row, f.column);
        shipForm->addWidget(edit, f.row, f.column + 1);
        connect(edit, &QLineEdit::textEdited, this, &InvoiceEditor::edited);
    }
    m_shipState = new QComboBox(m_shipFields);
    m_shipState->setObjectName(QStringLiteral("shipTo_state"));
    m_shipState->addItem(tr("Choose the state"), QString());
    for (const IndianState &s : Gstin::states())
        m_shipState->addItem(QStringLiteral("%1 %2").arg(s.code, s.name), s.code);
    connect(m_shipState, qOverload<int>(&QComboBox::activated), this, &InvoiceEditor::edited);
    auto *stateLabel = new QLabel(tr("State"), m_shipFields);
    stateLabel->setBuddy(m_shipState);
    shipForm->addWidget(stateLabel, 3, 0);
    shipForm->addWidget(m_shipState, 3, 1);
    shipForm->setColumnStretch(1, 1);
    shipForm->setColumnStretch(3, 1);
    connect(m_shipTo, &QCheckBox::toggled, this, [this](bool on) {
        m_shipFields->setEnabled(on && !isReadOnly());
        edited();
    });
    auto *shipLayout = new QVBoxLayout(shipPage);
    shipLayout->addWidget(m_shipTo);
    shipLayout->addWidget(m_shipFields);
    shipLayout->addStretch();
    m_tabs->addTab(shipPage, tr("S&hip to"));

    // Terms and notes.
    auto *termsPage = new QWidget(m_tabs);
    m_terms = new QPlainTextEdit(termsPage);
    m_terms->setObjectName(QStringLiteral("invoiceTerms"));
    m_terms->setTabChangesFocus(true);
    m_terms->setPlaceholderText(tr("Empty: the company's default terms are printed"));
    m_notes = new QPlainTextEdit(termsPage);
    m_notes->setObjectName(QStringLiteral("invoiceNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("For the shop only; not printed"));
    connect(m_terms, &QPlainTextEdit::textChanged, this, &InvoiceEditor::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &InvoiceEditor::edited);
    auto *termsForm = new QFormLayout(termsPage);
    termsForm->addRow(tr("Terms"), m_terms);
    termsForm->addRow(tr("Notes"), m_notes);
    m_tabs->addTab(termsPage, tr("&Terms and notes"));

    // Payments.
    auto *paymentsPage = new QWidget(m_tabs);
    m_payments = new PaymentsModel(this);
    m_paymentsView = new QTableView(paymentsPage);
    m_paymentsView->setObjectName(QStringLiteral("invoicePayments"));
    m_paymentsView->setModel(m_payments);
    m_paymentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paymentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_paymentsView->verticalHeader()->hide();
    m_paymentsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_paymentsView->horizontalHeader()->setSectionResizeMode(PaymentsModel::ReferenceColumn, QHeaderView::Stretch);
    auto *paymentsLayout = new QVBoxLayout(paymentsPage);
    paymentsLayout->setContentsMargins(6, 6, 6, 6);
    paymentsLayout->addWidget(m_paymentsView);
    m_tabs->addTab(paymentsPage, tr("Pa&yments"));
    return m_tabs;
}

QWidget *InvoiceEditor::buildSide() {
    auto *side = new QWidget(this);
    side->setFixedWidth(300);
    m_totalsView = new QuoteTotalsView(side);
    m_totalsView->setObjectName(QStringLiteral("invoiceTotals"));
    connect(m_totalsView->transportEdit(), &QLineEdit::textEdited, this, &InvoiceEditor::edited);
    m_paid = new QLabel(side);
    m_paid->setObjectName(QStringLiteral("invoicePaid"));
    m_paid->setWordWrap(true);
    m_balance = new QLabel(side);
    m_balance->setObjectName(QStringLiteral("invoiceBalance"));
    m_balance->setWordWrap(true);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_totalsView);
    layout->addWidget(m_paid);
    layout->addWidget(m_balance);
    layout->addStretch();
    return side;
}

QWidget *InvoiceEditor::buildFooter() {
    auto *footer = new QWidget(this);
    m_message = new MessageLabel(footer);
    m_message->setObjectName(QStringLiteral("invoiceMessage"));
    m_complaint = new QPushButton(tr("New co&mplaint\u2026"), footer);
    m_complaint->setObjectName(QStringLiteral("invoiceComplaint"));
    m_complaint->setToolTip(tr("Raise a support ticket about this invoice"));
    m_cancel = new QPushButton(tr("Ca&ncel invoice\u2026"), footer);
    m_cancel->setObjectName(QStringLiteral("invoiceCancel"));
    m_creditNote = new QPushButton(tr("&Credit note\u2026"), footer);
    m_creditNote->setObjectName(QStringLiteral("invoiceCreditNote"));
    m_payment = new QPushButton(tr("Record pa&yment\u2026"), footer);
    m_payment->setObjectName(QStringLiteral("invoiceRecordPayment"));
    m_save = new QPushButton(tr("&Save draft"), footer);
    m_save->setObjectName(QStringLiteral("invoiceSave"));
    m_save->setToolTip(tr("Save the draft (Ctrl+S)"));
    m_finalize = new QPushButton(tr("&Finalize\u2026"), footer);
    m_finalize->setObjectName(QStringLiteral("invoiceFinalize"));
    m_finalize->setToolTip(tr("Give the invoice its number; it cannot be edited afterwards"));
    auto *close = new QPushButton(tr("Close"), footer);
    close->setObjectName(QStringLiteral("invoiceClose"));

    connect(m_complaint, &QPushButton::clicked, this, [this] { newComplaint(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelInvoice(); });
    connect(m_creditNote, &QPushButton::clicked, this, [this] { issueCreditNote(); });
    connect(m_payment, &QPushButton::clicked, this, [this] { recordPayment(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_finalize, &QPushButton::clicked, this, [this] { finalize(); });
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    auto *row = new QHBoxLayout(footer);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_message, 1);
    row->addStretch();
    row->addSpacing(8);
    row->addWidget(m_complaint);
    row->addWidget(m_cancel);
    row->addWidget(m_creditNote);
    row->addWidget(m_payment);
    row->addWidget(m_save);
    row->addWidget(m_finalize);
    row->addWidget(close);
    return footer;
}

void InvoiceEditor::buildShortcuts() {
    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        connect(addPaneShortcut(this, keys), &QAction::triggered, this, slot);
    };
    addShortcut(QKeySequence::Save, [this] {
        if (m_save->isVisible() && m_save->isEnabled())
            save();
    });
    addShortcut(QKeySequence::Print, [this] {
        if (m_print->isEnabled())
            print();
    });
}

// ---- Loading and state ----------------------------------------------------------------------------------

QLineEdit *InvoiceEditor::shipToEdit(const QString &field) const {
    return m_shipEdits.value(field);
}

QLineEdit *InvoiceEditor::transportEdit() const {
    return m_totalsView->transportEdit();
}

bool InvoiceEditor::isReadOnly() const {
    return m_invoice.status != InvoiceStatus::Draft || m_invoice.kind == InvoiceKind::CreditNote ||
           !m_session.can(perm::InvoicesEdit);
}

bool InvoiceEditor::newBlank(qint64 partyId) {
    auto blank = m_invoices->blankDraft(m_session, partyId);
    if (!blank) {
        m_message->showError(blank.error().message);
        return false;
    }
    Invoice invoice;
    const InvoiceDraft &d = blank.value();
    invoice.partyId = d.partyId;
    invoice.date = d.date.isValid() ? d.date : QDate::currentDate();
    invoice.dueDate = d.dueDate;
    invoice.gstRateBasisPoints = int(qRound(d.gstRatePercent * 100));
    invoice.roundOff = d.roundOff;
    invoice.terms = d.terms;
    invoice.lines = d.lines;
    loadInvoice(invoice);
    if (partyId > 0)
        m_picker->chooseId(partyId);
    setModified(false);
    refreshPreview();
    return true;
}

bool InvoiceEditor::openInvoice(qint64 invoiceId) {
    auto invoice = m_invoices->get(m_session, invoiceId);
    if (!invoice) {
        m_message->showError(invoice.error().message);
        return false;
    }
    loadInvoice(invoice.value());
    return true;
}

void InvoiceEditor::loadInvoice(const Invoice &invoice) {
    m_loading = true;
    m_invoice = invoice;
    if (invoice.partyId > 0 && !invoice.party.name.isEmpty()) {
        Party party = invoice.party;
        party.id = invoice.partyId;
        m_picker->showParty(party);
    } else {
        m_picker->clear();
    }
    m_date->setDate(invoice.date.isValid() ? invoice.date : QDate::currentDate());
    setOptionalDate(m_dueDate, invoice.dueDate);
    m_poNumber->setText(invoice.poNumber);
    setOptionalDate(m_poDate, invoice.poDate);
    m_gstRate->setValue(invoice.gstRateBasisPoints / 100.0);
    m_roundOff->setChecked(invoice.roundOff);
    m_reverseCharge->setChecked(invoice.reverseCharge);
    m_lines->setLines(invoice.lines);
    m_totalsView->transportEdit()->setText(IndianFormat::plain(invoice.transport));
    m_shipTo->setChecked(invoice.shipTo.has_value());
    const ShipTo ship = invoice.shipTo.value_or(ShipTo{});
    m_shipEdits.value(QStringLiteral("name"))->setText(ship.name);
    m_shipEdits.value(QStringLiteral("company"))->setText(ship.company);
    m_shipEdits.value(QStringLiteral("line1"))->setText(ship.address.line1);
    m_shipEdits.value(QStringLiteral("line2"))->setText(ship.address.line2);
    m_shipEdits.value(QStringLiteral("city"))->setText(ship.address.city);
    m_shipEdits.value(QStringLiteral("pin"))->setText(ship.address.pin);
    m_shipEdits.value(QStringLiteral("gstin"))->setText(ship.gstin);
    m_shipState->setCurrentIndex(qMax(0, m_shipState->findData(ship.address.stateCode)));
    m_terms->setPlainText(invoice.terms);
    m_notes->setPlainText(invoice.notes);
    m_totalsView->setTotals(invoice.totals, invoice.roundOff, invoice.placeOfSupply, invoice.sellerState);
    m_totalsView->setNote(QString(), false);
    m_loading = false;
    m_modified = false;
    m_message->clearMessage();
    updatePayments();
    updateOutstanding();
    updateHeader();
    updateEnabled();
}

void InvoiceEditor::edited() {
    if (m_loading || isReadOnly())
        return;
    setModified(true);
    refreshPreview();
}

void InvoiceEditor::refreshPreview() {
    const InvoiceDraft d = draft();
    if (d.partyId <= 0) {
        m_totalsView->setNote(tr("Choose the party: the place of supply decides between CGST/SGST and IGST."), false);
        return;
    }
    auto preview = m_invoices->preview(m_session, d);
    if (!preview) {
        m_totalsView->setNote(preview.error().text(), true);
        return;
    }
    const Invoice &p = preview.value();
    m_lines->setComputed(p.lines);
    m_totalsView->setTotals(p.totals, p.roundOff, p.placeOfSupply, p.sellerState);
    m_totalsView->setNote(QString(), false);
    m_invoice.placeOfSupply = p.placeOfSupply;
    m_invoice.sellerState = p.sellerState;
    m_invoice.intraState = p.intraState;
    updateHeader();
}

InvoiceDraft InvoiceEditor::draft() const {
    InvoiceDraft d = InvoiceDraft::of(m_invoice);
    d.id = m_invoice.id;
    d.rowVersion = m_invoice.rowVersion;
    d.partyId = m_picker->hasParty() ? m_picker->party().id : 0;
    d.date = m_date->date();
    d.dueDate = optionalDate(m_dueDate);
    d.poNumber = m_poNumber->text().trimmed();
    d.poDate = optionalDate(m_poDate);
    d.reverseCharge = m_reverseCharge->isChecked();
    d.lines = m_lines->lines();
    auto transport = IndianFormat::parse(m_totalsView->transportEdit()->text().trimmed().isEmpty()
                                             ? QStringLiteral("0")
                                             : m_totalsView->transportEdit()->text());
    d.transport = transport ? transport.value() : Money();
    d.gstRatePercent = m_gstRate->value();
    d.roundOff = m_roundOff->isChecked();
    d.terms = m_terms->toPlainText().trimmed();
    d.notes = m_notes->toPlainText().trimmed();
    if (m_shipTo->isChecked()) {
        ShipTo ship;
        ship.name = m_shipEdits.value(QStringLiteral("name"))->text().trimmed();
        ship.company = m_shipEdits.value(QStringLiteral("company"))->text().trimmed();
        ship.address.line1 = m_shipEdits.value(QStringLiteral("line1"))->text().trimmed();
        ship.address.line2 = m_shipEdits.value(QStringLiteral("line2"))->text().trimmed();
        ship.address.city = m_shipEdits.value(QStringLiteral("city"))->text().trimmed();
        ship.address.pin = m_shipEdits.value(QStringLiteral("pin"))->text().trimmed();
        ship.address.stateCode = m_shipState->currentData().toString();
        ship.gstin = m_shipEdits.value(QStringLiteral("gstin"))->text().trimmed();
        d.shipTo = ship;
    } else {
        d.shipTo.reset();
    }
    return d;
}

void InvoiceEditor::setModified(bool modified) {
    m_modified = modified;
    updateHeader();
    updateEnabled();
}

void InvoiceEditor::updateHeader() {
    const bool credit = m_invoice.kind == InvoiceKind::CreditNote;
    QString title;
    if (!m_invoice.number.isEmpty())
        title = credit ? tr("Credit note %1").arg(m_invoice.number) : tr("Tax invoice %1").arg(m_invoice.number);
    else
        title = m_invoice.id > 0 ? tr("Draft invoice") : tr("New invoice");
    m_title->setText(title);
    m_statusBadge->setText(m_invoice.id > 0 ? invoiceStatusLabel(m_invoice.status) : tr("Not saved yet"));
    m_statusBadge->setStyleSheet(chipStyle(InvoiceListModel::statusColor(m_invoice.status)));
    const bool finalInvoice = m_invoice.status == InvoiceStatus::Final && !credit;
    m_paymentBadge->setVisible(finalInvoice);
    m_paymentBadge->setText(paymentStatusLabel(m_invoice.paymentStatus));
    m_paymentBadge->setStyleSheet(chipStyle(InvoiceListModel::paymentColor(m_invoice.paymentStatus)));
    QStringList source;
    if (!m_invoice.quoteNumber.isEmpty())
        source << tr("from quote %1 v%2").arg(m_invoice.quoteNumber).arg(m_invoice.quoteVersion);
    if (credit && !m_invoice.againstNumber.isEmpty())
        source << tr("against %1").arg(m_invoice.againstNumber);
    if (m_invoice.status == InvoiceStatus::Cancelled)
        source << tr("cancelled: %1").arg(m_invoice.cancelReason);
    m_source->setText(source.join(QStringLiteral(" \u00b7 ")));
    m_source->setToolTip(m_source->text());

    const QString supply = m_invoice.placeOfSupply;
    m_supply->setText(supply.isEmpty() ? tr("Place of supply: not known (intra-state)")
                                       : tr("Place of supply: %1 (%2)").arg(Gstin::stateName(supply), supply));

    QString windowTitle = title;
    if (m_picker->hasParty())
        windowTitle += QStringLiteral(" \u2014 ") + m_picker->party().name;
    setWindowTitle(tr("%1%2 \u2013 BoxCostPro").arg(windowTitle, m_modified ? QStringLiteral(" *") : QString()));
}

void InvoiceEditor::updateEnabled() {
    const bool readOnly = isReadOnly();
    const bool draftInvoice = m_invoice.status == InvoiceStatus::Draft && m_invoice.kind == InvoiceKind::Invoice;
    const bool finalInvoice = m_invoice.status == InvoiceStatus::Final && m_invoice.kind == InvoiceKind::Invoice;
    const bool saved = m_invoice.id > 0;

    m_picker->setLocked(readOnly);
    m_picker->setEnabled(!readOnly);
    m_date->setReadOnly(readOnly);
    m_dueDate->setReadOnly(readOnly);
    m_poNumber->setReadOnly(readOnly);
    m_poDate->setReadOnly(readOnly);
    m_gstRate->setReadOnly(readOnly);
    m_roundOff->setEnabled(!readOnly);
    m_reverseCharge->setEnabled(!readOnly);
    m_lines->setEditable(!readOnly);
    m_linesView->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                          : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                                QAbstractItemView::AnyKeyPressed);
    m_addLine->setVisible(!readOnly);
    m_removeLine->setVisible(!readOnly);
    m_removeLine->setEnabled(!readOnly && m_linesView->currentIndex().isValid());
    m_totalsView->transportEdit()->setReadOnly(readOnly);
    m_shipTo->setEnabled(!readOnly);
    m_shipFields->setEnabled(!readOnly && m_shipTo->isChecked());
    m_terms->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    // The read-only look comes from the style sheet, which only looks at the property again when polished.
    for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_dueDate, m_poNumber, m_poDate, m_gstRate,
                                                       m_totalsView->transportEdit(), m_terms, m_notes}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }

    m_save->setVisible(draftInvoice && m_session.can(perm::InvoicesEdit));
    m_save->setEnabled(m_modified || !saved);
    m_finalize->setVisible(draftInvoice && m_session.can(perm::InvoicesFinalize));
    m_finalize->setEnabled(m_picker->hasParty() && m_lines->rowCount() > 0);
    m_payment->setVisible(finalInvoice && m_session.can(perm::InvoicesEdit));
    m_payment->setEnabled(m_invoice.balance.paise() > 0);
    m_creditNote->setVisible(finalInvoice && m_session.can(perm::InvoicesFinalize));
    m_cancel->setVisible(finalInvoice && m_session.can(perm::InvoicesFinalize));
    m_cancel->setEnabled(m_invoice.paid.isZero() && m_invoice.credited.isZero());
    m_cancel->setToolTip(m_cancel->isEnabled() ? tr("Cancel the invoice, keeping its number")
                                               : tr("An invoice with payments or credit notes cannot be cancelled; "
                                                    "issue a credit note instead"));
    m_complaint->setVisible(saved && m_session.can(perm::TicketsEdit) && m_invoice.partyId > 0);
    for (QPushButton *b : {m_preview, m_print, m_pdf})
        b->setEnabled(saved || m_modified);
    m_tabs->setTabEnabled(3, m_invoice.kind == InvoiceKind::Invoice && m_invoice.status != InvoiceStatus::Draft);
}

void InvoiceEditor::updatePayments() {
    const bool finalInvoice = m_invoice.kind == InvoiceKind::Invoice && m_invoice.status != InvoiceStatus::Draft;
    QList<Payment> payments;
    if (finalInvoice && m_invoice.id > 0) {
        auto list = m_invoices->payments(m_session, m_invoice.id);
        if (list)
            payments = list.value();
        else
            m_message->showError(list.error().message);
    }
    m_payments->setPayments(payments);
    m_tabs->setTabText(3, payments.isEmpty() ? tr("Pa&yments") : tr("Pa&yments (%1)").arg(payments.size()));
    const bool showBalance = finalInvoice && m_invoice.status == InvoiceStatus::Final;
    m_paid->setVisible(showBalance);
    m_balance->setVisible(showBalance);
    if (!showBalance)
        return;
    QString paid = tr("Received %1").arg(IndianFormat::money(m_invoice.paid, IndianFormat::Symbol::Rupee));
    if (!m_invoice.credited.isZero())
        paid += tr(", credited %1").arg(IndianFormat::money(m_invoice.credited, IndianFormat::Symbol::Rupee));
    m_paid->setText(paid);
    m_balance->setText(tr("Balance due %1").arg(IndianFormat::money(m_invoice.balance, IndianFormat::Symbol::Rupee)));
}

void InvoiceEditor::updateOutstanding() {
    const qint64 partyId = m_picker->hasParty() ? m_picker->party().id : 0;
    if (partyId <= 0) {
        m_outstanding->clear();
        return;
    }
    auto balance = m_invoices->partyOutstanding(m_session, partyId);
    if (!balance) {
        m_outstanding->clear();
        return;
    }
    m_outstanding->setText(balance->outstanding.isZero()
                               ? tr("Nothing outstanding")
                               : tr("Outstanding %1 on %n invoice(s)", nullptr, balance->unpaidInvoices)
                                     .arg(IndianFormat::money(balance->outstanding, IndianFormat::Symbol::Rupee)));
}

void InvoiceEditor::showError(const Error &error) {
    m_message->showError(error.text());
    if (error.field.startsWith(QStringLiteral("lines["))) {
        const int row = error.field.mid(6, error.field.indexOf(QLatin1Char(']')) - 6).toInt();
        m_tabs->setCurrentIndex(0);
        if (row >= 0 && row < m_lines->rowCount())
            m_linesView->setCurrentIndex(m_lines->index(row, InvoiceLinesModel::ItemColumn));
    } else if (error.field == QStringLiteral("party") || error.field == QStringLiteral("partyId")) {
        m_picker->searchEdit()->setFocus();
    } else if (error.field == QStringLiteral("transport")) {
        m_totalsView->transportEdit()->setFocus();
    } else if (error.field.startsWith(QStringLiteral("shipTo"))) {
        m_tabs->setCurrentIndex(1);
    }
}

// ---- Actions ------------------------------------------------------------------------------------------

bool InvoiceEditor::save() {
    if (isReadOnly())
        return false;
    auto transport = IndianFormat::parse(m_totalsView->transportEdit()->text().trimmed().isEmpty()
                                             ? QStringLiteral("0")
                                             : m_totalsView->transportEdit()->text());
    if (!transport) {
        showError(Error::invalid(tr("Transport"), transport.error().message));
        return false;
    }
    auto saved = m_invoices->saveDraft(m_session, draft());
    if (!saved) {
        showError(saved.error());
        return false;
    }
    loadInvoice(saved.value());
    m_message->showSuccess(tr("Draft saved."));
    Q_EMIT invoiceChanged(m_invoice.id);
    return true;
}

bool InvoiceEditor::ensureSaved() {
    if (m_invoice.id > 0 && !m_modified)
        return true;
    return save();
}

QString InvoiceEditor::finalizeQuestion() const {
    auto next = m_invoices->nextNumber(m_session, m_date->date());
    const QString number = next ? next.value() : tr("the next number");
    return tr("Finalize this invoice as %1?\n\nIt will be dated %2 and can no longer be edited: a mistake is then "
              "corrected by cancelling it (it keeps its number) or by a credit note.")
        .arg(number, dateText(m_date->date()));
}

bool InvoiceEditor::finalize() {
    if (m_invoice.status != InvoiceStatus::Draft || !ensureSaved())
        return false;
    QMessageBox box(QMessageBox::Question, tr("Finalize invoice"), finalizeQuestion(), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("finalizeConfirm"));
    QPushButton *yes = box.addButton(tr("&Finalize"), QMessageBox::AcceptRole);
    box.addButton(tr("Not yet"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    auto finalized = m_invoices->finalize(m_session, m_invoice.id, m_invoice.rowVersion);
    if (!finalized) {
        showError(finalized.error());
        return false;
    }
    loadInvoice(finalized.value());
    m_message->showSuccess(tr("Finalized as %1.").arg(m_invoice.number));
    Q_EMIT invoiceChanged(m_invoice.id);
    return true;
}

bool InvoiceEditor::cancelInvoice() {
    if (m_invoice.status != InvoiceStatus::Final)
        return false;
    CancelInvoiceDialog dialog(*m_invoices, m_session, m_invoice, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    loadInvoice(dialog.cancelled());
    m_message->showInfo(tr("%1 is cancelled; it keeps its number.").arg(m_invoice.number));
    Q_EMIT invoiceChanged(m_invoice.id);
    return true;
}

bool InvoiceEditor::issueCreditNote() {
    if (m_invoice.status != InvoiceStatus::Final)
        return false;
    CreditNoteDialog dialog(*m_invoices, m_session, m_invoice, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString number = dialog.issued().number;
    const qint64 creditId = dialog.issued().id;
    openInvoice(m_invoice.id);
    m_message->showSuccess(tr("Credit note %1 issued.").arg(number));
    Q_EMIT invoiceChanged(creditId);
    Q_EMIT invoiceChanged(m_invoice.id);
    return true;
}

bool InvoiceEditor::recordPayment() {
    if (m_invoice.status != InvoiceStatus::Final)
        return false;
    PaymentDialog dialog(*m_invoices, m_session, m_invoice, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Money amount = dialog.recorded().amount;
    openInvoice(m_invoice.id);
    m_tabs->setCurrentIndex(3);
    m_message->showSuccess(tr("Payment of %1 recorded; balance %2.")
                               .arg(IndianFormat::money(amount, IndianFormat::Symbol::Rupee),
                                    IndianFormat::money(m_invoice.balance, IndianFormat::Symbol::Rupee)));
    Q_EMIT invoiceChanged(m_invoice.id);
    return true;
}

bool InvoiceEditor::newComplaint() {
    if (m_invoice.id <= 0 || m_invoice.partyId <= 0)
        return false;
    NewComplaintDialog dialog(m_db, m_session, m_invoice.partyId, std::nullopt, this);
    LinkedDocument linked;
    linked.type = QStringLiteral("invoice");
    linked.id = m_invoice.id;
    linked.number = m_invoice.number.isEmpty() ? tr("Draft invoice") : m_invoice.number;
    dialog.setLinkedDocument(linked);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_message->showSuccess(tr("Ticket %1 raised.").arg(dialog.createdTicket().number));
    return true;
}

Result<PrintJob> InvoiceEditor::printJob() {
    if (!isReadOnly() && !ensureSaved())
        return Error::invalid(QStringLiteral("invoice"), tr("the draft could not be saved"));
    DocumentBuilder builder(m_db);
    auto document = builder.invoice(m_session, m_invoice.id);
    if (!document)
        return document.error();
    return PrintJob::invoice(document.value());
}

void InvoiceEditor::printPreview() {
    runDocumentAction(this, printJob(), DocumentAction::Preview, m_message);
}

void InvoiceEditor::print() {
    runDocumentAction(this, printJob(), DocumentAction::Print, m_message);
}

void InvoiceEditor::saveAsPdf() {
    runDocumentAction(this, printJob(), DocumentAction::SaveAsPdf, m_message);
}

bool InvoiceEditor::confirmDiscard() {
    if (!m_modified || isReadOnly())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved draft"), tr("Save the changes to this draft invoice?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("invoiceUnsaved"));
    QPushButton *saveButton = box.addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveButton);
    box.exec();
    if (box.clickedButton() == saveButton)
        return save();
    return box.clickedButton() == discard;
}

void InvoiceEditor::closeEvent(QCloseEvent *event) {
    if (confirmDiscard())
        event->accept();
    else
        event->ignore();
}

} // namespace bcp::ui
