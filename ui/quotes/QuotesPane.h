#pragma once
// The Quotes pane: every quote of the shop, paged from the database so a million open at once, with search
// as you type (number, party or box name), status and date filters and sortable columns. Enter opens the
// selected quote, Ctrl+N starts a new one and Ctrl+F goes to the search box.

#include "services/QuoteTypes.h"
#include "services/Session.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bcp {
class Database;
class QuoteService;
} // namespace bcp

namespace bcp::ui {

class QuoteEditor;
class QuoteListModel;

class QuotesPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 150;

    QuotesPane(Database &db, const Session &session, QWidget *parent = nullptr);
    ~QuotesPane() override;

    // The query the controls describe.
    QuoteQuery currentQuery() const;
    // Applies the controls now (the search box otherwise waits for a pause in typing).
    void applyFilter();
    void clearFilters();
    // Loads the list again with the same filters (after a quote was saved elsewhere).
    void refresh();

    // Opens the editor window of a quote (raising it when it is open already).
    QuoteEditor *openQuote(qint64 quoteId);
    // Opens the editor for a new quote, optionally for a party.
    QuoteEditor *newQuote(qint64 partyId = 0);
    // Opens the selected quote.
    QuoteEditor *openSelected();

    QuoteListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *newButton() const { return m_new; }

private:
    void build();
    void updateCount();
    void watch(QuoteEditor *editor);

    Database &m_db;
    Session m_session;
    std::unique_ptr<QuoteService> m_quotes;
    QuoteListModel *m_model;

    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTimer *m_pause = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace bcp::ui
