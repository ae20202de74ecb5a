// The Parties pane and the party dialog with real widgets offscreen on a real database: the paged list
// under QAbstractItemModelTester, search as you type by name, company or mobile, sorting, the dialog's
// checks as you type (GSTIN pattern, state code and check character; a valid GSTIN fills state and PAN;
// mobile, e-mail, PIN), adding and editing, deleting (hidden when quotes name the party) and the party's
// page with its quotes.

#include "Golden.h"
#include "ModalDialogs.h"
#include "TestDatabase.h"
#include "TestShop.h"
#include "WidgetInput.h"

#include "calculator/FieldMark.h"
#include "data/Database.h"
#include "parties/PartiesPane.h"
#include "parties/PartyDialog.h"
#include "parties/PartyListModel.h"
#include "parties/PartyPage.h"
#include "quotes/QuoteEditor.h"
#include "quotes/QuoteListModel.h"
#include "services/CostingJson.h"
#include "services/PartyService.h"
#include "services/QuoteService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace bcp;
using test::typeInto;
using test::whenModal;

namespace {

const QString kPassword = QStringLiteral("Corrugated#Box42");

struct Shop : test::ShreeGaneshShop {
    Shop() : ShreeGaneshShop(kPassword) {}

    Party addParty(const QString &name, const QString &company, const QString &mobile, const QString &city = {}) {
        Party p;
        p.name = name;
        p.company = company;
        p.mobile = mobile;
        p.billing.city = city;
        return createParty(p);
    }

    qint64 addQuote(qint64 partyId, const QString &boxName) {
        QuoteDraft draft;
        draft.partyId = partyId;
        draft.items << test::quoteItem(boxName, test::goldenSpec(0));
        return saveQuote(draft).quoteId;
    }
};

QLineEdit *lineEdit(const ui::PartyDialog &dialog, const QString &field) {
    auto *edit = qobject_cast<QLineEdit *>(dialog.fieldWidget(field));
    if (!edit)
        qFatal("no line edit for %s", qPrintable(field));
    return edit;
}

void clickButton(QMessageBox *box, const QString &text) {
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button ") + text));
}

QStringList names(const ui::PartyListModel *model) {
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, ui::PartyListModel::NameColumn).data().toString();
    return out;
}

void search(ui::PartiesPane &pane, const QString &text) {
    typeInto(pane.searchEdit(), text);
    // Applied after a short pause in typing (about 150 ms).
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->query().search, text.trimmed(), 2000);
}

// Shows a window and makes it the active one, so focus and shortcuts behave as for a user.
bool showActive(QWidget &window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace

class TestPartiesPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listPagesAndPassesTheTester();
    void searchAsYouTypeByNameCompanyOrMobile();
    void headerSortsByNameOrCompany();
    void gstinCheckedAsYouType();
    void contactFieldsCheckedAsYouType();
    void addAndEditThroughThePane();
    void serviceRefusalMarksTheField();
    void deleteRemovesOrHides();
    void partyPageListsAndOpensQuotes();

private:
    std::unique_ptr<Shop> m_shop;
    Party m_ravi;
    Party m_anita;
};

void TestPartiesPane::initTestCase() {
    m_shop = std::make_unique<Shop>();
    m_ravi = m_shop->addParty(QStringLiteral("Ravi Kumar"), QStringLiteral("Apple Exports"),
                              QStringLiteral("9820011111"), QStringLiteral("Pune"));
    m_anita = m_shop->addParty(QStringLiteral("Anita Desai"), QStringLiteral("Desai Cartons"),
                               QStringLiteral("9845012345"), QStringLiteral("Bengaluru"));
    m_shop->addParty(QStringLiteral("Rahul Mehta"), QStringLiteral("Mehta Foods"), QStringLiteral("9711122233"),
                     QStringLiteral("Delhi"));
    for (int i = 0; i < 30; ++i)
        m_shop->addParty(QStringLiteral("Zeta Customer %1").arg(i, 2, 10, QLatin1Char('0')),
                         QStringLiteral("Zeta Traders"), QStringLiteral("93000%1").arg(10000 + i));
}

void TestPartiesPane::cleanupTestCase() {
    m_shop.reset();
}

void TestPartiesPane::listPagesAndPassesTheTester() {
    ui::PartiesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.model()->setPageSize(10);
    pane.applySearch();
    pane.resize(1200, 700);
    QVERIFY(showActive(pane));

    // Pages arrive as the view asks for them, in name order, with no row twice.
    QVERIFY(pane.model()->rowCount() >= 10);
    QVERIFY(pane.model()->rowCount() < 33 || pane.model()->atEnd());
    pane.model()->fetchUntil(1000);
    QCOMPARE(pane.model()->rowCount(), 33);
    QVERIFY(pane.model()->atEnd());
    const QStringList all = names(pane.model());
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 33);
    QStringList sorted = all;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
    QCOMPARE(all, sorted);
    QCOMPARE(all.first(), QStringLiteral("Anita Desai"));
    // Uniform, fixed row heights: nothing is measured per row.
    QCOMPARE(pane.view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(pane.model()->index(0, ui::PartyListModel::MobileColumn).data().toString(), QStringLiteral("98450 12345"));
}

void TestPartiesPane::searchAsYouTypeByNameCompanyOrMobile() {
    ui::PartiesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(pane));

    search(pane, QStringLiteral("ravi"));
    QCOMPARE(names(pane.model()), QStringList{QStringLiteral("Ravi Kumar")});
    search(pane, QStringLiteral("cartons"));
    QCOMPARE(names(pane.model()), QStringList{QStringLiteral("Anita Desai")});
    search(pane, QStringLiteral("98450"));
    QCOMPARE(names(pane.model()), QStringList{QStringLiteral("Anita Desai")});
    search(pane, QStringLiteral("zeta customer 1"));
    QCOMPARE(pane.model()->rowCount(), 10);
    search(pane, QStringLiteral("nobody"));
    QCOMPARE(pane.model()->rowCount(), 0);
    QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("No party")));

    // Ctrl+F goes to the search box; Enter in it moves to the first match.
    search(pane, QStringLiteral("mehta"));
    pane.view()->setFocus();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QTest::keyClick(pane.view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(pane.searchEdit()->hasFocus());
    QTest::keyClick(pane.searchEdit(), Qt::Key_Return);
    QVERIFY(pane.view()->hasFocus());
    QVERIFY(pane.page()->hasParty());
    QCOMPARE(pane.page()->party().name, QStringLiteral("Rahul Mehta"));
}

void TestPartiesPane::headerSortsByNameOrCompany() {
    ui::PartiesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(pane));
    QHeaderView *header = pane.view()->horizontalHeader();

    header->setSortIndicator(ui::PartyListModel::CompanyColumn, Qt::AscendingOrder);
    QCOMPARE(pane.model()->query().sort, PartySort::Company);
    QCOMPARE(pane.model()->index(0, ui::PartyListModel::CompanyColumn).data().toString(),
             QStringLiteral("Apple Exports"));
    header->setSortIndicator(ui::PartyListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(pane.model()->query().sort, PartySort::Name);
    QVERIFY(pane.model()->query().descending);
    QVERIFY(pane.model()->index(0, 0).data().toString().startsWith(QStringLiteral("Zeta Customer 29")));
    // A column the database does not sort by keeps the real order and its indicator.
    header->setSortIndicator(ui::PartyListModel::CityColumn, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(ui::PartyListModel::NameColumn));
    QCOMPARE(pane.model()->query().sort, PartySort::Name);
}

void TestPartiesPane::gstinCheckedAsYouType() {
    PartyService parties(*m_shop->db);
    ui::PartyDialog dialog(parties, m_shop->owner);
    QVERIFY(showActive(dialog));
    QLineEdit *gstin = lineEdit(dialog, QStringLiteral("gstin"));
    QLineEdit *pan = lineEdit(dialog, QStringLiteral("pan"));
    auto *state = qobject_cast<QComboBox *>(dialog.fieldWidget(QStringLiteral("billing.state")));
    QVERIFY(state);

    // Typed in lower case, stored upper case; while incomplete a hint, not an error.
    gstin->setFocus();
    QTest::keyClicks(gstin, QStringLiteral("27aabcu"));
    QCOMPARE(gstin->text(), QStringLiteral("27AABCU"));
    QVERIFY(!dialog.isFieldMarked(QStringLiteral("gstin")));
    QCOMPARE(dialog.fieldMessage(QStringLiteral("gstin")), QStringLiteral("7 of 15 characters"));

    // The wrong check character is marked with the message saying which one it should be.
    typeInto(gstin, QStringLiteral("27AABCU9603R1ZM"));
    QVERIFY(dialog.isFieldMarked(QStringLiteral("gstin")));
    QVERIFY2(dialog.fieldMessage(QStringLiteral("gstin")).contains(QStringLiteral("check character should be N")),
             qPrintable(dialog.fieldMessage(QStringLiteral("gstin"))));
    QVERIFY(!gstin->toolTip().isEmpty());
    QVERIFY(!pan->isReadOnly());

    // An unknown state code is refused at once.
    typeInto(gstin, QStringLiteral("00"));
    QVERIFY(dialog.isFieldMarked(QStringLiteral("gstin")));
    QVERIFY(dialog.fieldMessage(QStringLiteral("gstin")).contains(QStringLiteral("not a GST state code")));

    // A valid GSTIN fills and locks the state and the PAN.
    typeInto(gstin, QStringLiteral("29AAGCB7383J1Z4"));
    QVERIFY(!dialog.isFieldMarked(QStringLiteral("gstin")));
    QVERIFY(dialog.fieldMessage(QStringLiteral("gstin")).contains(QStringLiteral("Karnataka")));
    QCOMPARE(pan->text(), QStringLiteral("AAGCB7383J"));
    QVERIFY(pan->isReadOnly());
    QCOMPARE(state->currentData().toString(), QStringLiteral("29"));
    QVERIFY(!state->isEnabled());
    QCOMPARE(dialog.enteredParty().billing.stateCode, QStringLiteral("29"));

    // Every golden GSTIN is judged as the spec says.
    const QJsonArray cases =
        test::loadGolden(QStringLiteral("documents_cases.json")).value(QStringLiteral("gstin")).toArray();
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const QString text = c.value(QStringLiteral("gstin")).toString();
        typeInto(gstin, text);
        QCOMPARE(dialog.isFieldMarked(QStringLiteral("gstin")) || text.size() < 15,
                 !c.value(QStringLiteral("valid")).toBool());
        QCOMPARE(pan->isReadOnly(), c.value(QStringLiteral("valid")).toBool());
    }

    // Cleared: state and PAN can be typed again.
    typeInto(gstin, QString());
    QVERIFY(!pan->isReadOnly());
    QVERIFY(state->isEnabled());
}

void TestPartiesPane::contactFieldsCheckedAsYouType() {
    PartyService parties(*m_shop->db);
    ui::PartyDialog dialog(parties, m_shop->owner);
    QVERIFY(showActive(dialog));
    QLineEdit *mobile = lineEdit(dialog, QStringLiteral("mobile"));
    QLineEdit *email = lineEdit(dialog, QStringLiteral("email"));
    QLineEdit *pin = lineEdit(dialog, QStringLiteral("billing.pin"));

    typeInto(mobile, QStringLiteral("98200"));
    QVERIFY(!dialog.isFieldMarked(QStringLiteral("mobile")));
    QCOMPARE(dialog.fieldMessage(QStringLiteral("mobile")), QStringLiteral("5 of 10 digits"));
    typeInto(mobile, QStringLiteral("5820011111"));
    QVERIFY(dialog.isFieldMarked(QStringLiteral("mobile")));
    QVERIFY(dialog.fieldMessage(QStringLiteral("mobile")).contains(QStringLiteral("start with 6, 7, 8 or 9")));
    typeInto(mobile, QStringLiteral("+91 98200 77777"));
    QVERIFY(!dialog.isFieldMarked(QStringLiteral("mobile")));
    QVERIFY(dialog.fieldMessage(QStringLiteral("mobile")).isEmpty());

    typeInto(email, QStringLiteral("ravi@example"));
    QVERIFY(!dialog.isFieldMarked(QStringLiteral("email"))); // still typing
    QTest::keyClick(email, Qt::Key_Tab);                     // leaving it makes it an error
    QVERIFY(dialog.isFieldMarked(QStringLiteral("email")));
    typeInto(email, QStringLiteral("ravi@example.in"));
    QVERIFY(!dialog.isFieldMarked(QStringLiteral("email")));

    typeInto(pin, QStringLiteral("011002"));
    QVERIFY(dialog.isFieldMarked(QStringLiteral("billing.pin")));
    typeInto(pin, QStringLiteral("411 026"));
    QVERIFY(!dialog.isFieldMarked(QStringLiteral("billing.pin")));

    // Saving without a name marks the name and keeps the dialog open.
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.isFieldMarked(QStringLiteral("name")));
    QVERIFY(dialog.fieldWidget(QStringLiteral("name"))->hasFocus());
}

void TestPartiesPane::addAndEditThroughThePane() {
    ui::PartiesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(pane));

    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<ui::PartyDialog *>(modal);
        QVERIFY(dialog);
        typeInto(lineEdit(*dialog, QStringLiteral("name")), QStringLiteral("Kavita Rao"));
        typeInto(lineEdit(*dialog, QStringLiteral("company")), QStringLiteral("Rao Pharma"));
        typeInto(lineEdit(*dialog, QStringLiteral("mobile")), QStringLiteral("9900112233"));
        typeInto(lineEdit(*dialog, QStringLiteral("gstin")), QStringLiteral("29AAGCB7383J1Z4"));
        typeInto(lineEdit(*dialog, QStringLiteral("billing.city")), QStringLiteral("Mysuru"));
        typeInto(lineEdit(*dialog, QStringLiteral("billing.pin")), QStringLiteral("570001"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    });
    QVERIFY(pane.newParty());
    QVERIFY(pane.page()->hasParty());
    const Party kavita = pane.page()->party();
    QCOMPARE(kavita.name, QStringLiteral("Kavita Rao"));
    QCOMPARE(kavita.pan, QStringLiteral("AAGCB7383J"));
    QCOMPARE(pane.page()->detailText(QStringLiteral("state")), QStringLiteral("Karnataka (29)"));
    QVERIFY(pane.page()->detailText(QStringLiteral("billing")).contains(QStringLiteral("Mysuru")));
    QVERIFY(pane.model()->rowOfId(kavita.id) >= 0);
    QCOMPARE(pane.view()->currentIndex().row(), pane.model()->rowOfId(kavita.id));

    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<ui::PartyDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(lineEdit(*dialog, QStringLiteral("company"))->text(), QStringLiteral("Rao Pharma"));
        typeInto(lineEdit(*dialog, QStringLiteral("company")), QStringLiteral("Rao Pharma Pvt Ltd"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    });
    QVERIFY(pane.editParty());
    QCOMPARE(pane.page()->party().company, QStringLiteral("Rao Pharma Pvt Ltd"));
    QCOMPARE(pane.model()->index(pane.model()->rowOfId(kavita.id), ui::PartyListModel::CompanyColumn).data().toString(),
             QStringLiteral("Rao Pharma Pvt Ltd"));
}

void TestPartiesPane::serviceRefusalMarksTheField() {
    PartyService parties(*m_shop->db);
    ui::PartyDialog dialog(parties, m_shop->owner);
    QVERIFY(showActive(dialog));
    typeInto(lineEdit(dialog, QStringLiteral("name")), QStringLiteral("Someone Else"));
    typeInto(lineEdit(dialog, QStringLiteral("mobile")), QStringLiteral("98200 11111")); // Ravi's number
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.isFieldMarked(QStringLiteral("mobile")));
    QVERIFY2(dialog.fieldMessage(QStringLiteral("mobile")).contains(QStringLiteral("Ravi Kumar")),
             qPrintable(dialog.fieldMessage(QStringLiteral("mobile"))));
}

void TestPartiesPane::deleteRemovesOrHides() {
    const Party lone = m_shop->addParty(QStringLiteral("Lone Buyer"), QString(), QStringLiteral("9000000001"));
    const Party quoted = m_shop->addParty(QStringLiteral("Quoted Buyer"), QString(), QStringLiteral("9000000002"));
    m_shop->addQuote(quoted.id, QStringLiteral("Shoe Box"));

    ui::PartiesPane pane(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(pane));

    // No quotes: deleted for good after confirmation.
    search(pane, QStringLiteral("lone"));
    QVERIFY(pane.showParty(lone.id));
    QString question;
    whenModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->informativeText();
        clickButton(box, QStringLiteral("Delete"));
    });
    QVERIFY(pane.deleteParty());
    QVERIFY(question.contains(QStringLiteral("removed for good")));
    QCOMPARE(pane.model()->rowCount(), 0);
    PartyService parties(*m_shop->db);
    QCOMPARE(parties.get(m_shop->owner, lone.id).error().kind, Error::Kind::NotFound);

    // Quotes name it: hidden, kept, findable with "Show hidden parties", and shown again on request.
    search(pane, QStringLiteral("quoted"));
    QVERIFY(pane.showParty(quoted.id));
    whenModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        clickButton(box, QStringLiteral("Hide party"));
    });
    QVERIFY(pane.deleteParty());
    QVERIFY(question.contains(QStringLiteral("has quotes")));
    QCOMPARE(pane.model()->rowCount(), 0);
    QVERIFY(parties.get(m_shop->owner, quoted.id)->deleted);
    QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("hidden")));

    pane.showHiddenCheck()->click();
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->index(0, 0).data().toString(), QStringLiteral("Quoted Buyer (hidden)"));
    QVERIFY(pane.model()->index(0, 0).data(ui::PartyListModel::DeletedRole).toBool());
    QVERIFY(pane.showParty(quoted.id));
    QCOMPARE(pane.deleteButton()->text(), QStringLiteral("Show &again"));
    QVERIFY(pane.unhideParty());
    QVERIFY(!parties.get(m_shop->owner, quoted.id)->deleted);
}

void TestPartiesPane::partyPageListsAndOpensQuotes() {
    const qint64 first = m_shop->addQuote(m_anita.id, QStringLiteral("Tea Carton"));
    const qint64 second = m_shop->addQuote(m_anita.id, QStringLiteral("Spice Box"));

    ui::PartiesPane pane(*m_shop->db, m_shop->owner);
    pane.resize(1300, 760);
    QVERIFY(showActive(pane));
    QVERIFY(pane.showParty(m_anita.id));
    ui::QuoteListModel *quotes = pane.page()->quotesModel();
    QAbstractItemModelTester tester(quotes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(quotes->rowCount(), 2);
    QSet<qint64> ids{quotes->idAt(0), quotes->idAt(1)};
    QCOMPARE(ids, (QSet<qint64>{first, second}));
    QCOMPARE(pane.page()->detailText(QStringLiteral("mobile")), QStringLiteral("98450 12345"));

    QTableView *view = pane.page()->quotesView();
    view->setFocus();
    view->selectRow(1);
    QTest::keyClick(view, Qt::Key_Return);
    ui::QuoteEditor *opened = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *editor = qobject_cast<ui::QuoteEditor *>(w); editor && editor->quoteId() == quotes->idAt(1))
            opened = editor;
    }
    QVERIFY(opened);
    QVERIFY(opened->isVisible());
    QCOMPARE(opened->quote().partyId, m_anita.id);
    opened->close();
}

QTEST_MAIN(TestPartiesPane)
#include "tst_parties_pane.moc"
