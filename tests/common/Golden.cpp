#include "Golden.h"

#include "services/CostingJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

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

costing::BoxSpec goldenSpec(int index, costing::CostingMasters *masters) {
    const QJsonObject golden = loadGolden(QStringLiteral("costing_cases.json"));
    const QJsonObject input =
        golden.value(QStringLiteral("cases")).toArray().at(index).toObject().value(QStringLiteral("input")).toObject();
    auto c = CostingJson::readCase(input, costing::CostingMasters::defaults());
    if (!c)
        qFatal("golden case %d: %s", index, qPrintable(c.error().text()));
    if (masters)
        *masters = c->hasOwnMasters ? c->masters : costing::CostingMasters::defaults();
    return c->spec;
}

bool closeEnough(double actual, double expected, double relative) {
    if (actual == expected)
        return true;
    return std::fabs(actual - expected) <= relative * std::max(std::fabs(expected), 1e-300);
}

void diffJson(const QJsonValue &actual, const QJsonValue &expected, const QString &path, QStringList &diffs) {
    if (expected.isObject()) {
        if (!actual.isObject()) {
            diffs << path + QStringLiteral(": not an object");
            return;
        }
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (const QString &key : e.keys()) {
            if (!a.contains(key))
                diffs << path + QLatin1Char('.') + key + QStringLiteral(": missing");
            else
                diffJson(a.value(key), e.value(key), path + QLatin1Char('.') + key, diffs);
        }
        for (const QString &key : a.keys()) {
            if (!e.contains(key))
                diffs << path + QLatin1Char('.') + key + QStringLiteral(": unexpected key");
        }
    } else if (expected.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (!actual.isArray() || a.size() != e.size()) {
            diffs << path + QStringLiteral(": array length differs");
            return;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            diffJson(a.at(i), e.at(i), path + QStringLiteral("[%1]").arg(i), diffs);
    } else if (expected.isDouble()) {
        const bool exact = path.endsWith(QLatin1String("ratePerBox")) || path.endsWith(QLatin1String("totalValue"));
        if (!actual.isDouble() || !closeEnough(actual.toDouble(), expected.toDouble(), exact ? 0.0 : 1e-9))
            diffs << QStringLiteral("%1: got %2, expected %3")
                         .arg(path, QString::number(actual.toDouble(), 'g', 17),
                              QString::number(expected.toDouble(), 'g', 17));
    } else if (actual != expected) {
        diffs << QStringLiteral("%1: got %2, expected %3")
                     .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)),
                          QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)));
    }
}

} // namespace bcp::test
