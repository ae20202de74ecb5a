#pragma once
// "New complaint": raises a support ticket, usually a customer's complaint about a box, a print or a
// delivery, linked to the party and optionally to one of its quotes (invoices use setLinkedDocument).
//
// Opening it from elsewhere in the app (Parties pane, quote editor, invoice screen):
//
//     NewComplaintDialog dialog(db, session, party.id);            // pre-linked to a party
//     NewComplaintDialog dialog(db, session, party.id, quote.id);  // ... and to one of its quotes
//     if (dialog.exec() == QDialog::Accepted)
//         showTicket(dialog.createdTicket().id);
//
// With partyId 0 the user picks the requester: a party found by name, company or mobile, or themself. The
// party and the linked document are fixed when given; subject, category, priority, description and tags are
// entered here. The ticket is created (numbered, SLA times set, auto-assigned) when Create is pressed; a
// refusal stays in the dialog with the field it concerns focused.

#include "services/Session.h"
#include "services/TicketTypes.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTimer;

namespace bcp {
class Clock;
class Database;
class PartyService;
class QuoteService;
class TicketService;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;

class NewComplaintDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 200;

    // `partyId` 0: the user chooses the requester. `quoteId`: one of that party's quotes to link.
    NewComplaintDialog(Database &db, const Session &session, qint64 partyId = 0,
                       std::optional<qint64> quoteId = std::nullopt, QWidget *parent = nullptr);
    // The same with the clock the ticket's SLA times are taken from (tests pass a manual clock).
    NewComplaintDialog(Database &db, const Session &session, const Clock &clock, qint64 partyId,
                       std::optional<qint64> quoteId, QWidget *parent = nullptr);
    ~NewComplaintDialog() override;

    // Links a document that is not a quote (an invoice): shown and fixed like a given quote.
    void setLinkedDocument(const LinkedDocument &document);

    // Creates the ticket from the fields; on success the dialog is accepted.
    bool create();
    // Valid after the dialog was accepted.
    const Ticket &createdTicket() const { return m_created; }

    // The party chosen (or given); 0 when the requester is the signed-in user or nobody is chosen yet.
    qint64 partyId() const { return m_partyId; }
    void chooseParty(qint64 partyId);
    // Runs the pending party search now.
    void searchNow();

    // Exposed for the offscreen tests.
    QLabel *requesterLabel() const { return m_requester; }
    QRadioButton *partyRadio() const { return m_partyRadio; }
    QRadioButton *selfRadio() const { return m_selfRadio; }
    QLineEdit *partySearch() const { return m_partySearch; }
    QListWidget *partyMatches() const { return m_partyMatches; }
    QComboBox *documentCombo() const { return m_document; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *priorityCombo() const { return m_priority; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *tagsEdit() const { return m_tags; }
    MessageLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void build(qint64 partyId, std::optional<qint64> quoteId);
    void loadDocuments(std::optional<qint64> quoteId);
    void updateRequester();
    void focusField(const QString &field);

    Database &m_db;
    Session m_session;
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<PartyService> m_parties;
    std::unique_ptr<QuoteService> m_quotes;
    qint64 m_partyId = 0;
    bool m_partyFixed = false;
    std::optional<LinkedDocument> m_fixedDocument;
    Ticket m_created;

    QLabel *m_requester = nullptr;
    QRadioButton *m_partyRadio = nullptr;
    QRadioButton *m_selfRadio = nullptr;
    QLineEdit *m_partySearch = nullptr;
    QListWidget *m_partyMatches = nullptr;
    QTimer *m_searchPause = nullptr;
    QComboBox *m_document = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_priority = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_tags = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bcp::ui
