#pragma once
// The worked cases from the specification (tests/golden/*.json, copies of shared/golden).

#include "costing/BoxSpec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QJsonValue;

namespace bcp::costing {
struct CostingMasters;
} // namespace bcp::costing

namespace bcp::test {

// Parses tests/golden/NAME; aborts the test run if the file is missing or malformed.
QJsonObject loadGolden(const QString &name);

// The box of costing_cases.json case `index`, read with the default masters; aborts the test run if it is bad.
// `masters`, when given, receives the masters the case brings, or the defaults when it brings none.
costing::BoxSpec goldenSpec(int index, costing::CostingMasters *masters = nullptr);

// Whether `actual` is `expected` to within `relative` of it (0: exactly).
bool closeEnough(double actual, double expected, double relative);

// Appends to `diffs` every difference between two JSON values, each named by its path below `path`: same keys,
// same array lengths, numbers to a relative 1e-9 (ratePerBox and totalValue exactly), everything else equal.
void diffJson(const QJsonValue &actual, const QJsonValue &expected, const QString &path, QStringList &diffs);

} // namespace bcp::test
