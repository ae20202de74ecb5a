// The Masters pane with real widgets offscreen: what is shown is what the store holds, edits are checked as
// they are typed, a valid set is saved as a whole and an invalid one is refused with the field named.

#include "TestDatabase.h"
#include "WidgetInput.h"

#include "calculator/FieldMark.h"
#include "calculator/NumberEdit.h"
#include "masters/MastersPane.h"
#include "masters/MastersStore.h"
#include "services/AccountService.h"
#include "services/MastersService.h"
#include "services/Permissions.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>
#include <optional>

using namespace bcp;
using costing::CostingMasters;
using test::child;
using test::typeInto;

namespace {

class MemoryStore : public ui::MastersStore {
public:
    CostingMasters stored = CostingMasters::defaults();
    int saves = 0;
    std::optional<Error> refuse; // the answer of the next save, when set

    Result<CostingMasters> load() override { return stored; }
    Result<void> save(const CostingMasters &masters) override {
        ++saves;
        if (refuse)
            return *refuse;
        stored = masters;
        return {};
    }
};

// The row of the table whose first column shows `key`.
QModelIndex cell(QTableView *view, const QString &key, int column) {
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == key)
            return model->index(r, column);
    }
    qFatal("no row %s in %s", qPrintable(key), qPrintable(view->objectName()));
}

// Opens the cell editor with F2 and types over its text; `finish` commits it like a user would (Enter).
void typeInCell(QTableView *view, const QModelIndex &index, const QString &text, bool finish = true) {
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QVERIFY(editor != view);
    QTest::keyClicks(editor, text);
    if (finish)
        QTest::keyClick(editor, Qt::Key_Return);
}

struct Fixture {
    MemoryStore *store;
    std::unique_ptr<ui::MastersPane> pane;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    explicit Fixture(bool editable = true, CostingMasters start = CostingMasters::defaults()) {
        auto owned = std::make_unique<MemoryStore>();
        owned->stored = start;
        store = owned.get();
        pane = std::make_unique<ui::MastersPane>(std::move(owned), editable);
        for (const char *name : {"bfPrices", "shadePremiums", "flutes", "plyDefaults"})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                view(name)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        pane->resize(1200, 800);
        pane->show();
        QApplication::setActiveWindow(pane.get());
    }
    QTableView *view(const char *name) const { return child<QTableView>(*pane, QLatin1String(name)); }
    QPushButton *button(const char *name) const { return child<QPushButton>(*pane, QLatin1String(name)); }
    QLineEdit *field(const char *name) const { return child<QLineEdit>(*pane, QLatin1String(name)); }
};

} // namespace

class TestMastersPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsWhatTheStoreHolds();
    void editedBfPriceIsSaved();
    void invalidFactorIsRefusedAndNothingSaved();
    void ctrlSSavesTheOpenCell();
    void businessDefaultsAndGst();
    void negativeValuesAreNamed();
    void addAndRemoveBfRows();
    void shadesAddRenameAndDuplicates();
    void revertDropsEdits();
    void storeRefusalIsShown();
    void readOnlyWithoutPermission();
    void savesThroughTheMastersService();
};

void TestMastersPane::showsWhatTheStoreHolds() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.pane.get()));
    QCOMPARE(f.view("bfPrices")->model()->rowCount(), 8);
    QCOMPARE(f.view("shadePremiums")->model()->rowCount(), 11);
    QCOMPARE(f.view("flutes")->model()->rowCount(), 5);
    QCOMPARE(f.view("plyDefaults")->model()->rowCount(), 5);
    QCOMPARE(cell(f.view("bfPrices"), QStringLiteral("22"), 1).data().toString(), QStringLiteral("36.50"));
    QCOMPARE(cell(f.view("flutes"), QStringLiteral("A"), 1).data().toString(), QStringLiteral("1.55"));
    QCOMPARE(cell(f.view("flutes"), QStringLiteral("A"), 2).data().toString(), QStringLiteral("4.8"));
    QCOMPARE(cell(f.view("plyDefaults"), QStringLiteral("3-ply"), 1).data().toString(), QStringLiteral("2.5"));
    QCOMPARE(cell(f.view("plyDefaults"), QStringLiteral("9-ply"), 4).data().toString(), QStringLiteral("80"));
    QCOMPARE(cell(f.view("shadePremiums"), QStringLiteral("Golden Kraft"), 1).data().toString(),
             QStringLiteral("0.00"));
    QCOMPARE(f.field("maxLengthMm")->text(), QStringLiteral("1500"));
    QCOMPARE(f.field("conversionPerKg")->text(), QStringLiteral("15.00"));
    QCOMPARE(f.field("gsmRules.market")->text(), QStringLiteral("0.00"));
    QCOMPARE(f.field("gsmRules.lowLimit")->text(), QStringLiteral("101"));
    QCOMPARE(child<QComboBox>(*f.pane, QStringLiteral("gstPercent"))->currentText(), QStringLiteral("5 %"));
    QVERIFY(child<QCheckBox>(*f.pane, QStringLiteral("roundOff"))->isChecked());
    QVERIFY(!f.pane->isModified());
    QVERIFY(!f.button("save")->isEnabled());
    QVERIFY(f.pane->message().isEmpty());
    QVERIFY(f.pane->editedMasters() == CostingMasters::defaults());
}

void TestMastersPane::editedBfPriceIsSaved() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    QSignalSpy saved(f.pane.get(), &ui::MastersPane::mastersSaved);

    typeInCell(f.view("bfPrices"), cell(f.view("bfPrices"), QStringLiteral("24"), 1), QStringLiteral("40.25"));
    QVERIFY(f.pane->isModified());
    QVERIFY(f.button("save")->isEnabled());
    QCOMPARE(f.store->saves, 0);

    QTest::mouseClick(f.button("save"), Qt::LeftButton);
    QCOMPARE(f.store->saves, 1);
    CostingMasters expected = CostingMasters::defaults();
    expected.setBfPrice(24, 40.25);
    QVERIFY(f.store->stored == expected);
    QVERIFY(f.pane->savedMasters() == expected);
    QVERIFY(!f.pane->isModified());
    QVERIFY(!f.button("save")->isEnabled());
    QVERIFY2(f.pane->message().contains(QStringLiteral("saved")), qPrintable(f.pane->message()));
    QCOMPARE(saved.count(), 1);
    QVERIFY(saved.at(0).at(0).value<CostingMasters>() == expected);
}

void TestMastersPane::invalidFactorIsRefusedAndNothingSaved() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    QTableView *flutes = f.view("flutes");
    const QModelIndex factor = cell(flutes, QStringLiteral("B"), 1);

    typeInCell(flutes, factor, QStringLiteral("2.5"));
    QCOMPARE(factor.data().toString(), QStringLiteral("2.50"));
    QVERIFY2(f.pane->message().startsWith(QStringLiteral("Flute B take-up factor: ")), qPrintable(f.pane->message()));
    QVERIFY(f.pane->message().contains(QStringLiteral("between 1.0 and 2.0")));
    QVERIFY(factor.data(Qt::BackgroundRole).isValid()); // the cell is marked
    QVERIFY(factor.data(Qt::ToolTipRole).toString().contains(QStringLiteral("between 1.0 and 2.0")));
    QVERIFY(!cell(flutes, QStringLiteral("C"), 1).data(Qt::BackgroundRole).isValid());

    QTest::keyClick(flutes, Qt::Key_S, Qt::ControlModifier);
    QTest::mouseClick(f.button("save"), Qt::LeftButton);
    QVERIFY(!f.pane->save());
    QCOMPARE(f.store->saves, 0);
    QVERIFY(f.store->stored == CostingMasters::defaults());
    QVERIFY(f.pane->message().contains(QStringLiteral("between 1.0 and 2.0")));

    typeInCell(flutes, factor, QStringLiteral("1.4"));
    QVERIFY(!factor.data(Qt::BackgroundRole).isValid());
    QVERIFY(!f.pane->message().contains(QStringLiteral("between")));
    QVERIFY(f.pane->save());
    QCOMPARE(f.store->saves, 1);
    QCOMPARE(f.store->stored.flute('B')->factor, 1.4);
    QCOMPARE(f.store->stored.flute('B')->heightMm, 2.5);

    // Heights must be above zero.
    typeInCell(flutes, cell(flutes, QStringLiteral("E"), 2), QStringLiteral("0"));
    QVERIFY2(f.pane->message().startsWith(QStringLiteral("Flute E height: ")), qPrintable(f.pane->message()));
    QVERIFY(!f.pane->save());
    QCOMPARE(f.store->saves, 1);
}

void TestMastersPane::ctrlSSavesTheOpenCell() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    typeInCell(f.view("bfPrices"), cell(f.view("bfPrices"), QStringLiteral("16"), 1), QStringLiteral("33.75"), false);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(f.store->saves, 1);
    QCOMPARE(*f.store->stored.bfPrice(16), 33.75);
}

void TestMastersPane::businessDefaultsAndGst() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    typeInto(f.field("conversionPerKg"), QStringLiteral("16.5"));
    typeInto(f.field("gsmRules.market"), QStringLiteral("-0.75"));
    QComboBox *gst = child<QComboBox>(*f.pane, QStringLiteral("gstPercent"));
    gst->setFocus();
    QTest::keyClicks(gst, QStringLiteral("12"));
    QCOMPARE(gst->currentText(), QStringLiteral("12 %"));
    QTest::mouseClick(child<QCheckBox>(*f.pane, QStringLiteral("roundOff")), Qt::LeftButton);
    QVERIFY(f.pane->message().contains(QStringLiteral("not saved")));

    QTest::keyClick(f.field("conversionPerKg"), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(f.store->saves, 1);
    QCOMPARE(f.store->stored.conversionPerKg, 16.5);
    QCOMPARE(f.store->stored.gsmRules.market, -0.75);
    QCOMPARE(f.store->stored.gstPercent, 12.0);
    QCOMPARE(f.store->stored.roundOff, false);
    QCOMPARE(f.store->stored.markupPercent, 15.0);
}

void TestMastersPane::negativeValuesAreNamed() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    QLineEdit *markup = f.field("markupPercent");
    typeInto(markup, QStringLiteral("-5"));
    QVERIFY2(f.pane->message().startsWith(QStringLiteral("Markup: ")), qPrintable(f.pane->message()));
    QVERIFY(f.pane->message().contains(QStringLiteral("negative")));
    QVERIFY(ui::FieldMark::isMarked(markup));
    QVERIFY(!f.pane->save());
    QCOMPARE(f.store->saves, 0);

    typeInto(markup, QStringLiteral("12"));
    QVERIFY(!ui::FieldMark::isMarked(markup));
    markup->selectAll();
    QTest::keyClick(markup, Qt::Key_Backspace); // blank is not a number either
    QVERIFY2(f.pane->message().startsWith(QStringLiteral("Markup: ")), qPrintable(f.pane->message()));
    QVERIFY(f.pane->isModified());
    QVERIFY(!f.pane->save());
    typeInto(markup, QStringLiteral("12"));

    QTableView *bf = f.view("bfPrices");
    typeInCell(bf, cell(bf, QStringLiteral("28"), 1), QStringLiteral("-44.5"));
    QVERIFY2(f.pane->message().startsWith(QStringLiteral("Price of BF 28: ")), qPrintable(f.pane->message()));
    QVERIFY(f.pane->message().contains(QStringLiteral("negative")));
    QVERIFY(cell(bf, QStringLiteral("28"), 1).data(Qt::BackgroundRole).isValid());
    QVERIFY(!f.pane->save());

    QTableView *ply = f.view("plyDefaults");
    typeInCell(bf, cell(bf, QStringLiteral("28"), 1), QStringLiteral("44.5"));
    typeInCell(ply, cell(ply, QStringLiteral("5-ply"), 2), QStringLiteral("-1"));
    QVERIFY2(f.pane->message().startsWith(QStringLiteral("5-ply glue flap: ")), qPrintable(f.pane->message()));
    QVERIFY(!f.pane->save());
    QCOMPARE(f.store->saves, 0);
}

void TestMastersPane::addAndRemoveBfRows() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    QTableView *bf = f.view("bfPrices");
    QPushButton *add = f.button("addBf");
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(bf->model()->rowCount(), 9);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QCOMPARE(qobject_cast<QLineEdit *>(editor)->text(), QStringLiteral("36"));
    QTest::keyClicks(editor, QStringLiteral("19"));
    QTest::keyClick(editor, Qt::Key_Return);
    typeInCell(bf, cell(bf, QStringLiteral("19"), 1), QStringLiteral("34.5"));
    QVERIFY(f.pane->save());
    QCOMPARE(f.store->stored.bfPrices.size(), std::size_t(9));
    QCOMPARE(*f.store->stored.bfPrice(19), 34.5);
    // Saved in BF order, whatever order the rows were added in.
    QCOMPARE(f.store->stored.bfPrices[3].bf, 19.0);
    QCOMPARE(bf->model()->index(3, 0).data().toString(), QStringLiteral("19"));

    // A BF entered twice is named.
    QTest::mouseClick(add, Qt::LeftButton);
    editor = QApplication::focusWidget();
    QTest::keyClicks(editor, QStringLiteral("22"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(f.pane->message().contains(QStringLiteral("listed twice")), qPrintable(f.pane->message()));
    QVERIFY(!f.pane->save());

    // The refused save already put the rows in BF order: the second 22 is the new one.
    int duplicate = -1;
    for (int r = 0; r < bf->model()->rowCount(); ++r) {
        if (bf->model()->index(r, 0).data().toString() == QStringLiteral("22"))
            duplicate = r;
    }
    QCOMPARE(bf->model()->index(duplicate - 1, 0).data().toString(), QStringLiteral("22"));
    bf->setCurrentIndex(bf->model()->index(duplicate, 0));
    QPushButton *remove = f.button("removeBf");
    QTest::mouseClick(remove, Qt::LeftButton);
    bf->setCurrentIndex(cell(bf, QStringLiteral("35"), 0));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(f.pane->message().isEmpty() || !f.pane->message().contains(QStringLiteral("twice")));
    QVERIFY(f.pane->save());
    QCOMPARE(f.store->stored.bfPrices.size(), std::size_t(8));
    QVERIFY(f.store->stored.bfPrice(35) == nullptr);
    QVERIFY(f.store->stored.bfPrice(19) != nullptr);
}

void TestMastersPane::shadesAddRenameAndDuplicates() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    QTableView *shades = f.view("shadePremiums");
    QPushButton *add = f.button("addShade");
    QTest::mouseClick(add, Qt::LeftButton);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, QStringLiteral("golden kraft"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(f.pane->message().contains(QStringLiteral("listed twice")), qPrintable(f.pane->message()));
    QVERIFY(!f.pane->save());

    typeInCell(shades, shades->model()->index(11, 0), QStringLiteral("Imported Kraft"));
    typeInCell(shades, shades->model()->index(11, 1), QStringLiteral("3.25"));
    QVERIFY(f.pane->save());
    QCOMPARE(f.store->stored.shadePremiums.size(), std::size_t(12));
    QCOMPARE(f.store->stored.shadePremium("imported kraft"), 3.25);
}

void TestMastersPane::revertDropsEdits() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    typeInCell(f.view("bfPrices"), cell(f.view("bfPrices"), QStringLiteral("18"), 1), QStringLiteral("39"));
    typeInto(f.field("maxLengthMm"), QStringLiteral("1800"));
    QVERIFY(f.pane->isModified());
    QTest::mouseClick(f.button("revert"), Qt::LeftButton);
    QVERIFY(!f.pane->isModified());
    QVERIFY(f.pane->editedMasters() == CostingMasters::defaults());
    QCOMPARE(f.field("maxLengthMm")->text(), QStringLiteral("1500"));
    QCOMPARE(cell(f.view("bfPrices"), QStringLiteral("18"), 1).data().toString(), QStringLiteral("34.00"));
    QCOMPARE(f.store->saves, 0);
}

void TestMastersPane::storeRefusalIsShown() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    f.store->refuse = Error::database(QStringLiteral("the database is read-only"));
    typeInto(f.field("sheetAllowanceMm"), QStringLiteral("12"));
    QVERIFY(!f.pane->save());
    QVERIFY2(f.pane->message().contains(QStringLiteral("the database is read-only")), qPrintable(f.pane->message()));
    QVERIFY(f.pane->isModified());
    QVERIFY(f.pane->savedMasters() == CostingMasters::defaults());

    f.store->refuse = Error::invalid(QStringLiteral("flutes.C.factor"), QStringLiteral("changed by another user"));
    QVERIFY(!f.pane->save());
    QVERIFY(f.pane->message().startsWith(QStringLiteral("Flute C take-up factor: changed by another user")));
    QVERIFY(cell(f.view("flutes"), QStringLiteral("C"), 1).data(Qt::BackgroundRole).isValid());

    f.store->refuse.reset();
    QVERIFY(f.pane->save());
    QCOMPARE(f.store->stored.sheetAllowanceMm, 12.0);
}

void TestMastersPane::readOnlyWithoutPermission() {
    Fixture f(false);
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    QVERIFY(!f.pane->isEditable());
    QVERIFY(f.button("save")->isHidden());
    QVERIFY(f.button("revert")->isHidden());
    for (const char *name : {"bfPrices", "shadePremiums", "flutes", "plyDefaults"}) {
        QTableView *view = f.view(name);
        QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
        const QModelIndex first = view->model()->index(0, 1);
        QVERIFY(!(view->model()->flags(first) & Qt::ItemIsEditable));
        QVERIFY(!view->model()->setData(first, QStringLiteral("1.5")));
    }
    QVERIFY(f.field("markupPercent")->isReadOnly());
    QVERIFY(!child<QComboBox>(*f.pane, QStringLiteral("gstPercent"))->isEnabled());
    QVERIFY(child<QLabel>(*f.pane, QStringLiteral("readOnlyNote"))->isVisible());

    QTableView *bf = f.view("bfPrices");
    bf->setFocus();
    bf->setCurrentIndex(bf->model()->index(0, 1));
    QTest::keyClicks(bf, QStringLiteral("99"));
    QTest::keyClick(bf, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!f.pane->save());
    QCOMPARE(f.store->saves, 0);
    QVERIFY(f.pane->editedMasters() == CostingMasters::defaults());
}

void TestMastersPane::savesThroughTheMastersService() {
    test::TestDatabase t;
    std::unique_ptr<Database> db = t.openMigrated();
    const QString password = QStringLiteral("Corrugated#Board-2026");
    Result<Session> owner =
        AccountService(*db).setup({QStringLiteral("Sharma Packaging"), QStringLiteral("27"), QString(),
                                   QStringLiteral("ravi"), QStringLiteral("Ravi Sharma"), password, password});
    QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().text()));
    QVERIFY(owner->can(perm::MastersEdit));

    ui::MastersPane pane(*db, owner.value());
    pane.show();
    QApplication::setActiveWindow(&pane);
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QVERIFY(pane.isEditable());
    QVERIFY(pane.savedMasters() == CostingMasters::defaults());
    QVERIFY(child<QLabel>(pane, QStringLiteral("lastSaved"))->text().contains(QStringLiteral("standard")));

    QTableView *bf = child<QTableView>(pane, QStringLiteral("bfPrices"));
    typeInCell(bf, cell(bf, QStringLiteral("24"), 1), QStringLiteral("40"));
    QVERIFY2(pane.save(), qPrintable(pane.message()));
    MastersService service(*db);
    Result<CostingMasters> stored = service.load(owner.value());
    QVERIFY(stored.ok());
    QCOMPARE(*stored->bfPrice(24), 40.0);
    QVERIFY(child<QLabel>(pane, QStringLiteral("lastSaved"))->text().contains(QStringLiteral("ravi")));

    // Someone else saves meanwhile: this pane's next save is refused, and Revert brings their values in.
    Result<MastersService::Editable> theirs = service.loadForEdit(owner.value());
    QVERIFY(theirs.ok());
    CostingMasters other = theirs->masters;
    other.markupPercent = 12;
    QVERIFY(service.save(owner.value(), other, theirs->rowVersion).ok());
    typeInCell(bf, cell(bf, QStringLiteral("18"), 1), QStringLiteral("35"));
    QVERIFY(!pane.save());
    QVERIFY2(pane.message().contains(QStringLiteral("changed by")), qPrintable(pane.message()));
    QCOMPARE(service.load(owner.value())->markupPercent, 12.0);
    QCOMPARE(*service.load(owner.value())->bfPrice(18), 34.0);
    QTest::mouseClick(child<QPushButton>(pane, QStringLiteral("revert")), Qt::LeftButton);
    QCOMPARE(pane.editedMasters().markupPercent, 12.0);
    QCOMPARE(child<QLineEdit>(pane, QStringLiteral("markupPercent"))->text(), QStringLiteral("12"));
    typeInCell(bf, cell(bf, QStringLiteral("18"), 1), QStringLiteral("35"));
    QVERIFY2(pane.save(), qPrintable(pane.message()));
    QCOMPARE(*service.load(owner.value())->bfPrice(18), 35.0);
    QCOMPARE(service.load(owner.value())->markupPercent, 12.0);

    // Without masters.edit the same pane only shows.
    Session viewer = owner.value();
    viewer.permissions.remove(perm::MastersEdit);
    ui::MastersPane readOnly(*db, viewer);
    QVERIFY(!readOnly.isEditable());
    QCOMPARE(*readOnly.savedMasters().bfPrice(18), 35.0);
    QVERIFY(!readOnly.save());
}

QTEST_MAIN(TestMastersPane)
#include "tst_masters_pane.moc"
