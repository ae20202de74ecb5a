// bench_costing: costings per second on one thread over the golden mix, and the wall time of
// `boxcost cost` on a 10,000-case array. Goals (COSTING.md issue): >= 10,000,000 costings/s, CLI < 0.5 s.

#include "Golden.h"
#include "costing/CostingEngine.h"
#include "services/CostingJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <utility>
#include <vector>

using namespace bcp;
using namespace bcp::costing;

namespace {

struct Case {
    BoxSpec spec;
    const CostingMasters *masters;
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Runs the whole mix `rounds` times and returns costings per second. The checksum depends on every
// result, so the optimiser cannot drop any costing.
// The CPU-time rate is reported too because these machines are shared: it shows what the engine does
// when it has a core to itself, while the wall-clock rate includes waiting for one.
struct Rate {
    double wall = 0;
    double cpu = 0;
};

Rate engineRate(const std::vector<Case> &cases, long rounds, double &checksum) {
    CostingResult result;
    CostingError error;
    const std::clock_t cpuStart = std::clock();
    const auto start = std::chrono::steady_clock::now();
    for (long round = 0; round < rounds; ++round) {
        for (const Case &c : cases) {
            if (computeCosting(c.spec, *c.masters, result, error))
                checksum += result.costPerBox + double(result.ratePerBoxPaise) + result.bctKgf;
        }
    }
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double costings = double(rounds) * double(cases.size());
    return {costings / seconds.count(), costings / cpuSeconds};
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QJsonArray golden =
        test::loadGolden(QStringLiteral("costing_cases.json")).value(QStringLiteral("cases")).toArray();

    // Specs and masters are prepared once, as the calculator and an import hold them.
    static const CostingMasters defaults = CostingMasters::defaults();
    std::vector<CostingMasters> own;
    own.reserve(std::size_t(golden.size()));
    std::vector<Case> cases;
    QJsonArray inputs;
    for (const QJsonValue &c : golden) {
        const QJsonObject input = c.toObject().value(QStringLiteral("input")).toObject();
        inputs.append(input);
        auto read = CostingJson::readCase(input, defaults);
        if (!read.ok()) {
            std::fprintf(stderr, "golden case refused: %s\n", qPrintable(read.error().text()));
            return 1;
        }
        if (read->hasOwnMasters)
            own.push_back(read->masters);
        cases.push_back({read->spec, read->hasOwnMasters ? &own.back() : &defaults});
    }

    // --rounds N shortens the runs (for profilers); the default gives a stable figure in a few seconds.
    const QStringList args = QCoreApplication::arguments();
    const qsizetype roundsAt = args.indexOf(QStringLiteral("--rounds"));
    const long rounds = roundsAt >= 0 ? args.value(roundsAt + 1).toLong() : 1000000L;
    if (rounds <= 0) {
        std::fprintf(stderr, "usage: bench_costing [--engine-only] [--rounds N]\n");
        return 2;
    }
    double checksum = 0;
    engineRate(cases, std::max(1L, rounds / 5), checksum); // warm-up
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < 7; ++run) {
        const Rate rate = engineRate(cases, rounds, checksum);
        wall.push_back(rate.wall);
        cpu.push_back(rate.cpu);
    }
    std::printf("engine: %zu-case golden mix, 7 runs of %ld costings, single thread\n", cases.size(),
                rounds * long(cases.size()));
    std::printf("engine: wall clock median %.2f M costings/s, best %.2f M costings/s (goal >= 10 M/s)\n",
                median(wall) / 1e6, *std::max_element(wall.begin(), wall.end()) / 1e6);
    std::printf("engine: CPU time   median %.2f M costings/s, best %.2f M costings/s\n", median(cpu) / 1e6,
                *std::max_element(cpu.begin(), cpu.end()) / 1e6);
    std::printf("engine: checksum %.6e\n", checksum);
    if (args.contains(QStringLiteral("--engine-only")))
        return 0;

    // The CLI on 10,000 cases: the golden mix repeated, as one array in a file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cases.json"));
    QJsonArray big;
    for (int i = 0; i < 10000; ++i)
        big.append(inputs.at(i % inputs.size()));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        f.write(QJsonDocument(big).toJson(QJsonDocument::Compact));
    }
    std::vector<double> walls;
    for (int run = 0; run < 5; ++run) {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(BOXCOST_CLI_PATH), {QStringLiteral("cost"), file});
        p.waitForFinished(120000);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const QByteArray out = p.readAllStandardOutput();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 ||
            QJsonDocument::fromJson(out).array().size() != 10000) {
            std::fprintf(stderr, "boxcost cost failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        walls.push_back(seconds);
    }
    std::printf("cli: boxcost cost on 10,000 cases (%.1f MB in): median %.3f s, best %.3f s (goal < 0.5 s)\n",
                double(QFileInfo(file).size()) / 1e6, median(walls), *std::min_element(walls.begin(), walls.end()));
    return 0;
}
