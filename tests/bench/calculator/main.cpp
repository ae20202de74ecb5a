// bench_calculator: how long the box calculator takes to follow one change of a dimension (inputs read,
// engine run, every result label and layer cell rewritten), in milliseconds. Goal: under 5 ms.
//
//   bench_calculator                     print the figures (offscreen unless QT_QPA_PLATFORM says otherwise)
//   bench_calculator --show calculator   show the calculator with golden case N (--case N, default 0) to look at
//   bench_calculator --show masters      show the Masters pane on the default masters

#include "Golden.h"

#include "calculator/BoxCalculatorWidget.h"
#include "masters/MastersPane.h"
#include "masters/MastersStore.h"
#include "services/CostingJson.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>

using namespace bcp;

namespace {

class DefaultsStore : public ui::MastersStore {
public:
    costing::CostingMasters masters = costing::CostingMasters::defaults();
    Result<costing::CostingMasters> load() override { return masters; }
    Result<void> save(const costing::CostingMasters &m) override {
        masters = m;
        return {};
    }
};

CostingJson::Case goldenCase(int index) {
    const QJsonArray cases =
        test::loadGolden(QStringLiteral("costing_cases.json")).value(QStringLiteral("cases")).toArray();
    const QJsonObject input = cases.at(index).toObject().value(QStringLiteral("input")).toObject();
    Result<CostingJson::Case> c = CostingJson::readCase(input, costing::CostingMasters::defaults());
    if (!c) {
        std::fprintf(stderr, "golden case %d: %s\n", index, qPrintable(c.error().text()));
        std::exit(2);
    }
    CostingJson::Case out = c.value();
    if (!out.hasOwnMasters)
        out.masters = costing::CostingMasters::defaults();
    return out;
}

struct Timing {
    double wallMs = 0; // per change
    double cpuMs = 0;  // per change; the fairer figure when other builds share the cores
};

// Times `rounds` runs of `step`. CPU time is the process's own, so waiting for a busy core does not count.
template <class Step> Timing timeSteps(int rounds, Step step) {
    QElapsedTimer wall;
    const std::clock_t cpu = std::clock();
    wall.start();
    for (int i = 0; i < rounds; ++i)
        step(i);
    Timing t;
    t.wallMs = double(wall.nsecsElapsed()) / 1e6 / rounds;
    t.cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC / rounds;
    return t;
}

} // namespace

int main(int argc, char **argv) {
    const char *show = nullptr;
    int caseIndex = 0;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--show") && i + 1 < argc)
            show = argv[++i];
        else if (!std::strcmp(argv[i], "--case") && i + 1 < argc)
            caseIndex = std::atoi(argv[++i]);
    }
    if (!show && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    if (show && !std::strcmp(show, "masters")) {
        ui::MastersPane pane(std::make_unique<DefaultsStore>(), true);
        pane.resize(1500, 900);
        pane.show();
        return QApplication::exec();
    }

    const CostingJson::Case golden = goldenCase(caseIndex);
    ui::BoxCalculatorWidget calc(golden.masters);
    calc.setSpec(golden.spec);
    calc.resize(1500, 940);
    calc.show();
    if (show)
        return QApplication::exec();
    if (!QTest::qWaitForWindowExposed(&calc)) {
        std::fprintf(stderr, "the calculator window was not shown\n");
        return 2;
    }
    auto *length = calc.findChild<QLineEdit *>(QStringLiteral("length"));
    const QString lengths[] = {QStringLiteral("300"), QStringLiteral("301.5")};
    auto change = [&](int i) { length->setText(lengths[i % 2]); };
    auto changeAndPaint = [&](int i) {
        change(i);
        QCoreApplication::processEvents();
    };
    // A real keystroke: type a digit, then take it back, each followed by layout and paint.
    auto keystroke = [&](int i) {
        QTest::keyClick(length, i % 2 ? Qt::Key_Backspace : Qt::Key_5);
        QCoreApplication::processEvents();
    };

    timeSteps(200, changeAndPaint); // warm caches, fonts and layouts
    const Timing recalc = timeSteps(5000, change);
    const Timing painted = timeSteps(500, changeAndPaint);
    length->setText(QStringLiteral("300"));
    length->setFocus();
    length->end(false);
    const Timing typed = timeSteps(500, keystroke);
    if (!calc.hasResult()) {
        std::fprintf(stderr, "the calculator refused the box: %s\n", calc.error().text().c_str());
        return 2;
    }

    std::printf("box calculator, golden case %d, %d-ply; goal < 5 ms per change\n", caseIndex, golden.spec.ply);
    std::printf("                                                          wall ms    CPU ms\n");
    std::printf("  recalculation (inputs read, engine run, results shown)  %7.3f   %7.3f\n", recalc.wallMs,
                recalc.cpuMs);
    std::printf("  change followed by layout and repaint                   %7.3f   %7.3f\n", painted.wallMs,
                painted.cpuMs);
    std::printf("  typed keystroke followed by layout and repaint          %7.3f   %7.3f\n", typed.wallMs, typed.cpuMs);
    return 0;
}
