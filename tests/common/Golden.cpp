#include "Golden.h"

#include "services/CostingJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace bcp::test {

QJsonObject loadGolden(const QString &name) {
    QFile f(QStringLiteral(BOXCOST_GOLDEN_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read golden file %s", qPrintable(f.fileName()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        qFatal("golden file %s: %s", qPrintable(f.fileName()), qPrintable(error.errorString()));
    return doc.object();
}

costing::BoxSpec goldenSpec(int index) {
    const QJsonObject golden = loadGolden(QStringLiteral("costing_cases.json"));
    const QJsonObject input =
        golden.value(QStringLiteral("cases")).toArray().at(index).toObject().value(QStringLiteral("input")).toObject();
    auto c = CostingJson::readCase(input, costing::CostingMasters::defaults());
    if (!c)
        qFatal("golden case %d: %s", index, qPrintable(c.error().text()));
    return c->spec;
}

} // namespace bcp::test
