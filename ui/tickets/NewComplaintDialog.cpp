#include "tickets/NewComplaintDialog.h"

#include "accounts/MessageLabel.h"
#include "money/IndianFormat.h"
#include "services/Clock.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"
#include "services/TicketService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

constexpr int kPartyIdRole = Qt::UserRole + 1;

} // namespace

NewComplaintDialog::NewComplaintDialog(Database &db, const Session &session, qint64 partyId,
                                       std::optional<qint64> quoteId, QWidget *parent)
    : NewComplaintDialog(db, session, Clock::system(), partyId, quoteId, parent) {}

NewComplaintDialog::NewComplaintDialog(Database &db, const Session &session, const Clock &clock, qint64 partyId,
                                       std::optional<qint64> quoteId, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_tickets(std::make_unique<TicketService>(db, clock)),
      m_parties(std::make_unique<PartyService>(db, clock)), m_quotes(std::make_unique<QuoteService>(db, clock)) {
    build(partyId, quoteId);
}

NewComplaintDialog::~NewComplaintDialog() = default;

void NewComplaintDialog::build(qint64 partyId, std::optional<qint64> quoteId) {
    setObjectName(QStringLiteral("newComplaintDialog"));
    setWindowTitle(partyId > 0 ? tr("New complaint") : tr("New ticket"));
    setMinimumWidth(560);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("complaintMessage"));

    // Who raised it.
    m_requester = new QLabel(this);
    m_requester->setObjectName(QStringLiteral("complaintRequester"));
    m_requester->setTextFormat(Qt::RichText);
    m_partyRadio = new QRadioButton(tr("A &customer (party)"), this);
    m_selfRadio = new QRadioButton(
        tr("&Myself (%1)").arg(m_session.displayName.isEmpty() ? m_session.username : m_session.displayName), this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_partyRadio);
    group->addButton(m_selfRadio);
    m_partyRadio->setChecked(true);
    m_partySearch = new QLineEdit(this);
    m_partySearch->setObjectName(QStringLiteral("complaintPartySearch"));
    m_partySearch->setPlaceholderText(tr("Type a name, company or mobile number"));
    m_partySearch->setClearButtonEnabled(true);
    m_partyMatches = new QListWidget(this);
    m_partyMatches->setObjectName(QStringLiteral("complaintPartyMatches"));
    m_partyMatches->setMaximumHeight(m_partyMatches->fontMetrics().height() * 6 + 8);
    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);

    auto *requesterBox = new QVBoxLayout;
    requesterBox->addWidget(m_requester);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_partyRadio);
    choice->addWidget(m_selfRadio);
    choice->addStretch(1);
    requesterBox->addLayout(choice);
    requesterBox->addWidget(m_partySearch);
    requesterBox->addWidget(m_partyMatches);

    m_document = new QComboBox(this);
    m_document->setObjectName(QStringLiteral("complaintDocument"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("complaintSubject"));
    m_subject->setMaxLength(TicketService::kMaxSubject);
    m_subject->setPlaceholderText(tr("e.g. 200 boxes crushed at the corners"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("complaintCategory"));
    if (auto categories = m_tickets->categories(m_session)) {
        for (const TicketCategory &c : categories.value())
            m_category->addItem(c.name, c.code);
    }
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("complaintPriority"));
    for (TicketPriority p : allTicketPriorities())
        m_priority->addItem(ticketPriorityLabel(p), int(p));
    m_priority->setCurrentIndex(m_priority->findData(int(TicketPriority::Medium)));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("complaintDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened: quantities, lot, delivery date, what the customer asks for"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("complaintTags"));
    m_tags->setPlaceholderText(tr("optional, comma-separated"));

    auto *form = new QFormLayout;
    form->addRow(tr("Requester:"), requesterBox);
    form->addRow(tr("&About:"), m_document);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Tags:"), m_tags);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate ticket"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("complaintCreate"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewComplaintDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_partySearch, &QLineEdit::textEdited, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &NewComplaintDialog::searchNow);
    connect(m_partyMatches, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_partyFixed)
            chooseParty(item->data(kPartyIdRole).toLongLong());
    });
    connect(m_partyRadio, &QRadioButton::toggled, this, &NewComplaintDialog::updateRequester);

    if (partyId > 0) {
        m_partyFixed = true;
        chooseParty(partyId);
    }
    if (quoteId || partyId <= 0)
        loadDocuments(quoteId);
    updateRequester();
    m_subject->setFocus();
}

void NewComplaintDialog::chooseParty(qint64 partyId) {
    if (partyId == m_partyId && partyId > 0)
        return;
    auto party = m_parties->get(m_session, partyId);
    if (!party) {
        m_message->showError(party.error().message);
        return;
    }
    m_partyId = partyId;
    QString text = QStringLiteral("<b>%1</b>").arg(party->name.toHtmlEscaped());
    if (!party->company.isEmpty() && party->company != party->name)
        text += QStringLiteral(" \u00b7 %1").arg(party->company.toHtmlEscaped());
    if (!party->mobile.isEmpty())
        text += QStringLiteral(" \u00b7 %1").arg(party->mobile.toHtmlEscaped());
    if (!party->billing.city.isEmpty())
        text += QStringLiteral(" \u00b7 %1").arg(party->billing.city.toHtmlEscaped());
    m_requester->setText(text);
    if (!m_fixedDocument)
        loadDocuments(std::nullopt);
}

void NewComplaintDialog::searchNow() {
    m_searchPause->stop();
    m_partyMatches->clear();
    PartyQuery query;
    query.search = m_partySearch->text().trimmed();
    query.limit = 20;
    auto page = m_parties->list(m_session, query);
    if (!page) {
        m_message->showError(page.error().message);
        return;
    }
    for (const PartyRow &p : page->rows) {
        QStringList parts{p.name};
        if (!p.company.isEmpty() && p.company != p.name)
            parts << p.company;
        parts << p.mobile;
        if (!p.city.isEmpty())
            parts << p.city;
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" \u00b7 ")), m_partyMatches);
        item->setData(kPartyIdRole, p.id);
    }
}

void NewComplaintDialog::loadDocuments(std::optional<qint64> quoteId) {
    m_document->clear();
    m_document->addItem(tr("No particular document"));
    if (m_fixedDocument) {
        m_document->addItem(m_fixedDocument->number, QVariantList{m_fixedDocument->type, m_fixedDocument->id});
        m_document->setCurrentIndex(1);
        m_document->setEnabled(false);
        return;
    }
    m_document->setEnabled(m_partyId > 0);
    // Quotes are offered only to those who may see them (asking without the right would be refused and audited).
    if (m_partyId <= 0 || !m_session.can(perm::QuotesView))
        return;
    QuoteQuery query;
    query.partyId = m_partyId;
    query.limit = 50;
    auto page = m_quotes->list(m_session, query);
    if (!page) {
        m_message->showError(page.error().message);
        return;
    }
    for (const QuoteRow &q : page->rows) {
        m_document->addItem(
            tr("Quote %1 of %2 \u2013 \u20b9%3")
                .arg(q.number, q.date.toString(QStringLiteral("dd MMM yyyy")), IndianFormat::money(q.grand)),
            QVariantList{QStringLiteral("quote"), q.id});
    }
    if (quoteId) {
        for (int i = 1; i < m_document->count(); ++i) {
            if (m_document->itemData(i).toList().value(1).toLongLong() == *quoteId) {
                m_document->setCurrentIndex(i);
                m_document->setEnabled(false);
                m_fixedDocument = LinkedDocument{QStringLiteral("quote"), *quoteId, QString()};
                return;
            }
        }
        m_message->showWarning(tr("The quote to link was not found among this party's quotes."));
    }
}

void NewComplaintDialog::setLinkedDocument(const LinkedDocument &document) {
    m_fixedDocument = document;
    loadDocuments(std::nullopt);
}

void NewComplaintDialog::updateRequester() {
    const bool party = m_partyFixed || m_partyRadio->isChecked();
    m_partyRadio->setVisible(!m_partyFixed);
    m_selfRadio->setVisible(!m_partyFixed);
    m_partySearch->setVisible(!m_partyFixed && party);
    m_partyMatches->setVisible(!m_partyFixed && party);
    m_document->setEnabled(party && m_partyId > 0 && !m_fixedDocument);
    if (!party)
        m_requester->setText(tr("The ticket is raised by you."));
    else if (m_partyId <= 0)
        m_requester->setText(tr("Find the customer who complains:"));
    if (!m_partyFixed && party && m_partyMatches->count() == 0)
        searchNow();
}

void NewComplaintDialog::focusField(const QString &field) {
    if (field == QStringLiteral("subject"))
        m_subject->setFocus();
    else if (field == QStringLiteral("category"))
        m_category->setFocus();
    else if (field == QStringLiteral("description"))
        m_description->setFocus();
    else if (field == QStringLiteral("tags"))
        m_tags->setFocus();
    else if (field == QStringLiteral("requester"))
        m_partySearch->setFocus();
    else if (field == QStringLiteral("linked"))
        m_document->setFocus();
}

bool NewComplaintDialog::create() {
    NewTicket in;
    in.subject = m_subject->text();
    in.description = m_description->toPlainText();
    in.category = m_category->currentData().toString();
    in.priority = TicketPriority(m_priority->currentData().toInt());
    in.tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool party = m_partyFixed || m_partyRadio->isChecked();
    if (party) {
        in.partyId = m_partyId;
        const QVariantList doc = m_document->currentData().toList();
        if (doc.size() == 2) {
            in.linked.type = doc.at(0).toString();
            in.linked.id = doc.at(1).toLongLong();
        }
    } else {
        in.requesterUserId = m_session.userId;
    }
    if (party && m_partyId <= 0) {
        m_message->showError(tr("choose the customer who complains"));
        focusField(QStringLiteral("requester"));
        return false;
    }
    auto created = m_tickets->create(m_session, in);
    if (!created) {
        m_message->showError(created.error().message);
        focusField(created.error().field);
        return false;
    }
    m_created = created.value();
    accept();
    return true;
}

} // namespace bcp::ui
