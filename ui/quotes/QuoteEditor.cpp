#include "quotes/QuoteEditor.h"

#include "accounts/MessageLabel.h"
#include "calculator/BoxCalculatorWidget.h"
#include "calculator/FieldMark.h"
#include "common/EditorWindow.h"
#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "documents/DocumentOutput.h"
#include "documents/PrintJob.h"
#include "invoices/InvoiceEditor.h"
#include "invoices/NewInvoiceDialog.h"
#include "money/GstTotals.h"
#include "money/Gstin.h"
#include "money/IndianFormat.h"
#include "parties/PartyListModel.h"
#include "parties/PartyPicker.h"
#include "quotes/QuoteCompareDialog.h"
#include "quotes/QuoteItemEditor.h"
#include "quotes/QuoteItemsModel.h"
#include "quotes/QuoteListModel.h"
#include "quotes/QuoteTotalsView.h"
#include "quotes/QuoteVersionsModel.h"
#include "services/DocumentBuilder.h"
#include "services/InvoiceService.h"
#include "services/MastersService.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteCalculator.h"
#include "services/QuoteService.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bcp::ui {

namespace {

constexpr int kMaxDays = 3650;

QString chipStyle(const QColor &fg, const QColor &bg) {
    return QStringLiteral(
               "QLabel { color: %1; background: %2; border-radius: 9px; padding: 2px 10px; font-weight: bold; }")
        .arg(fg.name(), bg.name());
}

QString dateText(const QDate &date) {
    return QLocale().toString(date, QStringLiteral("dd MMM yyyy"));
}

} // namespace

QuoteEditor::QuoteEditor(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_parties(std::make_unique<PartyService>(db)),
      m_quotes(std::make_unique<QuoteService>(db)), m_mastersService(std::make_unique<MastersService>(db)) {
    setObjectName(QStringLiteral("quoteEditor"));
    auto current = m_quotes->currentMasters(m_session);
    m_masters = current ? current.value() : costing::CostingMasters::defaults();
    build();
    if (!current)
        m_message->showError(current.error().text());
    newQuote();
}

QuoteEditor::~QuoteEditor() = default;

QuoteEditor *QuoteEditor::openWindow(Database &db, const Session &session, qint64 quoteId, qint64 partyId,
                                     QWidget *parent) {
    return openEditorWindow<QuoteEditor>(
        quoteId, [](const QuoteEditor &editor) { return editor.quoteId(); }, QSize(1480, 940),
        [&] { return new QuoteEditor(db, session, parent); },
        [quoteId, partyId](QuoteEditor &editor) {
            if (quoteId > 0)
                editor.openQuote(quoteId);
            else
                editor.newQuote(partyId);
        });
}

// ---- Building -------------------------------------------------------------------------------------------

void QuoteEditor::build() {
    setStyleSheet(
        FieldMark::styleSheet() +
        QStringLiteral(
            "QLabel#quoteTitle { font-size: 16pt; font-weight: bold; }"
            "QLabel#sectionTitle { font-weight: bold; font-size: 10.5pt; }"
            "QPushButton[segment=\"true\"] { border: 1px solid #b8c2cc; background: #ffffff;"
            " padding: 4px 14px; margin: 0; min-width: 64px; }"
            "QPushButton[segment=\"true\"]:checked { background: #37474f; color: white; border-color: #37474f; }"
            "QPushButton[segment=\"true\"]:disabled { color: #a0a0a0; }"
            "QPushButton[segment=\"true\"]:checked:disabled { background: #78909c; color: white; }"
            "QPushButton#saveQuote { font-weight: bold; padding: 5px 18px; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());

    m_body = new QWidget(this);
    m_body->setObjectName(QStringLiteral("quoteBody"));
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    // The items and the totals share the top; the chosen item's box, the terms and the versions share the
    // full width below, so the Box calculator never has to scroll sideways.
    auto *top = new QWidget(m_body);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 4);
    topLayout->setSpacing(12);
    topLayout->addWidget(buildItems(), 1);
    topLayout->addWidget(buildSide());
    m_split = new QSplitter(Qt::Vertical, m_body);
    m_split->setObjectName(QStringLiteral("quoteSplit"));
    m_split->addWidget(top);
    m_split->addWidget(buildTabs());
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    // The totals always show whole; the box below takes the rest of the height.
    top->setMinimumHeight(top->sizeHint().height());
    m_split->setSizes({top->sizeHint().height(), 4 * top->sizeHint().height()});
    bodyLayout->addWidget(m_split);
    layout->addWidget(m_body, 1);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("quoteMessage"));
    m_save = new QPushButton(tr("&Save version"), this);
    m_save->setObjectName(QStringLiteral("saveQuote"));
    m_save->setToolTip(tr("Save as a new version (Ctrl+S)"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeQuote"));
    // The saved version as the customer will see it: preview, print or PDF, all drawn by the one renderer.
    m_print = new QToolButton(this);
    m_print->setObjectName(QStringLiteral("printQuote"));
    m_print->setText(tr("Print / PDF"));
    m_print->setToolTip(tr("Print preview of the saved version; Print and Save as PDF in the menu"));
    m_print->setPopupMode(QToolButton::MenuButtonPopup);
    auto *printMenu = new QMenu(m_print);
    connect(printMenu->addAction(tr("Print pre&view\u2026")), &QAction::triggered, this, &QuoteEditor::printPreview);
    connect(printMenu->addAction(tr("&Print\u2026")), &QAction::triggered, this, &QuoteEditor::print);
    connect(printMenu->addAction(tr("Save as P&DF\u2026")), &QAction::triggered, this, &QuoteEditor::saveAsPdf);
    m_print->setMenu(printMenu);
    connect(m_print, &QToolButton::clicked, this, &QuoteEditor::printPreview);
    m_makeInvoice = new QPushButton(tr("Make &invoice\u2026"), this);
    m_makeInvoice->setObjectName(QStringLiteral("makeInvoice"));
    m_makeInvoice->setToolTip(tr("A draft tax invoice from the accepted version's items"));
    connect(m_makeInvoice, &QPushButton::clicked, this, [this] { makeInvoice(); });
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_message, 1);
    footer->addStretch();
    footer->addSpacing(12);
    footer->addWidget(m_print);
    footer->addWidget(m_makeInvoice);
    footer->addWidget(close);
    footer->addWidget(m_save);
    layout->addLayout(footer);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    buildShortcuts();
    m_blankSpec = m_itemEditor->calculator()->spec();
}

QWidget *QuoteEditor::buildHeader() {
    auto *header = new QWidget(this);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("quoteTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versionBadge = new QLabel(header);
    m_versionBadge->setObjectName(QStringLiteral("versionBadge"));
    m_versionBadge->setStyleSheet(chipStyle(QColor(0x37, 0x47, 0x4f), QColor(0xe3, 0xe8, 0xec)));
    m_statusBadge = new QLabel(header);
    m_statusBadge->setObjectName(QStringLiteral("statusBadge"));

    m_statusGroup = new QButtonGroup(header);
    m_statusGroup->setExclusive(true);
    auto *segments = new QHBoxLayout;
    segments->setSpacing(0);
    auto *statusCaption = new QLabel(tr("Status"), header);
    statusCaption->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; margin-right: 8px; }"));
    segments->addWidget(statusCaption);
    const struct {
        QuoteStatus status;
        const char *name;
        QString text;
        QString tip;
    } statuses[] = {
        {QuoteStatus::Draft, "statusDraft", tr("Draft"), tr("Every new version starts as a draft")},
        {QuoteStatus::Sent, "statusSent", tr("Sent"), tr("Mark the active version as sent to the party")},
        {QuoteStatus::Accepted, "statusAccepted", tr("Accepted"), tr("The party accepted the active version")},
        {QuoteStatus::Rejected, "statusRejected", tr("Rejected"), tr("The party turned the active version down")},
    };
    for (const auto &s : statuses) {
        auto *button = new QPushButton(s.text, header);
        button->setObjectName(QLatin1String(s.name));
        button->setCheckable(true);
        button->setProperty("segment", true);
        button->setToolTip(s.tip);
        button->setFocusPolicy(Qt::TabFocus);
        m_statusGroup->addButton(button, int(s.status));
        segments->addWidget(button);
    }
    connect(m_statusGroup, &QButtonGroup::idClicked, this, [this](int id) {
        if (!setStatus(QuoteStatus(id)))
            updateHeader();
    });

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_title);
    top->addWidget(m_versionBadge);
    top->addWidget(m_statusBadge);
    top->addStretch();
    top->addLayout(segments);

    m_picker = new PartyPicker(*m_parties, m_session, header);
    m_partySummary = new QLabel(header);
    m_partySummary->setObjectName(QStringLiteral("partySummary"));
    m_partySummary->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    m_partySummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *partyCaption = new QLabel(tr("&Party"), header);
    partyCaption->setBuddy(m_picker);
    partyCaption->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    auto *partyRow = new QHBoxLayout;
    partyRow->setSpacing(10);
    partyRow->addWidget(partyCaption);
    partyRow->addWidget(m_picker, 3);
    partyRow->addWidget(m_partySummary, 2);
    connect(m_picker, &PartyPicker::partyChosen, this, &QuoteEditor::partyChosen);

    auto *rule = new QFrame(header);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(partyRow);
    layout->addWidget(rule);
    return header;
}

QWidget *QuoteEditor::buildItems() {
    auto *panel = new QWidget(this);
    auto *title = new QLabel(tr("Items"), panel);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_addItem = new QPushButton(tr("&Add item"), panel);
    m_addItem->setObjectName(QStringLiteral("addItem"));
    m_addItem->setToolTip(tr("Add a box (Ctrl+Shift+N)"));
    m_duplicateItem = new QPushButton(tr("D&uplicate"), panel);
    m_duplicateItem->setObjectName(QStringLiteral("duplicateItem"));
    m_duplicateItem->setToolTip(tr("Copy the chosen box as a new item (Ctrl+D)"));
    m_removeItem = new QPushButton(tr("Remo&ve"), panel);
    m_removeItem->setObjectName(QStringLiteral("removeItem"));
    m_removeItem->setToolTip(tr("Remove the chosen item from this quote"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(m_addItem);
    bar->addWidget(m_duplicateItem);
    bar->addWidget(m_removeItem);

    m_items = new QuoteItemsModel(this);
    m_itemsView = new QTableView(panel);
    m_itemsView->setObjectName(QStringLiteral("itemsView"));
    m_itemsView->setModel(m_items);
    setUpRowList(m_itemsView, RowSelection::Single, 10);
    QHeaderView *h = m_itemsView->horizontalHeader();
    h->setSectionResizeMode(QuoteItemsModel::NameColumn, QHeaderView::Stretch);
    const int em = m_itemsView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_itemsView->setColumnWidth(QuoteItemsModel::NumberColumn, 3 * em);
    m_itemsView->setColumnWidth(QuoteItemsModel::SizeColumn, 15 * em);
    m_itemsView->setColumnWidth(QuoteItemsModel::PlyColumn, 7 * em);
    m_itemsView->setColumnWidth(QuoteItemsModel::PaperColumn, 16 * em);
    m_itemsView->setColumnWidth(QuoteItemsModel::QuantityColumn, 5 * em);
    m_itemsView->setColumnWidth(QuoteItemsModel::RateColumn, 6 * em);
    m_itemsView->setColumnWidth(QuoteItemsModel::NegotiatedColumn, 7 * em);
    m_itemsView->setColumnWidth(QuoteItemsModel::AmountColumn, 8 * em);
    m_itemsView->setColumnWidth(QuoteItemsModel::SelectedColumn, 5 * em);
    m_itemsView->setMinimumHeight(m_itemsView->verticalHeader()->defaultSectionSize() * 4 + h->sizeHint().height() + 4);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_itemsView, 1);

    connect(m_addItem, &QPushButton::clicked, this, &QuoteEditor::addItem);
    connect(m_duplicateItem, &QPushButton::clicked, this, &QuoteEditor::duplicateItem);
    connect(m_removeItem, &QPushButton::clicked, this, &QuoteEditor::removeItem);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuoteEditor::itemsSelectionChanged);
    connect(m_items, &QuoteItemsModel::selectionToggled, this, &QuoteEditor::selectionToggled);
    return panel;
}

QWidget *QuoteEditor::buildSide() {
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("quoteSide"));
    auto *totalsTitle = new QLabel(tr("Totals"), side);
    totalsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_totalsView = new QuoteTotalsView(side);
    m_transport = m_totalsView->transportEdit();
    connect(m_transport, &QLineEdit::textEdited, this, &QuoteEditor::termsEdited);
    connect(m_transport, &QLineEdit::editingFinished, this, [this] {
        // Shown the way it prints once typed: 1500 -> 1,500.00.
        Money transport;
        if (!m_transport->text().trimmed().isEmpty() && readTransport(&transport)) {
            const QSignalBlocker block(m_transport);
            m_transport->setText(IndianFormat::money(transport));
        }
    });
    m_mastersInfo = new QLabel(side);
    m_mastersInfo->setObjectName(QStringLiteral("mastersInfo"));
    m_mastersInfo->setWordWrap(true);
    m_mastersInfo->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    m_useCurrentMasters = new QPushButton(tr("Use today's &masters"), side);
    m_useCurrentMasters->setObjectName(QStringLiteral("useCurrentMasters"));
    m_useCurrentMasters->setToolTip(tr("Price every item again with the shop's current paper prices and settings"));
    connect(m_useCurrentMasters, &QPushButton::clicked, this, &QuoteEditor::useCurrentMasters);

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(totalsTitle);
    layout->addWidget(m_totalsView);
    auto *mastersRow = new QHBoxLayout;
    mastersRow->addWidget(m_mastersInfo, 1);
    mastersRow->addWidget(m_useCurrentMasters, 0, Qt::AlignTop);
    layout->addLayout(mastersRow);
    layout->addStretch();
    side->setFixedWidth(m_totalsView->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    return side;
}

QWidget *QuoteEditor::buildTabs() {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("quoteTabs"));
    m_tabs->setDocumentMode(true);

    // Until there is an item to edit, the tab says what to do instead of showing an empty calculator.
    m_itemStack = new QStackedWidget(m_tabs);
    m_itemPlaceholder = new QLabel(m_itemStack);
    m_itemPlaceholder->setObjectName(QStringLiteral("itemPlaceholder"));
    m_itemPlaceholder->setAlignment(Qt::AlignCenter);
    m_itemPlaceholder->setWordWrap(true);
    m_itemPlaceholder->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; font-size: 11pt; }"));
    m_itemEditor = new QuoteItemEditor(m_masters, m_itemStack);
    connect(m_itemEditor, &QuoteItemEditor::edited, this, &QuoteEditor::itemEdited);
    // The manual paper rates the shop used last are offered here as in the Box calculator.
    m_itemEditor->calculator()->setRateMemory([this](double bf, const QString &shade) -> std::optional<double> {
        auto rate = m_mastersService->rememberedRate(m_session, bf, shade);
        return rate ? rate.value() : std::nullopt;
    });
    m_itemStack->addWidget(m_itemPlaceholder);
    m_itemStack->addWidget(m_itemEditor);
    m_tabs->addTab(m_itemStack, tr("Item"));

    auto *terms = new QWidget(m_tabs);
    terms->setObjectName(QStringLiteral("termsTab"));
    m_paymentTerms = new QLineEdit(terms);
    m_paymentTerms->setObjectName(QStringLiteral("paymentTerms"));
    m_paymentTerms->setMaxLength(500);
    m_paymentTerms->setPlaceholderText(tr("e.g. 30 days from delivery"));
    m_deliveryDays = new QSpinBox(terms);
    m_deliveryDays->setObjectName(QStringLiteral("deliveryDays"));
    m_deliveryDays->setRange(0, kMaxDays);
    m_deliveryDays->setSuffix(tr(" days"));
    m_deliveryDays->setSpecialValueText(tr("Not stated"));
    m_validityDays = new QSpinBox(terms);
    m_validityDays->setObjectName(QStringLiteral("validityDays"));
    m_validityDays->setRange(1, kMaxDays);
    m_validityDays->setSuffix(tr(" days"));
    m_validityDays->setValue(7);
    for (QSpinBox *spin : {m_deliveryDays, m_validityDays})
        spin->setFixedWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("Not stated")) + 44);
    m_validUntil = new QLabel(terms);
    m_validUntil->setObjectName(QStringLiteral("validUntil"));
    m_validUntil->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    m_notes = new QPlainTextEdit(terms);
    m_notes->setObjectName(QStringLiteral("quoteNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Printed on the quote under the items"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 6 + 12);
    auto *validity = new QHBoxLayout;
    validity->addWidget(m_validityDays);
    validity->addWidget(m_validUntil, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(tr("Pa&yment terms"), m_paymentTerms);
    form->addRow(tr("&Delivery in"), m_deliveryDays);
    form->addRow(tr("&Valid for"), validity);
    form->addRow(tr("&Notes"), m_notes);
    auto *termsHint =
        new QLabel(tr("Transport is entered in the totals, where it is added to the taxable value."), terms);
    termsHint->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    auto *termsLayout = new QVBoxLayout(terms);
    termsLayout->setContentsMargins(16, 14, 16, 14);
    auto *termsRow = new QHBoxLayout;
    termsRow->addLayout(form, 3);
    termsRow->addStretch(2);
    termsLayout->addLayout(termsRow);
    termsLayout->addWidget(termsHint);
    termsLayout->addStretch();
    m_tabs->addTab(terms, tr("Terms and notes"));
    connect(m_paymentTerms, &QLineEdit::textEdited, this, &QuoteEditor::termsEdited);
    connect(m_deliveryDays, qOverload<int>(&QSpinBox::valueChanged), this, &QuoteEditor::termsEdited);
    connect(m_validityDays, qOverload<int>(&QSpinBox::valueChanged), this, &QuoteEditor::termsEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &QuoteEditor::termsEdited);

    auto *versions = new QWidget(m_tabs);
    versions->setObjectName(QStringLiteral("versionsTab"));
    m_versions = new QuoteVersionsModel(this);
    m_versionsView = new QTableView(versions);
    m_versionsView->setObjectName(QStringLiteral("versionsView"));
    m_versionsView->setModel(m_versions);
    setUpRowList(m_versionsView, RowSelection::Extended, 10);
    m_versionsView->setToolTip(tr("Select two versions to compare them"));
    m_versionsView->horizontalHeader()->setStretchLastSection(true);
    const int em = m_versionsView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_versionsView->setColumnWidth(QuoteVersionsModel::VersionColumn, 8 * em);
    m_versionsView->setColumnWidth(QuoteVersionsModel::DateColumn, 8 * em);
    m_versionsView->setColumnWidth(QuoteVersionsModel::ItemsColumn, 4 * em);
    m_versionsView->setColumnWidth(QuoteVersionsModel::GrandColumn, 9 * em);
    m_versionsView->setColumnWidth(QuoteVersionsModel::OriginColumn, 12 * em);
    m_compareButton = new QPushButton(tr("&Compare…"), versions);
    m_compareButton->setObjectName(QStringLiteral("compareVersions"));
    m_compareButton->setToolTip(tr("Two selected versions side by side; one selected: against the active version"));
    m_restoreButton = new QPushButton(tr("&Restore as new version"), versions);
    m_restoreButton->setObjectName(QStringLiteral("restoreVersion"));
    m_restoreButton->setToolTip(tr("Save the selected version's values as a new active version"));
    auto *versionsHint = new QLabel(tr("Saved versions never change. Select two to compare them; restoring copies an "
                                       "older version into a new active one."),
                                    versions);
    versionsHint->setWordWrap(true);
    versionsHint->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    auto *versionButtons = new QVBoxLayout;
    versionButtons->addWidget(m_compareButton);
    versionButtons->addWidget(m_restoreButton);
    versionButtons->addSpacing(8);
    versionButtons->addWidget(versionsHint);
    versionButtons->addStretch();
    auto *versionsLayout = new QHBoxLayout(versions);
    versionsLayout->setContentsMargins(12, 12, 12, 12);
    versionsLayout->addWidget(m_versionsView, 3);
    versionsLayout->addLayout(versionButtons, 1);
    m_tabs->addTab(versions, tr("Versions"));
    connect(m_compareButton, &QPushButton::clicked, this, &QuoteEditor::compareSelected);
    connect(m_restoreButton, &QPushButton::clicked, this, &QuoteEditor::restoreSelected);
    connect(m_versionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuoteEditor::updateVersionButtons);
    connect(m_versionsView, &QTableView::doubleClicked, this, &QuoteEditor::compareSelected);
    return m_tabs;
}

void QuoteEditor::buildShortcuts() {
    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        connect(addPaneShortcut(this, keys), &QAction::triggered, this, slot);
    };
    addShortcut(QKeySequence::Save, [this] { save(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        if (m_body->isEnabled())
            addItem();
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        if (m_body->isEnabled())
            duplicateItem();
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), [this] {
        if (isWindow())
            close();
    });
    auto *remove = new QAction(m_itemsView);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &QuoteEditor::removeItem);
    m_itemsView->addAction(remove);
}

// ---- Loading --------------------------------------------------------------------------------------------

void QuoteEditor::newQuote(qint64 partyId) {
    m_loading = true;
    m_quote = Quote();
    m_party.reset();
    auto current = m_quotes->currentMasters(m_session);
    if (current)
        m_masters = current.value();
    m_itemEditor->setMasters(m_masters);
    // The shop's own state decides CGST+SGST against IGST; the latest saved quote carries it.
    m_sellerState.clear();
    QuoteQuery latest;
    latest.limit = 1;
    if (auto page = m_quotes->list(m_session, latest); page && !page->rows.isEmpty()) {
        if (auto last = m_quotes->get(m_session, page->rows.first().id))
            m_sellerState = last->active.sellerState;
    }
    m_picker->setLocked(false);
    m_picker->clear();
    m_items->setItems({});
    m_items->setEditable(true);
    m_current = -1;
    m_transport->clear();
    m_paymentTerms->clear();
    m_deliveryDays->setValue(0);
    m_validityDays->setValue(7);
    m_notes->clear();
    m_versions->clear();
    m_message->clearMessage();
    m_useCurrentMasters->hide();
    m_loading = false;
    updateTotals();
    setModified(false);
    updateHeader();
    updateEnabled();
    m_picker->setFocus();
    if (partyId > 0)
        chooseParty(partyId);
}

bool QuoteEditor::chooseParty(qint64 partyId) {
    return m_picker->chooseId(partyId);
}

bool QuoteEditor::openQuote(qint64 quoteId) {
    auto quote = m_quotes->get(m_session, quoteId);
    if (!quote) {
        m_message->showError(quote.error().text());
        return false;
    }
    loadQuote(quote.value());
    m_message->clearMessage();
    return true;
}

void QuoteEditor::loadQuote(const Quote &quote) {
    m_loading = true;
    const int keepRow = m_current;
    m_quote = quote;
    const QuoteVersion &v = quote.active;
    m_party = v.party;
    m_party->id = quote.partyId;
    m_picker->showParty(*m_party);
    m_picker->setLocked(true);
    m_masters = v.masters;
    m_sellerState = v.sellerState;
    m_itemEditor->setMasters(m_masters);
    m_items->setItems(v.items);
    m_current = -1;
    m_transport->setText(v.transport.isZero() ? QString() : IndianFormat::money(v.transport));
    FieldMark::clear(m_transport);
    m_paymentTerms->setText(v.terms.paymentTerms);
    m_deliveryDays->setValue(v.terms.deliveryDays);
    m_validityDays->setValue(v.terms.validityDays);
    m_notes->setPlainText(v.notes);
    m_versions->setVersions(quote.versions, quote.activeVersion);
    auto current = m_quotes->currentMasters(m_session);
    m_useCurrentMasters->setVisible(m_session.can(perm::QuotesEdit) && current && current.value() != m_masters);
    m_loading = false;
    updateTotals();
    setModified(false);
    updateHeader();
    updateEnabled();
    selectItem(qBound(0, keepRow, int(m_items->rowCount()) - 1));
    updateVersionButtons();
}

bool QuoteEditor::hasParty() const {
    return m_party.has_value() && m_party->id > 0;
}

void QuoteEditor::partyChosen(const Party &party) {
    if (m_loading)
        return;
    m_party = party;
    updateEnabled();
    updateHeader();
    updateTotals();
    if (m_items->rowCount() == 0) {
        // A new quote: the first box is ready to be typed in.
        addItem();
        setModified(false);
        return;
    }
    // Another party, or the same party with edited details: the next version carries them.
    setModified(true);
}

// ---- Items ----------------------------------------------------------------------------------------------

QString QuoteEditor::priceItem(QuoteItem &item, QString *field) const {
    // A box without a name yet still shows its price; the name is asked for when saving.
    QuoteItem probe = item;
    if (probe.name.trimmed().isEmpty())
        probe.name = QStringLiteral("-");
    auto priced = QuoteCalculator::price(probe, m_masters);
    if (!priced) {
        item.result = QJsonObject();
        item.ratePerBox = item.unitPrice = item.amount = Money();
        item.paperSpec = QuoteCalculator::paperSpec(item.spec);
        if (field)
            *field = priced.error().field;
        return MessageLabel::sentence(priced.error().message);
    }
    probe.name = item.name.simplified();
    item = probe;
    return {};
}

void QuoteEditor::repriceAll() {
    QList<QuoteItem> items = m_items->items();
    QStringList problems;
    for (QuoteItem &item : items)
        problems << priceItem(item);
    m_items->setItems(items, problems);
}

void QuoteEditor::addItem() {
    if (!hasParty())
        return;
    QuoteItem item;
    item.spec = m_blankSpec;
    QString problem = priceItem(item);
    const int row = m_items->appendItem(item, problem);
    selectItem(row);
    m_itemEditor->nameEdit()->setFocus(Qt::OtherFocusReason);
    setModified(true);
    updateTotals();
}

void QuoteEditor::duplicateItem() {
    if (m_current < 0)
        return;
    QuoteItem item = m_items->item(m_current);
    item.name = tr("%1 (copy)").arg(item.name);
    const QString problem = priceItem(item);
    const int row = m_items->appendItem(item, problem);
    selectItem(row);
    m_itemEditor->nameEdit()->setFocus(Qt::OtherFocusReason);
    m_itemEditor->nameEdit()->selectAll();
    setModified(true);
    updateTotals();
}

void QuoteEditor::removeItem() {
    if (m_current < 0)
        return;
    const int row = m_current;
    m_current = -1;
    m_items->removeItem(row);
    setModified(true);
    updateTotals();
    if (m_items->rowCount() > 0)
        selectItem(qMin(row, m_items->rowCount() - 1));
    else
        itemsSelectionChanged();
}

void QuoteEditor::selectItem(int row) {
    if (row < 0 || row >= m_items->rowCount()) {
        m_itemsView->selectionModel()->clearCurrentIndex();
        itemsSelectionChanged();
        return;
    }
    m_itemsView->selectionModel()->setCurrentIndex(m_items->index(row, QuoteItemsModel::NameColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (m_current != row)
        itemsSelectionChanged();
}

void QuoteEditor::itemsSelectionChanged() {
    const QModelIndex current = m_itemsView->selectionModel()->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    if (row == m_current && row >= 0)
        return;
    m_current = row;
    if (row < 0) {
        QuoteItem blank;
        blank.spec = m_blankSpec;
        m_itemEditor->setItem(blank);
        m_itemEditor->pricingLabel()->clear();
    } else {
        m_itemEditor->setItem(m_items->item(row));
        m_itemEditor->showPricing(m_items->item(row), m_items->problem(row));
    }
    updateItemTab();
    updateEnabled();
}

void QuoteEditor::updateItemTab() {
    if (m_current < 0) {
        m_tabs->setTabText(0, tr("Item"));
        return;
    }
    const QString name = m_items->item(m_current).name.simplified();
    const QString title =
        name.isEmpty() ? tr("Item %1").arg(m_current + 1) : tr("Item %1 \u00b7 %2").arg(m_current + 1).arg(name);
    m_tabs->setTabText(0, m_tabs->fontMetrics().elidedText(
                              title, Qt::ElideRight, m_tabs->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24));
}

void QuoteEditor::itemEdited() {
    if (m_loading || m_current < 0)
        return;
    QuoteItem item = m_itemEditor->item();
    QString field;
    const QString problem = priceItem(item, &field);
    m_itemEditor->clearMarks();
    if (!problem.isEmpty() && !field.startsWith(QLatin1String("costing")))
        m_itemEditor->markField(field, problem);
    m_items->setItem(m_current, item, problem);
    m_itemEditor->showPricing(item, problem);
    updateItemTab();
    setModified(true);
    updateTotals();
}

void QuoteEditor::selectionToggled(int row) {
    if (row == m_current) {
        const QSignalBlocker block(m_itemEditor);
        m_itemEditor->selectedCheck()->setChecked(m_items->item(row).selected);
    }
    setModified(true);
    updateTotals();
}

bool QuoteEditor::ensureItemsNamed() {
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (!m_items->item(row).name.trimmed().isEmpty())
            continue;
        selectItem(row);
        m_itemEditor->markField(QStringLiteral("name"), tr("Enter the box name"));
        m_itemEditor->nameEdit()->setFocus(Qt::OtherFocusReason);
        m_message->showError(tr("Item %1 needs a box name.").arg(row + 1));
        return false;
    }
    return true;
}

// ---- Terms and totals -----------------------------------------------------------------------------------

void QuoteEditor::termsEdited() {
    if (m_loading)
        return;
    setModified(true);
    updateTotals();
    updateHeader();
}

bool QuoteEditor::readTransport(Money *transport) {
    const QString text = m_transport->text().trimmed();
    if (text.isEmpty()) {
        *transport = Money();
        FieldMark::clear(m_transport);
        return true;
    }
    auto parsed = IndianFormat::parse(text);
    if (!parsed || parsed->isNegative()) {
        FieldMark::set(m_transport, parsed ? tr("Enter zero or more") : parsed.error().message);
        return false;
    }
    FieldMark::clear(m_transport);
    *transport = parsed.value();
    return true;
}

QString QuoteEditor::placeOfSupply() const {
    if (!m_party)
        return {};
    return GstTotals::placeOfSupply(m_party->gstin, m_party->billing.stateCode);
}

bool QuoteEditor::intraState() const {
    // Until the shop's state is known (its first quote), the place of supply alone cannot make it
    // inter-state; saving settles it.
    if (m_sellerState.isEmpty())
        return true;
    return GstTotals::isIntraState(m_sellerState, placeOfSupply());
}

void QuoteEditor::updateTotals() {
    Money transport;
    if (!readTransport(&transport)) {
        m_totalsView->setNote(tr("The transport amount is not a number of rupees."), true);
        return;
    }
    auto totals = QuoteCalculator::totals(m_items->items(), transport, m_masters, intraState());
    if (!totals) {
        m_totalsView->setNote(MessageLabel::sentence(totals.error().message), true);
        return;
    }
    m_totals = totals.value();
    m_totalsView->setTotals(m_totals, m_masters.roundOff, placeOfSupply(), m_sellerState);
    const int problem = m_items->firstProblemRow();
    if (problem >= 0)
        m_totalsView->setNote(
            tr("Item %1 is left out until it can be priced: %2").arg(problem + 1).arg(m_items->problem(problem)),
            false);
    else
        m_totalsView->setNote(QString(), false);

    const QString gst = GstTotals::percentText(m_totals.gstRateBasisPoints);
    const QString source = m_quote.id > 0 ? tr("masters of v%1").arg(m_quote.activeVersion) : tr("today's masters");
    m_mastersInfo->setText(
        tr("GST %1 % \u00b7 round-off %2 \u00b7 %3").arg(gst, m_masters.roundOff ? tr("on") : tr("off"), source));
}

void QuoteEditor::useCurrentMasters() {
    auto current = m_quotes->currentMasters(m_session);
    if (!current) {
        m_message->showError(current.error().text());
        return;
    }
    m_masters = current.value();
    m_itemEditor->setMasters(m_masters);
    repriceAll();
    const int row = m_current;
    m_current = -1;
    selectItem(row);
    setModified(true);
    updateTotals();
    m_mastersInfo->setText(m_mastersInfo->text() + tr(" (changed to today's masters)"));
    m_useCurrentMasters->hide();
    m_message->showInfo(tr("Every item was priced again with today's masters; save to keep the new prices."));
}

// ---- State of the screen --------------------------------------------------------------------------------

void QuoteEditor::setModified(bool modified) {
    m_modified = modified;
    updateHeader();
}

void QuoteEditor::updateEnabled() {
    const bool party = hasParty();
    const bool mayEdit = m_session.can(perm::QuotesEdit);
    m_body->setEnabled(party);
    m_save->setEnabled(party && mayEdit);
    m_itemEditor->setEnabled(party && m_current >= 0);
    m_itemStack->setCurrentWidget(party && m_current >= 0 ? static_cast<QWidget *>(m_itemEditor) : m_itemPlaceholder);
    m_itemPlaceholder->setText(!party ? tr("Choose the party first: type part of a name, company or mobile number in "
                                           "Party above, or add a new party.")
                                      : tr("This quote has no items yet. Add one with Add item (Ctrl+Shift+N)."));
    m_duplicateItem->setEnabled(party && m_current >= 0);
    m_removeItem->setEnabled(party && m_current >= 0);
    m_addItem->setEnabled(party);
    updateVersionButtons();
}

QPushButton *QuoteEditor::statusButton(QuoteStatus status) const {
    return qobject_cast<QPushButton *>(m_statusGroup->button(int(status)));
}

void QuoteEditor::updateHeader() {
    const bool saved = m_quote.id > 0;
    m_title->setText(saved ? m_quote.number : tr("New quote"));
    m_versionBadge->setVisible(saved);
    if (saved) {
        const int count = int(m_quote.versions.size());
        m_versionBadge->setText(count > 1 ? tr("Version %1 of %2").arg(m_quote.activeVersion).arg(count)
                                          : tr("Version %1").arg(m_quote.activeVersion));
    }
    const QuoteStatus shown = saved ? m_quote.status : QuoteStatus::Draft;
    const QColor color = QuoteListModel::statusColor(shown);
    const QColor light = QColor::fromHsl(color.hslHue(), color.hslSaturation(), 236);
    m_statusBadge->setStyleSheet(chipStyle(color, light));
    QString statusText = quoteStatusLabel(shown);
    if (saved && shown == QuoteStatus::Expired)
        statusText = tr("Expired %1").arg(dateText(m_quote.active.validUntil));
    else if (saved && (shown == QuoteStatus::Draft || shown == QuoteStatus::Sent))
        statusText = tr("%1 \u00b7 valid until %2").arg(quoteStatusLabel(shown), dateText(m_quote.active.validUntil));
    else if (!saved)
        statusText = tr("Not saved yet");
    m_statusBadge->setText(statusText);

    // The buttons show the stored status; the moves the service allows stay enabled.
    const QuoteStatus stored = saved ? m_quote.storedStatus : QuoteStatus::Draft;
    const bool mayEdit = m_session.can(perm::QuotesEdit);
    for (QuoteStatus s : {QuoteStatus::Draft, QuoteStatus::Sent, QuoteStatus::Accepted, QuoteStatus::Rejected}) {
        QPushButton *button = statusButton(s);
        button->setChecked(s == stored);
        bool reachable = false;
        if (saved && mayEdit && s != stored) {
            if (stored == QuoteStatus::Draft)
                reachable = s != QuoteStatus::Draft;
            else if (stored == QuoteStatus::Sent)
                reachable = s == QuoteStatus::Accepted || s == QuoteStatus::Rejected;
        }
        button->setEnabled(reachable || s == stored);
    }

    if (m_party && m_party->id > 0) {
        QStringList parts;
        parts << PartyListModel::mobileText(m_party->mobile);
        if (!m_party->gstin.isEmpty())
            parts << tr("GSTIN %1").arg(m_party->gstin);
        const QString state = m_party->stateCode();
        if (!state.isEmpty())
            parts << Gstin::stateName(state);
        m_partySummary->setText(parts.join(QStringLiteral("  \u00b7  ")));
    } else {
        m_partySummary->setText(tr("Choose the party first: everything else opens once a party is chosen."));
    }

    const int versions = m_versions->rowCount();
    m_tabs->setTabText(2, versions > 0 ? tr("Versions (%1)").arg(versions) : tr("Versions"));
    m_tabs->setTabEnabled(2, saved);
    const QDate date = saved && !m_modified ? m_quote.active.date : QDate::currentDate();
    m_validUntil->setText(tr("until %1").arg(dateText(date.addDays(m_validityDays->value()))));

    if (m_print) {
        m_print->setEnabled(saved);
        m_makeInvoice->setVisible(stored == QuoteStatus::Accepted && m_session.can(perm::InvoicesEdit));
    }

    QString title = saved ? tr("%1 (v%2)").arg(m_quote.number).arg(m_quote.activeVersion) : tr("New quote");
    if (m_party && m_party->id > 0)
        title += QStringLiteral(" \u2014 ") + m_party->name;
    setWindowTitle(tr("%1%2 \u2013 BoxCostPro").arg(title, m_modified ? QStringLiteral(" *") : QString()));
}

void QuoteEditor::updateVersionButtons() {
    const bool saved = m_quote.id > 0;
    const QModelIndexList rows = m_versionsView->selectionModel()->selectedRows();
    m_compareButton->setEnabled(saved && m_versions->rowCount() > 1);
    const bool oneOld = rows.size() == 1 && !rows.first().data(QuoteVersionsModel::ActiveRole).toBool();
    m_restoreButton->setEnabled(saved && oneOld && m_session.can(perm::QuotesEdit));
}

// ---- Saving, versions and status ------------------------------------------------------------------------

QuoteDraft QuoteEditor::draft() const {
    QuoteDraft d;
    d.quoteId = m_quote.id;
    d.rowVersion = m_quote.rowVersion;
    d.partyId = m_party ? m_party->id : 0;
    d.items = m_items->items();
    Money transport;
    if (auto parsed = IndianFormat::parse(m_transport->text().trimmed()); parsed)
        transport = parsed.value();
    d.transport = transport;
    d.terms.paymentTerms = m_paymentTerms->text().trimmed();
    d.terms.deliveryDays = m_deliveryDays->value();
    d.terms.validityDays = m_validityDays->value();
    d.notes = m_notes->toPlainText().trimmed();
    d.masters = m_masters;
    return d;
}

bool QuoteEditor::save() {
    m_message->clearMessage();
    if (!hasParty()) {
        m_message->showError(tr("Choose the party first."));
        m_picker->setFocus();
        return false;
    }
    if (m_items->rowCount() == 0) {
        m_message->showError(tr("Add at least one item."));
        return false;
    }
    if (!ensureItemsNamed())
        return false;
    if (const int row = m_items->firstProblemRow(); row >= 0) {
        selectItem(row);
        m_message->showError(tr("Item %1 cannot be priced yet: %2").arg(row + 1).arg(m_items->problem(row)));
        return false;
    }
    Money transport;
    if (!readTransport(&transport)) {
        m_transport->setFocus();
        m_message->showError(tr("Enter the transport amount in rupees, e.g. 1,500.00."));
        return false;
    }
    const QuoteDraft d = draft();

    if (m_quote.id == 0) {
        auto duplicate = m_quotes->findDuplicate(m_session, d.partyId, d.items, 0);
        if (!duplicate) {
            m_message->showError(duplicate.error().text());
            return false;
        }
        if (duplicate->has_value()) {
            const DuplicateMatch &match = duplicate->value();
            QMessageBox box(QMessageBox::Warning, tr("Duplicate box"), QuoteService::duplicateWarning(),
                            QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("duplicateWarning"));
            box.setInformativeText(tr("\u201c%1\u201d of the same size is already quoted to %2 in %3 (version %4).")
                                       .arg(match.boxName, m_party->name, match.number)
                                       .arg(match.activeVersion));
            QPushButton *proceed = box.addButton(tr("Save as a new version"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(proceed);
            box.exec();
            if (box.clickedButton() != proceed) {
                m_message->showInfo(tr("Not saved."));
                return false;
            }
        }
    }

    auto result = m_quotes->save(m_session, d);
    if (!result) {
        const Error &e = result.error();
        static const QRegularExpression itemField(QStringLiteral("^items\\[(\\d+)\\]\\.(.+)$"));
        const QRegularExpressionMatch m = itemField.match(e.field);
        if (m.hasMatch()) {
            selectItem(m.captured(1).toInt());
            m_itemEditor->markField(m.captured(2), MessageLabel::sentence(e.message));
            m_message->showError(tr("Item %1: %2").arg(m.captured(1).toInt() + 1).arg(e.message));
        } else {
            if (e.field == QLatin1String("transport"))
                FieldMark::set(m_transport, e.message);
            m_message->showError(e.message);
        }
        return false;
    }
    auto loaded = m_quotes->get(m_session, result->quoteId);
    if (!loaded) {
        m_message->showError(loaded.error().text());
        return false;
    }
    loadQuote(loaded.value());
    if (result->duplicate)
        m_message->showWarning(
            tr("Saved as version %1 of %2: %3").arg(result->version).arg(result->number, result->warning));
    else if (result->newQuote)
        m_message->showSuccess(tr("Saved as %1, version 1.").arg(result->number));
    else
        m_message->showSuccess(tr("Saved version %1 of %2.").arg(result->version).arg(result->number));
    Q_EMIT saved(result->quoteId, result->version);
    return true;
}

bool QuoteEditor::confirmDiscard(const QString &action) {
    if (!m_modified)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("This quote has changes that are not saved. Discard them and %1?").arg(action),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardQuestion"));
    QPushButton *discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == discard;
}

bool QuoteEditor::restoreVersion(int version) {
    if (m_quote.id == 0)
        return false;
    if (!confirmDiscard(tr("restore version %1").arg(version)))
        return false;
    auto result = m_quotes->restore(m_session, m_quote.id, version, m_quote.rowVersion);
    if (!result) {
        m_message->showError(result.error().text());
        return false;
    }
    auto loaded = m_quotes->get(m_session, m_quote.id);
    if (!loaded) {
        m_message->showError(loaded.error().text());
        return false;
    }
    loadQuote(loaded.value());
    m_message->showSuccess(tr("Version restored as a new active version"));
    Q_EMIT quoteChanged(m_quote.id);
    Q_EMIT saved(m_quote.id, result->version);
    return true;
}

QuoteCompareDialog *QuoteEditor::compareVersions(int a, int b) {
    if (m_quote.id == 0)
        return nullptr;
    if (m_compareDialog)
        m_compareDialog->close();
    auto *dialog = new QuoteCompareDialog(*m_quotes, m_session, m_quote.id, m_quote.number, m_quote.versions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_compareDialog = dialog;
    dialog->compare(a, b);
    dialog->show();
    return dialog;
}

QuoteCompareDialog *QuoteEditor::compareDialog() const {
    return m_compareDialog.data();
}

void QuoteEditor::compareSelected() {
    if (m_quote.id == 0 || m_versions->rowCount() < 2)
        return;
    QModelIndexList rows = m_versionsView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &x, const QModelIndex &y) { return x.row() > y.row(); });
    int a = 0;
    int b = 0;
    if (rows.size() >= 2) {
        // Older on the left.
        a = m_versions->versionAt(rows.at(0).row());
        b = m_versions->versionAt(rows.at(1).row());
    } else if (rows.size() == 1 && m_versions->versionAt(rows.first().row()) != m_quote.activeVersion) {
        a = m_versions->versionAt(rows.first().row());
        b = m_quote.activeVersion;
    } else {
        // The active version against the one before it.
        b = m_quote.activeVersion;
        a = m_versions->versionAt(1);
        if (a == b)
            a = m_versions->versionAt(0);
    }
    compareVersions(qMin(a, b), qMax(a, b));
}

void QuoteEditor::restoreSelected() {
    const QModelIndexList rows = m_versionsView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    restoreVersion(m_versions->versionAt(rows.first().row()));
}

bool QuoteEditor::setStatus(QuoteStatus status) {
    if (m_quote.id == 0 || status == QuoteStatus::Draft)
        return false;
    auto quote = m_quotes->setStatus(m_session, m_quote.id, status, m_quote.rowVersion);
    if (!quote) {
        m_message->showError(quote.error().text());
        return false;
    }
    m_quote.storedStatus = quote->storedStatus;
    m_quote.status = quote->status;
    m_quote.rowVersion = quote->rowVersion;
    m_quote.updatedAt = quote->updatedAt;
    m_quote.updatedBy = quote->updatedBy;
    updateHeader();
    m_message->showSuccess(tr("%1 marked %2.").arg(m_quote.number, quoteStatusLabel(quote->storedStatus).toLower()));
    Q_EMIT quoteChanged(m_quote.id);
    return true;
}

// ---- Documents and invoicing -----------------------------------------------------------------------------

Result<PrintJob> QuoteEditor::printJob() const {
    if (m_quote.id <= 0)
        return Error::invalid(QStringLiteral("quote"), tr("save the quote first: documents show a saved version"));
    DocumentBuilder builder(m_db);
    auto document = builder.quote(m_session, m_quote.id, m_quote.activeVersion);
    if (!document)
        return document.error();
    return PrintJob::quote(document.value());
}

void QuoteEditor::printPreview() {
    auto job = printJob();
    if (job && m_modified)
        m_message->showInfo(
            tr("The document shows saved version %1; save to include the changes.").arg(m_quote.activeVersion));
    runDocumentAction(this, job, DocumentAction::Preview, m_message);
}

void QuoteEditor::print() {
    runDocumentAction(this, printJob(), DocumentAction::Print, m_message);
}

void QuoteEditor::saveAsPdf() {
    runDocumentAction(this, printJob(), DocumentAction::SaveAsPdf, m_message);
}

qint64 QuoteEditor::makeInvoice() {
    if (m_quote.id <= 0 || m_quote.storedStatus != QuoteStatus::Accepted)
        return 0;
    InvoiceService invoices(m_db);
    NewInvoiceDialog dialog(m_db, invoices, m_session, this);
    dialog.searchEdit()->setText(m_quote.number);
    dialog.searchNow();
    if (!dialog.chooseQuote(m_quote.id)) {
        m_message->showError(tr("%1 is not among the accepted quotes that can be invoiced.").arg(m_quote.number));
        return 0;
    }
    if (dialog.exec() != QDialog::Accepted || dialog.blankChosen())
        return 0;
    const qint64 invoiceId = dialog.created().id;
    // Owned by the main window like the quote's own window: closing the quote must not close the invoice.
    InvoiceEditor::openWindow(m_db, m_session, invoiceId, window()->parentWidget());
    Q_EMIT invoiceCreated(invoiceId);
    return invoiceId;
}

void QuoteEditor::closeEvent(QCloseEvent *event) {
    if (m_modified && hasParty()) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        m_quote.id > 0 ? tr("Save the changes to %1 as a new version?").arg(m_quote.number)
                                       : tr("Save this new quote?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("closeQuestion"));
        QPushButton *saveButton = box.addButton(tr("Save"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveButton);
        box.exec();
        if (box.clickedButton() == saveButton) {
            if (!save()) {
                event->ignore();
                return;
            }
        } else if (box.clickedButton() != discard) {
            event->ignore();
            return;
        }
    }
    if (m_compareDialog)
        m_compareDialog->close();
    event->accept();
}

} // namespace bcp::ui
