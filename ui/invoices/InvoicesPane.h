#pragma once
// The Invoices pane (invoices.view): the shop's tax invoices and credit notes, paged from the database, with
// filters for status, party, invoice date range and unpaid, and a search over number, party and quote. New
// invoice starts one from an accepted quote (choosing its items) or blank; a row opens in the invoice screen.

#include "services/InvoiceTypes.h"
#include "services/Session.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bcp {
class Database;
class InvoiceService;
class PartyService;
} // namespace bcp

namespace bcp::ui {

class InvoiceEditor;
class InvoiceListModel;
class MessageLabel;
class PartyPicker;

class InvoicesPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 300;

    InvoicesPane(Database &db, const Session &session, QWidget *parent = nullptr);
    ~InvoicesPane() override;

    // The query the filter controls describe.
    InvoiceQuery currentQuery() const;
    void applyFilter();
    void clearFilters();
    // Reloads the list, keeping the chosen invoice chosen.
    void refresh();
    // Opens NewInvoiceDialog, then the invoice screen on the new draft; the screen, or null when cancelled.
    InvoiceEditor *newInvoice();
    // Opens the invoice screen of `invoiceId` (0: a blank invoice) in its own window.
    InvoiceEditor *openInvoice(qint64 invoiceId);

    // Exposed for the offscreen tests.
    InvoiceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *statusCombo() const { return m_status; }
    PartyPicker *partyFilter() const { return m_party; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *unpaidCheck() const { return m_unpaid; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *newButton() const { return m_new; }
    MessageLabel *banner() const { return m_banner; }
    QLabel *statusLabel() const { return m_statusLabel; }

private:
    void build();
    void updateStatus();
    void watch(InvoiceEditor *editor);

    Database &m_db;
    Session m_session;
    std::unique_ptr<InvoiceService> m_invoices;
    std::unique_ptr<PartyService> m_parties;
    InvoiceListModel *m_model = nullptr;

    MessageLabel *m_banner = nullptr;
    QComboBox *m_status = nullptr;
    PartyPicker *m_party = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_unpaid = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchPause = nullptr;
    QPushButton *m_new = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace bcp::ui
