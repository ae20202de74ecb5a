// The costing engine and its JSON form against COSTING.md: every worked case and error case of
// costing_cases.json, every §4 error, unit and GSM invariants, paise rounding and the no-allocation promise.

#include "Golden.h"
#include "costing/CostingEngine.h"
#include "services/CostingJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <new>

// Counting replacements of the global allocator, so the test can prove a costing never touches the heap.
namespace {
std::atomic<bool> g_counting{false};
std::atomic<long> g_allocations{0};
} // namespace

void *operator new(std::size_t size) {
    if (g_counting.load(std::memory_order_relaxed))
        g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept {
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept {
    std::free(p);
}

using namespace bcp;
using namespace bcp::costing;
using test::closeEnough;
using test::diffJson;

namespace {

QJsonObject golden() {
    static const QJsonObject doc = test::loadGolden(QStringLiteral("costing_cases.json"));
    return doc;
}

LayerSpec layer(double gsm, double bf, const char *shade, double rct = 0) {
    LayerSpec l;
    l.gsm = gsm;
    l.bf = bf;
    l.shade = shade;
    l.rct = rct;
    return l;
}

// A 5-ply BC box that exercises most of the engine; tests change one thing at a time.
BoxSpec fivePly() {
    BoxSpec s;
    s.style = Style::Rsc0201;
    s.length = 400;
    s.width = 300;
    s.height = 250;
    s.ply = 5;
    s.flutes = "BC";
    s.layerCount = 5;
    s.layers[0] = layer(180, 24, "Golden Kraft", 1.8);
    s.layers[1] = layer(120, 18, "Kraft/Natural", 1.0);
    s.layers[2] = layer(120, 18, "Kraft/Natural", 1.2);
    s.layers[3] = layer(120, 18, "Kraft/Natural", 1.0);
    s.layers[4] = layer(150, 20, "Testliner", 1.4);
    s.quantity = 1000;
    return s;
}

CostingResult costOk(const BoxSpec &spec, const CostingMasters &masters = CostingMasters::defaults()) {
    const CostingOutcome out = computeCosting(spec, masters);
    if (!out.ok())
        qFatal("unexpected costing error: %s", out.error.text().c_str());
    return out.result;
}

void compareResults(const CostingResult &a, const CostingResult &b, double relative) {
    auto same = [relative](double x, double y, const char *what) {
        if (!closeEnough(x, y, relative))
            QFAIL(qPrintable(
                QStringLiteral("%1: %2 vs %3").arg(QLatin1String(what)).arg(x, 0, 'g', 17).arg(y, 0, 'g', 17)));
    };
    same(a.insideLengthMm, b.insideLengthMm, "insideLengthMm");
    same(a.insideWidthMm, b.insideWidthMm, "insideWidthMm");
    same(a.insideHeightMm, b.insideHeightMm, "insideHeightMm");
    same(a.sheet.lengthMm, b.sheet.lengthMm, "sheet.lengthMm");
    same(a.sheet.widthMm, b.sheet.widthMm, "sheet.widthMm");
    QCOMPARE(a.sheet.extraFlap, b.sheet.extraFlap);
    QCOMPARE(a.layerCount, b.layerCount);
    for (int i = 0; i < a.layerCount; ++i) {
        same(a.layers[std::size_t(i)].weightKg, b.layers[std::size_t(i)].weightKg, "layer weight");
        same(a.layers[std::size_t(i)].cost, b.layers[std::size_t(i)].cost, "layer cost");
        QCOMPARE(a.layers[std::size_t(i)].rate, b.layers[std::size_t(i)].rate);
    }
    same(a.weightKg, b.weightKg, "weightKg");
    same(a.burstStrength, b.burstStrength, "burstStrength");
    same(a.perimeterMm, b.perimeterMm, "perimeterMm");
    same(a.bctN, b.bctN, "bctN");
    same(a.costs.lamination, b.costs.lamination, "lamination");
    same(a.costPerBox, b.costPerBox, "costPerBox");
    QCOMPARE(a.ratePerBoxPaise, b.ratePerBoxPaise);
    QCOMPARE(a.totalValuePaise, b.totalValuePaise);
}

} // namespace

class TstCosting : public QObject {
    Q_OBJECT

private slots:
    void goldenCases_data();
    void goldenCases();
    void goldenErrors_data();
    void goldenErrors();
    void engineErrors_data();
    void engineErrors();
    void jsonErrors_data();
    void jsonErrors();
    void errorPathsTakeThePrefix();
    void mastersDefaultsAreSection2();
    void mastersValidation_data();
    void mastersValidation();
    void mastersOverridesMergeOneLevelDeep();
    void shadesMatchCaseInsensitively();
    void manualRateWinsOverMasters();
    void inchAndMillimetreAgree_data();
    void inchAndMillimetreAgree();
    void moreGsmNeverLessWeight();
    void moreGsmNeverLessCost_data();
    void moreGsmNeverLessCost();
    void roundingHalfUpToPaise_data();
    void roundingHalfUpToPaise();
    void roundingEveryHalfPaise();
    void ratePerBoxAndTotalUsePaise();
    void snapshotsRoundTrip();
    void textPathMatchesObjectPath();
    void textPathRefusesBadJson_data();
    void textPathRefusesBadJson();
    void costingDoesNotAllocate();
};

void TstCosting::goldenCases_data() {
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonArray cases = golden().value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 10);
    for (const QJsonValue &c : cases) {
        const QJsonObject o = c.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("description")).toString()))
            << o.value(QStringLiteral("input")).toObject() << o.value(QStringLiteral("expected")).toObject();
    }
}

void TstCosting::goldenCases() {
    QFETCH(QJsonObject, input);
    QFETCH(QJsonObject, expected);
    const auto out = CostingJson::cost(input, CostingMasters::defaults());
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().text()));
    QStringList diffs;
    diffJson(out.value(), expected, QStringLiteral("result"), diffs);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));

    // The engine's integer paise agree with the rupee figures exactly.
    auto c = CostingJson::readCase(input, CostingMasters::defaults());
    QVERIFY(c.ok());
    const CostingResult r = costOk(c->spec, c->hasOwnMasters ? c->masters : CostingMasters::defaults());
    QCOMPARE(r.ratePerBoxPaise, qRound64(expected.value(QStringLiteral("ratePerBox")).toDouble() * 100));
    QCOMPARE(r.totalValuePaise, qRound64(expected.value(QStringLiteral("totalValue")).toDouble() * 100));
    QCOMPARE(r.totalValuePaise, r.ratePerBoxPaise * c->spec.quantity);
}

void TstCosting::goldenErrors_data() {
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    // The exact field path and message for each golden error, in file order.
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("ply"), QStringLiteral("must be 1, 3, 5, 7 or 9 (got 4)")},
        {QStringLiteral("layers"), QStringLiteral("a 3-ply board needs 3 layers (got 2)")},
        {QStringLiteral("flutes"), QStringLiteral("flute 'Z' is not in the flute master (A, B, C, E, F)")},
        {QStringLiteral("layers[0].bf"),
         QStringLiteral("BF 40 has no base price in the masters; add it there or enter a manual rate")},
        {QStringLiteral("length"), QStringLiteral("must be greater than 0 (got -300)")},
        {QStringLiteral("quantity"), QStringLiteral("must be a whole number of 1 or more (got 0)")},
        {QStringLiteral("width"),
         QStringLiteral("outside dimensions leave no inside width after taking off 2 × 3.5 mm of board")},
        {QStringLiteral("style"), QStringLiteral("unknown style '0999'; use 0201, 0200, 0203, 0204 or sheet")},
    };
    const QJsonArray errors = golden().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), expected.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QJsonObject o = errors.at(i).toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("description")).toString()))
            << o.value(QStringLiteral("input")).toObject() << o.value(QStringLiteral("errorField")).toString()
            << expected.at(i).first << expected.at(i).second;
    }
}

void TstCosting::goldenErrors() {
    QFETCH(QJsonObject, input);
    QFETCH(QString, errorField);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto out = CostingJson::cost(input, CostingMasters::defaults());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind, Error::Kind::Invalid);
    // The golden file names the leaf; the engine names the full path to it.
    QVERIFY2(field == errorField || field.endsWith(QLatin1Char('.') + errorField), qPrintable(field));
    QCOMPARE(out.error().field, field);
    QCOMPARE(out.error().message, message);
}

void TstCosting::engineErrors_data() {
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const char *const nan = "must be a number greater than 0";
    QTest::newRow("ply 2") << 0 << "ply"
                           << "must be 1, 3, 5, 7 or 9 (got 2)";
    QTest::newRow("ply 11") << 1 << "ply"
                            << "must be 1, 3, 5, 7 or 9 (got 11)";
    QTest::newRow("layer count") << 2 << "layers"
                                 << "a 5-ply board needs 5 layers (got 4)";
    QTest::newRow("flute count") << 3 << "flutes"
                                 << "a 5-ply board needs 2 flute letters (got \"B\")";
    QTest::newRow("flute letter") << 4 << "flutes"
                                  << "flute 'b' is not in the flute master (A, B, C, E, F)";
    QTest::newRow("length 0") << 5 << "length"
                              << "must be greater than 0 (got 0)";
    QTest::newRow("width NaN") << 6 << "width" << nan;
    QTest::newRow("height negative") << 7 << "height"
                                     << "must be greater than 0 (got -1)";
    QTest::newRow("height infinite") << 8 << "height" << nan;
    QTest::newRow("OD length") << 9 << "length"
                               << "outside dimensions leave no inside length after taking off 2 × 3.5 mm of board";
    QTest::newRow("OD height") << 10 << "height"
                               << "outside dimensions leave no inside height after taking off 3.5 mm of board";
    QTest::newRow("gsm 0") << 11 << "layers[2].gsm"
                           << "must be greater than 0 (got 0)";
    QTest::newRow("bf negative") << 12 << "layers[4].bf"
                                 << "must be greater than 0 (got -18)";
    QTest::newRow("quantity 0") << 13 << "quantity"
                                << "must be a whole number of 1 or more (got 0)";
    QTest::newRow("manual rate negative") << 14 << "layers[1].rate"
                                          << "must not be negative (got -2)";
    QTest::newRow("varnish negative") << 15 << "varnishPerBox"
                                      << "must not be negative (got -0.5)";
    QTest::newRow("die negative") << 16 << "dieCost"
                                  << "must not be negative (got -100)";
    QTest::newRow("punching negative") << 17 << "punchingPerBox"
                                       << "must not be negative (got -1)";
    QTest::newRow("plate negative") << 18 << "printing.plateCost"
                                    << "must not be negative (got -5)";
    QTest::newRow("print cost negative") << 19 << "printing.costPerPrint"
                                         << "must not be negative (got -1)";
    QTest::newRow("lamination negative") << 20 << "lamination.ratePer100SqIn"
                                         << "must not be negative (got -0.25)";
    QTest::newRow("conversion negative") << 21 << "conversionPerKg"
                                         << "must not be negative (got -15)";
    QTest::newRow("markup negative") << 22 << "markupPercent"
                                     << "must not be negative (got -10)";
    QTest::newRow("BF without price") << 23 << "layers[3].bf"
                                      << "BF 19 has no base price in the masters; add it there or enter a manual rate";
    QTest::newRow("unknown style") << 24 << "style"
                                   << "unknown style; use 0201, 0200, 0203, 0204 or sheet";
    QTest::newRow("unknown unit") << 25 << "unit"
                                  << "unknown unit; use mm or in";
    QTest::newRow("rct negative") << 26 << "layers[0].rct"
                                  << "must not be negative (got -1)";
    QTest::newRow("glue flap negative") << 27 << "glueFlapMm"
                                        << "must not be negative (got -5)";
    QTest::newRow("master rate negative") << 28 << "layers[0].rate"
                                          << "the master rate works out negative (-1.5 ₹/kg); check the masters";
    QTest::newRow("gsm NaN") << 29 << "layers[0].gsm" << nan;
    QTest::newRow("style from a negative number") << 30 << "style"
                                                  << "unknown style; use 0201, 0200, 0203, 0204 or sheet";
    QTest::newRow("side from a negative number") << 31 << "measuredOn"
                                                 << "use ID or OD";
}

void TstCosting::engineErrors() {
    QFETCH(int, which);
    QFETCH(QString, field);
    QFETCH(QString, message);
    BoxSpec s = fivePly();
    CostingMasters m = CostingMasters::defaults();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    switch (which) {
    case 0:
        s.ply = 2;
        break;
    case 1:
        s.ply = 11;
        break;
    case 2:
        s.layerCount = 4;
        break;
    case 3:
        s.flutes = "B";
        break;
    case 4:
        s.flutes = "bC";
        break;
    case 5:
        s.length = 0;
        break;
    case 6:
        s.width = nan;
        break;
    case 7:
        s.height = -1;
        break;
    case 8:
        s.height = std::numeric_limits<double>::infinity();
        break;
    case 9:
        s.measuredOn = MeasuredOn::Outside;
        s.length = 7;
        break;
    case 10:
        s.measuredOn = MeasuredOn::Outside;
        s.height = 3.5;
        break;
    case 11:
        s.layers[2].gsm = 0;
        break;
    case 12:
        s.layers[4].bf = -18;
        break;
    case 13:
        s.quantity = 0;
        break;
    case 14:
        s.layers[1].rate = -2;
        break;
    case 15:
        s.varnishPerBox = -0.5;
        break;
    case 16:
        s.dieCost = -100;
        break;
    case 17:
        s.punchingPerBox = -1;
        break;
    case 18:
        s.printing = PrintingSpec{1.0, -5, 0, 1, "Flexo"};
        break;
    case 19:
        s.printing = PrintingSpec{-1.0, 5, 0, 1, "Flexo"};
        break;
    case 20:
        s.lamination = LaminationSpec{-0.25, {}, {}};
        break;
    case 21:
        s.conversionPerKg = -15;
        break;
    case 22:
        s.markupPercent = -10;
        break;
    case 23:
        s.layers[3].bf = 19;
        break;
    case 24:
        s.style = static_cast<Style>(42);
        break;
    case 25:
        s.unit = static_cast<Unit>(7);
        break;
    case 26:
        s.layers[0].rct = -1;
        break;
    case 27:
        s.glueFlapMm = -5;
        break;
    case 28:
        m.gsmRules.market = -40;
        break;
    case 29:
        s.layers[0].gsm = nan;
        break;
    case 30:
        s.style = static_cast<Style>(-1);
        break;
    case 31:
        s.measuredOn = static_cast<MeasuredOn>(-3);
        break;
    default:
        QFAIL("no such case");
    }
    const CostingOutcome out = computeCosting(s, m);
    QVERIFY(!out.ok());
    QCOMPARE(QString::fromStdString(out.error.field), field);
    QCOMPARE(QString::fromStdString(out.error.message), message);

    // The same spec through the other overload reports the same error and clears it once fixed.
    CostingResult result;
    CostingError error;
    QVERIFY(!computeCosting(s, m, result, error));
    QCOMPARE(QString::fromStdString(error.field), field);
    QVERIFY(computeCosting(fivePly(), CostingMasters::defaults(), result, error));
    QVERIFY(!error.isError());
}

void TstCosting::jsonErrors_data() {
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("length as text") << R"({"length": "300"})"
                                    << "length"
                                    << "must be a number";
    QTest::newRow("quantity fraction") << R"({"quantity": 2.5})"
                                       << "quantity"
                                       << "must be a whole number";
    QTest::newRow("ply fraction") << R"({"ply": 3.5})"
                                  << "ply"
                                  << "must be a whole number";
    QTest::newRow("unknown key") << R"({"colour": "red"})"
                                 << "colour"
                                 << "unknown key";
    QTest::newRow("unknown unit") << R"({"unit": "cm"})"
                                  << "unit"
                                  << "unknown unit 'cm'; use mm or in";
    QTest::newRow("unknown side") << R"({"measuredOn": "mid"})"
                                  << "measuredOn"
                                  << "unknown value 'mid'; use ID or OD";
    QTest::newRow("flutes as number") << R"({"flutes": 1})"
                                      << "flutes"
                                      << "must be a string";
    QTest::newRow("layers as object") << R"({"layers": {}})"
                                      << "layers"
                                      << "must be an array";
    QTest::newRow("layer not object") << R"({"layers": [1, 2, 3]})"
                                      << "layers[0]"
                                      << "must be an object";
    QTest::newRow("layer bf text") << R"({"layers": [{"gsm": 180, "bf": "24", "shade": "x"}, {}, {}]})"
                                   << "layers[0].bf"
                                   << "must be a number";
    QTest::newRow("layer missing shade")
        << R"({"layers": [{"gsm": 180, "bf": 24, "shade": "x"}, {"gsm": 1, "bf": 1}, {}]})"
        << "layers[1].shade"
        << "is required";
    QTest::newRow("layer unknown key") << R"({"layers": [{"gsm": 180, "bf": 24, "shade": "x", "ect": 1}]})"
                                       << "layers[0].ect"
                                       << "unknown key";
    QTest::newRow("quantity null") << R"({"quantity": null})"
                                   << "quantity"
                                   << "must be a number";
    QTest::newRow("printing moq fraction") << R"({"printing": {"moq": 10.5}})"
                                           << "printing.moq"
                                           << "must be a whole number";
    QTest::newRow("printing unknown") << R"({"printing": {"inks": 2}})"
                                      << "printing.inks"
                                      << "unknown key";
    QTest::newRow("lamination text") << R"({"lamination": {"ratePer100SqIn": "0.2"}})"
                                     << "lamination.ratePer100SqIn"
                                     << "must be a number";
    QTest::newRow("masters unknown") << R"({"masters": {"gst": 5}})"
                                     << "masters.gst"
                                     << "unknown key";
    QTest::newRow("masters bf key") << R"({"masters": {"bfPrices": {"strong": 40}}})"
                                    << "masters.bfPrices.strong"
                                    << "the key must be a BF number greater than 0";
    QTest::newRow("masters bf negative") << R"({"masters": {"bfPrices": {"18": -1}}})"
                                         << "masters.bfPrices.18"
                                         << "the base price must not be negative (got -1)";
    QTest::newRow("masters flute factor") << R"({"masters": {"flutes": {"B": {"factor": 2.5, "heightMm": 2.5}}}})"
                                          << "masters.flutes.B.factor"
                                          << "the take-up factor must be between 1.0 and 2.0 (got 2.5)";
    QTest::newRow("masters flute half") << R"({"masters": {"flutes": {"B": {"factor": 1.4}}}})"
                                        << "masters.flutes.B.heightMm"
                                        << "is required";
    QTest::newRow("masters gsm rule") << R"({"masters": {"gsmRules": {"medium": 1}}})"
                                      << "masters.gsmRules.medium"
                                      << "unknown key";
    QTest::newRow("masters ply key") << R"({"masters": {"glueFlapMm": {"4": 40}}})"
                                     << "masters.glueFlapMm.4"
                                     << "not a ply; use 1, 3, 5, 7 or 9";
    QTest::newRow("masters shade text") << R"({"masters": {"shadePremiums": {"Testliner": "2"}}})"
                                        << "masters.shadePremiums.Testliner"
                                        << "must be a number";
    QTest::newRow("masters not object") << R"({"masters": [1]})"
                                        << "masters"
                                        << "must be an object";
}

void TstCosting::jsonErrors() {
    QFETCH(QString, patch);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QJsonObject input =
        golden().value(QStringLiteral("cases")).toArray().at(0).toObject().value(QStringLiteral("input")).toObject();
    const QJsonObject changes = QJsonDocument::fromJson(patch.toUtf8()).object();
    QVERIFY(!changes.isEmpty());
    for (auto it = changes.begin(); it != changes.end(); ++it)
        input.insert(it.key(), it.value());
    const auto out = CostingJson::cost(input, CostingMasters::defaults());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().field, field);
    QCOMPARE(out.error().message, message);
}

void TstCosting::errorPathsTakeThePrefix() {
    QJsonObject input =
        golden().value(QStringLiteral("cases")).toArray().at(0).toObject().value(QStringLiteral("input")).toObject();
    QJsonArray layers = input.value(QStringLiteral("layers")).toArray();
    QJsonObject first = layers.at(0).toObject();
    first.insert(QStringLiteral("bf"), 41);
    layers.replace(0, first);
    input.insert(QStringLiteral("layers"), layers);

    auto out = CostingJson::cost(input, CostingMasters::defaults(), QStringLiteral("[3]"));
    QVERIFY(!out.ok());
    QCOMPARE(out.error().field, QStringLiteral("[3].layers[0].bf"));
    QCOMPARE(out.error().text(), QStringLiteral("[3].layers[0].bf: BF 41 has no base price in the masters; add it "
                                                "there or enter a manual rate"));
    out = CostingJson::cost(input, CostingMasters::defaults(), QStringLiteral("items[1].costing"));
    QCOMPARE(out.error().field, QStringLiteral("items[1].costing.layers[0].bf"));

    input.insert(QStringLiteral("masters"),
                 QJsonObject{{QStringLiteral("bfPrices"), QJsonObject{{QStringLiteral("41"), -3}}}});
    out = CostingJson::cost(input, CostingMasters::defaults(), QStringLiteral("[2]"));
    QCOMPARE(out.error().field, QStringLiteral("[2].masters.bfPrices.41"));

    // With a price for BF 41 in its own masters the same element costs fine.
    input.insert(QStringLiteral("masters"),
                 QJsonObject{{QStringLiteral("bfPrices"), QJsonObject{{QStringLiteral("41"), 52}}}});
    out = CostingJson::cost(input, CostingMasters::defaults(), QStringLiteral("[2]"));
    QVERIFY(out.ok());
    QCOMPARE(out->value(QStringLiteral("layers")).toArray().at(0).toObject().value(QStringLiteral("rate")).toDouble(),
             52.0);

    QCOMPARE(CostingJson::joinPath(QString(), QStringLiteral("ply")), QStringLiteral("ply"));
    QCOMPARE(CostingJson::joinPath(QStringLiteral("[0]"), QString()), QStringLiteral("[0]"));
    QCOMPARE(CostingJson::joinPath(QStringLiteral("items[0]"), QStringLiteral("[1]")), QStringLiteral("items[0][1]"));
}

void TstCosting::mastersDefaultsAreSection2() {
    const CostingMasters m = CostingMasters::defaults();
    const std::pair<double, double> bf[] = {{14, 32.00}, {16, 33.00}, {18, 34.00}, {20, 35.00},
                                            {22, 36.50}, {24, 38.50}, {28, 44.50}, {35, 50.00}};
    QCOMPARE(m.bfPrices.size(), std::size(bf));
    for (const auto &[value, price] : bf) {
        QVERIFY(m.bfPrice(value));
        QCOMPARE(*m.bfPrice(value), price);
    }
    QVERIFY(!m.bfPrice(40));
    QCOMPARE(m.gsmRules.lowLimit, 101.0);
    QCOMPARE(m.gsmRules.lowAdj, 1.0);
    QCOMPARE(m.gsmRules.highLimit, 201.0);
    QCOMPARE(m.gsmRules.highAdj, 1.0);
    QCOMPARE(m.gsmRules.market, 0.0);
    const char *const shades[] = {"Kraft/Natural",          "Golden Kraft",           "Testliner",
                                  "Virgin Kraft Liner",     "White Kraft Liner",      "White Top Testliner",
                                  "Duplex Grey Back (LWC)", "Duplex Grey Back (HWC)", "Semi Chemical Fluting",
                                  "Recycled Fluting",       "Bagasse (Agro based)"};
    QCOMPARE(m.shadePremiums.size(), std::size(shades));
    for (std::size_t i = 0; i < std::size(shades); ++i) {
        QCOMPARE(QString::fromStdString(m.shadePremiums[i].shade), QString::fromLatin1(shades[i]));
        QCOMPARE(m.shadePremiums[i].premium, 0.0);
    }
    const Flute flutes[] = {{'A', 1.55, 4.8}, {'B', 1.35, 2.5}, {'C', 1.45, 3.6}, {'E', 1.25, 1.2}, {'F', 1.20, 0.8}};
    QCOMPARE(m.flutes.size(), std::size(flutes));
    for (const Flute &f : flutes) {
        QVERIFY(m.flute(f.letter));
        QCOMPARE(m.flute(f.letter)->factor, f.factor);
        QCOMPARE(m.flute(f.letter)->heightMm, f.heightMm);
    }
    QVERIFY(!m.flute('D'));
    QCOMPARE(m.plyThicknessMm, (PlyTable{0.45, 2.5, 3.5, 5.5, 6.5}));
    QCOMPARE(m.glueFlapMm, (PlyTable{50, 45, 50, 60, 70}));
    QCOMPARE(m.deckleMm, (PlyTable{30, 25, 30, 35, 40}));
    QCOMPARE(m.extraFlapMm, (PlyTable{50, 50, 60, 70, 80}));
    QCOMPARE(m.maxLengthMm, 1500.0);
    QCOMPARE(m.sheetAllowanceMm, 10.0);
    QCOMPARE(m.conversionPerKg, 15.0);
    QCOMPARE(m.markupPercent, 15.0);
    QCOMPARE(m.gstPercent, 5.0);
    QCOMPARE(m.roundOff, true);
    QVERIFY(!validateMasters(m).isError());
    QVERIFY(m == CostingMasters::defaults());
}

void TstCosting::mastersValidation_data() {
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative BF price") << 0 << "bfPrices.18"
                                       << "the base price must not be negative (got -34)";
    QTest::newRow("factor below 1") << 1 << "flutes.B.factor"
                                    << "the take-up factor must be between 1.0 and 2.0 (got 0.9)";
    QTest::newRow("factor above 2") << 2 << "flutes.C.factor"
                                    << "the take-up factor must be between 1.0 and 2.0 (got 2.01)";
    QTest::newRow("height 0") << 3 << "flutes.E.heightMm"
                              << "the flute height must be greater than 0 mm (got 0)";
    QTest::newRow("GST 4") << 4 << "gstPercent"
                           << "GST must be one of 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18 or 28 % (got 4)";
    QTest::newRow("negative premium") << 5 << "shadePremiums.Testliner"
                                      << "the premium must not be negative (got -1)";
    QTest::newRow("thickness 0") << 6 << "plyThicknessMm.7"
                                 << "must be greater than 0 mm (got 0)";
    QTest::newRow("negative conversion") << 7 << "conversionPerKg"
                                         << "must not be negative (got -1)";
    QTest::newRow("duplicate shade") << 8 << "shadePremiums.testliner"
                                     << "shade 'testliner' is listed twice";
    QTest::newRow("negative glue flap") << 9 << "glueFlapMm.9"
                                        << "must not be negative (got -70)";
}

void TstCosting::mastersValidation() {
    QFETCH(int, which);
    QFETCH(QString, field);
    QFETCH(QString, message);
    CostingMasters m = CostingMasters::defaults();
    switch (which) {
    case 0:
        m.setBfPrice(18, -34);
        break;
    case 1:
        m.setFlute('B', 0.9, 2.5);
        break;
    case 2:
        m.setFlute('C', 2.01, 3.6);
        break;
    case 3:
        m.setFlute('E', 1.25, 0);
        break;
    case 4:
        m.gstPercent = 4;
        break;
    case 5:
        m.setShadePremium("Testliner", -1);
        break;
    case 6:
        m.plyThicknessMm[3] = 0;
        break;
    case 7:
        m.conversionPerKg = -1;
        break;
    case 8:
        m.shadePremiums.push_back({"testliner", 1});
        break;
    case 9:
        m.glueFlapMm[4] = -70;
        break;
    default:
        QFAIL("no such case");
    }
    const CostingError e = validateMasters(m);
    QCOMPARE(QString::fromStdString(e.field), field);
    QCOMPARE(QString::fromStdString(e.message), message);
    for (double legal : kGstRates) {
        CostingMasters g = CostingMasters::defaults();
        g.gstPercent = legal;
        QVERIFY(!validateMasters(g).isError());
    }
}

void TstCosting::mastersOverridesMergeOneLevelDeep() {
    const CostingMasters defaults = CostingMasters::defaults();
    CostingMasters m = defaults;
    QVERIFY(CostingJson::mergeMasters(
                QJsonObject{{QStringLiteral("gsmRules"), QJsonObject{{QStringLiteral("market"), 1.0}}}}, m)
                .ok());
    QCOMPARE(m.gsmRules.market, 1.0);
    m.gsmRules.market = 0;
    QVERIFY(m == defaults);

    const QJsonObject flutes = QJsonDocument::fromJson(R"({"flutes": {"B": {"factor": 1.4, "heightMm": 2.8}},
        "bfPrices": {"18": 35.5, "40": 55}, "shadePremiums": {"golden kraft": 2, "Bleached": 4},
        "plyThicknessMm": {"3": 2.7}, "maxLengthMm": 0})")
                                   .object();
    QVERIFY(CostingJson::mergeMasters(flutes, m).ok());
    QCOMPARE(m.flute('B')->factor, 1.4);
    QCOMPARE(m.flute('B')->heightMm, 2.8);
    QCOMPARE(m.flute('C')->factor, 1.45);
    QCOMPARE(m.flutes.size(), defaults.flutes.size());
    QCOMPARE(*m.bfPrice(18), 35.5);
    QCOMPARE(*m.bfPrice(40), 55.0);
    QCOMPARE(*m.bfPrice(16), 33.0);
    QCOMPARE(m.bfPrices.size(), defaults.bfPrices.size() + 1);
    QCOMPARE(m.shadePremium("Golden Kraft"), 2.0);
    QCOMPARE(m.shadePremiums.size(), defaults.shadePremiums.size() + 1);
    QCOMPARE(m.shadePremium("BLEACHED"), 4.0);
    QCOMPARE(m.plyThicknessMm, (PlyTable{0.45, 2.7, 3.5, 5.5, 6.5}));
    QCOMPARE(m.maxLengthMm, 0.0);
    QCOMPARE(m.glueFlapMm, defaults.glueFlapMm);

    // A refused override leaves the masters as they were.
    const CostingMasters before = m;
    const auto bad = CostingJson::mergeMasters(
        QJsonObject{{QStringLiteral("markupPercent"), 20}, {QStringLiteral("sheetAllowanceMm"), -1}}, m,
        QStringLiteral("masters"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("masters.sheetAllowanceMm"));
    QVERIFY(m == before);
}

void TstCosting::shadesMatchCaseInsensitively() {
    CostingMasters m = CostingMasters::defaults();
    m.setShadePremium("Golden Kraft", 2.0);
    BoxSpec s = fivePly();
    const double exact = costOk(s, m).layers[0].rate;
    QCOMPARE(exact, 38.5 + 2.0);
    for (const char *spelling : {"golden kraft", "GOLDEN KRAFT", "gOlDeN kRaFt"}) {
        s.layers[0].shade = spelling;
        QCOMPARE(costOk(s, m).layers[0].rate, exact);
    }
    s.layers[0].shade = "Golden  Kraft";
    QCOMPARE(costOk(s, m).layers[0].rate, 38.5);
    QVERIFY(equalsIgnoreCase("Duplex Grey Back (LWC)", "duplex grey back (lwc)"));
    QVERIFY(!equalsIgnoreCase("Duplex Grey Back (LWC)", "Duplex Grey Back (HWC)"));
}

void TstCosting::manualRateWinsOverMasters() {
    BoxSpec s = fivePly();
    s.layers[2].rate = 41.25;
    s.layers[2].bf = 99; // no master price, but a manual rate needs none
    const CostingResult r = costOk(s);
    QCOMPARE(r.layers[2].rate, 41.25);
    QCOMPARE(r.layers[2].rateSource, RateSource::Manual);
    QCOMPARE(r.layers[1].rateSource, RateSource::Master);
    QCOMPARE(r.layers[2].cost, r.layers[2].weightKg * 41.25);
    QCOMPARE(r.layers[1].kind, LayerKind::Flute);
    QCOMPARE(r.layers[1].flute, 'B');
    QCOMPARE(r.layers[3].flute, 'C');
    QCOMPARE(r.layers[4].kind, LayerKind::Liner);
    QCOMPARE(r.layers[4].flute, '\0');
}

void TstCosting::inchAndMillimetreAgree_data() {
    QTest::addColumn<int>("style");
    QTest::addColumn<bool>("outside");
    QTest::addColumn<int>("ply");
    const Style styles[] = {Style::Rsc0201, Style::Hsc0200, Style::Fol0203, Style::Css0204, Style::Sheet};
    for (Style style : styles) {
        for (bool outside : {false, true}) {
            for (int ply : {1, 3, 5, 7, 9}) {
                QTest::addRow("%s %s %d-ply", styleCode(style), outside ? "OD" : "ID", ply)
                    << int(style) << outside << ply;
            }
        }
    }
}

void TstCosting::inchAndMillimetreAgree() {
    QFETCH(int, style);
    QFETCH(bool, outside);
    QFETCH(int, ply);
    BoxSpec in;
    in.style = Style(style);
    in.unit = Unit::In;
    in.measuredOn = outside ? MeasuredOn::Outside : MeasuredOn::Inside;
    in.length = 20;
    in.width = 15.75;
    in.height = 12.5;
    in.ply = ply;
    const char letters[] = "BCABE";
    in.flutes = std::string(letters, std::size_t(ply - 1) / 2);
    in.layerCount = ply;
    for (int i = 0; i < ply; ++i)
        in.layers[std::size_t(i)] = layer(120 + 10 * i, i % 2 ? 18 : 24, i % 2 ? "Kraft/Natural" : "Golden Kraft", 1.1);
    in.quantity = 750;
    in.printing = PrintingSpec{1.5, 3000, 1000, 2, "Flexo"};
    in.lamination = LaminationSpec{0.3, {}, {}};
    BoxSpec mm = in;
    mm.unit = Unit::Mm;
    mm.length = 508;
    mm.width = 400.05;
    mm.height = 317.5;
    const CostingResult a = costOk(in);
    const CostingResult b = costOk(mm);
    compareResults(a, b, 1e-12);
    // Every box here is longer than the 1500 mm one-piece maximum; a flat sheet never gets a joint flap.
    QCOMPARE(a.sheet.extraFlap, Style(style) != Style::Sheet);
}

void TstCosting::moreGsmNeverLessWeight() {
    // Every layer position of every ply, each GSM from 40 to 500: weight strictly grows.
    for (int ply : {1, 3, 5, 7, 9}) {
        BoxSpec s = fivePly();
        s.ply = ply;
        s.layerCount = ply;
        s.flutes = std::string("BCBC", std::size_t(ply - 1) / 2);
        for (int i = 0; i < ply; ++i)
            s.layers[std::size_t(i)] = layer(150, 18, "Kraft/Natural", 1.0);
        for (int position = 0; position < ply; ++position) {
            BoxSpec t = s;
            double previous = 0;
            for (int gsm = 40; gsm <= 500; ++gsm) {
                t.layers[std::size_t(position)].gsm = gsm;
                const double weight = costOk(t).weightKg;
                QVERIFY2(weight > previous,
                         qPrintable(QStringLiteral("%1-ply layer %2 at %3 gsm").arg(ply).arg(position).arg(gsm)));
                previous = weight;
            }
        }
    }
}

void TstCosting::moreGsmNeverLessCost_data() {
    QTest::addColumn<bool>("manualRates");
    QTest::addColumn<bool>("withAddOns");
    QTest::newRow("master rates") << false << false;
    QTest::newRow("master rates, add-ons") << false << true;
    QTest::newRow("manual rates") << true << false;
    QTest::newRow("manual rates, add-ons") << true << true;
}

void TstCosting::moreGsmNeverLessCost() {
    QFETCH(bool, manualRates);
    QFETCH(bool, withAddOns);
    const CostingMasters m = CostingMasters::defaults();
    BoxSpec s = fivePly();
    if (withAddOns) {
        s.printing = PrintingSpec{1.2, 2500, 1000, 2, "Flexo"};
        s.lamination = LaminationSpec{0.25, {}, {}};
        s.varnishPerBox = 0.5;
        s.dieCost = 4500;
    }
    for (int position = 0; position < s.layerCount; ++position) {
        BoxSpec t = s;
        if (manualRates)
            t.layers[std::size_t(position)].rate = 37.0;
        CostingResult previous{};
        for (int gsm = 40; gsm <= 500; ++gsm) {
            t.layers[std::size_t(position)].gsm = gsm;
            const CostingResult r = costOk(t, m);
            const QString where = QStringLiteral("layer %1 from %2 to %3 gsm").arg(position).arg(gsm - 1).arg(gsm);
            if (gsm > 40 && !manualRates && gsm - 1 == m.gsmRules.lowLimit) {
                // COSTING.md §2: the low-GSM surcharge (₹1/kg up to 101 gsm) ends here, so the per-kg rate
                // falls by exactly lowAdj while the weight grows by 1/101: the one step where the spec's
                // own rule makes a heavier layer cheaper. Pin that it is this rule and nothing else.
                const LayerResult &before = previous.layers[std::size_t(position)];
                const LayerResult &after = r.layers[std::size_t(position)];
                QCOMPARE(before.rate - after.rate, m.gsmRules.lowAdj);
                QVERIFY2(after.weightKg > before.weightKg, qPrintable(where));
                QVERIFY(closeEnough(after.cost, after.weightKg * (before.rate - m.gsmRules.lowAdj), 1e-12));
            } else if (gsm > 40) {
                QVERIFY2(r.weightKg > previous.weightKg, qPrintable(where));
                QVERIFY2(r.costs.paper > previous.costs.paper, qPrintable(where));
                QVERIFY2(r.costPerBox > previous.costPerBox, qPrintable(where));
                QVERIFY2(r.ratePerBoxPaise >= previous.ratePerBoxPaise, qPrintable(where));
                QVERIFY2(r.totalValuePaise >= previous.totalValuePaise, qPrintable(where));
            }
            previous = r;
        }
    }
}

void TstCosting::roundingHalfUpToPaise_data() {
    QTest::addColumn<double>("rupees");
    QTest::addColumn<qint64>("paise");
    QTest::newRow("11.655 (stored below the half)") << 11.655 << qint64(1166);
    QTest::newRow("1.005 (stored below the half)") << 1.005 << qint64(101);
    QTest::newRow("2.675") << 2.675 << qint64(268);
    QTest::newRow("1.015") << 1.015 << qint64(102);
    QTest::newRow("0.125 (exact half)") << 0.125 << qint64(13);
    QTest::newRow("8.345") << 8.345 << qint64(835);
    QTest::newRow("11.654") << 11.654 << qint64(1165);
    QTest::newRow("11.6549") << 11.6549 << qint64(1165);
    QTest::newRow("11.65499999") << 11.65499999 << qint64(1165);
    QTest::newRow("11.6551") << 11.6551 << qint64(1166);
    QTest::newRow("11.654264531250002 (golden)") << 11.654264531250002 << qint64(1165);
    QTest::newRow("0") << 0.0 << qint64(0);
    QTest::newRow("0.004") << 0.004 << qint64(0);
    QTest::newRow("0.005") << 0.005 << qint64(1);
    QTest::newRow("whole rupees") << 187.0 << qint64(18700);
    QTest::newRow("0.1 + 0.2") << (0.1 + 0.2) << qint64(30);
    QTest::newRow("large") << 1234567.895 << qint64(123456790);
    QTest::newRow("large below") << 1234567.8949 << qint64(123456789);
    QTest::newRow("sum landing on half") << (0.7 + 0.1 + 0.005) << qint64(81);
}

void TstCosting::roundingHalfUpToPaise() {
    QFETCH(double, rupees);
    QFETCH(qint64, paise);
    QCOMPARE(qint64(roundHalfUpToPaise(rupees)), paise);
}

void TstCosting::roundingEveryHalfPaise() {
    // Every amount from ₹0.00 to ₹20,000.00 written with a trailing half paise rounds up, and the same
    // amount plus a little under half a paise rounds down.
    char text[64];
    for (long p = 0; p <= 2000000; ++p) {
        std::snprintf(text, sizeof text, "%ld.%02ld5", p / 100, p % 100);
        const double half = std::strtod(text, nullptr);
        if (roundHalfUpToPaise(half) != p + 1)
            QFAIL(qPrintable(
                QStringLiteral("%1 rounded to %2 paise").arg(QLatin1String(text)).arg(roundHalfUpToPaise(half))));
        std::snprintf(text, sizeof text, "%ld.%02ld4999", p / 100, p % 100);
        const double below = std::strtod(text, nullptr);
        if (roundHalfUpToPaise(below) != p)
            QFAIL(qPrintable(
                QStringLiteral("%1 rounded to %2 paise").arg(QLatin1String(text)).arg(roundHalfUpToPaise(below))));
    }
}

void TstCosting::ratePerBoxAndTotalUsePaise() {
    // Paper at a manual rate of 0 with no conversion or markup leaves the varnish alone as the price.
    BoxSpec s = fivePly();
    for (int i = 0; i < s.layerCount; ++i)
        s.layers[std::size_t(i)].rate = 0.0;
    s.conversionPerKg = 0;
    s.markupPercent = 0;
    s.varnishPerBox = 11.655;
    s.quantity = 3;
    CostingResult r = costOk(s);
    QCOMPARE(r.costPerBox, 11.655);
    QCOMPARE(r.ratePerBoxPaise, qint64(1166));
    QCOMPARE(r.ratePerBox, 11.66);
    QCOMPARE(r.totalValuePaise, qint64(3498));
    QCOMPARE(r.totalValue, 34.98);

    // A total that a rupee product would get wrong in binary: 0.29 × 100 → exactly 29.00.
    s.varnishPerBox = 0.29;
    s.quantity = 100;
    r = costOk(s);
    QCOMPARE(r.totalValuePaise, qint64(2900));
    QCOMPARE(r.totalValue, 29.0);

    // An order so large its value no longer fits in paise is refused, not wrapped.
    s.varnishPerBox = 1000;
    s.quantity = std::numeric_limits<std::int64_t>::max() / 50000;
    const CostingOutcome out = computeCosting(s, CostingMasters::defaults());
    QVERIFY(!out.ok());
    QCOMPARE(QString::fromStdString(out.error.field), QStringLiteral("quantity"));
}

void TstCosting::snapshotsRoundTrip() {
    CostingMasters m = CostingMasters::defaults();
    m.setBfPrice(22.5, 37.25);
    m.setShadePremium("Bleached Kraft", 3.5);
    m.setFlute('D', 1.3, 2.0);
    m.gstPercent = 12;
    m.roundOff = false;
    const QJsonObject json = CostingJson::mastersToJson(m);
    auto back = CostingJson::readMasters(json);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().text()));
    QVERIFY(back.value() == m);

    QJsonObject partial = json;
    partial.remove(QStringLiteral("deckleMm"));
    auto incomplete = CostingJson::readMasters(partial, QStringLiteral("snapshot"));
    QVERIFY(!incomplete.ok());
    QCOMPARE(incomplete.error().field, QStringLiteral("snapshot.deckleMm"));

    for (const QJsonValue &c : golden().value(QStringLiteral("cases")).toArray()) {
        const QJsonObject input = c.toObject().value(QStringLiteral("input")).toObject();
        auto read = CostingJson::readCase(input, CostingMasters::defaults());
        QVERIFY(read.ok());
        const QJsonObject written = CostingJson::specToJson(read->spec);
        auto again = CostingJson::readSpec(written);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().text()));
        const CostingMasters &masters = read->hasOwnMasters ? read->masters : CostingMasters::defaults();
        compareResults(costOk(again.value(), masters), costOk(read->spec, masters), 0.0);
        QCOMPARE(CostingJson::specToJson(again.value()), written);
    }
}

void TstCosting::textPathMatchesObjectPath() {
    // The CLI's text path and the Qt object path give the same objects, element by element.
    QJsonArray inputs;
    QJsonArray expected;
    for (const QJsonValue &c : golden().value(QStringLiteral("cases")).toArray()) {
        const QJsonObject input = c.toObject().value(QStringLiteral("input")).toObject();
        inputs.append(input);
        auto one = CostingJson::cost(input, CostingMasters::defaults());
        QVERIFY(one.ok());
        expected.append(one.value());
    }
    auto text = CostingJson::costText(QJsonDocument(inputs).toJson(), CostingMasters::defaults());
    QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().text()));
    QVERIFY(text->endsWith('\n'));
    const QJsonDocument doc = QJsonDocument::fromJson(text.value());
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array(), expected);

    auto single = CostingJson::costText(QJsonDocument(inputs.at(1).toObject()).toJson(QJsonDocument::Compact),
                                        CostingMasters::defaults());
    QVERIFY(single.ok());
    QCOMPARE(QJsonDocument::fromJson(single.value()).object(), expected.at(1).toObject());

    // resultToJsonText is the same object as resultToJson, keys in the §5 order.
    auto c = CostingJson::readCase(inputs.at(2).toObject(), CostingMasters::defaults());
    QVERIFY(c.ok());
    const CostingResult r = costOk(c->spec);
    const QByteArray compactText = CostingJson::resultToJsonText(r);
    QCOMPARE(QJsonDocument::fromJson(compactText).object(), CostingJson::resultToJson(r));
    QVERIFY(compactText.startsWith("{\"sheet\":{\"lengthMm\":"));
    QVERIFY(compactText.endsWith(",\"totalValue\":29559}"));

    // Escapes decode to the same shade: "Golden \u004braft" is Golden Kraft with its premium.
    const QByteArray escaped = R"({"length": 300, "width": 200, "height": 150, "ply": 1, "flutes": "",
        "layers": [{"gsm": 180, "bf": 24, "shade": "Golden \u004braft", "rct": 1.8}], "quantity": 10,
        "masters": {"shadePremiums": {"Golden Kraft": 2.5}}})";
    auto unescaped = CostingJson::costText(escaped, CostingMasters::defaults());
    QVERIFY2(unescaped.ok(), qPrintable(unescaped.ok() ? QString() : unescaped.error().text()));
    const QJsonObject layer0 =
        QJsonDocument::fromJson(unescaped.value()).object().value(QStringLiteral("layers")).toArray().at(0).toObject();
    QCOMPARE(layer0.value(QStringLiteral("rate")).toDouble(), 38.5 + 2.5);

    auto empty = CostingJson::costText("  [ ]  ", CostingMasters::defaults());
    QVERIFY(empty.ok());
    QCOMPARE(empty.value(), QByteArray("[]\n"));
}

void TstCosting::textPathRefusesBadJson_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray("") << "input is not valid JSON: unexpected end of input at offset 0";
    QTest::newRow("unclosed object") << QByteArray("{")
                                     << "input is not valid JSON: expected a member name at offset 1";
    QTest::newRow("trailing comma") << QByteArray(R"({"length": 1,})")
                                    << "input is not valid JSON: expected a member name at offset 13";
    QTest::newRow("bad literal") << QByteArray("[tru]") << "input is not valid JSON: unexpected character at offset 1";
    QTest::newRow("bad escape") << QByteArray(R"({"a\x": 1})") << "input is not valid JSON: bad escape at offset 4";
    QTest::newRow("lone surrogate") << QByteArray(R"({"\udc00": 1})")
                                    << "input is not valid JSON: bad \\u escape at offset 8";
    QTest::newRow("leading zero") << QByteArray(R"({"length": 01})")
                                  << "input is not valid JSON: expected ',' or '}' at offset 12";
    QTest::newRow("bare dot") << QByteArray(R"({"length": 1.})")
                              << "input is not valid JSON: expected a digit at offset 13";
    QTest::newRow("huge number") << QByteArray(R"({"length": 1e999})")
                                 << "input is not valid JSON: number out of range at offset 11";
    QTest::newRow("garbage after") << QByteArray("[] x")
                                   << "input is not valid JSON: unexpected text after the JSON value at offset 3";
    // Elements are costed as they are read, so a bad element is reported before a later syntax error.
    QTest::newRow("bad element, then unterminated") << QByteArray("[{}") << "[0].length: is required";
    QTest::newRow("unterminated array") << QByteArray(R"([{"length": 1)")
                                        << "input is not valid JSON: expected ',' or '}' at offset 13";
    QTest::newRow("scalar") << QByteArray("42") << "input must be a JSON object or an array of objects";
    QTest::newRow("element not object") << QByteArray("[[]]") << "[0]: must be a JSON object with the box fields";
    QTest::newRow("deep nesting") << QByteArray(200, '[') << "input is not valid JSON: nested too deeply at offset 65";
    QTest::newRow("control character") << QByteArray("{\"a\tb\": 1}")
                                       << "input is not valid JSON: control character in a string at offset 3";
}

void TstCosting::textPathRefusesBadJson() {
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    auto out = CostingJson::costText(text, CostingMasters::defaults());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().text(), error);
}

void TstCosting::costingDoesNotAllocate() {
    std::vector<std::pair<BoxSpec, CostingMasters>> cases;
    for (const QJsonValue &c : golden().value(QStringLiteral("cases")).toArray()) {
        auto read =
            CostingJson::readCase(c.toObject().value(QStringLiteral("input")).toObject(), CostingMasters::defaults());
        QVERIFY(read.ok());
        cases.emplace_back(read->spec, read->hasOwnMasters ? read->masters : CostingMasters::defaults());
    }
    CostingResult result;
    CostingError error;
    double sum = 0;
    g_allocations = 0;
    g_counting = true;
    for (int round = 0; round < 1000; ++round) {
        for (const auto &[spec, masters] : cases) {
            const bool ok = computeCosting(spec, masters, result, error);
            sum += ok ? result.costPerBox : -1;
        }
    }
    g_counting = false;
    QCOMPARE(g_allocations.load(), 0L);
    QVERIFY(sum > 0);

    // The counter itself works: an error message is built on the heap.
    BoxSpec bad = cases.front().first;
    bad.layers[0].bf = 1234;
    g_counting = true;
    const bool ok = computeCosting(bad, CostingMasters::defaults(), result, error);
    g_counting = false;
    QVERIFY(!ok);
    QVERIFY(g_allocations.load() > 0);
}

QTEST_GUILESS_MAIN(TstCosting)
#include "tst_costing.moc"
