// The box calculator with real widgets offscreen: typed inputs give exactly the engine's numbers, the ply
// resizes the layer table, refused inputs mark their field, and every field is reachable by Tab.

#include "Golden.h"
#include "WidgetInput.h"

#include "calculator/BoxCalculatorWidget.h"
#include "calculator/FieldMark.h"
#include "calculator/LayerTable.h"
#include "costing/CostingEngine.h"
#include "services/CostingJson.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace bcp;
using costing::CostingMasters;
using test::child;
using test::goldenSpec;
using test::pick;
using test::typeInto;

namespace {

QLineEdit *edit(const QWidget &calc, const QString &name) {
    return child<QLineEdit>(calc, name);
}

QComboBox *combo(const QWidget &calc, const QString &name) {
    return child<QComboBox>(calc, name);
}

QString label(const QWidget &calc, const QString &name) {
    return child<QLabel>(calc, name)->text();
}

void typeInto(QComboBox *editable, const QString &text) {
    test::typeInto(editable->lineEdit(), text);
}

bool hasDigits(const QString &text) {
    return text.contains(QRegularExpression(QStringLiteral("[0-9]")));
}

} // namespace

class TestCalculator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blankFormAsksForDimensionsWithoutMarking();
    void typedGoldenBoxShowsTheEngineNumbers();
    void everyGoldenCaseRoundTripsThroughTheWidget();
    void changingPlyResizesTheLayerTable();
    void bfWithoutPriceMarksThatCell();
    void zeroLengthMarksLength();
    void unknownFluteMarksTheFlutePicker();
    void inchesAreTypedAsInches();
    void newMastersRecostTheBox();
    void rememberedRateIsOffered();
    void tabReachesEveryField();
};

void TestCalculator::blankFormAsksForDimensionsWithoutMarking() {
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    calc.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calc));
    QVERIFY(!calc.hasResult());
    QCOMPARE(calc.error().field, std::string("length"));
    QVERIFY2(calc.message().contains(QStringLiteral("Length")), qPrintable(calc.message()));
    QVERIFY(!ui::FieldMark::isMarked(edit(calc, QStringLiteral("length"))));
    QVERIFY(!hasDigits(label(calc, QStringLiteral("ratePerBox"))));
    QCOMPARE(child<ui::LayerTable>(calc, QStringLiteral("layerTable"))->rowCount(), 3);

    // The default board has no ring crush values: strength is shown as unknown rather than zero.
    typeInto(edit(calc, QStringLiteral("length")), QStringLiteral("300"));
    typeInto(edit(calc, QStringLiteral("width")), QStringLiteral("200"));
    QVERIFY(!calc.hasResult());
    QVERIFY2(calc.message().contains(QStringLiteral("Height")), qPrintable(calc.message()));
    typeInto(edit(calc, QStringLiteral("height")), QStringLiteral("150"));
    QVERIFY(calc.hasResult());
    QVERIFY(calc.message().isEmpty());
    QCOMPARE(label(calc, QStringLiteral("bct")), QStringLiteral("needs RCT"));
    QVERIFY(hasDigits(label(calc, QStringLiteral("ratePerBox"))));
}

void TestCalculator::typedGoldenBoxShowsTheEngineNumbers() {
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    auto *table = child<ui::LayerTable>(calc, QStringLiteral("layerTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    calc.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calc));
    QSignalSpy changed(&calc, &ui::BoxCalculatorWidget::resultChanged);

    typeInto(edit(calc, QStringLiteral("length")), QStringLiteral("300"));
    typeInto(edit(calc, QStringLiteral("width")), QStringLiteral("200"));
    typeInto(edit(calc, QStringLiteral("height")), QStringLiteral("150"));
    typeInto(edit(calc, QStringLiteral("quantity")), QStringLiteral("1000"));
    QCOMPARE(combo(calc, QStringLiteral("flutes[0]"))->currentText(), QStringLiteral("B flute"));
    const struct {
        const char *shade;
        const char *bf;
        const char *gsm;
        const char *rct;
    } layers[] = {{"Golden", "24", "180", "1.8"}, {"Kraft", "18", "150", "1.2"}, {"Kraft", "18", "150", "1.5"}};
    for (int i = 0; i < 3; ++i) {
        const QString prefix = QStringLiteral("layers[%1].").arg(i);
        pick(combo(calc, prefix + QStringLiteral("shade")), QLatin1String(layers[i].shade));
        typeInto(combo(calc, prefix + QStringLiteral("bf")), QLatin1String(layers[i].bf));
        typeInto(edit(calc, prefix + QStringLiteral("gsm")), QLatin1String(layers[i].gsm));
        typeInto(edit(calc, prefix + QStringLiteral("rct")), QLatin1String(layers[i].rct));
    }
    QVERIFY(changed.count() > 10); // one recalculation per keystroke, no button

    CostingMasters masters;
    const costing::BoxSpec spec = goldenSpec(0, &masters);
    QCOMPARE(CostingJson::specToJson(calc.spec()), CostingJson::specToJson(spec));
    const costing::CostingOutcome expected = costing::computeCosting(spec, masters);
    QVERIFY(expected.ok());
    QVERIFY2(calc.hasResult(), calc.error().text().c_str());
    QCOMPARE(CostingJson::resultToJson(calc.result()), CostingJson::resultToJson(expected.result));
    QCOMPARE(qint64(calc.result().ratePerBoxPaise), qint64(1165));
    QCOMPARE(calc.result().weightKg, expected.result.weightKg);

    QCOMPARE(label(calc, QStringLiteral("ratePerBox")), QStringLiteral("₹11.65"));
    QCOMPARE(label(calc, QStringLiteral("orderValue")), QStringLiteral("₹11,650.00"));
    QCOMPARE(label(calc, QStringLiteral("weight")), QStringLiteral("0.2087 kg (208.7 g)"));
    QCOMPARE(label(calc, QStringLiteral("sheetMm")), QStringLiteral("1045 × 375 mm"));
    QCOMPARE(label(calc, QStringLiteral("sheetIn")), QStringLiteral("41.14 × 14.76 in"));
    QCOMPARE(label(calc, QStringLiteral("construction")), QStringLiteral("One piece"));
    QCOMPARE(label(calc, QStringLiteral("burstStrength")), QStringLiteral("8.37 kg/cm²"));
    QCOMPARE(label(calc, QStringLiteral("boardThickness")), QStringLiteral("2.5 mm"));
    QCOMPARE(label(calc, QStringLiteral("ect")), QStringLiteral("4.92 kN/m"));
    QCOMPARE(label(calc, QStringLiteral("bct")), QStringLiteral("147.2 kgf (1,444 N)"));
    QCOMPARE(label(calc, QStringLiteral("cost.paper")), QStringLiteral("₹7.41"));
    QCOMPARE(label(calc, QStringLiteral("cost.markup")), QStringLiteral("₹1.11"));
    QCOMPARE(label(calc, QStringLiteral("cost.conversion")), QStringLiteral("₹3.13"));
    QVERIFY(label(calc, QStringLiteral("costPerBox")).contains(QStringLiteral("₹11.6543")));

    QCOMPARE(table->item(0, ui::LayerTable::WeightColumn)->text(), QStringLiteral("70.54"));
    QCOMPARE(table->item(0, ui::LayerTable::RateColumn)->text(), QStringLiteral("38.50"));
    QCOMPARE(table->item(0, ui::LayerTable::SourceColumn)->text(), QStringLiteral("masters"));
    QCOMPARE(table->item(0, ui::LayerTable::CostColumn)->text(), QStringLiteral("2.72"));
    QCOMPARE(table->item(1, ui::LayerTable::WeightColumn)->text(), QStringLiteral("79.35"));
    QCOMPARE(table->item(1, ui::LayerTable::RateColumn)->text(), QStringLiteral("34.00"));
    QCOMPARE(edit(calc, QStringLiteral("layers[1].rate"))->placeholderText(), QStringLiteral("34.00"));
    QVERIFY(calc.message().isEmpty());
}

void TestCalculator::everyGoldenCaseRoundTripsThroughTheWidget() {
    const QJsonArray cases =
        test::loadGolden(QStringLiteral("costing_cases.json")).value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 10);
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    for (int i = 0; i < cases.size(); ++i) {
        CostingMasters masters;
        const costing::BoxSpec spec = goldenSpec(i, &masters);
        calc.setMasters(masters);
        calc.setSpec(spec);
        QVERIFY2(calc.hasResult(), qPrintable(QStringLiteral("case %1: %2").arg(i).arg(calc.error().text().c_str())));
        QCOMPARE(CostingJson::specToJson(calc.spec()), CostingJson::specToJson(spec));
        const QJsonObject expected = cases.at(i).toObject().value(QStringLiteral("expected")).toObject();
        QCOMPARE(qint64(calc.result().ratePerBoxPaise),
                 qint64(std::llround(expected.value(QStringLiteral("ratePerBox")).toDouble() * 100)));
        QCOMPARE(qint64(calc.result().totalValuePaise),
                 qint64(std::llround(expected.value(QStringLiteral("totalValue")).toDouble() * 100)));
        QCOMPARE(child<ui::LayerTable>(calc, QStringLiteral("layerTable"))->rowCount(), spec.ply);
    }
}

void TestCalculator::changingPlyResizesTheLayerTable() {
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    auto *table = child<ui::LayerTable>(calc, QStringLiteral("layerTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    calc.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calc));
    calc.setSpec(goldenSpec(0));
    QVERIFY(calc.hasResult());
    const costing::BoxSpec three = calc.spec();

    QComboBox *ply = combo(calc, QStringLiteral("ply"));
    ply->setFocus();
    QTest::keyClick(ply, Qt::Key_Down); // 3-ply -> 5-ply
    QCOMPARE(ply->currentData().toInt(), 5);
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(2, ui::LayerTable::NameColumn)->text(), QStringLiteral("Middle liner"));
    QCOMPARE(table->item(4, ui::LayerTable::NameColumn)->text(), QStringLiteral("Inner liner"));
    QVERIFY(calc.hasResult());
    costing::BoxSpec five = calc.spec();
    QCOMPARE(five.layerCount, 5);
    QCOMPARE(five.flutes, std::string("BB"));
    // Outer and inner liners stay; the new middle liner and flute copy the ones before them.
    QCOMPARE(five.layers[0].gsm, three.layers[0].gsm);
    QCOMPARE(five.layers[1].shade, three.layers[1].shade);
    QCOMPARE(five.layers[2].gsm, three.layers[0].gsm);
    QCOMPARE(five.layers[2].bf, three.layers[0].bf);
    QCOMPARE(five.layers[3].gsm, three.layers[1].gsm);
    QCOMPARE(five.layers[3].rct, three.layers[1].rct);
    QCOMPARE(five.layers[4].gsm, three.layers[2].gsm);
    QCOMPARE(five.layers[4].rct, three.layers[2].rct);
    QCOMPARE(edit(calc, QStringLiteral("glueFlapMm"))->placeholderText(), QStringLiteral("50"));

    QTest::keyClick(ply, Qt::Key_End); // 9-ply
    QCOMPARE(table->rowCount(), 9);
    QCOMPARE(calc.spec().flutes, std::string("BBBB"));
    QCOMPARE(table->fittingHeight(), table->height()); // every row visible, no scrolling inside the table
    QVERIFY(calc.hasResult());
    const costing::CostingOutcome nine = costing::computeCosting(calc.spec(), CostingMasters::defaults());
    QCOMPARE(calc.result().ratePerBoxPaise, nine.result.ratePerBoxPaise);

    QTest::keyClick(ply, Qt::Key_Home); // 1-ply
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, ui::LayerTable::NameColumn)->text(), QStringLiteral("Liner"));
    QCOMPARE(calc.spec().flutes, std::string());
    QCOMPARE(calc.spec().layers[0].gsm, three.layers[0].gsm);
    QVERIFY(calc.hasResult());
    QCOMPARE(calc.result().boardThicknessMm, 0.0);

    QTest::keyClick(ply, Qt::Key_Down); // back to 3-ply: a flute appears between two liners
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(calc.spec().flutes, std::string("B"));
    QVERIFY(calc.hasResult());
}

void TestCalculator::bfWithoutPriceMarksThatCell() {
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    calc.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calc));
    calc.setSpec(goldenSpec(0));
    QVERIFY(calc.hasResult());

    QComboBox *bf = combo(calc, QStringLiteral("layers[2].bf"));
    typeInto(bf, QStringLiteral("19"));
    QVERIFY(!calc.hasResult());
    QCOMPARE(calc.error().field, std::string("layers[2].bf"));
    QVERIFY(ui::FieldMark::isMarked(bf));
    QVERIFY2(bf->toolTip().contains(QStringLiteral("no base price")), qPrintable(bf->toolTip()));
    QVERIFY2(calc.message().startsWith(QStringLiteral("Layer 3 BF: ")), qPrintable(calc.message()));
    QVERIFY(calc.message().contains(QStringLiteral("no base price")));
    QVERIFY(!hasDigits(label(calc, QStringLiteral("ratePerBox"))));
    QVERIFY(!hasDigits(label(calc, QStringLiteral("orderValue"))));
    QVERIFY(!hasDigits(label(calc, QStringLiteral("weight"))));
    QVERIFY(!child<QLabel>(calc, QStringLiteral("ratePerBox"))->isEnabled());
    QVERIFY(!hasDigits(
        child<ui::LayerTable>(calc, QStringLiteral("layerTable"))->item(2, ui::LayerTable::CostColumn)->text()));

    // A manual rate prices the unusual paper; the mark goes away and the rate comes back.
    typeInto(edit(calc, QStringLiteral("layers[2].rate")), QStringLiteral("36.5"));
    QVERIFY2(calc.hasResult(), calc.error().text().c_str());
    QVERIFY(!ui::FieldMark::isMarked(bf));
    QVERIFY(!bf->toolTip().contains(QStringLiteral("no base price")));
    QVERIFY(calc.message().isEmpty());
    QCOMPARE(calc.result().layers[2].rateSource, costing::RateSource::Manual);
    const costing::CostingOutcome expected = costing::computeCosting(calc.spec(), CostingMasters::defaults());
    QCOMPARE(label(calc, QStringLiteral("ratePerBox")),
             QStringLiteral("₹%1").arg(QString::number(expected.result.ratePerBox, 'f', 2)));
    QCOMPARE(child<ui::LayerTable>(calc, QStringLiteral("layerTable"))->item(2, ui::LayerTable::SourceColumn)->text(),
             QStringLiteral("manual"));
}

void TestCalculator::zeroLengthMarksLength() {
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    calc.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calc));
    calc.setSpec(goldenSpec(0));
    QVERIFY(calc.hasResult());

    QLineEdit *length = edit(calc, QStringLiteral("length"));
    typeInto(length, QStringLiteral("0"));
    QVERIFY(!calc.hasResult());
    QCOMPARE(calc.error().field, std::string("length"));
    QVERIFY(ui::FieldMark::isMarked(length));
    QCOMPARE(length->property("invalid").toBool(), true); // what the style sheet paints red
    QVERIFY(length->toolTip().contains(QStringLiteral("greater than 0")));
    QVERIFY2(calc.message().startsWith(QStringLiteral("Length: ")), qPrintable(calc.message()));
    QVERIFY(!hasDigits(label(calc, QStringLiteral("ratePerBox"))));

    typeInto(length, QStringLiteral("300"));
    QVERIFY(calc.hasResult());
    QVERIFY(!ui::FieldMark::isMarked(length));
    QCOMPARE(length->property("invalid").toBool(), false);
    QCOMPARE(label(calc, QStringLiteral("ratePerBox")), QStringLiteral("₹11.65"));

    // Outside dimensions too small for the board: the engine names the dimension left without inside.
    pick(combo(calc, QStringLiteral("measuredOn")), QStringLiteral("Outside"));
    typeInto(edit(calc, QStringLiteral("height")), QStringLiteral("2"));
    QCOMPARE(calc.error().field, std::string("height"));
    QVERIFY(ui::FieldMark::isMarked(edit(calc, QStringLiteral("height"))));
}

void TestCalculator::unknownFluteMarksTheFlutePicker() {
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    costing::BoxSpec spec = goldenSpec(0);
    spec.flutes = "D";
    calc.setSpec(spec);
    QVERIFY(!calc.hasResult());
    QCOMPARE(calc.error().field, std::string("flutes"));
    QComboBox *flute = combo(calc, QStringLiteral("flutes[0]"));
    QCOMPARE(flute->currentText(), QStringLiteral("D flute"));
    QVERIFY(ui::FieldMark::isMarked(flute));
    QVERIFY(calc.message().startsWith(QStringLiteral("Flute: ")));

    pick(flute, QStringLiteral("B"));
    QVERIFY(calc.hasResult());
    QVERIFY(!ui::FieldMark::isMarked(flute));
}

void TestCalculator::inchesAreTypedAsInches() {
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    calc.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calc));
    costing::BoxSpec mm = goldenSpec(0);
    calc.setSpec(mm);
    QCOMPARE(label(calc, QStringLiteral("ratePerBox")), QStringLiteral("₹11.65"));

    pick(combo(calc, QStringLiteral("unit")), QStringLiteral("Inches"));
    QCOMPARE(calc.spec().unit, costing::Unit::In);
    // The numbers typed are now inches: 300 in is a very large box.
    QVERIFY(calc.hasResult());
    QVERIFY(calc.result().sheet.lengthMm > 10000);
    for (const char *unit : {"lengthUnit", "widthUnit", "heightUnit"})
        QCOMPARE(label(calc, QLatin1String(unit)), QStringLiteral("in"));

    typeInto(edit(calc, QStringLiteral("length")), QStringLiteral("12"));
    typeInto(edit(calc, QStringLiteral("width")), QStringLiteral("8"));
    typeInto(edit(calc, QStringLiteral("height")), QStringLiteral("6"));
    QVERIFY(calc.hasResult());
    costing::BoxSpec in = mm;
    in.unit = costing::Unit::In;
    in.length = 12;
    in.width = 8;
    in.height = 6;
    const costing::CostingOutcome expected = costing::computeCosting(in, CostingMasters::defaults());
    QCOMPARE(CostingJson::resultToJson(calc.result()), CostingJson::resultToJson(expected.result));
    // The same box entered in millimetres costs the same.
    mm.length = 12 * 25.4;
    mm.width = 8 * 25.4;
    mm.height = 6 * 25.4;
    const costing::CostingOutcome same = costing::computeCosting(mm, CostingMasters::defaults());
    QCOMPARE(calc.result().ratePerBoxPaise, same.result.ratePerBoxPaise);
    QCOMPARE(label(calc, QStringLiteral("sheetIn")),
             QStringLiteral("%1 × %2 in")
                 .arg(QString::number(expected.result.sheet.lengthMm / 25.4, 'f', 2),
                      QString::number(expected.result.sheet.widthMm / 25.4, 'f', 2)));
}

void TestCalculator::newMastersRecostTheBox() {
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    calc.setSpec(goldenSpec(0));
    QCOMPARE(qint64(calc.result().ratePerBoxPaise), qint64(1165));
    QSignalSpy changed(&calc, &ui::BoxCalculatorWidget::resultChanged);

    CostingMasters dearer = CostingMasters::defaults();
    dearer.setBfPrice(24, 45.0);
    dearer.setShadePremium("Golden Kraft", 2.0);
    calc.setMasters(dearer);
    QCOMPARE(changed.count(), 1);
    const costing::CostingOutcome expected = costing::computeCosting(goldenSpec(0), dearer);
    QCOMPARE(calc.result().ratePerBoxPaise, expected.result.ratePerBoxPaise);
    QVERIFY(calc.result().ratePerBoxPaise > 1165);

    // A BF that leaves the price list is still shown, and refused until it gets a price again.
    CostingMasters without24 = CostingMasters::defaults();
    without24.bfPrices.erase(std::remove_if(without24.bfPrices.begin(), without24.bfPrices.end(),
                                            [](const costing::BfPrice &p) { return p.bf == 24; }),
                             without24.bfPrices.end());
    calc.setMasters(without24);
    QCOMPARE(combo(calc, QStringLiteral("layers[0].bf"))->currentText(), QStringLiteral("24"));
    QCOMPARE(combo(calc, QStringLiteral("layers[0].bf"))->findText(QStringLiteral("24")), -1);
    QCOMPARE(calc.error().field, std::string("layers[0].bf"));
}

void TestCalculator::rememberedRateIsOffered() {
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    calc.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calc));
    QStringList asked;
    calc.setRateMemory([&asked](double bf, const QString &shade) -> std::optional<double> {
        asked << QStringLiteral("%1 %2").arg(bf).arg(shade);
        if (bf == 18 && shade == QLatin1String("Kraft/Natural"))
            return 41.5;
        return std::nullopt;
    });
    calc.setSpec(goldenSpec(0)); // a loaded box keeps its own rates: nothing is offered
    QVERIFY(asked.isEmpty());
    QVERIFY(edit(calc, QStringLiteral("layers[2].rate"))->text().isEmpty());

    QLineEdit *rate = edit(calc, QStringLiteral("layers[0].rate"));
    typeInto(combo(calc, QStringLiteral("layers[0].bf")), QStringLiteral("18"));
    QVERIFY(asked.contains(QStringLiteral("18 Golden Kraft")));
    QVERIFY(rate->text().isEmpty());
    pick(combo(calc, QStringLiteral("layers[0].shade")), QStringLiteral("Kraft"));
    QCOMPARE(rate->text(), QStringLiteral("41.5"));
    QVERIFY(calc.hasResult());
    QCOMPARE(calc.result().layers[0].rateSource, costing::RateSource::Manual);
    QCOMPARE(calc.result().layers[0].rate, 41.5);

    // A different paper takes the offer back; a rate the user typed is never replaced.
    typeInto(combo(calc, QStringLiteral("layers[0].bf")), QStringLiteral("20"));
    QVERIFY(rate->text().isEmpty());
    QCOMPARE(calc.result().layers[0].rateSource, costing::RateSource::Master);
    typeInto(rate, QStringLiteral("39"));
    typeInto(combo(calc, QStringLiteral("layers[0].bf")), QStringLiteral("18"));
    QCOMPARE(rate->text(), QStringLiteral("39"));
    QCOMPARE(calc.result().layers[0].rate, 39.0);
}

void TestCalculator::tabReachesEveryField() {
    ui::BoxCalculatorWidget calc(CostingMasters::defaults());
    calc.resize(1400, 900);
    calc.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calc));
    QApplication::setActiveWindow(&calc);
    QVERIFY(QTest::qWaitForWindowActive(&calc));
    calc.setSpec(goldenSpec(0));
    child<QGroupBox>(calc, QStringLiteral("printing"))->setChecked(true);
    child<QGroupBox>(calc, QStringLiteral("lamination"))->setChecked(true);
    combo(calc, QStringLiteral("ply"))->setCurrentIndex(2); // 5-ply: rows created after the rest must join the chain

    QLineEdit *length = edit(calc, QStringLiteral("length"));
    calc.setFocus(); // an embedding form focuses the calculator as a whole
    QCOMPARE(QApplication::focusWidget(), length);
    QStringList visited;
    for (int i = 0; i < 200; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        // An editable combo's text field stands for the combo.
        QWidget *field = qobject_cast<QComboBox *>(focus->parentWidget()) ? focus->parentWidget() : focus;
        if (!visited.isEmpty() && field == length)
            break;
        visited << field->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    // Reading order: the box, the ply and its layers row by row, the add-ons, then the allowances.
    QStringList expected = {QStringLiteral("length"),     QStringLiteral("width"), QStringLiteral("height"),
                            QStringLiteral("quantity"),   QStringLiteral("style"), QStringLiteral("unit"),
                            QStringLiteral("measuredOn"), QStringLiteral("ply")};
    for (int i = 0; i < 5; ++i) {
        if (i % 2)
            expected << QStringLiteral("flutes[%1]").arg(i / 2);
        for (const char *part : {"shade", "bf", "gsm", "rct", "rate"})
            expected << QStringLiteral("layers[%1].%2").arg(i).arg(QLatin1String(part));
    }
    for (const char *name :
         {"printing", "printing.costPerPrint", "printing.plateCost", "printing.moq", "printing.colors", "printing.type",
          "lamination", "lamination.ratePer100SqIn", "lamination.lengthIn", "lamination.widthIn", "varnishPerBox",
          "dieCost", "punchingPerBox", "glueFlapMm", "deckleMm", "maxLengthMm", "conversionPerKg", "markupPercent"})
        expected << QLatin1String(name); // sheetAllowanceMm is only for flat sheets: disabled, skipped
    QCOMPARE(visited, expected);
}

QTEST_MAIN(TestCalculator)
#include "tst_calculator.moc"
