// The Quotes pane with real widgets offscreen on a real database: the paged list under
// QAbstractItemModelTester (keyset pages with no row twice), search as you type by quote number, party or
// box name, the status filter (expired derived), the date range, sorting by the header, and the keys:
// Enter opens the selected quote, Ctrl+N a new one, Ctrl+F the search box.

#include "Golden.h"
#include "TestDatabase.h"
#include "TestShop.h"
#include "WidgetInput.h"

#include "data/Database.h"
#include "quotes/QuoteEditor.h"
#include "quotes/QuoteListModel.h"
#include "quotes/QuotesPane.h"
#include "services/AccountService.h"
#include "services/CostingJson.h"
#include "services/PartyService.h"
#include "services/QuoteService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace bcp;
using test::typeInto;

namespace {

const QString kPassword = QStringLiteral("Corrugated#Box42");

struct Shop : test::ShreeGaneshShop {
    Shop() : ShreeGaneshShop(kPassword) {}

    Party addParty(const QString &name, const QString &company, const QString &mobile) {
        Party p;
        p.name = name;
        p.company = company;
        p.mobile = mobile;
        return createParty(p);
    }

    QuoteSaveResult addQuote(qint64 partyId, const QString &boxName, qint64 quantity, const QDate &date) {
        QuoteDraft draft;
        draft.partyId = partyId;
        draft.date = date;
        costing::BoxSpec spec = test::goldenSpec(0);
        spec.quantity = quantity;
        draft.items << test::quoteItem(boxName, spec);
        return saveQuote(draft);
    }
};

void search(ui::QuotesPane &pane, const QString &text) {
    typeInto(pane.searchEdit(), text);
    // Applied after a short pause in typing (about 150 ms), in SQL.
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->query().search, text.trimmed(), 2000);
}

QStringList numbers(const ui::QuoteListModel *model) {
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, ui::QuoteListModel::NumberColumn).data().toString();
    return out;
}

bool showActive(QWidget &window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QList<ui::QuoteEditor *> editors() {
    QList<ui::QuoteEditor *> out;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *editor = qobject_cast<ui::QuoteEditor *>(w); editor && editor->isVisible())
            out << editor;
    }
    return out;
}

void closeEditors() {
    for (ui::QuoteEditor *editor : editors())
        editor->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class TestQuotesPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void listPagesWithoutRepeats();
    void columnsShowTheQuote();
    void searchByNumberPartyOrBoxName();
    void statusFilterIncludesDerivedExpired();
    void dateRangeFilter();
    void headerSortsInTheDatabase();
    void enterOpensCtrlNNewCtrlFSearch();

private:
    std::unique_ptr<Shop> m_shop;
    QList<QuoteSaveResult> m_quotes;
    QDate m_today = QDate::currentDate();
};

void TestQuotesPane::initTestCase() {
    m_shop = std::make_unique<Shop>();
    const Party ravi =
        m_shop->addParty(QStringLiteral("Ravi Kumar"), QStringLiteral("Apple Exports"), QStringLiteral("9820011111"));
    const Party anita =
        m_shop->addParty(QStringLiteral("Anita Desai"), QStringLiteral("Desai Cartons"), QStringLiteral("9845012345"));
    // Dates spread over the last weeks; quantities make the grand totals differ.
    const QStringList boxes = {QStringLiteral("Apple Box 3P"), QStringLiteral("Mango Crate"),
                               QStringLiteral("Tea Carton"),   QStringLiteral("Shoe Box"),
                               QStringLiteral("Pizza Box"),    QStringLiteral("Spice Box")};
    for (int i = 0; i < 12; ++i) {
        const Party &party = i % 3 == 0 ? anita : ravi;
        m_quotes << m_shop->addQuote(party.id, boxes.at(i % boxes.size()) + QStringLiteral(" %1").arg(i), 500 + 250 * i,
                                     m_today.addDays(-i));
    }
    QuoteService quotes(*m_shop->db);
    QVERIFY(quotes.setStatus(m_shop->owner, m_quotes.at(1).quoteId, QuoteStatus::Sent));
    QVERIFY(quotes.setStatus(m_shop->owner, m_quotes.at(2).quoteId, QuoteStatus::Accepted));
    QVERIFY(quotes.setStatus(m_shop->owner, m_quotes.at(3).quoteId, QuoteStatus::Rejected));
}

void TestQuotesPane::cleanupTestCase() {
    closeEditors();
    m_shop.reset();
}

void TestQuotesPane::cleanup() {
    closeEditors();
}

void TestQuotesPane::listPagesWithoutRepeats() {
    ui::QuotesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.model()->setPageSize(5);
    pane.applyFilter();
    QCOMPARE(pane.model()->rowCount(), 5);
    QVERIFY(pane.model()->canFetchMore({}));
    QVERIFY(pane.countLabel()->text().contains(QStringLiteral("more load as you scroll")));
    pane.model()->fetchUntil(100);
    QCOMPARE(pane.model()->rowCount(), 12);
    QVERIFY(pane.model()->atEnd());
    const QStringList all = numbers(pane.model());
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 12);
    // Newest first.
    for (int row = 1; row < pane.model()->rowCount(); ++row)
        QVERIFY(pane.model()->rowAt(row - 1).date >= pane.model()->rowAt(row).date);
    QCOMPARE(pane.view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(pane.countLabel()->text(), QStringLiteral("12 quotes"));
}

void TestQuotesPane::columnsShowTheQuote() {
    ui::QuotesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = pane.model()->rowOfId(m_quotes.at(0).quoteId);
    QVERIFY(row >= 0);
    auto text = [&](int column) { return pane.model()->index(row, column).data().toString(); };
    QCOMPARE(text(ui::QuoteListModel::NumberColumn), m_quotes.at(0).number);
    QCOMPARE(text(ui::QuoteListModel::PartyColumn), QStringLiteral("Anita Desai · Desai Cartons"));
    QCOMPARE(text(ui::QuoteListModel::ItemsColumn), QStringLiteral("1"));
    // 500 boxes at 11.65 = 5,825.00 + 5 % GST 291.25 = 6,116.25 -> 6,116.00 rounded.
    QCOMPARE(text(ui::QuoteListModel::GrandColumn), QStringLiteral("₹6,116.00"));
    QCOMPARE(text(ui::QuoteListModel::StatusColumn), QStringLiteral("Draft"));
    QCOMPARE(text(ui::QuoteListModel::VersionColumn), QStringLiteral("v1"));
    QVERIFY(pane.model()
                ->index(row, ui::QuoteListModel::ItemsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Apple Box 3P 0")));
}

void TestQuotesPane::searchByNumberPartyOrBoxName() {
    ui::QuotesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(pane));

    const QString number = m_quotes.at(7).number;
    search(pane, number);
    QCOMPARE(numbers(pane.model()), QStringList{number});
    search(pane, number.toLower());
    QCOMPARE(numbers(pane.model()), QStringList{number});

    search(pane, QStringLiteral("mango"));
    QCOMPARE(pane.model()->rowCount(), 2); // Mango Crate 1 and 7
    for (int row = 0; row < pane.model()->rowCount(); ++row)
        QVERIFY(pane.model()->rowAt(row).boxNames.contains(QStringLiteral("Mango Crate")));
    search(pane, QStringLiteral("mango crate 7"));
    QCOMPARE(numbers(pane.model()), QStringList{number});

    search(pane, QStringLiteral("desai"));
    QCOMPARE(pane.model()->rowCount(), 4);
    search(pane, QStringLiteral("apple exports"));
    QCOMPARE(pane.model()->rowCount(), 8);
    search(pane, QStringLiteral("nothing like this"));
    QCOMPARE(pane.model()->rowCount(), 0);
    QVERIFY(pane.countLabel()->text().contains(QStringLiteral("No quotes match")));
    search(pane, QString());
    QCOMPARE(pane.model()->rowCount(), 12);
}

void TestQuotesPane::statusFilterIncludesDerivedExpired() {
    ui::QuotesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QComboBox *status = pane.statusCombo();
    auto choose = [status](QuoteStatus s) { status->setCurrentIndex(status->findData(quoteStatusCode(s))); };

    choose(QuoteStatus::Sent);
    QCOMPARE(numbers(pane.model()), QStringList{m_quotes.at(1).number});
    choose(QuoteStatus::Accepted);
    QCOMPARE(numbers(pane.model()), QStringList{m_quotes.at(2).number});
    choose(QuoteStatus::Rejected);
    QCOMPARE(numbers(pane.model()), QStringList{m_quotes.at(3).number});
    // Valid 7 days: the drafts dated 8 or more days ago have expired.
    choose(QuoteStatus::Expired);
    QCOMPARE(pane.model()->rowCount(), 4); // days 8, 9, 10, 11
    for (int row = 0; row < pane.model()->rowCount(); ++row) {
        QCOMPARE(pane.model()->index(row, ui::QuoteListModel::StatusColumn).data().toString(),
                 QStringLiteral("Expired"));
        QVERIFY(pane.model()->rowAt(row).date < m_today.addDays(-7));
    }
    choose(QuoteStatus::Draft);
    QCOMPARE(pane.model()->rowCount(), 12 - 3 - 4);
    status->setCurrentIndex(0);
    QCOMPARE(pane.model()->rowCount(), 12);
}

void TestQuotesPane::dateRangeFilter() {
    ui::QuotesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.fromEdit()->setDate(m_today.addDays(-5));
    QCOMPARE(pane.model()->rowCount(), 6);
    pane.toEdit()->setDate(m_today.addDays(-2));
    QCOMPARE(pane.model()->rowCount(), 4);
    for (int row = 0; row < pane.model()->rowCount(); ++row) {
        const QDate d = pane.model()->rowAt(row).date;
        QVERIFY(d >= m_today.addDays(-5) && d <= m_today.addDays(-2));
    }
    pane.clearFilters();
    QCOMPARE(pane.model()->rowCount(), 12);
}

void TestQuotesPane::headerSortsInTheDatabase() {
    ui::QuotesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.model()->setPageSize(4); // sorting must hold across keyset pages too
    pane.applyFilter();
    QHeaderView *header = pane.view()->horizontalHeader();

    header->setSortIndicator(ui::QuoteListModel::GrandColumn, Qt::AscendingOrder);
    QCOMPARE(pane.model()->query().sort, QuoteSort::GrandTotal);
    pane.model()->fetchUntil(100);
    QCOMPARE(pane.model()->rowCount(), 12);
    for (int row = 1; row < 12; ++row)
        QVERIFY(pane.model()->rowAt(row - 1).grand <= pane.model()->rowAt(row).grand);
    QCOMPARE(pane.model()->idAt(0), m_quotes.at(0).quoteId); // the fewest boxes

    header->setSortIndicator(ui::QuoteListModel::NumberColumn, Qt::DescendingOrder);
    pane.model()->fetchUntil(100);
    QCOMPARE(pane.model()->index(0, 0).data().toString(), m_quotes.last().number);

    header->setSortIndicator(ui::QuoteListModel::PartyColumn, Qt::AscendingOrder);
    pane.model()->fetchUntil(100);
    QCOMPARE(pane.model()->rowAt(0).partyName, QStringLiteral("Anita Desai"));
    QCOMPARE(pane.model()->rowAt(11).partyName, QStringLiteral("Ravi Kumar"));

    // Items and Status are not sorted by the database: the real order stays.
    header->setSortIndicator(ui::QuoteListModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(ui::QuoteListModel::PartyColumn));
    QCOMPARE(pane.model()->query().sort, QuoteSort::Party);
}

void TestQuotesPane::enterOpensCtrlNNewCtrlFSearch() {
    ui::QuotesPane pane(*m_shop->db, m_shop->owner);
    pane.resize(1200, 700);
    QVERIFY(showActive(pane));

    QTableView *view = pane.view();
    view->setFocus();
    const int row = pane.model()->rowOfId(m_quotes.at(4).quoteId);
    view->selectRow(row);
    QTest::keyClick(view, Qt::Key_Return);
    QList<ui::QuoteEditor *> open = editors();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first()->quoteId(), m_quotes.at(4).quoteId);
    QCOMPARE(open.first()->number(), m_quotes.at(4).number);
    // Opening it again raises the same window.
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(editors().size(), 1);
    closeEditors();

    QVERIFY(showActive(pane));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    open = editors();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first()->quoteId(), 0);
    QVERIFY(!open.first()->hasParty());
    closeEditors();

    QVERIFY(showActive(pane));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(pane.searchEdit()->hasFocus());
    QTest::keyClicks(pane.searchEdit(), QStringLiteral("tea"));
    QTest::keyClick(pane.searchEdit(), Qt::Key_Return);
    QCOMPARE(pane.model()->rowCount(), 2);
    QVERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 0);
}

QTEST_MAIN(TestQuotesPane)
#include "tst_quotes_pane.moc"
