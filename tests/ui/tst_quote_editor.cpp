// The quote editor with real widgets offscreen on a real database: party first (everything else disabled
// until one is chosen), a party added inline is chosen, typed dimensions price the item and update the
// totals exactly as DOCUMENTS.md computes them, saving makes version 1 and an edit version 2, the
// comparison highlights what changed, restoring makes version 3, the duplicate-box warning, the status
// buttons and the derived "expired". Every model runs under QAbstractItemModelTester.

#include "Golden.h"
#include "ModalDialogs.h"
#include "TestDatabase.h"
#include "TestShop.h"
#include "WidgetInput.h"

#include "accounts/MessageLabel.h"
#include "calculator/BoxCalculatorWidget.h"
#include "calculator/FieldMark.h"
#include "calculator/NumberEdit.h"
#include "data/Database.h"
#include "money/IndianFormat.h"
#include "parties/PartyDialog.h"
#include "parties/PartyMatchesModel.h"
#include "parties/PartyPicker.h"
#include "quotes/QuoteCompareDialog.h"
#include "quotes/QuoteCompareModel.h"
#include "quotes/QuoteEditor.h"
#include "quotes/QuoteItemEditor.h"
#include "quotes/QuoteItemsModel.h"
#include "quotes/QuoteTotalsView.h"
#include "quotes/QuoteVersionsModel.h"
#include "services/CostingJson.h"
#include "services/PartyService.h"
#include "services/QuoteService.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace bcp;
using test::child;
using test::clickButtonWithRole;
using test::goldenSpec;
using test::pick;
using test::whenModal;

namespace {

const QString kPassword = QStringLiteral("Corrugated#Box42");

struct Shop : test::ShreeGaneshShop {
    Shop() : ShreeGaneshShop(kPassword) {}

    Party addParty(const QString &name, const QString &company, const QString &mobile, const QString &gstin = {}) {
        Party p;
        p.name = name;
        p.company = company;
        p.mobile = mobile;
        p.gstin = gstin;
        return createParty(p);
    }
};

// Replaces what the field holds by typing, as a user who selects the text and types over it.
void typeInto(QLineEdit *field, const QString &text) {
    QVERIFY2(field->isEnabled(), qPrintable(field->objectName()));
    test::typeInto(field, text);
}

QString money(qint64 paise) {
    return IndianFormat::money(Money::fromPaise(paise), IndianFormat::Symbol::Rupee);
}

void selectVersions(ui::QuoteEditor &editor, const QList<int> &versions) {
    QItemSelectionModel *selection = editor.versionsView()->selectionModel();
    selection->clearSelection();
    for (int v : versions) {
        const int row = editor.versionsModel()->rowOfVersion(v);
        QVERIFY2(row >= 0, qPrintable(QString::number(v)));
        selection->select(editor.versionsModel()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

// Shows a window and makes it the active one, so focus and shortcuts behave as for a user.
bool showActive(QWidget &window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace

class TestQuoteEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void withoutPartyEverythingElseIsDisabled();
    void partyFoundByTypingIsChosen();
    void partyAddedInlineIsChosen();
    void typedDimensionsPriceTheItemAndTotals();
    void saveEditCompareRestore();
    void ctrlSSavesAVersion();
    void duplicateBoxWarnsAndSavesANewVersion();
    void interStatePartyPaysIgst();
    void statusButtonsMoveTheQuote();
    void pastValidityShowsExpired();
    void itemWithoutNameIsNotSaved();

private:
    std::unique_ptr<Shop> m_shop;
    Party m_pune;      // same state as the shop: CGST + SGST
    Party m_bengaluru; // another state: IGST
    qint64 m_savedQuote = 0;
};

void TestQuoteEditor::initTestCase() {
    m_shop = std::make_unique<Shop>();
    m_pune = m_shop->addParty(QStringLiteral("Ravi Kumar"), QStringLiteral("Apple Exports"),
                              QStringLiteral("9820011111"), QStringLiteral("27AAPFU0939F1ZV"));
    m_bengaluru = m_shop->addParty(QStringLiteral("Suresh Gowda"), QStringLiteral("Bangalore Fresh Foods"),
                                   QStringLiteral("9845012345"), QStringLiteral("29AAGCB7383J1Z4"));
}

void TestQuoteEditor::cleanupTestCase() {
    m_shop.reset();
}

void TestQuoteEditor::withoutPartyEverythingElseIsDisabled() {
    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester items(editor.itemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(editor));

    QVERIFY(!editor.hasParty());
    QVERIFY(editor.partyPicker()->isEnabled());
    QVERIFY(editor.partyPicker()->searchEdit()->isEnabled());
    QVERIFY(!editor.body()->isEnabled());
    QVERIFY(!editor.saveButton()->isEnabled());
    QVERIFY(!editor.itemEditor()->nameEdit()->isEnabled());
    QVERIFY(!editor.itemEditor()->calculator()->fieldWidget(QStringLiteral("length"))->isEnabled());
    QVERIFY(!editor.transportEdit()->isEnabled());
    QVERIFY(!editor.validityDaysSpin()->isEnabled());
    QCOMPARE(editor.itemsModel()->rowCount(), 0);
    QVERIFY(editor.partyPicker()->searchEdit()->hasFocus());

    // Saving anyway (Ctrl+S) says why not.
    QVERIFY(!editor.save());
    QVERIFY(editor.message()->text().contains(QStringLiteral("party")));
}

void TestQuoteEditor::partyFoundByTypingIsChosen() {
    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    ui::PartyPicker *picker = editor.partyPicker();
    QAbstractItemModelTester parties(picker->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(editor));

    QTest::keyClicks(picker->searchEdit(), QStringLiteral("banga"));
    // Searched after a short pause in typing, in the database.
    QTRY_VERIFY(picker->popup()->isVisible());
    QCOMPARE(picker->model()->rowCount(), 1);
    QCOMPARE(picker->model()->index(0, 0).data().toString(), m_bengaluru.name);
    QVERIFY(!editor.body()->isEnabled());

    QTest::keyClick(picker->popup(), Qt::Key_Return);
    QVERIFY(picker->hasParty());
    QCOMPARE(picker->party().id, m_bengaluru.id);
    QVERIFY(editor.body()->isEnabled());
    QVERIFY(editor.itemEditor()->nameEdit()->isEnabled());
    QCOMPARE(editor.itemsModel()->rowCount(), 1); // the first box is ready to be typed in

    // A search with no match says so and keeps the chosen party.
    picker->searchEdit()->setFocus();
    picker->searchEdit()->selectAll();
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("zzzz"));
    QTRY_VERIFY(picker->hintLabel()->text().contains(QStringLiteral("No party matches")));
    QCOMPARE(picker->party().id, m_bengaluru.id);
    QVERIFY(editor.body()->isEnabled());
}

void TestQuoteEditor::partyAddedInlineIsChosen() {
    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    ui::PartyPicker *picker = editor.partyPicker();
    QVERIFY(showActive(editor));

    QTest::keyClicks(picker->searchEdit(), QStringLiteral("Meera Kapoor"));
    QTRY_VERIFY(picker->hintLabel()->text().contains(QStringLiteral("No party matches")));

    bool filled = false;
    whenModal([&filled](QWidget *modal) {
        auto *dialog = qobject_cast<ui::PartyDialog *>(modal);
        QVERIFY(dialog);
        // What was typed in the picker starts the new party.
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("name")))->text(),
                 QStringLiteral("Meera Kapoor"));
        typeInto(qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("company"))),
                 QStringLiteral("Kapoor Sweets"));
        typeInto(qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("mobile"))),
                 QStringLiteral("+91 98330 44556"));
        typeInto(qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("gstin"))),
                 QStringLiteral("27BHBRE4628D5ZJ"));
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("pan")))->text(),
                 QStringLiteral("BHBRE4628D"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        filled = true;
    });
    QTest::mouseClick(picker->newButton(), Qt::LeftButton);
    QVERIFY(filled);

    QVERIFY(picker->hasParty());
    QCOMPARE(picker->party().name, QStringLiteral("Meera Kapoor"));
    QCOMPARE(picker->party().mobile, QStringLiteral("9833044556"));
    QCOMPARE(picker->party().billing.stateCode, QStringLiteral("27"));
    QVERIFY(picker->party().id > 0);
    QCOMPARE(picker->searchEdit()->text(), QStringLiteral("Meera Kapoor \u2014 Kapoor Sweets"));
    QVERIFY(editor.body()->isEnabled());
    QVERIFY(editor.saveButton()->isEnabled());
    QCOMPARE(editor.itemsModel()->rowCount(), 1);
    // The box name is where typing continues once the window is active again.
    QCOMPARE(editor.focusWidget(), editor.itemEditor()->nameEdit());

    // The party is stored: a search finds it.
    PartyService parties(*m_shop->db);
    auto found = parties.findByMobile(m_shop->owner, QStringLiteral("9833044556"));
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().company, QStringLiteral("Kapoor Sweets"));
}

void TestQuoteEditor::typedDimensionsPriceTheItemAndTotals() {
    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester items(editor.itemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(editor));
    QVERIFY(editor.chooseParty(m_pune.id));
    ui::QuoteItemEditor *item = editor.itemEditor();
    ui::BoxCalculatorWidget *calc = item->calculator();
    ui::QuoteTotalsView *totals = editor.totalsView();

    typeInto(item->nameEdit(), QStringLiteral("Apple Box 3P"));
    QCOMPARE(editor.itemsModel()->index(0, ui::QuoteItemsModel::RateColumn).data().toString(),
             QStringLiteral("\u2014"));
    typeInto(child<QLineEdit>(*calc, QStringLiteral("length")), QStringLiteral("300"));
    typeInto(child<QLineEdit>(*calc, QStringLiteral("width")), QStringLiteral("200"));
    typeInto(child<QLineEdit>(*calc, QStringLiteral("height")), QStringLiteral("150"));
    typeInto(child<QLineEdit>(*calc, QStringLiteral("quantity")), QStringLiteral("1000"));
    const struct {
        const char *shade;
        const char *bf;
        const char *gsm;
        const char *rct;
    } layers[] = {{"Golden", "24", "180", "1.8"}, {"Kraft", "18", "150", "1.2"}, {"Kraft", "18", "150", "1.5"}};
    for (int i = 0; i < 3; ++i) {
        const QString prefix = QStringLiteral("layers[%1].").arg(i);
        pick(child<QComboBox>(*calc, prefix + QStringLiteral("shade")), QLatin1String(layers[i].shade));
        typeInto(child<QComboBox>(*calc, prefix + QStringLiteral("bf"))->lineEdit(), QLatin1String(layers[i].bf));
        typeInto(child<QLineEdit>(*calc, prefix + QStringLiteral("gsm")), QLatin1String(layers[i].gsm));
        typeInto(child<QLineEdit>(*calc, prefix + QStringLiteral("rct")), QLatin1String(layers[i].rct));
    }

    // Golden case 1: 11.65 a box, 1000 boxes.
    const QuoteItem priced = editor.itemsModel()->item(0);
    QCOMPARE(priced.ratePerBox.paise(), 1165);
    QCOMPARE(priced.amount.paise(), 1165000);
    QCOMPARE(priced.paperSpec, QStringLiteral("180/24 + 150/18 + 150/18"));
    QAbstractItemModel *model = editor.itemsModel();
    QCOMPARE(model->index(0, ui::QuoteItemsModel::NameColumn).data().toString(), QStringLiteral("Apple Box 3P"));
    QCOMPARE(model->index(0, ui::QuoteItemsModel::RateColumn).data().toString(), QStringLiteral("₹11.65"));
    QCOMPARE(model->index(0, ui::QuoteItemsModel::AmountColumn).data().toString(), QStringLiteral("₹11,650.00"));
    QCOMPARE(model->index(0, ui::QuoteItemsModel::SizeColumn).data().toString(),
             QStringLiteral("300 × 200 × 150 mm (ID)"));
    QCOMPARE(model->index(0, ui::QuoteItemsModel::PlyColumn).data().toString(), QStringLiteral("3-ply · B"));

    // Totals (DOCUMENTS.md), intra-state at 5 % with round-off: 11,650 + 582.50 GST = 12,232.50 -> 12,233.00.
    QCOMPARE(totals->amountText(QStringLiteral("subtotal")), QStringLiteral("₹11,650.00"));
    QCOMPARE(totals->amountText(QStringLiteral("taxable")), QStringLiteral("₹11,650.00"));
    QCOMPARE(totals->captionText(QStringLiteral("cgst")), QStringLiteral("CGST @ 2.5 %"));
    QCOMPARE(totals->amountText(QStringLiteral("cgst")), QStringLiteral("₹291.25"));
    QCOMPARE(totals->amountText(QStringLiteral("sgst")), QStringLiteral("₹291.25"));
    QCOMPARE(totals->amountText(QStringLiteral("igst")), QString());
    QCOMPARE(totals->amountText(QStringLiteral("roundOff")), QStringLiteral("+₹0.50"));
    QCOMPARE(totals->amountText(QStringLiteral("grand")), QStringLiteral("₹12,233.00"));

    // Transport is part of the taxable value.
    editor.transportEdit()->setFocus();
    QTest::keyClicks(editor.transportEdit(), QStringLiteral("1,500"));
    QCOMPARE(editor.totals().taxable.paise(), 1315000);
    QCOMPARE(totals->amountText(QStringLiteral("transport")), QStringLiteral("₹1,500.00"));
    QCOMPARE(totals->amountText(QStringLiteral("grand")), QStringLiteral("₹13,808.00"));

    // 10 % off: 11.65 -> 10.485 -> 10.49; the DOCUMENTS.md example's totals to the paisa.
    pick(item->negotiationCombo(), QStringLiteral("Percent"));
    typeInto(item->negotiationEdit(), QStringLiteral("10"));
    QCOMPARE(editor.itemsModel()->item(0).unitPrice.paise(), 1049);
    QCOMPARE(model->index(0, ui::QuoteItemsModel::NegotiatedColumn).data().toString(), QStringLiteral("₹10.49"));
    QVERIFY(model->index(0, ui::QuoteItemsModel::RateColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(item->pricingLabel()->text().contains(QStringLiteral("<s>₹11.65</s>")));
    const Totals &t = editor.totals();
    QCOMPARE(t.subtotal.paise(), 1049000);
    QCOMPARE(t.transport.paise(), 150000);
    QCOMPARE(t.taxable.paise(), 1199000);
    QCOMPARE(t.gst.paise(), 59950);
    QCOMPARE(t.cgst.paise(), 29975);
    QCOMPARE(t.sgst.paise(), 29975);
    QCOMPARE(t.igst.paise(), 0);
    QCOMPARE(t.roundOff.paise(), 50);
    QCOMPARE(t.grand.paise(), 1259000);
    QCOMPARE(totals->amountText(QStringLiteral("grand")), money(1259000));

    // An item left out of the totals.
    const QModelIndex include = model->index(0, ui::QuoteItemsModel::SelectedColumn);
    QVERIFY(model->setData(include, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(editor.totals().subtotal.paise(), 0);
    QVERIFY(!item->selectedCheck()->isChecked());
    QVERIFY(model->setData(include, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(editor.totals().grand.paise(), 1259000);

    // A second item adds up.
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("duplicateItem")), Qt::LeftButton);
    QCOMPARE(editor.itemsModel()->rowCount(), 2);
    QCOMPARE(editor.currentItem(), 1);
    QCOMPARE(editor.totals().subtotal.paise(), 2 * 1049000);
    QVERIFY(editor.isModified());
}

void TestQuoteEditor::saveEditCompareRestore() {
    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    QAbstractItemModelTester versions(editor.versionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(editor));
    QVERIFY(editor.chooseParty(m_pune.id));
    ui::QuoteItemEditor *item = editor.itemEditor();
    typeInto(item->nameEdit(), QStringLiteral("Mango Box 5P"));
    item->calculator()->setSpec(goldenSpec(0));
    QCOMPARE(editor.itemsModel()->item(0).ratePerBox.paise(), 1165);
    typeInto(editor.paymentTermsEdit(), QStringLiteral("30 days"));

    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    QVERIFY2(editor.quoteId() > 0, qPrintable(editor.message()->text()));
    QCOMPARE(editor.activeVersion(), 1);
    QVERIFY(editor.number().startsWith(QStringLiteral("QT/")));
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.versionsModel()->rowCount(), 1);
    QVERIFY(editor.partyPicker()->isLocked());
    QVERIFY(editor.windowTitle().contains(editor.number()));
    m_savedQuote = editor.quoteId();

    // An edit saves version 2.
    typeInto(child<QLineEdit>(*item->calculator(), QStringLiteral("quantity")), QStringLiteral("2000"));
    QVERIFY(editor.isModified());
    QCOMPARE(editor.itemsModel()->item(0).amount.paise(), 2 * 1165000);
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    QCOMPARE(editor.activeVersion(), 2);
    QCOMPARE(editor.quoteId(), m_savedQuote);
    QCOMPARE(editor.versionsModel()->rowCount(), 2);
    QVERIFY(editor.message()->text().contains(QStringLiteral("version 2")));

    // Compare 1 with 2: the changed values are highlighted, the others are not.
    editor.tabs()->setCurrentIndex(2);
    QCOMPARE(editor.tabs()->tabText(2), QStringLiteral("Versions (2)"));
    selectVersions(editor, {1, 2});
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("compareVersions")), Qt::LeftButton);
    ui::QuoteCompareDialog *compare = editor.compareDialog();
    QVERIFY(compare);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    ui::QuoteCompareModel *diff = compare->model();
    QAbstractItemModelTester diffTester(diff, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(compare->versionA(), 1);
    QCOMPARE(compare->versionB(), 2);
    const int quantity = diff->rowOfPath(QStringLiteral("items[0].quantity"));
    QVERIFY(quantity >= 0);
    QVERIFY(diff->isChanged(quantity));
    QCOMPARE(diff->index(quantity, ui::QuoteCompareModel::BeforeColumn).data().toString(), QStringLiteral("1000"));
    QCOMPARE(diff->index(quantity, ui::QuoteCompareModel::AfterColumn).data().toString(), QStringLiteral("2000"));
    QCOMPARE(
        diff->index(quantity, ui::QuoteCompareModel::SectionColumn).data(ui::QuoteCompareModel::PathRole).toString(),
        QStringLiteral("items[0].quantity"));
    QVERIFY(diff->index(quantity, ui::QuoteCompareModel::AfterColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(diff->isChanged(diff->rowOfPath(QStringLiteral("totals.grand"))));
    const int name = diff->rowOfPath(QStringLiteral("items[0].name"));
    QVERIFY(name >= 0);
    QVERIFY(!diff->isChanged(name));
    QVERIFY(!diff->index(name, ui::QuoteCompareModel::AfterColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(diff->index(name, ui::QuoteCompareModel::FieldColumn).data().toString(), QStringLiteral("Name"));
    QVERIFY(compare->summaryLabel()->text().contains(QStringLiteral("differ")));
    // Read-only: nothing in it can be edited.
    QVERIFY(!(diff->flags(diff->index(quantity, ui::QuoteCompareModel::AfterColumn)) & Qt::ItemIsEditable));
    compare->onlyChangesCheck()->click();
    QCOMPARE(diff->rowCount(), diff->changeCount());
    for (int row = 0; row < diff->rowCount(); ++row)
        QVERIFY(diff->isChanged(row));
    compare->close();

    // Restore version 1: a new active version 3 with version 1's values; 1 and 2 stay as they were.
    selectVersions(editor, {1});
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("restoreVersion")), Qt::LeftButton);
    QCOMPARE(editor.activeVersion(), 3);
    QCOMPARE(editor.message()->text(), QStringLiteral("Version restored as a new active version"));
    QCOMPARE(editor.itemsModel()->item(0).spec.quantity, 1000);
    QCOMPARE(editor.versionsModel()->rowCount(), 3);
    QCOMPARE(editor.versionsModel()->index(0, ui::QuoteVersionsModel::OriginColumn).data().toString(),
             QStringLiteral("Restored from v1"));
    QCOMPARE(editor.paymentTermsEdit()->text(), QStringLiteral("30 days"));
    QuoteService quotes(*m_shop->db);
    QCOMPARE(quotes.version(m_shop->owner, m_savedQuote, 1)->items.at(0).spec.quantity, 1000);
    QCOMPARE(quotes.version(m_shop->owner, m_savedQuote, 2)->items.at(0).spec.quantity, 2000);
    QCOMPARE(quotes.get(m_shop->owner, m_savedQuote)->activeVersion, 3);
}

void TestQuoteEditor::ctrlSSavesAVersion() {
    QVERIFY(m_savedQuote > 0);
    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QVERIFY(editor.openQuote(m_savedQuote));
    QCOMPARE(editor.activeVersion(), 3);
    QVERIFY(!editor.isModified());
    typeInto(editor.itemEditor()->remarksEdit(), QStringLiteral("Sample approved"));
    QTest::keyClick(editor.itemEditor()->remarksEdit(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(editor.activeVersion(), 4);
    QCOMPARE(editor.itemsModel()->item(0).remarks, QStringLiteral("Sample approved"));
}

void TestQuoteEditor::duplicateBoxWarnsAndSavesANewVersion() {
    QVERIFY(m_savedQuote > 0);
    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    QVERIFY(showActive(editor));
    QVERIFY(editor.chooseParty(m_pune.id));
    typeInto(editor.itemEditor()->nameEdit(), QStringLiteral("mango box 5p"));
    editor.itemEditor()->calculator()->setSpec(goldenSpec(0));

    QString warning;
    whenModal([&warning](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("duplicateWarning"));
        warning = box->text();
        clickButtonWithRole(box, QMessageBox::AcceptRole);
    });
    QVERIFY(editor.save());
    QCOMPARE(warning, QStringLiteral("A quote already exists for this box. Saving will create a new version."));
    QCOMPARE(editor.quoteId(), m_savedQuote);
    QCOMPARE(editor.activeVersion(), 5);

    // Cancelling the warning saves nothing.
    ui::QuoteEditor again(*m_shop->db, m_shop->owner);
    again.show();
    QVERIFY(again.chooseParty(m_pune.id));
    typeInto(again.itemEditor()->nameEdit(), QStringLiteral("Mango Box 5P"));
    again.itemEditor()->calculator()->setSpec(goldenSpec(0));
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        clickButtonWithRole(box, QMessageBox::RejectRole);
    });
    QVERIFY(!again.save());
    QCOMPARE(again.quoteId(), 0);
    QuoteService quotes(*m_shop->db);
    QCOMPARE(quotes.get(m_shop->owner, m_savedQuote)->activeVersion, 5);
}

void TestQuoteEditor::interStatePartyPaysIgst() {
    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    QVERIFY(showActive(editor));
    QVERIFY(editor.chooseParty(m_bengaluru.id));
    typeInto(editor.itemEditor()->nameEdit(), QStringLiteral("Coffee Carton"));
    editor.itemEditor()->calculator()->setSpec(goldenSpec(0));
    ui::QuoteTotalsView *totals = editor.totalsView();
    QCOMPARE(totals->amountText(QStringLiteral("cgst")), QString());
    QCOMPARE(totals->captionText(QStringLiteral("igst")), QStringLiteral("IGST @ 5 %"));
    QCOMPARE(totals->amountText(QStringLiteral("igst")), QStringLiteral("₹582.50"));
    QCOMPARE(editor.totals().grand.paise(), 1223300);
    QVERIFY(editor.save());
    // What the service stored is what the screen showed.
    QuoteService quotes(*m_shop->db);
    auto saved = quotes.get(m_shop->owner, editor.quoteId());
    QVERIFY(saved);
    QVERIFY(!saved->active.intraState);
    QCOMPARE(saved->active.totals.igst.paise(), 58250);
    QCOMPARE(saved->active.totals.grand.paise(), editor.totals().grand.paise());
}

void TestQuoteEditor::statusButtonsMoveTheQuote() {
    QVERIFY(m_savedQuote > 0);
    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    QVERIFY(showActive(editor));
    QVERIFY(editor.openQuote(m_savedQuote));
    QPushButton *draft = editor.statusButton(QuoteStatus::Draft);
    QPushButton *sent = editor.statusButton(QuoteStatus::Sent);
    QPushButton *accepted = editor.statusButton(QuoteStatus::Accepted);
    QPushButton *rejected = editor.statusButton(QuoteStatus::Rejected);
    QVERIFY(draft->isChecked());
    QVERIFY(sent->isEnabled() && accepted->isEnabled() && rejected->isEnabled());

    QTest::mouseClick(sent, Qt::LeftButton);
    QCOMPARE(editor.quote().storedStatus, QuoteStatus::Sent);
    QVERIFY(sent->isChecked());
    QVERIFY(!draft->isEnabled());
    QVERIFY(editor.statusBadge()->text().startsWith(QStringLiteral("Sent")));

    QTest::mouseClick(accepted, Qt::LeftButton);
    QCOMPARE(editor.quote().storedStatus, QuoteStatus::Accepted);
    QVERIFY(accepted->isChecked());
    QVERIFY(!sent->isEnabled() && !rejected->isEnabled());
    QuoteService quotes(*m_shop->db);
    QCOMPARE(quotes.get(m_shop->owner, m_savedQuote)->storedStatus, QuoteStatus::Accepted);
}

void TestQuoteEditor::pastValidityShowsExpired() {
    QuoteService quotes(*m_shop->db);
    QuoteDraft draft;
    draft.partyId = m_pune.id;
    QuoteItem item;
    item.name = QStringLiteral("Old Carton");
    item.spec = goldenSpec(0);
    draft.items << item;
    draft.terms.validityDays = 7;
    draft.date = QDate::currentDate().addDays(-30);
    auto saved = quotes.save(m_shop->owner, draft);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));

    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    editor.show();
    QVERIFY(editor.openQuote(saved->quoteId));
    QCOMPARE(editor.quote().status, QuoteStatus::Expired);
    QVERIFY2(editor.statusBadge()->text().startsWith(QStringLiteral("Expired")),
             qPrintable(editor.statusBadge()->text()));
    // Still a draft underneath: it can be sent again after a new version, or accepted.
    QVERIFY(editor.statusButton(QuoteStatus::Draft)->isChecked());
}

void TestQuoteEditor::itemWithoutNameIsNotSaved() {
    ui::QuoteEditor editor(*m_shop->db, m_shop->owner);
    QVERIFY(showActive(editor));
    QVERIFY(editor.chooseParty(m_pune.id));
    editor.itemEditor()->calculator()->setSpec(goldenSpec(1));
    QVERIFY(editor.itemsModel()->item(0).ratePerBox.paise() > 0); // priced before it has a name
    QVERIFY(!editor.save());
    QCOMPARE(editor.quoteId(), 0);
    QVERIFY(ui::FieldMark::isMarked(editor.itemEditor()->nameEdit()));
    QVERIFY(editor.message()->text().contains(QStringLiteral("box name")));
}

QTEST_MAIN(TestQuoteEditor)
#include "tst_quote_editor.moc"
