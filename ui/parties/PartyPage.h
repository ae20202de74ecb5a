#pragma once
// One party's page in the Parties pane: contact details, GST registration and addresses, and the party's
// quotes (newest first, paged); Enter or a double-click opens a quote.

#include "services/PartyTypes.h"
#include "services/Session.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace bcp {
class PartyService;
class QuoteService;
} // namespace bcp

namespace bcp::ui {

class QuoteListModel;

class PartyPage : public QWidget {
    Q_OBJECT
public:
    PartyPage(PartyService &parties, QuoteService &quotes, const Session &session, QWidget *parent = nullptr);

    // Shows the party (loaded again, so edits elsewhere show); false with the reason shown when it is gone.
    bool showParty(qint64 partyId);
    void clear();
    // Loads the party's quotes again.
    void refreshQuotes();

    bool hasParty() const { return m_party.has_value(); }
    const Party &party() const { return *m_party; }
    // The detail shown for "mobile", "email", "gstin", "pan", "state", "billing", "shipping", "notes".
    QString detailText(const QString &key) const;

    QuoteListModel *quotesModel() const { return m_quotesModel; }
    QTableView *quotesView() const { return m_quotesView; }
    QPushButton *newQuoteButton() const { return m_newQuote; }
    QPushButton *editButton() const { return m_edit; }
    // "Delete…", or "Show again" for a hidden party.
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void openQuoteRequested(qint64 quoteId);
    void newQuoteRequested(qint64 partyId);
    void editRequested(qint64 partyId);
    void deleteRequested(qint64 partyId);
    void unhideRequested(qint64 partyId);

private:
    void addDetail(QGridLayout *grid, const QString &key, const QString &caption, int row, int column, int span = 1);
    void openCurrentQuote();
    void updateQuoteCount();

    PartyService &m_parties;
    QuoteService &m_quotes;
    Session m_session;
    std::optional<Party> m_party;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_hidden = nullptr;
    QHash<QString, QLabel *> m_details;
    QPushButton *m_newQuote = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_quotesTitle = nullptr;
    QuoteListModel *m_quotesModel = nullptr;
    QTableView *m_quotesView = nullptr;
};

} // namespace bcp::ui
