#pragma once
// One ticket in the Tickets pane: who raised it and about what, the conversation (public replies, the
// requester's messages and the resolution, with internal notes set apart in yellow), a box to reply or add
// a note, the status (only the moves the status machine allows; RESOLVED asks for a resolution note),
// priority, assignee and tags, the SLA due times, and the attachments (add, save). A closed ticket shows
// read-only. Every change goes through TicketService; its refusals appear in the message line.

#include "Result.h"
#include "services/Session.h"
#include "services/TicketTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace bcp {
class TicketService;
}

namespace bcp::ui {

class MessageLabel;

class TicketView : public QWidget {
    Q_OBJECT
public:
    TicketView(TicketService &tickets, const Session &session, QWidget *parent = nullptr);

    // Loads and shows the ticket; false (with the reason shown) when it cannot be read.
    bool showTicket(qint64 ticketId);
    void reload();
    void clear();
    bool hasTicket() const { return m_thread.ticket.id > 0; }
    const TicketThread &thread() const { return m_thread; }

    // The actions behind the buttons; each returns whether the service accepted it.
    bool sendMessage();
    bool applyStatus();
    bool applyPriority();
    bool applyAssignee();
    bool assignToMe();
    bool applyTags();
    bool addAttachmentFile(const QString &path, bool internal);
    bool saveAttachment(qint64 attachmentId, const QString &path);
    // The requester's copy (no notes, no internal files) as a text file.
    bool exportForRequester(const QString &path);

    // Exposed for the offscreen tests.
    QLabel *titleLabel() const { return m_title; }
    QLabel *metaLabel() const { return m_meta; }
    QLabel *slaLabel() const { return m_sla; }
    QLabel *statusLabel() const { return m_status; }
    QTextBrowser *conversation() const { return m_conversation; }
    QPlainTextEdit *composer() const { return m_composer; }
    QComboBox *messageKindCombo() const { return m_kind; }
    QPushButton *sendButton() const { return m_send; }
    QComboBox *nextStatusCombo() const { return m_nextStatus; }
    QPlainTextEdit *resolutionNoteEdit() const { return m_resolutionNote; }
    QPushButton *applyStatusButton() const { return m_applyStatus; }
    QComboBox *priorityCombo() const { return m_priority; }
    QComboBox *assigneeCombo() const { return m_assignee; }
    QPushButton *assignToMeButton() const { return m_assignMe; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QListWidget *attachmentList() const { return m_attachments; }
    QCheckBox *internalAttachmentCheck() const { return m_internalAttachment; }
    QPushButton *addAttachmentButton() const { return m_addAttachment; }
    QPushButton *saveAttachmentButton() const { return m_saveAttachment; }
    QPushButton *exportButton() const { return m_export; }
    MessageLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // The ticket was changed here: the list should show its new state.
    void ticketChanged(qint64 ticketId);

private:
    void build();
    void populate();
    void renderConversation();
    void updateComposer();
    void updateStatusControls();
    void setEditable(bool editable);
    template <class T> bool finish(const Result<T> &result, const QString &done);
    void chooseAttachment();
    void saveSelectedAttachment();
    void chooseExportFile();

    TicketService &m_tickets;
    Session m_session;
    TicketThread m_thread;
    bool m_populating = false;

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_sla = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_conversation = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_send = nullptr;
    QComboBox *m_nextStatus = nullptr;
    QLabel *m_noteCaption = nullptr;
    QPlainTextEdit *m_resolutionNote = nullptr;
    QPushButton *m_applyStatus = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QPushButton *m_assignMe = nullptr;
    QLineEdit *m_tags = nullptr;
    QListWidget *m_attachments = nullptr;
    QCheckBox *m_internalAttachment = nullptr;
    QPushButton *m_addAttachment = nullptr;
    QPushButton *m_saveAttachment = nullptr;
    QPushButton *m_export = nullptr;
    MessageLabel *m_message = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace bcp::ui
