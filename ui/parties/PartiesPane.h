#pragma once
// The Parties pane: the shop's customers, paged from the database so a million open at once, searched as
// you type by name, company or mobile, sortable by name or company; add, edit and delete (a party that
// quotes name is hidden instead, and can be shown again); the chosen party's page with its quotes.

#include "services/Session.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bcp {
class Database;
class PartyService;
class QuoteService;
} // namespace bcp

namespace bcp::ui {

class PartyListModel;
class PartyPage;
class QuoteEditor;

class PartiesPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 150;

    PartiesPane(Database &db, const Session &session, QWidget *parent = nullptr);
    ~PartiesPane() override;

    // Shows a party's page (selecting its row when it is loaded).
    bool showParty(qint64 partyId);
    // Applies the search box now (it otherwise waits for a pause in typing).
    void applySearch();

    // The add/edit dialogs; true when a party was saved.
    bool newParty();
    bool editParty();
    // Deletes (or, when quotes name it, hides) the selected party after confirmation.
    bool deleteParty();
    // Shows a hidden party again.
    bool unhideParty();

    QuoteEditor *openQuote(qint64 quoteId);
    QuoteEditor *newQuote(qint64 partyId);

    PartyListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *showHiddenCheck() const { return m_showHidden; }
    PartyPage *page() const { return m_page; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *deleteButton() const;

private:
    void build();
    void selectionChanged();
    void updateStatus();
    qint64 selectedId() const;
    void reloadKeeping(qint64 partyId);

    Database &m_db;
    Session m_session;
    std::unique_ptr<PartyService> m_parties;
    std::unique_ptr<QuoteService> m_quotes;
    PartyListModel *m_model;

    QLineEdit *m_search = nullptr;
    QCheckBox *m_showHidden = nullptr;
    QTimer *m_pause = nullptr;
    QTableView *m_view = nullptr;
    PartyPage *m_page = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_new = nullptr;
};

} // namespace bcp::ui
