#include "parties/PartyPage.h"

#include "money/Gstin.h"
#include "money/IndianFormat.h"
#include "parties/PartyListModel.h"
#include "quotes/QuoteListModel.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

QString addressText(const Address &a) {
    QStringList lines;
    for (const QString &part : {a.line1, a.line2})
        if (!part.isEmpty())
            lines << part;
    QStringList cityLine;
    if (!a.city.isEmpty())
        cityLine << a.city;
    if (!a.stateCode.isEmpty())
        cityLine << Gstin::stateName(a.stateCode);
    QString last = cityLine.join(QStringLiteral(", "));
    if (!a.pin.isEmpty())
        last += (last.isEmpty() ? QString() : QStringLiteral(" ")) + a.pin;
    if (!last.isEmpty())
        lines << last;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PartyPage::PartyPage(PartyService &parties, QuoteService &quotes, const Session &session, QWidget *parent)
    : QWidget(parent), m_parties(parties), m_quotes(quotes), m_session(session) {
    setObjectName(QStringLiteral("partyPage"));
    m_stack = new QStackedWidget(this);

    m_empty = new QLabel(tr("Choose a party on the left to see its details and quotes."), m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #6b6b6b; }"));
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("partyName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_name->setFont(big);
    m_company = new QLabel(page);
    m_company->setObjectName(QStringLiteral("partyCompany"));
    m_company->setStyleSheet(QStringLiteral("QLabel { color: #455a64; font-size: 11pt; }"));
    m_hidden = new QLabel(tr("Hidden"), page);
    m_hidden->setStyleSheet(
        QStringLiteral("QLabel { color: #8a5300; background: #fff4e0; border-radius: 9px; padding: 2px 10px;"
                       " font-weight: bold; }"));
    m_hidden->setToolTip(tr("Kept for the quotes that name this party; left out of pickers"));
    m_newQuote = new QPushButton(tr("New &quote"), page);
    m_newQuote->setObjectName(QStringLiteral("partyNewQuote"));
    m_newQuote->setEnabled(m_session.can(perm::QuotesEdit));
    m_edit = new QPushButton(tr("&Edit\u2026"), page);
    m_edit->setObjectName(QStringLiteral("partyPageEdit"));
    m_edit->setToolTip(tr("Change this party's details (Enter in the list)"));
    m_edit->setEnabled(m_session.can(perm::PartiesEdit));
    m_delete = new QPushButton(tr("&Delete\u2026"), page);
    m_delete->setObjectName(QStringLiteral("partyPageDelete"));
    m_delete->setEnabled(m_session.can(perm::PartiesEdit));

    auto *head = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_hidden);
    nameRow->addStretch();
    names->addLayout(nameRow);
    names->addWidget(m_company);
    head->addLayout(names, 1);
    head->addWidget(m_edit, 0, Qt::AlignTop);
    head->addWidget(m_delete, 0, Qt::AlignTop);
    head->addSpacing(8);
    head->addWidget(m_newQuote, 0, Qt::AlignTop);

    auto *card = new QFrame(page);
    card->setObjectName(QStringLiteral("partyCard"));
    card->setStyleSheet(
        QStringLiteral("QFrame#partyCard { background: #f7f9fb; border: 1px solid #d5dde5; border-radius: 6px; }"
                       "QFrame#partyCard QLabel { background: transparent; }"
                       "QLabel[caption=\"true\"] { color: #5f6368; }"));
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(14, 12, 14, 12);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    addDetail(grid, QStringLiteral("mobile"), tr("Mobile"), 0, 0);
    addDetail(grid, QStringLiteral("email"), tr("E-mail"), 0, 2);
    addDetail(grid, QStringLiteral("gstin"), tr("GSTIN"), 1, 0);
    addDetail(grid, QStringLiteral("pan"), tr("PAN"), 1, 2);
    addDetail(grid, QStringLiteral("state"), tr("State"), 2, 0);
    addDetail(grid, QStringLiteral("designation"), tr("Designation"), 2, 2);
    addDetail(grid, QStringLiteral("billing"), tr("Billing address"), 3, 0);
    addDetail(grid, QStringLiteral("shipping"), tr("Shipping address"), 3, 2);
    addDetail(grid, QStringLiteral("notes"), tr("Notes"), 4, 0, 3);

    m_quotesTitle = new QLabel(page);
    m_quotesTitle->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; font-size: 10.5pt; }"));
    m_quotesModel = new QuoteListModel(m_quotes, m_session, this);
    m_quotesModel->setPageSize(100);
    m_quotesView = new QTableView(page);
    m_quotesView->setObjectName(QStringLiteral("partyQuotesView"));
    m_quotesView->setModel(m_quotesModel);
    m_quotesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quotesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_quotesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quotesView->setAlternatingRowColors(true);
    m_quotesView->setShowGrid(false);
    m_quotesView->setWordWrap(false);
    m_quotesView->verticalHeader()->hide();
    m_quotesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_quotesView->verticalHeader()->setDefaultSectionSize(m_quotesView->fontMetrics().height() + 10);
    m_quotesView->horizontalHeader()->setHighlightSections(false);
    m_quotesView->horizontalHeader()->setSectionResizeMode(QuoteListModel::NumberColumn, QHeaderView::Stretch);
    m_quotesView->hideColumn(QuoteListModel::PartyColumn);
    const int em = m_quotesView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_quotesView->setColumnWidth(QuoteListModel::DateColumn, 8 * em);
    m_quotesView->setColumnWidth(QuoteListModel::ItemsColumn, 4 * em);
    m_quotesView->setColumnWidth(QuoteListModel::GrandColumn, 9 * em);
    m_quotesView->setColumnWidth(QuoteListModel::StatusColumn, 6 * em);
    m_quotesView->setColumnWidth(QuoteListModel::VersionColumn, 5 * em);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(head);
    layout->addWidget(card);
    layout->addSpacing(4);
    layout->addWidget(m_quotesTitle);
    layout->addWidget(m_quotesView, 1);
    m_stack->addWidget(page);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *open = new QAction(m_quotesView);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, &PartyPage::openCurrentQuote);
    m_quotesView->addAction(open);
    connect(m_quotesView, &QTableView::doubleClicked, this, &PartyPage::openCurrentQuote);
    connect(m_newQuote, &QPushButton::clicked, this, [this] {
        if (m_party)
            Q_EMIT newQuoteRequested(m_party->id);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_party)
            Q_EMIT editRequested(m_party->id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_party)
            return;
        if (m_party->deleted)
            Q_EMIT unhideRequested(m_party->id);
        else
            Q_EMIT deleteRequested(m_party->id);
    });
    connect(m_quotesModel, &PagedTableModel::pageLoaded, this, &PartyPage::updateQuoteCount);
}

void PartyPage::addDetail(QGridLayout *grid, const QString &key, const QString &caption, int row, int column,
                          int span) {
    QWidget *card = grid->parentWidget();
    auto *c = new QLabel(caption, card);
    c->setProperty("caption", true);
    auto *value = new QLabel(card);
    value->setObjectName(QStringLiteral("detail_") + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(c, row, column, Qt::AlignTop);
    grid->addWidget(value, row, column + 1, 1, span);
    m_details.insert(key, value);
}

QString PartyPage::detailText(const QString &key) const {
    const QLabel *label = m_details.value(key);
    return label ? label->text() : QString();
}

void PartyPage::clear() {
    m_party.reset();
    m_quotesModel->clear();
    m_stack->setCurrentIndex(0);
}

bool PartyPage::showParty(qint64 partyId) {
    auto loaded = m_parties.get(m_session, partyId);
    if (!loaded) {
        clear();
        m_empty->setText(loaded.error().text());
        return false;
    }
    m_party = loaded.value();
    const Party &p = *m_party;
    const QString none = QStringLiteral("\u2014");
    auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    m_name->setText(p.name);
    m_company->setText(p.company);
    m_company->setVisible(!p.company.isEmpty());
    m_hidden->setVisible(p.deleted);
    m_details[QStringLiteral("mobile")]->setText(PartyListModel::mobileText(p.mobile));
    m_details[QStringLiteral("email")]->setText(orNone(p.email));
    m_details[QStringLiteral("gstin")]->setText(orNone(p.gstin));
    m_details[QStringLiteral("pan")]->setText(orNone(p.pan));
    const QString state = p.stateCode();
    m_details[QStringLiteral("state")]->setText(state.isEmpty() ? none
                                                                : tr("%1 (%2)").arg(Gstin::stateName(state), state));
    m_details[QStringLiteral("designation")]->setText(orNone(p.designation));
    m_details[QStringLiteral("billing")]->setText(orNone(addressText(p.billing)));
    m_details[QStringLiteral("shipping")]->setText(p.shippingSameAsBilling ? tr("Same as billing")
                                                                           : orNone(addressText(p.shipping)));
    m_details[QStringLiteral("notes")]->setText(orNone(p.notes));
    m_newQuote->setEnabled(m_session.can(perm::QuotesEdit) && !p.deleted);
    m_delete->setText(p.deleted ? tr("Show &again") : tr("&Delete\u2026"));
    m_delete->setToolTip(p.deleted
                             ? tr("Show this party in pickers again")
                             : tr("Delete the party; one that quotes name is hidden instead (Delete in the list)"));
    m_stack->setCurrentIndex(1);
    refreshQuotes();
    return true;
}

void PartyPage::refreshQuotes() {
    if (!m_party)
        return;
    QuoteQuery query;
    query.partyId = m_party->id;
    m_quotesModel->setQuery(query);
    updateQuoteCount();
}

void PartyPage::updateQuoteCount() {
    const int n = m_quotesModel->rowCount();
    if (!m_quotesModel->errorText().isEmpty())
        m_quotesTitle->setText(m_quotesModel->errorText());
    else if (n == 0)
        m_quotesTitle->setText(tr("No quotes yet"));
    else if (m_quotesModel->atEnd())
        m_quotesTitle->setText(n == 1 ? tr("1 quote") : tr("%1 quotes").arg(IndianFormat::grouped(n)));
    else
        m_quotesTitle->setText(tr("Quotes (newest %1 shown)").arg(IndianFormat::grouped(n)));
}

void PartyPage::openCurrentQuote() {
    const QModelIndex current = m_quotesView->currentIndex();
    if (current.isValid())
        Q_EMIT openQuoteRequested(m_quotesModel->idAt(current.row()));
}

} // namespace bcp::ui
