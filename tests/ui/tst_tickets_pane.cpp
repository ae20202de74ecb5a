// The Tickets pane offscreen over a real database: a complaint raised from a party (and from a party's
// quote), a reply and a note, resolving with a short note (refused, the message shown) and a proper one
// (accepted); the paged list under QAbstractItemModelTester with its filters and search; SLA badges that
// count down and warn the agent; escalation by the pane's timer; attachments added and saved; closed
// tickets read-only; the support settings dialog; what a viewer may not do.
//
// With BOXCOST_SCREENSHOT_DIR set, paneWithRealisticTickets also saves the pane, the new-complaint dialog and
// the settings dialog there as PNG files.

#include "TestDatabase.h"
#include "TestShop.h"
#include "WidgetInput.h"

#include "accounts/MessageLabel.h"
#include "data/Database.h"
#include "services/Clock.h"
#include "services/CostingJson.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"
#include "services/Session.h"
#include "services/TicketService.h"
#include "tickets/NewComplaintDialog.h"
#include "tickets/SlaBadgeDelegate.h"
#include "tickets/TicketListModel.h"
#include "tickets/TicketNotifier.h"
#include "tickets/TicketSettingsDialog.h"
#include "tickets/TicketView.h"
#include "tickets/TicketsPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace bcp;
using test::click;
using test::why;

namespace {

const QDateTime kStart(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc());
const QByteArray kPng = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(200, '\x01');

} // namespace

class TestTicketsPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void complaintFromPartyReplyAndResolve();
    void complaintPreLinkedToAQuote();
    void newTicketFindsThePartyOrIsMine();
    void listFiltersAndSearch();
    void slaBadgesCountDownAndWarnTheAgent();
    void timerEscalatesOverdueTickets();
    void attachmentsAddAndSave();
    void closedTicketIsReadOnly();
    void viewerOnlyReads();
    void settingsDialogEditsRulesCategoriesAndAgents();
    void paneWithRealisticTickets();

private:
    qint64 addUser(const QString &username, const QString &displayName, const QString &role);
    Session sessionFor(qint64 userId) const;
    qint64 addParty(const QString &name, const QString &mobile, const QString &city);
    Ticket raise(const QString &subject, TicketPriority priority, qint64 partyId = 0);
    static void choose(QComboBox *combo, const QVariant &data);
    static QStringList column(const ui::TicketListModel &model, int col);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TicketService> m_tickets;
    qint64 m_shop = 0;
    qint64 m_ownerId = 0;
    qint64 m_ashaId = 0;
    Session m_owner;
    qint64 m_partyId = 0;
};

void TestTicketsPane::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(kStart);
    m_tickets = std::make_unique<TicketService>(*m_db, *m_clock);
    m_shop = test::createShop(*m_db, QStringLiteral("Sharma Packaging"), kStart);
    m_ownerId = addUser(QStringLiteral("ravi"), QStringLiteral("Ravi Sharma"), role::Owner);
    m_owner = sessionFor(m_ownerId);
    m_ashaId = addUser(QStringLiteral("asha"), QStringLiteral("Asha Patil"), role::Staff);
    // Complaints go to Asha; Ravi is the owner and takes tickets only by hand.
    QVERIFY(m_tickets->setAgent(m_owner, m_ownerId, 10, false).ok());
    m_partyId = addParty(QStringLiteral("Kumar Traders"), QStringLiteral("9876543210"), QStringLiteral("Pune"));
}

void TestTicketsPane::cleanup() {
    m_tickets.reset();
    m_db.reset();
    m_t.reset();
}

qint64 TestTicketsPane::addUser(const QString &username, const QString &displayName, const QString &role) {
    return test::addUserRow(*m_db, m_shop, username, role, kStart, displayName);
}

Session TestTicketsPane::sessionFor(qint64 userId) const {
    return test::sessionFor(*m_db, m_shop, userId);
}

qint64 TestTicketsPane::addParty(const QString &name, const QString &mobile, const QString &city) {
    PartyService parties(*m_db, *m_clock);
    Party p;
    p.name = name;
    p.mobile = mobile;
    p.billing.city = city;
    auto created = parties.create(m_owner, p);
    if (!created)
        qFatal("cannot create party: %s", qPrintable(created.error().text()));
    return created->id;
}

Ticket TestTicketsPane::raise(const QString &subject, TicketPriority priority, qint64 partyId) {
    NewTicket in;
    in.subject = subject;
    in.description = QStringLiteral("Reported on the phone.");
    in.category = QStringLiteral("quality");
    in.priority = priority;
    in.partyId = partyId > 0 ? partyId : m_partyId;
    auto t = m_tickets->create(m_owner, in);
    if (!t)
        qFatal("cannot raise ticket: %s", qPrintable(t.error().text()));
    return t.value();
}

void TestTicketsPane::choose(QComboBox *combo, const QVariant &data) {
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

QStringList TestTicketsPane::column(const ui::TicketListModel &model, int col) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, col)).toString();
    return values;
}

void TestTicketsPane::complaintFromPartyReplyAndResolve() {
    // Raised from the party: the party is fixed, only the complaint is typed.
    ui::NewComplaintDialog dialog(*m_db, m_owner, *m_clock, m_partyId, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.requesterLabel()->text().contains(QStringLiteral("Kumar Traders")));
    QVERIFY(!dialog.partySearch()->isVisible());
    QVERIFY(!dialog.partyRadio()->isVisible());
    QCOMPARE(dialog.partyId(), m_partyId);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("New complaint"));
    QPushButton *create = dialog.buttons()->button(QDialogButtonBox::Ok);

    // Without a subject the service refuses and the dialog stays open, saying why.
    click(create);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageLabel()->isVisible());
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("subject")),
             qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(dialog.focusWidget(), dialog.subjectEdit());

    QTest::keyClicks(dialog.subjectEdit(), QStringLiteral("Crushed boxes in lot 42"));
    choose(dialog.categoryCombo(), QStringLiteral("quality"));
    choose(dialog.priorityCombo(), int(TicketPriority::High));
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("200 of 1000 boxes crushed at the corners."));
    QTest::keyClicks(dialog.tagsEdit(), QStringLiteral("lot-42, transport"));
    click(create);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Ticket created = dialog.createdTicket();
    QCOMPARE(created.number, QStringLiteral("TKT-2026-000001"));
    QCOMPARE(created.requester.partyId, m_partyId);
    QCOMPARE(created.priority, TicketPriority::High);
    QCOMPARE(created.assigneeId, m_ashaId);
    QCOMPARE(created.tags, (QStringList{QStringLiteral("lot-42"), QStringLiteral("transport")}));

    // The pane lists it with a badge counting the hour to the first response.
    ui::TicketsPane pane(*m_db, m_owner, *m_clock);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(1200, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    ui::TicketListModel *model = pane.model();
    QCOMPARE(model->columnCount(), int(ui::TicketListModel::ColumnCount));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ui::TicketListModel::NumberColumn)).toString(), created.number);
    QCOMPARE(model->data(model->index(0, ui::TicketListModel::RequesterColumn)).toString(),
             QStringLiteral("Kumar Traders"));
    QCOMPARE(model->data(model->index(0, ui::TicketListModel::PriorityColumn)).toString(), QStringLiteral("High"));
    QCOMPARE(model->data(model->index(0, ui::TicketListModel::StatusColumn)).toString(), QStringLiteral("Open"));
    QCOMPARE(model->data(model->index(0, ui::TicketListModel::SlaColumn)).toString(),
             QStringLiteral("1 h 00 min left"));
    QCOMPARE(model->data(model->index(0, ui::TicketListModel::AssigneeColumn)).toString(),
             QStringLiteral("Asha Patil"));

    // Choosing the row opens the ticket.
    const QRect cell = pane.view()->visualRect(model->index(0, ui::TicketListModel::SubjectColumn));
    QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, cell.center());
    ui::TicketView *view = pane.detail();
    QVERIFY(view->hasTicket());
    QVERIFY(view->titleLabel()->text().contains(created.number));
    QVERIFY(view->metaLabel()->text().contains(QStringLiteral("Kumar Traders")));
    QVERIFY(view->conversation()->toPlainText().contains(QStringLiteral("crushed at the corners")));

    // A reply to the customer, then an internal note that looks different.
    m_clock->advanceSeconds(20 * 60);
    QTest::keyClicks(view->composer(), QStringLiteral("We are sending 200 new boxes today."));
    click(view->sendButton());
    QVERIFY(view->composer()->toPlainText().isEmpty());
    QVERIFY(view->conversation()->toPlainText().contains(QStringLiteral("We are sending 200 new boxes today.")));
    QCOMPARE(view->thread().ticket.slaTimes.firstResponseAt, m_clock->nowUtc());
    choose(view->messageKindCombo(), int(TicketMessageKind::Note));
    QCOMPARE(view->sendButton()->text(), QStringLiteral("Add &note"));
    QTest::keyClicks(view->composer(), QStringLiteral("Their godown is damp; check before replacing again."));
    click(view->sendButton());
    QVERIFY(view->composer()->toPlainText().isEmpty());
    const QString html = view->conversation()->toHtml();
    QVERIFY2(view->conversation()->toPlainText().contains(QStringLiteral("INTERNAL NOTE")),
             qPrintable(view->conversation()->toPlainText()));
    QVERIFY(html.contains(QStringLiteral("#fff8dc"), Qt::CaseInsensitive)); // notes sit on yellow
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM ticket_messages WHERE kind = 'note'")).toInt(), 1);

    // Resolve with a short note: refused, the message says why, nothing changes.
    choose(view->nextStatusCombo(), int(TicketStatus::Resolved));
    QVERIFY(view->resolutionNoteEdit()->isVisible());
    QTest::keyClicks(view->resolutionNoteEdit(), QStringLiteral("Done"));
    click(view->applyStatusButton());
    QVERIFY(view->messageLabel()->isVisible());
    QCOMPARE(view->messageLabel()->tone(), ui::MessageLabel::Tone::Error);
    QVERIFY2(view->messageLabel()->text().contains(QStringLiteral("at least 10 characters")),
             qPrintable(view->messageLabel()->text()));
    QCOMPARE(m_tickets->get(m_owner, created.id)->status, TicketStatus::Open);
    QCOMPARE(pane.focusWidget(), view->resolutionNoteEdit());

    // A proper note: accepted.
    view->resolutionNoteEdit()->clear();
    QTest::keyClicks(view->resolutionNoteEdit(), QStringLiteral("Replaced all 200 boxes on Friday."));
    click(view->applyStatusButton());
    QCOMPARE(view->messageLabel()->tone(), ui::MessageLabel::Tone::Success);
    QCOMPARE(m_tickets->get(m_owner, created.id)->status, TicketStatus::Resolved);
    QVERIFY(view->statusLabel()->text().contains(QStringLiteral("Resolved")));
    QVERIFY(view->conversation()->toPlainText().contains(QStringLiteral("Replaced all 200 boxes on Friday.")));
    // Resolved and closed are the only moves left besides reopening.
    QCOMPARE(view->nextStatusCombo()->count(), 2);

    // The list shows open tickets by default: it is gone there, and back under "Any status".
    QCOMPARE(model->rowCount(), 0);
    choose(pane.statusCombo(), -1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ui::TicketListModel::StatusColumn)).toString(), QStringLiteral("Resolved"));
    QCOMPARE(model->data(model->index(0, ui::TicketListModel::SlaColumn)).toString(), QStringLiteral("met"));

    // The requester's copy has the reply and the resolution but not the note.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.txt"));
    QVERIFY(view->exportForRequester(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("We are sending 200 new boxes today.")));
    QVERIFY(text.contains(QStringLiteral("Replaced all 200 boxes on Friday.")));
    QVERIFY(!text.contains(QStringLiteral("damp")));
}

void TestTicketsPane::complaintPreLinkedToAQuote() {
    QFile golden(QStringLiteral(BOXCOST_GOLDEN_DIR "/costing_cases.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QJsonObject input = QJsonDocument::fromJson(golden.readAll())
                                  .object()
                                  .value(QStringLiteral("cases"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("input"))
                                  .toObject();
    QuoteService quotes(*m_db, *m_clock);
    QuoteDraft draft;
    draft.partyId = m_partyId;
    QuoteItem item;
    item.name = QStringLiteral("RSC 300x200x150");
    item.spec = CostingJson::readSpec(input).value();
    draft.items << item;
    auto saved = quotes.save(m_owner, draft);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));

    // The constructor the Parties pane and the quote editor use.
    ui::NewComplaintDialog dialog(*m_db, m_owner, m_partyId, saved->quoteId);
    QVERIFY(!dialog.documentCombo()->isEnabled());
    QVERIFY2(dialog.documentCombo()->currentText().contains(saved->number),
             qPrintable(dialog.documentCombo()->currentText()));
    QTest::keyClicks(dialog.subjectEdit(), QStringLiteral("Wrong print on the flap"));
    QVERIFY(dialog.create());
    QCOMPARE(dialog.createdTicket().linked.type, QStringLiteral("quote"));
    QCOMPARE(dialog.createdTicket().linked.number, saved->number);

    // Invoices link the same way.
    ui::NewComplaintDialog invoiceDialog(*m_db, m_owner, m_partyId);
    invoiceDialog.setLinkedDocument({QStringLiteral("invoice"), 77, QStringLiteral("INV/26-27/0077")});
    QVERIFY(!invoiceDialog.documentCombo()->isEnabled());
    QCOMPARE(invoiceDialog.documentCombo()->currentText(), QStringLiteral("INV/26-27/0077"));
}

void TestTicketsPane::newTicketFindsThePartyOrIsMine() {
    addParty(QStringLiteral("Mehta Foods"), QStringLiteral("9123456780"), QStringLiteral("Nashik"));
    ui::NewComplaintDialog dialog(*m_db, m_owner, *m_clock, 0, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("New ticket"));
    QVERIFY(dialog.partySearch()->isVisible());
    QCOMPARE(dialog.partyMatches()->count(), 2);
    QTest::keyClicks(dialog.partySearch(), QStringLiteral("meh"));
    dialog.searchNow();
    QCOMPARE(dialog.partyMatches()->count(), 1);
    QVERIFY(dialog.partyMatches()->item(0)->text().contains(QStringLiteral("Nashik")));
    dialog.partyMatches()->setCurrentRow(0);
    QVERIFY(dialog.partyId() > 0);
    QVERIFY(dialog.requesterLabel()->text().contains(QStringLiteral("Mehta Foods")));
    QTest::keyClicks(dialog.subjectEdit(), QStringLiteral("Delivery two days late"));
    choose(dialog.categoryCombo(), QStringLiteral("delivery"));
    QVERIFY(dialog.create());
    QCOMPARE(dialog.createdTicket().requester.name, QStringLiteral("Mehta Foods"));

    // Or the signed-in user's own question.
    ui::NewComplaintDialog own(*m_db, m_owner, *m_clock, 0, std::nullopt);
    own.selfRadio()->setChecked(true);
    QVERIFY(!own.partySearch()->isVisibleTo(&own));
    QTest::keyClicks(own.subjectEdit(), QStringLiteral("Printer jams every morning"));
    QVERIFY(own.create());
    QCOMPARE(own.createdTicket().requester.kind, RequesterKind::User);
    QCOMPARE(own.createdTicket().requester.name, QStringLiteral("Ravi Sharma"));
}

void TestTicketsPane::listFiltersAndSearch() {
    const qint64 mehta =
        addParty(QStringLiteral("Mehta Foods"), QStringLiteral("9123456780"), QStringLiteral("Nashik"));
    QVERIFY(m_tickets->setAgent(m_owner, m_ashaId, 2, true).ok());
    const Ticket a = raise(QStringLiteral("Crushed boxes"), TicketPriority::Low);
    m_clock->advanceSeconds(86400);
    const Ticket b = raise(QStringLiteral("Wrong print colour"), TicketPriority::Urgent, mehta);
    m_clock->advanceSeconds(86400);
    const Ticket c = raise(QStringLiteral("Late delivery"), TicketPriority::Medium); // Asha is full: unassigned
    QCOMPARE(c.assigneeId, 0);
    const Session asha = sessionFor(m_ashaId);

    ui::TicketsPane pane(*m_db, asha, *m_clock);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(1200, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    ui::TicketListModel *model = pane.model();
    const int numbers = ui::TicketListModel::NumberColumn;
    QCOMPARE(column(*model, numbers), (QStringList{c.number, b.number, a.number}));
    QCOMPARE(column(*model, ui::TicketListModel::AssigneeColumn),
             (QStringList{QStringLiteral("Unassigned"), QStringLiteral("Asha Patil"), QStringLiteral("Asha Patil")}));

    click(pane.mineCheck());
    QCOMPARE(column(*model, numbers), (QStringList{b.number, a.number}));
    click(pane.unassignedCheck());
    QVERIFY(!pane.mineCheck()->isChecked());
    QCOMPARE(column(*model, numbers), (QStringList{c.number}));
    pane.clearFilters();
    QCOMPARE(model->rowCount(), 3);

    choose(pane.priorityCombo(), int(TicketPriority::Urgent));
    QCOMPARE(column(*model, numbers), (QStringList{b.number}));
    pane.clearFilters();

    // Breached: the URGENT ticket's 15-minute first response passed two days ago, the LOW one's 8 hours too.
    click(pane.breachedCheck());
    QCOMPARE(column(*model, numbers), (QStringList{b.number, a.number}));
    QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("past their SLA")));
    pane.clearFilters();

    // A date range of local calendar days.
    pane.fromEdit()->setDate(kStart.addDays(1).toLocalTime().date());
    QCOMPARE(column(*model, numbers), (QStringList{c.number, b.number}));
    pane.toEdit()->setDate(kStart.addDays(1).toLocalTime().date());
    QCOMPARE(column(*model, numbers), (QStringList{b.number}));
    pane.clearFilters();

    // Search after a pause in typing: words of the subject, the requester, the number.
    QTest::keyClicks(pane.searchEdit(), QStringLiteral("mehta"));
    QCOMPARE(model->rowCount(), 3); // not yet
    QTRY_COMPARE_WITH_TIMEOUT(column(*model, numbers), (QStringList{b.number}), 3000);
    pane.searchEdit()->clear();
    QTest::keyClicks(pane.searchEdit(), QStringLiteral("000003"));
    QTest::keyClick(pane.searchEdit(), Qt::Key_Return);
    QCOMPARE(column(*model, numbers), (QStringList{c.number}));
    pane.clearFilters();

    // Pages: with pages of two rows the view fetches the rest as it scrolls.
    model->setPageSize(2);
    pane.applyFilter();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->canFetchMore(QModelIndex()));
    QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("scroll for more")));
    model->fetchMore(QModelIndex());
    QCOMPARE(column(*model, numbers), (QStringList{c.number, b.number, a.number}));
}

void TestTicketsPane::slaBadgesCountDownAndWarnTheAgent() {
    const Ticket t = raise(QStringLiteral("Boxes collapsed in the truck"), TicketPriority::Urgent); // 15 min to respond
    QCOMPARE(t.assigneeId, m_ashaId);
    const Session asha = sessionFor(m_ashaId);
    ui::TicketsPane pane(*m_db, asha, *m_clock);
    QSignalSpy warned(pane.notifier(), &ui::TicketNotifier::nearingBreach);
    ui::TicketListModel *model = pane.model();
    const QModelIndex sla = model->index(0, ui::TicketListModel::SlaColumn);
    QCOMPARE(sla.data().toString(), QStringLiteral("15 min left"));
    QCOMPARE(sla.data(ui::TicketListModel::SlaStateRole).toInt(), int(SlaState::Ok));
    QCOMPARE(warned.count(), 0);

    // 12 minutes on: 20 % left, a warning, announced once.
    m_clock->advanceSeconds(12 * 60);
    pane.tick();
    QCOMPARE(sla.data().toString(), QStringLiteral("3 min left"));
    QCOMPARE(sla.data(ui::TicketListModel::SlaStateRole).toInt(), int(SlaState::Warning));
    QCOMPARE(warned.count(), 1);
    QCOMPARE(warned.at(0).at(0).toLongLong(), t.id);
    QVERIFY(!pane.banner()->isHidden());
    QVERIFY2(pane.banner()->text().contains(t.number) &&
                 pane.banner()->text().contains(QStringLiteral("first response")),
             qPrintable(pane.banner()->text()));
    pane.tick();
    QCOMPARE(warned.count(), 1);

    // 2 minutes more: under 10 % left, critical, announced again; then breached.
    m_clock->advanceSeconds(2 * 60);
    pane.tick();
    QCOMPARE(sla.data(ui::TicketListModel::SlaStateRole).toInt(), int(SlaState::Critical));
    QCOMPARE(warned.count(), 2);
    QVERIFY(warned.at(1).at(1).toString().contains(QStringLiteral("about to breach")));
    m_clock->advanceSeconds(5 * 60);
    pane.tick();
    QCOMPARE(sla.data().toString(), QStringLiteral("overdue 4 min"));
    QCOMPARE(sla.data(ui::TicketListModel::SlaStateRole).toInt(), int(SlaState::Breached));
    QCOMPARE(warned.count(), 2);

    // The badge colours follow the state.
    QCOMPARE(ui::SlaBadgeDelegate::fill(SlaState::Breached, false), QColor(0xc6, 0x28, 0x28));
    QVERIFY(ui::SlaBadgeDelegate::fill(SlaState::Ok, false) != ui::SlaBadgeDelegate::fill(SlaState::Warning, false));
    QVERIFY(ui::SlaBadgeDelegate::fill(SlaState::Warning, false) !=
            ui::SlaBadgeDelegate::fill(SlaState::Critical, false));
    QCOMPARE(pane.timer()->interval(), ui::TicketsPane::kTickMs);
    QVERIFY(pane.timer()->isActive());
}

void TestTicketsPane::timerEscalatesOverdueTickets() {
    const Ticket t = raise(QStringLiteral("Wrong size"), TicketPriority::Urgent); // escalates after 180 min
    ui::TicketsPane pane(*m_db, m_owner, *m_clock);
    pane.resize(1100, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showTicket(t.id);
    m_clock->advanceSeconds(180 * 60);
    pane.tick();
    QCOMPARE(m_tickets->get(m_owner, t.id)->status, TicketStatus::Escalated);
    QVERIFY2(pane.banner()->text().contains(t.number), qPrintable(pane.banner()->text()));
    QCOMPARE(pane.model()->data(pane.model()->index(0, ui::TicketListModel::StatusColumn)).toString(),
             QStringLiteral("Escalated"));
    QVERIFY(pane.detail()->statusLabel()->text().contains(QStringLiteral("Escalated")));

    // Opening the pane escalates what became overdue meanwhile.
    const Ticket later = raise(QStringLiteral("Short delivery"), TicketPriority::Urgent);
    m_clock->advanceSeconds(181 * 60);
    ui::TicketsPane reopened(*m_db, m_owner, *m_clock);
    QCOMPARE(m_tickets->get(m_owner, later.id)->status, TicketStatus::Escalated);
}

void TestTicketsPane::attachmentsAddAndSave() {
    const Ticket t = raise(QStringLiteral("Print smudged"), TicketPriority::Medium);
    ui::TicketsPane pane(*m_db, m_owner, *m_clock);
    pane.showTicket(t.id);
    ui::TicketView *view = pane.detail();
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("smudge.png"));
    QFile f(photo);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kPng);
    f.close();
    QVERIFY(view->addAttachmentFile(photo, false));
    QCOMPARE(view->attachmentList()->count(), 1);
    QVERIFY(view->attachmentList()->item(0)->text().startsWith(QStringLiteral("smudge.png")));

    const QString notes = dir.filePath(QStringLiteral("costing.txt"));
    QFile n(notes);
    QVERIFY(n.open(QIODevice::WriteOnly));
    n.write("Margin on this order: 8 %\n");
    n.close();
    QVERIFY(view->addAttachmentFile(notes, true));
    QCOMPARE(view->attachmentList()->count(), 2);
    QVERIFY(view->attachmentList()->item(1)->text().contains(QStringLiteral("(internal)")));

    // A program renamed to .pdf is refused with the reason shown.
    const QString fake = dir.filePath(QStringLiteral("invoice.pdf"));
    QFile x(fake);
    QVERIFY(x.open(QIODevice::WriteOnly));
    x.write(QByteArray("MZ\x90\0\x03\0\0\0", 8) + QByteArray(64, '\0'));
    x.close();
    QVERIFY(!view->addAttachmentFile(fake, false));
    QCOMPARE(view->messageLabel()->tone(), ui::MessageLabel::Tone::Error);
    QVERIFY(view->messageLabel()->text().contains(QStringLiteral("invoice.pdf"), Qt::CaseInsensitive));
    QCOMPARE(view->attachmentList()->count(), 2);

    const QString out = dir.filePath(QStringLiteral("saved.png"));
    QVERIFY(view->saveAttachment(view->thread().attachments.first().id, out));
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), kPng);
}

void TestTicketsPane::closedTicketIsReadOnly() {
    const Ticket t = raise(QStringLiteral("Invoice amount wrong"), TicketPriority::Low);
    QVERIFY(
        m_tickets->setStatus(m_owner, t.id, TicketStatus::Resolved, QStringLiteral("Credit note CN/26-27/0003 issued"))
            .ok());
    QVERIFY(m_tickets->setStatus(m_owner, t.id, TicketStatus::Closed).ok());
    ui::TicketsPane pane(*m_db, m_owner, *m_clock);
    pane.showTicket(t.id);
    ui::TicketView *view = pane.detail();
    QVERIFY(view->hasTicket());
    QVERIFY(!view->composer()->isEnabled());
    QVERIFY(!view->sendButton()->isEnabled());
    QVERIFY(!view->applyStatusButton()->isEnabled());
    QVERIFY(!view->priorityCombo()->isEnabled());
    QVERIFY(!view->addAttachmentButton()->isEnabled());
    QCOMPARE(view->nextStatusCombo()->count(), 0);
    QVERIFY(view->exportButton()->isEnabled());
    QCOMPARE(view->messageLabel()->tone(), ui::MessageLabel::Tone::Info);
    QVERIFY(view->messageLabel()->text().contains(QStringLiteral("closed")));
}

void TestTicketsPane::viewerOnlyReads() {
    const Ticket t = raise(QStringLiteral("Short count"), TicketPriority::Medium);
    const Session viewer = sessionFor(addUser(QStringLiteral("vik"), QStringLiteral("Vikram"), role::Viewer));
    const int denials = test::auditCount(*m_db, QStringLiteral("permission.denied"));
    ui::TicketsPane pane(*m_db, viewer, *m_clock);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(!pane.newButton()->isVisible());
    QVERIFY(!pane.settingsButton()->isVisible());
    QVERIFY(!pane.availableCheck()->isVisible());
    QCOMPARE(pane.model()->rowCount(), 1);
    pane.showTicket(t.id);
    QVERIFY(!pane.detail()->composer()->isEnabled());
    QVERIFY(!pane.detail()->applyStatusButton()->isEnabled());
    QVERIFY(!pane.detail()->assigneeCombo()->isEnabled());
    m_clock->advanceSeconds(3 * 86400);
    pane.tick();
    // The viewer's pane neither escalates nor asks for what it may not do.
    QCOMPARE(m_tickets->get(m_owner, t.id)->status, TicketStatus::Open);
    QCOMPARE(test::auditCount(*m_db, QStringLiteral("permission.denied")), denials);
}

void TestTicketsPane::settingsDialogEditsRulesCategoriesAndAgents() {
    ui::TicketSettingsDialog dialog(*m_tickets, m_owner);
    auto *resolution = qobject_cast<QSpinBox *>(
        dialog.slaTable()->cellWidget(int(TicketPriority::High), ui::TicketSettingsDialog::ResolutionColumn));
    QVERIFY(resolution);
    QCOMPARE(resolution->value(), 720);
    resolution->setValue(480);
    QVERIFY(dialog.saveSlaRules());
    QCOMPARE(m_tickets->slaRules(m_owner)->at(int(TicketPriority::High)).resolutionMinutes, 480);
    QCOMPARE(raise(QStringLiteral("After the change"), TicketPriority::High).slaTimes.resolutionDue,
             kStart.addSecs(480 * 60));

    auto *first = qobject_cast<QSpinBox *>(
        dialog.slaTable()->cellWidget(int(TicketPriority::Low), ui::TicketSettingsDialog::FirstResponseColumn));
    first->setValue(5000); // after the LOW resolution time: refused
    QVERIFY(!dialog.saveSlaRules());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("Low")));

    QCOMPARE(dialog.categoryList()->count(), 5);
    QVERIFY(dialog.addCategory(QStringLiteral("Printing")));
    QCOMPARE(dialog.categoryList()->count(), 6);
    QVERIFY(dialog.toggleCategory(2)); // billing off
    QVERIFY(dialog.categoryList()->item(2)->text().contains(QStringLiteral("(off)")));
    QVERIFY(!dialog.addCategory(QStringLiteral("printing")));

    const int ashaRow = 1; // agents in user order: Ravi, Asha
    QCOMPARE(dialog.agentTable()->item(ashaRow, ui::TicketSettingsDialog::AgentNameColumn)->text(),
             QStringLiteral("Asha Patil"));
    dialog.capacityBox(ashaRow)->setValue(3);
    dialog.availableBox(ashaRow)->setChecked(false);
    QVERIFY(dialog.saveAgents());
    const TicketAgent asha = m_tickets->agents(m_owner)->at(ashaRow);
    QCOMPARE(asha.capacity, 3);
    QVERIFY(!asha.available);
}

void TestTicketsPane::paneWithRealisticTickets() {
    const qint64 mehta =
        addParty(QStringLiteral("Mehta Foods"), QStringLiteral("9123456780"), QStringLiteral("Nashik"));
    const qint64 gupta =
        addParty(QStringLiteral("Gupta Pharma"), QStringLiteral("9988776655"), QStringLiteral("Thane"));
    const qint64 bina = addUser(QStringLiteral("bina"), QStringLiteral("Bina Rao"), role::Staff);
    Q_UNUSED(bina);
    m_clock->set(kStart.addSecs(-3 * 3600));
    const Ticket crushed = raise(QStringLiteral("200 boxes crushed at the corners"), TicketPriority::High);
    m_clock->set(kStart.addSecs(-200 * 60));
    raise(QStringLiteral("Print colour does not match the approved proof"), TicketPriority::Urgent, mehta);
    m_clock->set(kStart.addSecs(-100 * 60));
    const Ticket late = raise(QStringLiteral("Delivery two days late"), TicketPriority::Medium, gupta);
    m_clock->set(kStart.addSecs(-55 * 60));
    raise(QStringLiteral("GST number missing on the invoice"), TicketPriority::High, mehta); // 5 of 60 min left
    m_clock->set(kStart.addSecs(-12 * 60));
    raise(QStringLiteral("Flap glue opens in humid weather"), TicketPriority::Urgent, gupta); // 3 of 15 min left
    m_clock->set(kStart);
    QVERIFY(m_tickets
                ->addMessage(m_owner, crushed.id, TicketMessageKind::Reply,
                             QStringLiteral("Sorry about this. We are sending 200 new boxes today."))
                .ok());
    QVERIFY(m_tickets
                ->addMessage(m_owner, crushed.id, TicketMessageKind::Note,
                             QStringLiteral("Their godown is damp; ask transport to use covered trucks."))
                .ok());
    QVERIFY(m_tickets
                ->addMessage(m_owner, crushed.id, TicketMessageKind::Requester,
                             QStringLiteral("Thank you, we will check the new lot on arrival."))
                .ok());
    QVERIFY(m_tickets->addAttachment(m_owner, crushed.id, QStringLiteral("crushed-corner.png"), kPng).ok());
    QVERIFY(
        m_tickets->setStatus(m_owner, late.id, TicketStatus::Resolved, QStringLiteral("Driver rescheduled; delivered"))
            .ok());

    ui::TicketsPane pane(*m_db, m_owner, *m_clock);
    // The main window is 1280 x 800 with a 190-pixel navigation column: the pane must fit beside it.
    QVERIFY2(pane.minimumSizeHint().width() <= 1080 && pane.minimumSizeHint().height() <= 700,
             qPrintable(QStringLiteral("%1 x %2").arg(pane.minimumSizeHint().width()).arg(pane.minimumSizeHint().height())));
    pane.resize(1080, 740);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    choose(pane.statusCombo(), -1);
    ui::TicketListModel *model = pane.model();
    QCOMPARE(model->rowCount(), 5);
    // Every SLA state is on screen at once: ok, warning, critical, breached and a stopped one.
    QSet<int> states;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex sla = model->index(row, ui::TicketListModel::SlaColumn);
        if (!sla.data(ui::TicketListModel::SlaStoppedRole).toBool())
            states.insert(sla.data(ui::TicketListModel::SlaStateRole).toInt());
        QVERIFY(!sla.data().toString().isEmpty());
    }
    QCOMPARE(states,
             (QSet<int>{int(SlaState::Ok), int(SlaState::Warning), int(SlaState::Critical), int(SlaState::Breached)}));
    pane.showTicket(crushed.id);
    QCOMPARE(pane.detail()->attachmentList()->count(), 1);
    // Every column is wide enough to be read: the list fits without a horizontal scroll bar.
    QVERIFY(!pane.view()->horizontalScrollBar()->isVisible());

    const QString dir = qEnvironmentVariable("BOXCOST_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(pane.grab().save(dir + QStringLiteral("/tickets-pane.png")));
        ui::NewComplaintDialog complaint(*m_db, m_owner, *m_clock, m_partyId, std::nullopt);
        complaint.show();
        QVERIFY(QTest::qWaitForWindowExposed(&complaint));
        QVERIFY(complaint.grab().save(dir + QStringLiteral("/new-complaint.png")));
        ui::TicketSettingsDialog settings(pane.service(), m_owner);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QVERIFY(settings.grab().save(dir + QStringLiteral("/ticket-settings.png")));
        settings.tabs()->setCurrentIndex(2);
        QVERIFY(settings.grab().save(dir + QStringLiteral("/ticket-agents.png")));
    }
}

QTEST_MAIN(TestTicketsPane)
#include "tst_tickets_pane.moc"
