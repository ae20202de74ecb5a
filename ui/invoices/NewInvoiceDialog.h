#pragma once
// "New invoice": from an accepted quote (choose the quote, then tick which of its items to bill) or blank.
// For a quote the draft is created here, with the unticked items left out, and its id is kept for the
// invoice screen; a blank invoice is started by the invoice screen itself.

#include "services/InvoiceTypes.h"
#include "services/QuoteTypes.h"
#include "services/Session.h"

#include <QDialog>

#include <memory>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;

namespace bcp {
class Database;
class InvoiceService;
class QuoteService;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;

class NewInvoiceDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 200;
    static constexpr int kQuotesShown = 50;

    NewInvoiceDialog(Database &db, InvoiceService &invoices, const Session &session, QWidget *parent = nullptr);
    ~NewInvoiceDialog() override;

    // Runs the pending quote search now.
    void searchNow();
    // Chooses a quote among the accepted ones listed; false when it is not listed.
    bool chooseQuote(qint64 quoteId);
    void setItemChecked(int item, bool checked);

    // Creates the draft (from a quote) and accepts; for a blank invoice only accepts.
    bool create();
    bool blankChosen() const;
    // The draft made from the quote; valid after create() succeeded for a quote.
    const Invoice &created() const { return m_created; }

    QRadioButton *fromQuoteRadio() const { return m_fromQuote; }
    QRadioButton *blankRadio() const { return m_blank; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *quoteList() const { return m_quotesList; }
    QListWidget *itemList() const { return m_items; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *createButton() const { return m_create; }
    MessageLabel *message() const { return m_message; }

private:
    void quoteChosen();
    void updateEnabled();

    InvoiceService &m_invoices;
    Session m_session;
    std::unique_ptr<QuoteService> m_quotes;
    Quote m_quote;
    Invoice m_created;

    QRadioButton *m_fromQuote = nullptr;
    QRadioButton *m_blank = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchPause = nullptr;
    QListWidget *m_quotesList = nullptr;
    QListWidget *m_items = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_create = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace bcp::ui
