// The Audit log pane offscreen, over a real database: the paged model under QAbstractItemModelTester,
// filtering by action, actor, date and text (after the typing pause), the detail view with the changed
// field highlighted, and an export running on its own thread behind the progress dialog.

#include "TestDatabase.h"
#include "TestShop.h"

#include "audit/AuditDetailView.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditPane.h"
#include "data/Database.h"
#include "services/AuditLog.h"
#include "services/Session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bcp;

class TestAuditPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void pagesAsTheViewScrolls();
    void filterByActionShowsOnlyThoseRows();
    void otherFilters();
    void selectingARowShowsWhatChanged();
    void exportRunsInTheBackground();
    void chainCheckRunsInTheBackground();

private:
    Session owner() const;
    void fill();
    void selectAction(ui::AuditPane &pane, const QString &action);
    static QStringList column(const ui::AuditLogModel &model, int role, int column = 0);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
};

void TestAuditPane::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    fill();
}

void TestAuditPane::cleanup() {
    m_db.reset();
    m_t.reset();
}

Session TestAuditPane::owner() const {
    Session s;
    s.userId = 1;
    s.tenantId = 1;
    s.username = QStringLiteral("ravi");
    s.role = QStringLiteral("owner");
    s.workstation = QStringLiteral("COUNTER-PC");
    s.permissions = test::seededPermissions(*m_db, s.role);
    return s;
}

// 450 party edits by ravi, then a quote change by asha with one field changed, and a refusal.
void TestAuditPane::fill() {
    Session ravi = owner();
    Session asha = ravi;
    asha.userId = 2;
    asha.username = QStringLiteral("asha");
    asha.workstation = QStringLiteral("DESIGN-PC");
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    auto done = m_db->write([&](Database &tx) -> Result<bool> {
        for (int i = 0; i < 450; ++i) {
            AuditLog::append(tx, ravi,
                             {QStringLiteral("party.update"),
                              QStringLiteral("party"),
                              QString::number(1000 + i),
                              {{QStringLiteral("city"), QStringLiteral("Pune")}},
                              {{QStringLiteral("city"), QStringLiteral("Nashik")}}},
                             start.addSecs(i * 60));
        }
        AuditLog::append(tx, asha,
                         {QStringLiteral("quote.update"),
                          QStringLiteral("quote"),
                          QStringLiteral("Q-2026-0042"),
                          {{QStringLiteral("rate"), 18.5},
                           {QStringLiteral("party"), QStringLiteral("Kumar Traders")},
                           {QStringLiteral("gst"), 18}},
                          {{QStringLiteral("rate"), 19.25},
                           {QStringLiteral("party"), QStringLiteral("Kumar Traders")},
                           {QStringLiteral("gst"), 18}}},
                         QDateTime(QDate(2026, 4, 2), QTime(11, 30), QTimeZone::utc()));
        AuditLog::append(tx, asha,
                         {QStringLiteral("permission.denied"),
                          QStringLiteral("permission"),
                          QStringLiteral("users.manage"),
                          {},
                          {},
                          QStringLiteral("denied")},
                         QDateTime(QDate(2026, 4, 3), QTime(8, 0), QTimeZone::utc()));
        return true;
    });
    QVERIFY(done.ok());
}

QStringList TestAuditPane::column(const ui::AuditLogModel &model, int role, int col) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, col), role).toString();
    return values;
}

void TestAuditPane::selectAction(ui::AuditPane &pane, const QString &action) {
    const int index = pane.actionCombo()->findData(action);
    QVERIFY2(index > 0, qPrintable(action));
    pane.actionCombo()->setCurrentIndex(index);
}

void TestAuditPane::pagesAsTheViewScrolls() {
    ui::AuditPane pane(*m_db, owner());
    ui::AuditLogModel *model = pane.model();
    // The pane opens on the first page only.
    QCOMPARE(model->rowCount(), ui::PagedTableModel::kDefaultPageSize);
    QVERIFY(model->canFetchMore(QModelIndex()));
    QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("200")));
    // (The tester itself asks for one more page when it starts.)
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(1100, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    QCOMPARE(model->columnCount(), int(ui::AuditLogModel::ColumnCount));
    QCOMPARE(model->headerData(ui::AuditLogModel::ActionColumn, Qt::Horizontal).toString(), QStringLiteral("Action"));
    // Newest first: the refusal, then the quote change.
    QCOMPARE(model->data(model->index(0, ui::AuditLogModel::ActionColumn)).toString(),
             QStringLiteral("permission.denied"));
    QCOMPARE(model->data(model->index(0, ui::AuditLogModel::ResultColumn)).toString(), QStringLiteral("Denied"));
    QCOMPARE(model->data(model->index(1, ui::AuditLogModel::EntityColumn)).toString(),
             QStringLiteral("quote Q-2026-0042"));
    QCOMPARE(model->data(model->index(1, ui::AuditLogModel::WorkstationColumn)).toString(),
             QStringLiteral("DESIGN-PC"));
    const QDateTime local = QDateTime(QDate(2026, 4, 2), QTime(11, 30), QTimeZone::utc()).toLocalTime();
    QCOMPARE(model->data(model->index(1, ui::AuditLogModel::TimeColumn)).toString(),
             local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(pane.view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);

    // Scrolling to the end asks for the next pages, until the log is exhausted.
    for (int i = 0; i < 10 && !model->atEnd(); ++i) {
        pane.view()->scrollToBottom();
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
    QVERIFY(model->atEnd());
    QCOMPARE(model->rowCount(), 452);
    QCOMPARE(pane.statusLabel()->text(), QStringLiteral("452 entries"));
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->idAt(row);
    QVERIFY(std::is_sorted(ids.rbegin(), ids.rend()));
    QCOMPARE(std::adjacent_find(ids.begin(), ids.end()), ids.end());
    QCOMPARE(model->rowOfId(ids.at(321)), 321);
    QCOMPARE(model->rowOfId(999999), -1);
}

void TestAuditPane::filterByActionShowsOnlyThoseRows() {
    ui::AuditPane pane(*m_db, owner());
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    // The drop-down lists the actions the log holds.
    QStringList offered;
    for (int i = 1; i < pane.actionCombo()->count(); ++i)
        offered << pane.actionCombo()->itemData(i).toString();
    QCOMPARE(offered, (QStringList{QStringLiteral("party.update"), QStringLiteral("permission.denied"),
                                   QStringLiteral("quote.update")}));

    selectAction(pane, QStringLiteral("quote.update"));
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(column(*pane.model(), Qt::DisplayRole, ui::AuditLogModel::ActionColumn),
             QStringList{QStringLiteral("quote.update")});
    QCOMPARE(pane.statusLabel()->text(), QStringLiteral("1 entry"));

    selectAction(pane, QStringLiteral("party.update"));
    pane.model()->fetchUntil(1000);
    QCOMPARE(pane.model()->rowCount(), 450);
    const QStringList actions = column(*pane.model(), ui::AuditLogModel::ActionRole);
    QCOMPARE(actions.count(QStringLiteral("party.update")), 450);

    pane.actionCombo()->setCurrentIndex(0);
    pane.model()->fetchUntil(1000);
    QCOMPARE(pane.model()->rowCount(), 452);
}

void TestAuditPane::otherFilters() {
    ui::AuditPane pane(*m_db, owner());
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    pane.actorCombo()->setCurrentIndex(pane.actorCombo()->findData(QStringLiteral("asha")));
    QCOMPARE(pane.model()->rowCount(), 2);
    pane.entityCombo()->setCurrentIndex(pane.entityCombo()->findData(QStringLiteral("quote")));
    QCOMPARE(pane.model()->rowCount(), 1);
    pane.clearFilters();
    QCOMPARE(pane.model()->rowCount(), ui::PagedTableModel::kDefaultPageSize);

    // Free text waits for a pause in typing, then searches entity ids, before and after.
    QTest::keyClicks(pane.searchEdit(), QStringLiteral("q-2026"));
    QCOMPARE(pane.model()->rowCount(), ui::PagedTableModel::kDefaultPageSize);
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 1, 3000);
    pane.searchEdit()->clear();
    QTest::keyClicks(pane.searchEdit(), QStringLiteral("Kumar"));
    QTest::keyClick(pane.searchEdit(), Qt::Key_Return);
    QCOMPARE(pane.model()->rowCount(), 1);
    QTest::keyClicks(pane.searchEdit(), QStringLiteral(" nobody"));
    QTest::keyClick(pane.searchEdit(), Qt::Key_Return);
    QCOMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(pane.statusLabel()->text(), QStringLiteral("No entries match the filters."));
    pane.clearFilters();

    // Dates are local calendar days; the 450 party edits all fall on 1 March 2026 (UTC 09:00 onwards).
    pane.fromEdit()->setDate(QDate(2026, 4, 1));
    QCOMPARE(pane.model()->rowCount(), 2);
    pane.fromEdit()->setDate(QDate(2026, 4, 3));
    pane.toEdit()->setDate(QDate(2026, 4, 3));
    QCOMPARE(column(*pane.model(), ui::AuditLogModel::ActionRole), QStringList{QStringLiteral("permission.denied")});
    QCOMPARE(pane.currentFilter().to, QDateTime(QDate(2026, 4, 4), QTime(0, 0)).toUTC());

    // An impossible range is refused with the service's words, not an empty list without a reason.
    pane.toEdit()->setDate(QDate(2026, 4, 1));
    QCOMPARE(pane.model()->rowCount(), 0);
    QVERIFY2(pane.statusLabel()->text().contains(QStringLiteral("end of the date range")),
             qPrintable(pane.statusLabel()->text()));
}

void TestAuditPane::selectingARowShowsWhatChanged() {
    ui::AuditPane pane(*m_db, owner());
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(1100, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    ui::AuditDetailView *detail = pane.detail();
    QCOMPARE(detail->fields()->rowCount(), 0);

    selectAction(pane, QStringLiteral("quote.update"));
    QTableView *view = pane.view();
    const QRect cell = view->visualRect(pane.model()->index(0, ui::AuditLogModel::ActionColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(view->selectionModel()->currentIndex().row(), 0);

    // Before and after side by side; only the rate changed.
    QTableWidget *fields = detail->fields();
    QCOMPARE(fields->rowCount(), 3);
    QCOMPARE(fields->horizontalHeaderItem(ui::AuditDetailView::BeforeColumn)->text(), QStringLiteral("Before"));
    QCOMPARE(fields->horizontalHeaderItem(ui::AuditDetailView::AfterColumn)->text(), QStringLiteral("After"));
    const int rate = detail->rowOfField(QStringLiteral("rate"));
    QVERIFY(rate >= 0);
    QCOMPARE(fields->item(rate, ui::AuditDetailView::BeforeColumn)->text(), QStringLiteral("18.5"));
    QCOMPARE(fields->item(rate, ui::AuditDetailView::AfterColumn)->text(), QStringLiteral("19.25"));
    QVERIFY(detail->isChanged(QStringLiteral("rate")));
    QCOMPARE(fields->item(rate, ui::AuditDetailView::AfterColumn)->background().color(),
             ui::AuditDetailView::highlight());
    QVERIFY(fields->item(rate, ui::AuditDetailView::FieldColumn)->font().bold());
    for (const QString &same : {QStringLiteral("party"), QStringLiteral("gst")}) {
        const int row = detail->rowOfField(same);
        QVERIFY(row >= 0);
        QVERIFY(!detail->isChanged(same));
        QVERIFY(fields->item(row, ui::AuditDetailView::AfterColumn)->background().style() == Qt::NoBrush);
        QCOMPARE(fields->item(row, ui::AuditDetailView::BeforeColumn)->text(),
                 fields->item(row, ui::AuditDetailView::AfterColumn)->text());
    }
    QVERIFY(detail->summary()->text().contains(QStringLiteral("asha")));
    QVERIFY(detail->summary()->text().contains(QStringLiteral("DESIGN-PC")));
    QVERIFY(detail->chain()->text().contains(QStringLiteral("seq 451")));

    // Keyboard: moving to another row follows; a new filter clears the detail.
    pane.actionCombo()->setCurrentIndex(0);
    QCOMPARE(detail->fields()->rowCount(), 0);
    view->setFocus();
    view->setCurrentIndex(pane.model()->index(0, 0));
    QCOMPARE(detail->rowOfField(QStringLiteral("rate")), -1);
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(detail->isChanged(QStringLiteral("rate")));
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(detail->isChanged(QStringLiteral("city")));
    QCOMPARE(detail->fields()->item(0, ui::AuditDetailView::AfterColumn)->text(), QStringLiteral("Nashik"));
}

void TestAuditPane::exportRunsInTheBackground() {
    ui::AuditPane pane(*m_db, owner());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.exportCsvButton()->isVisible());
    selectAction(pane, QStringLiteral("party.update"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.json"));
    QSignalSpy finished(&pane, &ui::AuditPane::exportFinished);
    pane.exportTo(AuditExportFormat::Json, path);
    QVERIFY(pane.isBusy());
    QVERIFY(pane.progressDialog());
    QVERIFY(pane.progressDialog()->labelText().startsWith(QStringLiteral("Exporting the audit log")));
    QVERIFY(!pane.exportCsvButton()->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("450 entries")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!pane.isBusy());
    QVERIFY(pane.exportCsvButton()->isEnabled());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), 450);
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("party.update"));
    // The export is in the log, written by the worker's own connection.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.export'")).toInt(), 1);
    QVERIFY(pane.actionCombo()->findData(QStringLiteral("audit.export")) > 0);

    // Without audit.export the buttons are not offered.
    Session viewer = owner();
    viewer.permissions.remove(QStringLiteral("audit.export"));
    ui::AuditPane readOnly(*m_db, viewer);
    readOnly.show();
    QVERIFY(!readOnly.exportCsvButton()->isVisible());
    QVERIFY(!readOnly.exportJsonButton()->isVisible());
}

void TestAuditPane::chainCheckRunsInTheBackground() {
    ui::AuditPane pane(*m_db, owner());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy finished(&pane, &ui::AuditPane::verifyFinished);
    QTest::mouseClick(pane.verifyButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(pane.statusLabel()->text(), QStringLiteral("The audit chain holds: 452 entries checked."));

    m_db->exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    m_db->exec(QStringLiteral("UPDATE audit_log SET after_json = '{\"city\":\"Goa\"}' WHERE seq = 17"));
    QTest::mouseClick(pane.verifyButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QVERIFY2(pane.statusLabel()->text().contains(QStringLiteral("seq 17")), qPrintable(pane.statusLabel()->text()));
}

QTEST_MAIN(TestAuditPane)
#include "tst_audit_pane.moc"
