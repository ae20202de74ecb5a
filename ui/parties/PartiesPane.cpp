#include "parties/PartiesPane.h"

#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "money/IndianFormat.h"
#include "parties/PartyDialog.h"
#include "parties/PartyListModel.h"
#include "parties/PartyPage.h"
#include "quotes/QuoteEditor.h"
#include "quotes/QuoteListModel.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bcp::ui {

PartiesPane::PartiesPane(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_parties(std::make_unique<PartyService>(db)),
      m_quotes(std::make_unique<QuoteService>(db)), m_model(new PartyListModel(*m_parties, m_session, this)) {
    build();
    applySearch();
}

PartiesPane::~PartiesPane() = default;

void PartiesPane::build() {
    setObjectName(QStringLiteral("partiesPane"));

    auto *title = makePaneTitle(tr("Parties"), this);
    auto *subtitle = new QLabel(tr("The shop's customers. Type to search by name, company or mobile number."), this);
    subtitle->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));

    const bool mayEdit = m_session.can(perm::PartiesEdit);
    m_new = new QPushButton(tr("&New party"), this);
    m_new->setObjectName(QStringLiteral("newPartyButton"));
    m_new->setToolTip(tr("Add a party (Ctrl+N)"));
    m_new->setEnabled(mayEdit);
    m_new->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; padding: 5px 16px; }"));
    auto *head = makePaneHeader(title, subtitle);
    head->addWidget(m_new, 0, Qt::AlignBottom);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("partiesSearch"));
    m_search->setPlaceholderText(tr("Search name, company or mobile (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_showHidden = new QCheckBox(tr("Show &hidden parties"), this);
    m_showHidden->setObjectName(QStringLiteral("showHiddenParties"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addSpacing(8);
    filters->addWidget(m_showHidden);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("partiesView"));
    m_view->setModel(m_model);
    setUpRowList(m_view, RowSelection::Single, 10);
    m_view->setShowGrid(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(PartyListModel::NameColumn, Qt::AscendingOrder);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(PartyListModel::NameColumn, 12 * em);
    m_view->setColumnWidth(PartyListModel::CompanyColumn, 16 * em);
    m_view->setColumnWidth(PartyListModel::MobileColumn, 8 * em);
    m_view->setColumnWidth(PartyListModel::CityColumn, 8 * em);
    m_view->setColumnWidth(PartyListModel::StateColumn, 9 * em);

    m_page = new PartyPage(*m_parties, *m_quotes, m_session, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    auto *split = makeListDetailSplitter(Qt::Horizontal, left, m_page, 3, 2, this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("partiesStatus"));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addSpacing(4);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    addSearchShortcut(this, m_search);
    connect(addPaneShortcut(this, QKeySequence::New), &QAction::triggered, this, [this] {
        if (m_new->isEnabled())
            newParty();
    });
    auto *edit = new QAction(m_view);
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, [this] {
        if (m_page->editButton()->isEnabled())
            editParty();
    });
    m_view->addAction(edit);
    auto *remove = new QAction(m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (m_page->deleteButton()->isEnabled() && m_page->hasParty() && !m_page->party().deleted)
            deleteParty();
    });
    m_view->addAction(remove);

    m_pause = makeSearchPause(m_search, kSearchPauseMs, this);
    connect(m_pause, &QTimer::timeout, this, &PartiesPane::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });
    connect(m_showHidden, &QCheckBox::toggled, this, &PartiesPane::applySearch);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        if (!PartyListModel::sortFor(column)) {
            const QSignalBlocker block(header);
            const PartyQuery &q = m_model->query();
            header->setSortIndicator(PartyListModel::columnFor(q.sort),
                                     q.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            return;
        }
        m_model->sort(column, order);
        updateStatus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PartiesPane::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_page->editButton()->isEnabled())
            editParty();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PartiesPane::selectionChanged);
    connect(m_model, &PagedTableModel::pageLoaded, this, &PartiesPane::updateStatus);
    connect(m_model, &PagedTableModel::fetchFailed, this, &PartiesPane::updateStatus);
    connect(m_new, &QPushButton::clicked, this, &PartiesPane::newParty);
    connect(m_page, &PartyPage::editRequested, this, &PartiesPane::editParty);
    connect(m_page, &PartyPage::deleteRequested, this, &PartiesPane::deleteParty);
    connect(m_page, &PartyPage::unhideRequested, this, &PartiesPane::unhideParty);
    connect(m_page, &PartyPage::openQuoteRequested, this, &PartiesPane::openQuote);
    connect(m_page, &PartyPage::newQuoteRequested, this, &PartiesPane::newQuote);
}

void PartiesPane::applySearch() {
    m_pause->stop();
    PartyQuery query = m_model->query();
    query.search = m_search->text().trimmed();
    query.includeDeleted = m_showHidden->isChecked();
    m_model->setQuery(query);
    updateStatus();
}

qint64 PartiesPane::selectedId() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void PartiesPane::selectionChanged() {
    const qint64 id = selectedId();
    if (id > 0)
        m_page->showParty(id);
    else if (!m_page->hasParty() || m_model->rowOfId(m_page->party().id) < 0)
        m_page->clear();
}

bool PartiesPane::showParty(qint64 partyId) {
    const int row = m_model->rowOfId(partyId);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    } else {
        m_view->selectionModel()->clearSelection();
    }
    return m_page->showParty(partyId);
}

QPushButton *PartiesPane::deleteButton() const {
    return m_page->deleteButton();
}

void PartiesPane::updateStatus() {
    if (!m_model->errorText().isEmpty()) {
        m_status->setText(m_model->errorText());
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_status->setText(m_model->query().search.isEmpty() ? tr("No parties yet: Ctrl+N adds one.")
                                                            : tr("No party matches the search."));
    else if (m_model->atEnd())
        m_status->setText(rows == 1 ? tr("1 party") : tr("%1 parties").arg(IndianFormat::grouped(rows)));
    else
        m_status->setText(tr("First %1 parties shown; more load as you scroll.").arg(IndianFormat::grouped(rows)));
}

void PartiesPane::reloadKeeping(qint64 partyId) {
    m_model->reload();
    updateStatus();
    if (partyId > 0)
        showParty(partyId);
}

bool PartiesPane::newParty() {
    PartyDialog dialog(*m_parties, m_session, this);
    dialog.prefill(m_model->rowCount() == 0 ? m_search->text() : QString());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reloadKeeping(dialog.savedParty().id);
    m_status->setText(tr("Added %1.").arg(dialog.savedParty().name));
    return true;
}

bool PartiesPane::editParty() {
    if (!m_page->hasParty())
        return false;
    auto current = m_parties->get(m_session, m_page->party().id);
    if (!current) {
        m_status->setText(current.error().text());
        return false;
    }
    PartyDialog dialog(*m_parties, m_session, current.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reloadKeeping(dialog.savedParty().id);
    m_status->setText(tr("Saved %1.").arg(dialog.savedParty().name));
    return true;
}

bool PartiesPane::deleteParty() {
    if (!m_page->hasParty())
        return false;
    auto current = m_parties->get(m_session, m_page->party().id);
    if (!current) {
        m_status->setText(current.error().text());
        return false;
    }
    const Party &party = current.value();
    QuoteQuery anyQuote;
    anyQuote.partyId = party.id;
    anyQuote.limit = 1;
    auto quotes = m_quotes->list(m_session, anyQuote);
    const bool hasQuotes = !quotes || !quotes->rows.isEmpty();

    QMessageBox box(QMessageBox::Question, tr("Delete party"), QString(), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deletePartyQuestion"));
    QPushButton *yes = nullptr;
    if (hasQuotes) {
        box.setText(tr("%1 has quotes, so the party cannot be removed.").arg(party.name));
        box.setInformativeText(
            tr("It will be hidden instead: kept with its quotes for the records, and left out of the "
               "party picker and the list. \u201cShow hidden parties\u201d finds it again."));
        yes = box.addButton(tr("Hide party"), QMessageBox::AcceptRole);
    } else {
        box.setText(tr("Delete %1?").arg(party.name));
        box.setInformativeText(tr("%1 has no quotes, so the party will be removed for good.").arg(party.name));
        yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    }
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    if (box.clickedButton() != yes)
        return false;

    auto removed = m_parties->remove(m_session, party.id, party.rowVersion);
    if (!removed) {
        m_status->setText(removed.error().text());
        return false;
    }
    const bool hidden = removed.value() == PartyService::Removal::Hidden;
    m_page->clear();
    reloadKeeping(hidden && m_showHidden->isChecked() ? party.id : 0);
    m_status->setText(hidden ? tr("%1 is hidden; its quotes keep it.").arg(party.name)
                             : tr("%1 was deleted.").arg(party.name));
    return true;
}

bool PartiesPane::unhideParty() {
    if (!m_page->hasParty())
        return false;
    auto current = m_parties->get(m_session, m_page->party().id);
    if (!current) {
        m_status->setText(current.error().text());
        return false;
    }
    auto shown = m_parties->unhide(m_session, current->id, current->rowVersion);
    if (!shown) {
        m_status->setText(shown.error().text());
        return false;
    }
    reloadKeeping(shown->id);
    m_status->setText(tr("%1 is shown again.").arg(shown->name));
    return true;
}

QuoteEditor *PartiesPane::openQuote(qint64 quoteId) {
    QuoteEditor *editor = QuoteEditor::openWindow(m_db, m_session, quoteId, 0, window());
    connect(editor, &QuoteEditor::saved, m_page, &PartyPage::refreshQuotes, Qt::UniqueConnection);
    connect(editor, &QuoteEditor::quoteChanged, m_page, &PartyPage::refreshQuotes, Qt::UniqueConnection);
    return editor;
}

QuoteEditor *PartiesPane::newQuote(qint64 partyId) {
    QuoteEditor *editor = QuoteEditor::openWindow(m_db, m_session, 0, partyId, window());
    connect(editor, &QuoteEditor::saved, m_page, &PartyPage::refreshQuotes, Qt::UniqueConnection);
    return editor;
}

} // namespace bcp::ui
