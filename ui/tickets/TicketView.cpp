#include "tickets/TicketView.h"

#include "accounts/MessageLabel.h"
#include "services/AttachmentCheck.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/TicketService.h"
#include "services/TicketSla.h"
#include "services/TicketWorkflow.h"
#include "tickets/SlaBadgeDelegate.h"
#include "tickets/TicketListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

constexpr int kAttachmentIdRole = Qt::UserRole + 1;

QString when(const QDateTime &t) {
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// "26 Nov 14:30": due times in the narrow side column.
QString shortWhen(const QDateTime &t) {
    return QLocale().toString(t.toLocalTime(), QStringLiteral("dd MMM HH:mm"));
}

QString html(const QString &text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString sizeText(qint64 bytes) {
    if (bytes < 1024)
        return TicketView::tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return TicketView::tr("%1 KB").arg((bytes + 1023) / 1024);
    return TicketView::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

// One message as a two-cell row: a coloured strip, then the header and the text on a tinted background.
QString messageBlock(const QString &accent, const QString &background, const QString &header, const QString &body) {
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-bottom: 10px;\">"
                          "<tr><td width=\"4\" bgcolor=\"%1\"></td>"
                          "<td bgcolor=\"%2\" style=\"padding: 6px 10px;\">%3<br>%4</td></tr></table>")
        .arg(accent, background, header, body);
}

QString headerLine(const QString &who, const QString &what, const QDateTime &at, const QString &tag = {}) {
    QString out;
    if (!tag.isEmpty())
        out += QStringLiteral("<span style=\"color: #8a6100; font-weight: 600;\">%1</span> &nbsp;")
                   .arg(tag.toHtmlEscaped());
    out += QStringLiteral("<b>%1</b> <span style=\"color: #6b7280;\">%2 · %3</span>")
               .arg(who.toHtmlEscaped(), what.toHtmlEscaped(), when(at));
    return out;
}

} // namespace

TicketView::TicketView(TicketService &tickets, const Session &session, QWidget *parent)
    : QWidget(parent), m_tickets(tickets), m_session(session) {
    build();
    clear();
}

void TicketView::build() {
    setObjectName(QStringLiteral("ticketView"));

    m_placeholder = new QLabel(tr("Choose a ticket in the list to see its conversation."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    QPalette dim = m_placeholder->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(dim);

    m_body = new QWidget(this);
    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(m_body);
    m_meta->setObjectName(QStringLiteral("ticketMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    m_message = new MessageLabel(m_body);
    m_message->setObjectName(QStringLiteral("ticketMessage"));

    // Conversation and composer.
    m_conversation = new QTextBrowser(m_body);
    m_conversation->setObjectName(QStringLiteral("ticketConversation"));
    m_conversation->setOpenLinks(false);
    m_conversation->setMinimumHeight(120);
    m_kind = new QComboBox(m_body);
    m_kind->setObjectName(QStringLiteral("ticketMessageKind"));
    m_kind->addItem(tr("Reply to requester"), int(TicketMessageKind::Reply));
    m_kind->addItem(tr("Internal note"), int(TicketMessageKind::Note));
    m_kind->addItem(tr("Requester's message"), int(TicketMessageKind::Requester));
    m_kind->setToolTip(tr("Replies and the requester's messages are part of the requester's copy; internal notes "
                          "never are. Use \"Requester's message\" to record what a customer said on the phone."));
    m_composer = new QPlainTextEdit(m_body);
    m_composer->setObjectName(QStringLiteral("ticketComposer"));
    m_composer->setTabChangesFocus(true);
    m_composer->setMaximumHeight(m_composer->fontMetrics().lineSpacing() * 4 + 12);
    m_send = new QPushButton(tr("&Send reply"), m_body);
    m_send->setObjectName(QStringLiteral("ticketSend"));
    m_send->setToolTip(tr("Ctrl+Return"));
    auto *sendShortcut = new QAction(m_composer);
    sendShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    sendShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_composer->addAction(sendShortcut);
    connect(sendShortcut, &QAction::triggered, this, &TicketView::sendMessage);

    auto *composeRow = new QHBoxLayout;
    auto *composeSide = new QVBoxLayout;
    composeSide->addWidget(m_kind);
    composeSide->addWidget(m_send);
    composeSide->addStretch(1);
    composeRow->addWidget(m_composer, 1);
    composeRow->addLayout(composeSide);

    auto *left = new QWidget(m_body);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_conversation, 1);
    leftLayout->addLayout(composeRow);

    // The ticket's controls.
    m_status = new QLabel(m_body);
    m_status->setObjectName(QStringLiteral("ticketStatus"));
    m_nextStatus = new QComboBox(m_body);
    m_nextStatus->setObjectName(QStringLiteral("ticketNextStatus"));
    m_applyStatus = new QPushButton(tr("&Apply"), m_body);
    m_applyStatus->setObjectName(QStringLiteral("ticketApplyStatus"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_nextStatus, 1);
    statusRow->addWidget(m_applyStatus);
    m_noteCaption = new QLabel(
        tr("Resolution note (at least %1 characters, the requester sees it):").arg(TicketWorkflow::kMinResolutionNote),
        m_body);
    m_noteCaption->setWordWrap(true);
    m_resolutionNote = new QPlainTextEdit(m_body);
    m_resolutionNote->setObjectName(QStringLiteral("ticketResolutionNote"));
    m_resolutionNote->setTabChangesFocus(true);
    m_resolutionNote->setPlaceholderText(tr("How was it resolved?"));
    m_resolutionNote->setMaximumHeight(m_resolutionNote->fontMetrics().lineSpacing() * 3 + 12);
    m_noteCaption->setBuddy(m_resolutionNote);

    m_priority = new QComboBox(m_body);
    m_priority->setObjectName(QStringLiteral("ticketPriority"));
    for (TicketPriority p : allTicketPriorities()) {
        m_priority->addItem(ticketPriorityLabel(p), int(p));
        m_priority->setItemData(m_priority->count() - 1, TicketListModel::priorityColor(p), Qt::ForegroundRole);
    }
    m_assignee = new QComboBox(m_body);
    m_assignee->setObjectName(QStringLiteral("ticketAssignee"));
    m_assignMe = new QPushButton(tr("Take &it"), m_body);
    m_assignMe->setObjectName(QStringLiteral("ticketAssignMe"));
    m_assignMe->setToolTip(tr("Assign this ticket to yourself"));
    auto *assigneeRow = new QHBoxLayout;
    assigneeRow->addWidget(m_assignee, 1);
    assigneeRow->addWidget(m_assignMe);
    m_sla = new QLabel(m_body);
    m_sla->setObjectName(QStringLiteral("ticketSla"));
    m_sla->setTextFormat(Qt::RichText);
    m_tags = new QLineEdit(m_body);
    m_tags->setObjectName(QStringLiteral("ticketTags"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. lot-42, print"));

    m_attachments = new QListWidget(m_body);
    m_attachments->setObjectName(QStringLiteral("ticketAttachments"));
    m_attachments->setMinimumHeight(60);
    m_internalAttachment = new QCheckBox(tr("Internal (with the notes)"), m_body);
    m_internalAttachment->setObjectName(QStringLiteral("ticketAttachInternal"));
    m_addAttachment = new QPushButton(tr("Attach &file\u2026"), m_body);
    m_addAttachment->setObjectName(QStringLiteral("ticketAttach"));
    m_addAttachment->setToolTip(
        tr("Images, PDF, text and office documents up to %1 MB").arg(AttachmentCheck::kMaxBytes / (1024 * 1024)));
    m_saveAttachment = new QPushButton(tr("Sa&ve as\u2026"), m_body);
    m_saveAttachment->setObjectName(QStringLiteral("ticketSaveAttachment"));
    auto *attachRow = new QHBoxLayout;
    attachRow->addWidget(m_addAttachment);
    attachRow->addWidget(m_saveAttachment);
    m_export = new QPushButton(tr("Requester's &copy\u2026"), m_body);
    m_export->setObjectName(QStringLiteral("ticketExport"));
    m_export->setToolTip(tr("Save the conversation as the requester may see it: without internal notes or files"));

    auto *side = new QWidget(m_body);
    auto *form = new QFormLayout(side);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Status:"), m_status);
    auto *moveCaption = new QLabel(tr("&Move to:"), side);
    moveCaption->setBuddy(m_nextStatus);
    form->addRow(moveCaption, statusRow);
    form->addRow(m_noteCaption);
    form->addRow(m_resolutionNote);
    auto *priorityCaption = new QLabel(tr("&Priority:"), side);
    priorityCaption->setBuddy(m_priority);
    form->addRow(priorityCaption, m_priority);
    auto *assigneeCaption = new QLabel(tr("Assi&gnee:"), side);
    assigneeCaption->setBuddy(m_assignee);
    form->addRow(assigneeCaption, assigneeRow);
    form->addRow(m_sla);
    auto *tagsCaption = new QLabel(tr("Ta&gs:"), side);
    tagsCaption->setBuddy(m_tags);
    form->addRow(tagsCaption, m_tags);
    form->addRow(new QLabel(tr("Attachments:"), side));
    form->addRow(m_attachments);
    form->addRow(m_internalAttachment);
    form->addRow(attachRow);
    form->addRow(m_export);
    side->setMinimumWidth(280);
    // The controls scroll when the pane is short, so the list above keeps its share of the height.
    auto *sideScroll = new QScrollArea(m_body);
    sideScroll->setObjectName(QStringLiteral("ticketControls"));
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(side->minimumWidth() + sideScroll->verticalScrollBar()->sizeHint().width());
    sideScroll->setMaximumWidth(420);

    auto *split = new QSplitter(Qt::Horizontal, m_body);
    split->addWidget(left);
    split->addWidget(sideScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_meta);
    bodyLayout->addWidget(m_message);
    bodyLayout->addWidget(split, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);

    connect(m_send, &QPushButton::clicked, this, &TicketView::sendMessage);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &TicketView::updateComposer);
    updateComposer();
    connect(m_nextStatus, qOverload<int>(&QComboBox::currentIndexChanged), this, &TicketView::updateStatusControls);
    connect(m_applyStatus, &QPushButton::clicked, this, &TicketView::applyStatus);
    connect(m_priority, qOverload<int>(&QComboBox::activated), this, &TicketView::applyPriority);
    connect(m_assignee, qOverload<int>(&QComboBox::activated), this, &TicketView::applyAssignee);
    connect(m_assignMe, &QPushButton::clicked, this, &TicketView::assignToMe);
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (hasTicket() && m_tags->isModified())
            applyTags();
    });
    connect(m_addAttachment, &QPushButton::clicked, this, &TicketView::chooseAttachment);
    connect(m_saveAttachment, &QPushButton::clicked, this, &TicketView::saveSelectedAttachment);
    connect(m_attachments, &QListWidget::itemDoubleClicked, this, &TicketView::saveSelectedAttachment);
    connect(m_attachments, &QListWidget::currentRowChanged, this,
            [this](int row) { m_saveAttachment->setEnabled(row >= 0); });
    connect(m_export, &QPushButton::clicked, this, &TicketView::chooseExportFile);
}

void TicketView::clear() {
    m_thread = TicketThread();
    m_body->hide();
    m_placeholder->show();
    m_message->clearMessage();
}

bool TicketView::showTicket(qint64 ticketId) {
    if (ticketId != m_thread.ticket.id) {
        m_message->clearMessage();
        m_composer->clear();
        m_resolutionNote->clear();
    }
    auto loaded = m_tickets.thread(m_session, ticketId);
    if (!loaded) {
        m_thread = TicketThread();
        m_placeholder->hide();
        m_body->show();
        m_title->clear();
        m_meta->clear();
        m_conversation->clear();
        setEditable(false);
        m_message->showError(loaded.error().message);
        return false;
    }
    m_thread = loaded.value();
    populate();
    m_placeholder->hide();
    m_body->show();
    return true;
}

void TicketView::reload() {
    if (hasTicket())
        showTicket(m_thread.ticket.id);
}

void TicketView::populate() {
    m_populating = true;
    const Ticket &t = m_thread.ticket;
    m_title->setText(QStringLiteral("%1 \u00b7 %2").arg(t.number, t.subject));

    QStringList meta;
    const QString requesterKind = t.requester.kind == RequesterKind::Party ? tr("Customer") : tr("User");
    meta << tr("%1: <b>%2</b>").arg(requesterKind, t.requester.name.toHtmlEscaped());
    if (!t.requester.contact.isEmpty())
        meta << t.requester.contact.toHtmlEscaped();
    if (!t.linked.isEmpty()) {
        const QString type = t.linked.type == QStringLiteral("quote") ? tr("Quote") : tr("Invoice");
        meta << tr("%1 <b>%2</b>").arg(type, t.linked.number.toHtmlEscaped());
    }
    meta << tr("Category: %1").arg(t.categoryName.toHtmlEscaped());
    meta << tr("Raised %1 by %2").arg(when(t.slaTimes.createdAt), t.createdBy.toHtmlEscaped());
    m_meta->setText(meta.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));

    m_status->setText(QStringLiteral("<b>%1</b>").arg(ticketStatusLabel(t.status).toHtmlEscaped()));
    m_nextStatus->clear();
    for (TicketStatus s : TicketWorkflow::allowedNext(t.status))
        m_nextStatus->addItem(ticketStatusLabel(s), int(s));
    m_priority->setCurrentIndex(m_priority->findData(int(t.priority)));

    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    auto agents = m_tickets.agents(m_session);
    if (agents) {
        for (const TicketAgent &a : agents.value()) {
            const QString label = a.available ? tr("%1 (%2/%3)").arg(a.displayName).arg(a.openTickets).arg(a.capacity)
                                              : tr("%1 (away)").arg(a.displayName);
            m_assignee->addItem(label, a.userId);
        }
    }
    if (t.assigneeId > 0 && m_assignee->findData(t.assigneeId) < 0)
        m_assignee->addItem(t.assigneeName, t.assigneeId);
    m_assignee->setCurrentIndex(m_assignee->findData(t.assigneeId > 0 ? t.assigneeId : qint64(0)));

    // The SLA as of now, with both due times.
    const SlaStatus sla = TicketSla::evaluate(t.slaTimes, m_tickets.clock().nowUtc());
    const QString badge =
        QStringLiteral("<span style=\"background: %1; color: %2;\">&nbsp;%3&nbsp;</span>")
            .arg(SlaBadgeDelegate::fill(sla.state, sla.stopped).name(),
                 SlaBadgeDelegate::text(sla.state, sla.stopped).name(), TicketSla::badgeText(sla).toHtmlEscaped());
    const QString response = t.slaTimes.firstResponseAt.isValid()
                                 ? tr("answered %1").arg(shortWhen(t.slaTimes.firstResponseAt))
                                 : tr("due %1").arg(shortWhen(t.slaTimes.firstResponseDue));
    const QString resolution =
        t.slaTimes.resolvedAt.isValid()
            ? tr("done %1 (due %2)").arg(shortWhen(t.slaTimes.resolvedAt), shortWhen(t.slaTimes.resolutionDue))
            : tr("due %1").arg(shortWhen(t.slaTimes.resolutionDue));
    m_sla->setText(tr("<b>SLA</b> &nbsp;%1 %2<br>First response %3<br>Resolution %4")
                       .arg(badge, slaStateLabel(sla.state).toHtmlEscaped(), response, resolution));
    m_sla->setToolTip(tr("First response due %1, resolution due %2, escalation at %3")
                          .arg(when(t.slaTimes.firstResponseDue), when(t.slaTimes.resolutionDue), when(t.escalateAt)));

    m_tags->setText(t.tags.join(QStringLiteral(", ")));
    m_tags->setModified(false);

    m_attachments->clear();
    for (const TicketAttachment &a : m_thread.attachments) {
        QString label = QStringLiteral("%1 \u2013 %2").arg(a.fileName, sizeText(a.size));
        if (a.internal)
            label += tr(" (internal)");
        auto *item = new QListWidgetItem(label, m_attachments);
        item->setData(kAttachmentIdRole, a.id);
        item->setToolTip(tr("Added by %1 on %2 \u00b7 %3").arg(a.addedBy, when(a.at), a.mimeType));
        if (a.internal)
            item->setBackground(QColor(0xff, 0xf8, 0xdc));
    }
    m_saveAttachment->setEnabled(false);

    renderConversation();
    updateStatusControls();
    setEditable(t.status != TicketStatus::Closed && m_session.can(perm::TicketsEdit));
    if (t.status == TicketStatus::Closed)
        m_message->showInfo(tr("This ticket is closed: it can be read and its files saved, but not changed."));
    m_populating = false;
}

void TicketView::renderConversation() {
    const Ticket &t = m_thread.ticket;
    QString out;
    out += messageBlock(QStringLiteral("#9aa5b1"), QStringLiteral("#f3f5f7"),
                        headerLine(t.requester.name, tr("raised the ticket"), t.slaTimes.createdAt),
                        t.description.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("No description"))
                                                : html(t.description));
    for (const TicketMessage &m : m_thread.messages) {
        switch (m.kind) {
        case TicketMessageKind::Reply:
            out += messageBlock(QStringLiteral("#1e6fbf"), QStringLiteral("#eef5fc"),
                                headerLine(m.authorName, tr("replied"), m.at), html(m.body));
            break;
        case TicketMessageKind::Requester:
            out += messageBlock(QStringLiteral("#9aa5b1"), QStringLiteral("#f3f5f7"),
                                headerLine(t.requester.name, tr("wrote (taken down by %1)").arg(m.authorName), m.at),
                                html(m.body));
            break;
        case TicketMessageKind::Resolution:
            out += messageBlock(QStringLiteral("#2e7d32"), QStringLiteral("#eaf5ea"),
                                headerLine(m.authorName, tr("resolved the ticket"), m.at), html(m.body));
            break;
        case TicketMessageKind::Note:
            out += messageBlock(QStringLiteral("#e0a800"), QStringLiteral("#fff8dc"),
                                headerLine(m.authorName, tr("added a note"), m.at, tr("INTERNAL NOTE")), html(m.body));
            break;
        }
    }
    m_conversation->setHtml(out);
    m_conversation->verticalScrollBar()->setValue(m_conversation->verticalScrollBar()->maximum());
}

void TicketView::updateComposer() {
    const auto kind = TicketMessageKind(m_kind->currentData().toInt());
    m_send->setText(kind == TicketMessageKind::Note        ? tr("Add &note")
                    : kind == TicketMessageKind::Requester ? tr("Add &message")
                                                           : tr("&Send reply"));
    // A note is written on yellow, as it shows in the conversation.
    m_composer->setStyleSheet(
        kind == TicketMessageKind::Note ? QStringLiteral("QPlainTextEdit { background: #fff8dc; }") : QString());
    m_composer->setPlaceholderText(kind == TicketMessageKind::Note ? tr("Internal note: only support staff see it")
                                   : kind == TicketMessageKind::Requester
                                       ? tr("What the requester said (phone, e-mail, visit)")
                                       : tr("Reply to the requester"));
}

void TicketView::updateStatusControls() {
    const bool resolving = m_nextStatus->currentData().toInt() == int(TicketStatus::Resolved);
    m_noteCaption->setVisible(resolving);
    m_resolutionNote->setVisible(resolving);
}

void TicketView::setEditable(bool editable) {
    const bool canEdit = editable && hasTicket();
    for (QWidget *w : std::initializer_list<QWidget *>{m_composer, m_kind, m_send, m_resolutionNote, m_priority, m_tags,
                                                       m_internalAttachment, m_addAttachment})
        w->setEnabled(canEdit);
    m_nextStatus->setEnabled(canEdit && m_nextStatus->count() > 0);
    m_applyStatus->setEnabled(canEdit && m_nextStatus->count() > 0);
    m_assignee->setEnabled(canEdit && m_session.can(perm::SupportManage));
    m_assignMe->setVisible(m_session.can(perm::SupportAgent));
    m_assignMe->setEnabled(canEdit && m_thread.ticket.assigneeId != m_session.userId);
    m_export->setEnabled(hasTicket());
}

template <class T> bool TicketView::finish(const Result<T> &result, const QString &done) {
    if (!result) {
        m_message->showError(result.error().message);
        return false;
    }
    const qint64 id = m_thread.ticket.id;
    showTicket(id);
    if (!done.isEmpty())
        m_message->showSuccess(done);
    Q_EMIT ticketChanged(id);
    return true;
}

bool TicketView::sendMessage() {
    if (!hasTicket())
        return false;
    const auto kind = TicketMessageKind(m_kind->currentData().toInt());
    auto sent = m_tickets.addMessage(m_session, m_thread.ticket.id, kind, m_composer->toPlainText());
    if (!sent) {
        m_message->showError(sent.error().message);
        m_composer->setFocus();
        return false;
    }
    m_composer->clear();
    return finish(sent, kind == TicketMessageKind::Note ? tr("Note added.") : tr("Message added."));
}

bool TicketView::applyStatus() {
    if (!hasTicket() || m_nextStatus->currentIndex() < 0)
        return false;
    const auto status = TicketStatus(m_nextStatus->currentData().toInt());
    auto moved = m_tickets.setStatus(m_session, m_thread.ticket.id, status, m_resolutionNote->toPlainText(),
                                     m_thread.ticket.rowVersion);
    if (!moved) {
        m_message->showError(moved.error().message);
        if (moved.error().field == QStringLiteral("note"))
            m_resolutionNote->setFocus();
        return false;
    }
    m_resolutionNote->clear();
    return finish(moved, tr("Ticket %1 is now %2.").arg(moved->number, ticketStatusLabel(moved->status).toLower()));
}

bool TicketView::applyPriority() {
    if (!hasTicket() || m_populating)
        return false;
    const auto priority = TicketPriority(m_priority->currentData().toInt());
    if (priority == m_thread.ticket.priority)
        return true;
    auto changed = m_tickets.setPriority(m_session, m_thread.ticket.id, priority, m_thread.ticket.rowVersion);
    if (!changed)
        m_priority->setCurrentIndex(m_priority->findData(int(m_thread.ticket.priority)));
    return finish(changed,
                  tr("Priority set to %1; the SLA due times were recalculated.").arg(ticketPriorityLabel(priority)));
}

bool TicketView::applyAssignee() {
    if (!hasTicket() || m_populating)
        return false;
    const qint64 userId = m_assignee->currentData().toLongLong();
    if (userId == m_thread.ticket.assigneeId)
        return true;
    auto assigned = m_tickets.assign(m_session, m_thread.ticket.id, userId, m_thread.ticket.rowVersion);
    if (!assigned)
        m_assignee->setCurrentIndex(m_assignee->findData(m_thread.ticket.assigneeId));
    return finish(assigned, userId > 0 ? tr("Assigned to %1.").arg(assigned ? assigned->assigneeName : QString())
                                       : tr("The ticket is unassigned."));
}

bool TicketView::assignToMe() {
    if (!hasTicket())
        return false;
    auto assigned = m_tickets.assign(m_session, m_thread.ticket.id, m_session.userId, m_thread.ticket.rowVersion);
    return finish(assigned, tr("The ticket is yours."));
}

bool TicketView::applyTags() {
    if (!hasTicket())
        return false;
    const QStringList tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto saved = m_tickets.setTags(m_session, m_thread.ticket.id, tags, m_thread.ticket.rowVersion);
    return finish(saved, tr("Tags saved."));
}

bool TicketView::addAttachmentFile(const QString &path, bool internal) {
    if (!hasTicket())
        return false;
    const QFileInfo info(path);
    // Refuse a huge file before reading it into memory; the service checks the bytes again.
    if (info.size() > AttachmentCheck::kMaxBytes) {
        m_message->showError(tr("%1 is larger than %2 MB; attachments may be at most %2 MB each")
                                 .arg(info.fileName())
                                 .arg(AttachmentCheck::kMaxBytes / (1024 * 1024)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray data = file.read(AttachmentCheck::kMaxBytes + 1);
    auto added = m_tickets.addAttachment(m_session, m_thread.ticket.id, info.fileName(), data, internal);
    return finish(added, tr("%1 attached.").arg(info.fileName()));
}

bool TicketView::saveAttachment(qint64 attachmentId, const QString &path) {
    auto file = m_tickets.attachment(m_session, attachmentId);
    if (!file) {
        m_message->showError(file.error().message);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file->data) != file->data.size() || !out.commit()) {
        m_message->showError(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return false;
    }
    m_message->showSuccess(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TicketView::exportForRequester(const QString &path) {
    if (!hasTicket())
        return false;
    auto view = m_tickets.requesterView(m_session, m_thread.ticket.id);
    if (!view) {
        m_message->showError(view.error().message);
        return false;
    }
    QSaveFile out(path);
    const QByteArray text = TicketService::requesterText(view.value()).toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        m_message->showError(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return false;
    }
    m_message->showSuccess(tr("The requester's copy was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void TicketView::chooseAttachment() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach a file"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        AttachmentCheck::fileDialogFilter());
    if (!path.isEmpty())
        addAttachmentFile(path, m_internalAttachment->isChecked());
}

void TicketView::saveSelectedAttachment() {
    QListWidgetItem *item = m_attachments->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(kAttachmentIdRole).toLongLong();
    QString name;
    for (const TicketAttachment &a : m_thread.attachments) {
        if (a.id == id)
            name = a.fileName;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save attachment"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(name));
    if (!path.isEmpty())
        saveAttachment(id, path);
}

void TicketView::chooseExportFile() {
    if (!hasTicket())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the requester's copy"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(m_thread.ticket.number + QStringLiteral(".txt")),
                                     tr("Text files (*.txt)"));
    if (!path.isEmpty())
        exportForRequester(path);
}

} // namespace bcp::ui
