#pragma once
// The worked cases from the specification (tests/golden/*.json, copies of shared/golden).

#include "costing/BoxSpec.h"

#include <QJsonObject>
#include <QString>

namespace bcp::test {

// Parses tests/golden/NAME; aborts the test run if the file is missing or malformed.
QJsonObject loadGolden(const QString &name);

// The box of costing_cases.json case `index`, read with the default masters; aborts the test run if it is bad.
costing::BoxSpec goldenSpec(int index);

} // namespace bcp::test
