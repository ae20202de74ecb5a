#include "invoices/NewInvoiceDialog.h"

#include "accounts/MessageLabel.h"
#include "money/IndianFormat.h"
#include "services/InvoiceService.h"
#include "services/QuoteService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace bcp::ui {

namespace {

constexpr int kQuoteIdRole = Qt::UserRole + 1;

} // namespace

NewInvoiceDialog::NewInvoiceDialog(Database &db, InvoiceService &invoices, const Session &session, QWidget *parent)
    : QDialog(parent), m_invoices(invoices), m_session(session), m_quotes(std::make_unique<QuoteService>(db)) {
    setObjectName(QStringLiteral("newInvoiceDialog"));
    setWindowTitle(tr("New invoice"));

    m_fromQuote = new QRadioButton(tr("From an &accepted quote"), this);
    m_fromQuote->setObjectName(QStringLiteral("newFromQuote"));
    m_blank = new QRadioButton(tr("&Blank invoice (choose the party and type the lines)"), this);
    m_blank->setObjectName(QStringLiteral("newBlank"));
    m_fromQuote->setChecked(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("newQuoteSearch"));
    m_search->setPlaceholderText(tr("Search quote number, party or box"));
    m_search->setClearButtonEnabled(true);
    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);
    m_quotesList = new QListWidget(this);
    m_quotesList->setObjectName(QStringLiteral("newQuoteList"));
    m_items = new QListWidget(this);
    m_items->setObjectName(QStringLiteral("newQuoteItems"));
    auto *itemsLabel = new QLabel(tr("&Items to bill"), this);
    itemsLabel->setBuddy(m_items);
    auto *quotesLabel = new QLabel(tr("Accepted &quotes"), this);
    quotesLabel->setBuddy(m_search);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("newInvoiceDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    auto *dateLabel = new QLabel(tr("Invoice &date"), this);
    dateLabel->setBuddy(m_date);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("newInvoiceMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create draft"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("newInvoiceCreate"));
    m_create->setDefault(true);

    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(quotesLabel);
    left->addWidget(m_search);
    left->addWidget(m_quotesList, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(itemsLabel);
    right->addWidget(m_items, 1);
    lists->addLayout(left, 1);
    lists->addLayout(right, 1);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fromQuote);
    layout->addLayout(lists, 1);
    layout->addWidget(m_blank);
    layout->addLayout(dateRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 460);

    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &NewInvoiceDialog::searchNow);
    connect(m_quotesList, &QListWidget::currentRowChanged, this, &NewInvoiceDialog::quoteChosen);
    connect(m_fromQuote, &QRadioButton::toggled, this, &NewInvoiceDialog::updateEnabled);
    connect(m_items, &QListWidget::itemChanged, this, &NewInvoiceDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { create(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    searchNow();
}

NewInvoiceDialog::~NewInvoiceDialog() = default;

void NewInvoiceDialog::searchNow() {
    m_searchPause->stop();
    QuoteQuery query;
    query.search = m_search->text().trimmed();
    query.statuses = {QuoteStatus::Accepted};
    query.limit = kQuotesShown;
    auto page = m_quotes->list(m_session, query);
    m_quotesList->clear();
    if (!page) {
        m_message->showError(page.error().message);
        return;
    }
    for (const QuoteRow &row : page->rows) {
        const QString party = row.partyCompany.isEmpty() ? row.partyName : row.partyCompany;
        auto *item = new QListWidgetItem(
            tr("%1  \u00b7  %2  \u00b7  %3")
                .arg(row.number, party, IndianFormat::money(row.grand, IndianFormat::Symbol::Rupee)),
            m_quotesList);
        item->setData(kQuoteIdRole, row.id);
        item->setToolTip(row.boxNames);
    }
    if (page->rows.isEmpty())
        m_message->showInfo(query.search.isEmpty()
                                ? tr("No accepted quotes yet: mark a quote Accepted in the quote editor first.")
                                : tr("No accepted quote matches \u201c%1\u201d.").arg(query.search));
    else
        m_message->clearMessage();
    m_quote = Quote();
    m_items->clear();
    updateEnabled();
}

bool NewInvoiceDialog::chooseQuote(qint64 quoteId) {
    for (int row = 0; row < m_quotesList->count(); ++row) {
        if (m_quotesList->item(row)->data(kQuoteIdRole).toLongLong() == quoteId) {
            m_fromQuote->setChecked(true);
            m_quotesList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void NewInvoiceDialog::setItemChecked(int item, bool checked) {
    if (item >= 0 && item < m_items->count())
        m_items->item(item)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void NewInvoiceDialog::quoteChosen() {
    m_items->clear();
    m_quote = Quote();
    QListWidgetItem *current = m_quotesList->currentItem();
    if (current) {
        auto quote = m_quotes->get(m_session, current->data(kQuoteIdRole).toLongLong());
        if (!quote) {
            m_message->showError(quote.error().message);
        } else {
            m_quote = quote.value();
            // The invoice takes the version's selected items, in order: the same list is offered here.
            for (const QuoteItem &qi : m_quote.active.items) {
                if (!qi.selected)
                    continue;
                auto *item = new QListWidgetItem(
                    tr("%1  \u00b7  %2 \u00d7 %3")
                        .arg(qi.name, IndianFormat::grouped(qi.quantity()), IndianFormat::money(qi.unitPrice)),
                    m_items);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren);
                item->setCheckState(Qt::Checked);
            }
        }
    }
    updateEnabled();
}

bool NewInvoiceDialog::blankChosen() const {
    return m_blank->isChecked();
}

void NewInvoiceDialog::updateEnabled() {
    const bool fromQuote = m_fromQuote->isChecked();
    m_search->setEnabled(fromQuote);
    m_quotesList->setEnabled(fromQuote);
    m_items->setEnabled(fromQuote);
    int ticked = 0;
    for (int row = 0; row < m_items->count(); ++row)
        ticked += m_items->item(row)->checkState() == Qt::Checked ? 1 : 0;
    m_create->setEnabled(!fromQuote || (m_quote.id > 0 && ticked > 0));
    m_create->setText(fromQuote ? tr("&Create draft") : tr("&Start blank invoice"));
}

bool NewInvoiceDialog::create() {
    if (blankChosen()) {
        accept();
        return true;
    }
    if (m_quote.id <= 0) {
        m_message->showError(tr("Choose the accepted quote to invoice"));
        return false;
    }
    QList<int> dropped;
    for (int row = 0; row < m_items->count(); ++row) {
        if (m_items->item(row)->checkState() != Qt::Checked)
            dropped << row;
    }
    if (dropped.size() == m_items->count()) {
        m_message->showError(tr("Tick at least one item to bill"));
        return false;
    }
    auto created = m_invoices.createFromQuote(m_session, m_quote.id, m_date->date());
    if (!created) {
        m_message->showError(created.error().message);
        return false;
    }
    m_created = created.value();
    if (!dropped.isEmpty()) {
        InvoiceDraft draft = InvoiceDraft::of(m_created);
        std::sort(dropped.begin(), dropped.end(), std::greater<int>());
        for (int row : dropped) {
            if (row < draft.lines.size())
                draft.lines.removeAt(row);
        }
        auto saved = m_invoices.saveDraft(m_session, draft);
        if (!saved) {
            // The draft exists with every item; it opens so the lines can be removed there.
            m_message->showError(saved.error().message);
        } else {
            m_created = saved.value();
        }
    }
    accept();
    return true;
}

} // namespace bcp::ui
