#include "invoices/InvoicesPane.h"

#include "accounts/MessageLabel.h"
#include "common/FilterWidgets.h"
#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "invoices/InvoiceEditor.h"
#include "invoices/InvoiceListModel.h"
#include "invoices/NewInvoiceDialog.h"
#include "parties/PartyPicker.h"
#include "services/InvoiceService.h"
#include "services/PartyService.h"
#include "services/Permissions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

// Status filter entries that are not a single invoice status.
constexpr int kAnyStatus = -1;
constexpr int kCreditNotes = -2;

} // namespace

InvoicesPane::InvoicesPane(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_invoices(std::make_unique<InvoiceService>(db)),
      m_parties(std::make_unique<PartyService>(db)) {
    m_model = new InvoiceListModel(*m_invoices, m_session, this);
    build();
    applyFilter();
}

InvoicesPane::~InvoicesPane() = default;

void InvoicesPane::build() {
    setObjectName(QStringLiteral("invoicesPane"));

    auto *title = makePaneTitle(tr("Invoices"), this);
    auto *subtitle =
        makePaneSubtitle(tr("Tax invoices and credit notes. Drafts have no number until they are finalized; "
                            "payments received show as partly paid or paid."),
                         this);

    m_new = new QPushButton(tr("&New invoice\u2026"), this);
    m_new->setObjectName(QStringLiteral("invoicesNew"));
    m_new->setToolTip(tr("From an accepted quote or blank (Ctrl+N)"));
    m_new->setVisible(m_session.can(perm::InvoicesEdit));

    auto *header = makePaneHeader(title, subtitle);
    header->addWidget(m_new, 0, Qt::AlignBottom);

    m_banner = new MessageLabel(this);
    m_banner->setObjectName(QStringLiteral("invoicesBanner"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("invoicesStatus"));
    m_status->addItem(tr("Any status"), kAnyStatus);
    for (InvoiceStatus s : {InvoiceStatus::Draft, InvoiceStatus::Final, InvoiceStatus::Cancelled})
        m_status->addItem(invoiceStatusLabel(s), int(s));
    m_status->addItem(tr("Credit notes"), kCreditNotes);
    m_party = new PartyPicker(*m_parties, m_session, this);
    m_party->setObjectName(QStringLiteral("invoicesParty"));
    m_party->newButton()->hide();
    m_party->editButton()->hide();
    m_party->hintLabel()->hide();
    m_party->searchEdit()->setPlaceholderText(tr("Any party"));
    m_party->setMinimumWidth(170);
    m_from = makeBoundDateEdit(QStringLiteral("invoicesFrom"), QStringLiteral("dd-MM-yyyy"), this);
    m_to = makeBoundDateEdit(QStringLiteral("invoicesTo"), QStringLiteral("dd-MM-yyyy"), this);
    m_unpaid = new QCheckBox(tr("&Unpaid"), this);
    m_unpaid->setObjectName(QStringLiteral("invoicesUnpaid"));
    m_unpaid->setToolTip(tr("Final invoices with a balance left to receive"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("invoicesSearch"));
    m_search->setPlaceholderText(tr("Search number, party, quote"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_searchPause = makeSearchPause(m_search, kSearchPauseMs, this);
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("invoicesClear"));
    clear->setToolTip(tr("Clear every filter and the search"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(makeCaption(tr("&Status"), m_status, this));
    filters->addWidget(m_status);
    filters->addWidget(makeCaption(tr("&Party"), m_party->searchEdit(), this));
    filters->addWidget(m_party, 1);
    filters->addWidget(makeCaption(tr("&Dated"), m_from, this));
    filters->addWidget(m_from);
    filters->addWidget(makeCaption(tr("&to"), m_to, this));
    filters->addWidget(m_to);
    filters->addWidget(m_unpaid);
    filters->addWidget(m_search, 1);
    filters->addWidget(clear);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("invoicesView"));
    m_view->setModel(m_model);
    setUpRowList(m_view, RowSelection::Single, 10);
    m_view->horizontalHeader()->setSectionResizeMode(InvoiceListModel::PartyColumn, QHeaderView::Stretch);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Widths for the usual longest content: numbers of the default templates, dd-MM-yyyy dates, money in lakhs.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = 2 * em;
    m_view->setColumnWidth(InvoiceListModel::NumberColumn,
                           fm.horizontalAdvance(QStringLiteral("INV/25-26/00000")) + pad);
    m_view->setColumnWidth(InvoiceListModel::DateColumn, fm.horizontalAdvance(QStringLiteral("00-00-0000")) + pad);
    m_view->setColumnWidth(InvoiceListModel::QuoteColumn, fm.horizontalAdvance(QStringLiteral("QT/25-26/00000")) + pad);
    m_view->setColumnWidth(InvoiceListModel::StatusColumn, fm.horizontalAdvance(tr("Cancelled")) + pad);
    m_view->setColumnWidth(InvoiceListModel::PaymentColumn, fm.horizontalAdvance(tr("Partly paid")) + pad);
    m_view->setColumnWidth(InvoiceListModel::TotalColumn, fm.horizontalAdvance(QStringLiteral("00,00,000.00")) + pad);
    m_view->setColumnWidth(InvoiceListModel::BalanceColumn, fm.horizontalAdvance(QStringLiteral("00,00,000.00")) + pad);
    m_view->setColumnWidth(InvoiceListModel::DueColumn, fm.horizontalAdvance(QStringLiteral("00-00-0000")) + pad);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("invoicesCount"));
    dimText(m_statusLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, &InvoicesPane::applyFilter);
    connect(m_party, &PartyPicker::partyChosen, this, &InvoicesPane::applyFilter);
    connect(m_party->searchEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        // Emptying the party field goes back to every party.
        if (text.isEmpty() && m_party->hasParty()) {
            m_party->clear();
            applyFilter();
        }
    });
    connect(m_from, &QDateEdit::dateChanged, this, &InvoicesPane::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoicesPane::applyFilter);
    connect(m_unpaid, &QCheckBox::toggled, this, &InvoicesPane::applyFilter);
    connect(m_searchPause, &QTimer::timeout, this, &InvoicesPane::applyFilter);
    connect(clear, &QPushButton::clicked, this, &InvoicesPane::clearFilters);
    connect(m_new, &QPushButton::clicked, this, [this] { newInvoice(); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openInvoice(m_model->idAt(index.row())); });
    connect(m_model, &InvoiceListModel::pageLoaded, this, &InvoicesPane::updateStatus);
    connect(m_model, &InvoiceListModel::modelReset, this, &InvoicesPane::updateStatus);
    connect(m_model, &InvoiceListModel::fetchFailed, this,
            [this](const QString &message) { m_banner->showError(message); });

    connect(addPaneShortcut(this, QKeySequence::New), &QAction::triggered, this, [this] {
        if (m_new->isVisible())
            newInvoice();
    });
    addSearchShortcut(this, m_search);
}

InvoiceQuery InvoicesPane::currentQuery() const {
    InvoiceQuery q;
    q.search = m_search->text().trimmed();
    const int status = m_status->currentData().toInt();
    if (status == kCreditNotes)
        q.kind = InvoiceKind::CreditNote;
    else if (status != kAnyStatus)
        q.statuses = {InvoiceStatus(status)};
    q.partyId = m_party->hasParty() ? m_party->party().id : 0;
    q.from = boundDate(m_from);
    q.to = boundDate(m_to);
    q.unpaidOnly = m_unpaid->isChecked();
    return q;
}

void InvoicesPane::applyFilter() {
    m_searchPause->stop();
    m_banner->clearMessage();
    m_model->setQuery(currentQuery());
}

void InvoicesPane::clearFilters() {
    {
        const QSignalBlocker b1(m_status), b2(m_from), b3(m_to), b4(m_unpaid), b5(m_search);
        m_status->setCurrentIndex(0);
        clearBoundDate(m_from);
        clearBoundDate(m_to);
        m_unpaid->setChecked(false);
        m_search->clear();
    }
    m_party->clear();
    applyFilter();
}

void InvoicesPane::refresh() {
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    m_model->reload();
    if (id > 0) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            m_view->selectRow(row);
    }
}

void InvoicesPane::updateStatus() {
    const int rows = m_model->rowCount();
    if (rows == 0) {
        const bool filtered = currentQuery().search.size() + currentQuery().statuses.size() > 0 ||
                              m_party->hasParty() || m_unpaid->isChecked() || boundDate(m_from).isValid() ||
                              boundDate(m_to).isValid() || m_status->currentData().toInt() == kCreditNotes;
        m_statusLabel->setText(filtered ? tr("No invoice matches the filters.")
                                        : tr("No invoices yet. Start one with New invoice: from an accepted quote or "
                                             "blank."));
        return;
    }
    m_statusLabel->setText(m_model->atEnd() ? tr("%n invoice(s)", nullptr, rows)
                                            : tr("First %n invoices; scroll for more", nullptr, rows));
}

void InvoicesPane::watch(InvoiceEditor *editor) {
    connect(editor, &InvoiceEditor::invoiceChanged, this, &InvoicesPane::refresh, Qt::UniqueConnection);
}

InvoiceEditor *InvoicesPane::openInvoice(qint64 invoiceId) {
    InvoiceEditor *editor = InvoiceEditor::openWindow(m_db, m_session, invoiceId, window());
    watch(editor);
    return editor;
}

InvoiceEditor *InvoicesPane::newInvoice() {
    NewInvoiceDialog dialog(m_db, *m_invoices, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    if (dialog.blankChosen()) {
        InvoiceEditor *editor = openInvoice(0);
        editor->dateEdit()->setDate(dialog.dateEdit()->date());
        return editor;
    }
    refresh();
    return openInvoice(dialog.created().id);
}

} // namespace bcp::ui
