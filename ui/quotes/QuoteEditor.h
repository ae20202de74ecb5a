#pragma once
// The quote editor, where the shop spends its day: party first (nothing else can be touched until one is
// chosen), then the items, each costed live in the Box calculator with its negotiated price, transport,
// terms and notes, and the totals exactly as every document shows them, updated on each keystroke.
// Saving (Ctrl+S) creates a new immutable version (after the duplicate-box warning for a new quote); the
// versions can be compared side by side and any one restored as the new active version; the status moves
// draft → sent → accepted | rejected, with "expired" shown once the validity has passed.

#include "Result.h"
#include "costing/CostingMasters.h"
#include "services/QuoteTypes.h"
#include "services/Session.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QToolButton;

namespace bcp {
class Database;
class MastersService;
class PartyService;
class QuoteService;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;
class PartyPicker;
class QuoteCompareDialog;
class QuoteItemEditor;
class QuoteItemsModel;
class QuoteTotalsView;
class QuoteVersionsModel;
struct PrintJob;

class QuoteEditor : public QWidget {
    Q_OBJECT
public:
    QuoteEditor(Database &db, const Session &session, QWidget *parent = nullptr);
    ~QuoteEditor() override;

    // The editor window of `quoteId`, raised if one is open already, else a new window (0: a new quote,
    // optionally for `partyId`). Windows delete themselves when closed.
    static QuoteEditor *openWindow(Database &db, const Session &session, qint64 quoteId, qint64 partyId = 0,
                                   QWidget *parent = nullptr);

    // Starts a new, empty quote; with a party id that party is chosen already.
    void newQuote(qint64 partyId = 0);
    // Loads the active version of a saved quote; false with the reason shown when it cannot be loaded.
    bool openQuote(qint64 quoteId);
    // Chooses the party of a new quote.
    bool chooseParty(qint64 partyId);

    qint64 quoteId() const { return m_quote.id; }
    QString number() const { return m_quote.number; }
    int activeVersion() const { return m_quote.activeVersion; }
    const Quote &quote() const { return m_quote; }
    bool hasParty() const;
    bool isModified() const { return m_modified; }

    // Saves the editor's content as a new version; false when refused or cancelled (the reason is shown).
    bool save();
    // Copies `version` into a new active version; false when refused or cancelled.
    bool restoreVersion(int version);
    // Opens the side-by-side comparison of two versions (left, right).
    QuoteCompareDialog *compareVersions(int a, int b);
    bool setStatus(QuoteStatus status);

    // The saved active version as a document (unsaved changes are not in it); refused for a new quote.
    Result<PrintJob> printJob() const;
    void printPreview();
    void print();
    void saveAsPdf();
    // For an accepted quote: chooses the items to bill and opens the draft invoice made from them; its id, or 0.
    qint64 makeInvoice();

    void addItem();
    void duplicateItem();
    void removeItem();
    void selectItem(int row);
    int currentItem() const { return m_current; }

    // The totals on screen.
    const Totals &totals() const { return m_totals; }
    const costing::CostingMasters &masters() const { return m_masters; }

    // Parts, for the offscreen tests and the main window.
    PartyPicker *partyPicker() const { return m_picker; }
    QWidget *body() const { return m_body; }
    QuoteItemsModel *itemsModel() const { return m_items; }
    QTableView *itemsView() const { return m_itemsView; }
    QuoteItemEditor *itemEditor() const { return m_itemEditor; }
    QuoteTotalsView *totalsView() const { return m_totalsView; }
    QuoteVersionsModel *versionsModel() const { return m_versions; }
    QTableView *versionsView() const { return m_versionsView; }
    QLineEdit *transportEdit() const { return m_transport; }
    QLineEdit *paymentTermsEdit() const { return m_paymentTerms; }
    QSpinBox *deliveryDaysSpin() const { return m_deliveryDays; }
    QSpinBox *validityDaysSpin() const { return m_validityDays; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    MessageLabel *message() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    QToolButton *printButton() const { return m_print; }
    QPushButton *makeInvoiceButton() const { return m_makeInvoice; }
    QPushButton *statusButton(QuoteStatus status) const;
    QLabel *statusBadge() const { return m_statusBadge; }
    // The comparison window opened last, while it is open.
    QuoteCompareDialog *compareDialog() const;
    // The item, terms and versions tabs below the items.
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void saved(qint64 quoteId, int version);
    // A status change, a restore: the quote's row in lists changed.
    void quoteChanged(qint64 quoteId);
    // A draft invoice was made from this quote.
    void invoiceCreated(qint64 invoiceId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void build();
    QWidget *buildHeader();
    QWidget *buildItems();
    QWidget *buildSide();
    QWidget *buildTabs();
    void buildShortcuts();

    void partyChosen(const Party &party);
    void loadQuote(const Quote &quote);
    void itemsSelectionChanged();
    void updateItemTab();
    void itemEdited();
    void termsEdited();
    void selectionToggled(int row);
    // Prices `item` with the quote's masters; the reason it cannot be priced, or empty.
    QString priceItem(QuoteItem &item, QString *field = nullptr) const;
    void repriceAll();
    void updateTotals();
    void updateHeader();
    void updateEnabled();
    void setModified(bool modified);
    bool confirmDiscard(const QString &action);
    bool ensureItemsNamed();
    bool readTransport(Money *transport);
    QuoteDraft draft() const;
    bool intraState() const;
    QString placeOfSupply() const;
    void useCurrentMasters();
    void compareSelected();
    void restoreSelected();
    void updateVersionButtons();

    Database &m_db;
    Session m_session;
    std::unique_ptr<PartyService> m_parties;
    std::unique_ptr<QuoteService> m_quotes;
    std::unique_ptr<MastersService> m_mastersService;

    Quote m_quote; // id 0 while new
    std::optional<Party> m_party;
    costing::CostingMasters m_masters;
    costing::BoxSpec m_blankSpec;
    QString m_sellerState;
    Totals m_totals;
    int m_current = -1;
    bool m_loading = false;
    bool m_modified = false;

    PartyPicker *m_picker = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_versionBadge = nullptr;
    QLabel *m_statusBadge = nullptr;
    QLabel *m_partySummary = nullptr;
    QButtonGroup *m_statusGroup = nullptr;
    QWidget *m_body = nullptr;
    QSplitter *m_split = nullptr;
    QuoteItemsModel *m_items = nullptr;
    QTableView *m_itemsView = nullptr;
    QPushButton *m_addItem = nullptr;
    QPushButton *m_duplicateItem = nullptr;
    QPushButton *m_removeItem = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_itemStack = nullptr;
    QLabel *m_itemPlaceholder = nullptr;
    QuoteItemEditor *m_itemEditor = nullptr;
    QuoteTotalsView *m_totalsView = nullptr;
    QLabel *m_mastersInfo = nullptr;
    QPushButton *m_useCurrentMasters = nullptr;
    QLineEdit *m_transport = nullptr;
    QLineEdit *m_paymentTerms = nullptr;
    QSpinBox *m_deliveryDays = nullptr;
    QSpinBox *m_validityDays = nullptr;
    QLabel *m_validUntil = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QuoteVersionsModel *m_versions = nullptr;
    QTableView *m_versionsView = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QToolButton *m_print = nullptr;
    QPushButton *m_makeInvoice = nullptr;
    QPointer<QuoteCompareDialog> m_compareDialog;
};

} // namespace bcp::ui
