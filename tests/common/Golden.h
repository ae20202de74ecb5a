#pragma once
// The worked cases from the specification (tests/golden/*.json, copies of shared/golden).

#include <QJsonObject>
#include <QString>

namespace bcp::test {

// Parses tests/golden/NAME; aborts the test run if the file is missing or malformed.
QJsonObject loadGolden(const QString &name);

} // namespace bcp::test
