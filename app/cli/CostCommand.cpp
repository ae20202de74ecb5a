// boxcost cost [FILE|-] [--db URL]: COSTING.md §5. An object in gives an object out; an array gives an
// array in the same order, and one bad element fails the whole call so a script never gets partial prices.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "costing/CostingEngine.h"
#include "services/CostingJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bcp::cli {

namespace {

struct CostText {
    Q_DECLARE_TR_FUNCTIONS(CostCommand)
};

// Masters that cases without their own `masters` share: parsed and built once for the whole call.
Result<costing::CostingMasters> baseMasters(const Args &args) {
    if (!args.has(QStringLiteral("db")))
        return costing::CostingMasters::defaults();
    return Error::unavailable(CostText::tr("--db needs a database that holds costing masters"));
}

Result<QJsonObject> costOne(const QJsonValue &value, const costing::CostingMasters &base, const QString &path) {
    if (!value.isObject())
        return Error::invalid(path, CostText::tr("must be a JSON object with the box fields"));
    return CostingJson::cost(value.toObject(), base, path);
}

} // namespace

int runCost(const Args &args) {
    if (args.positional.size() > 1)
        return fail(CostText::tr("usage: boxcost cost [FILE|-] [--db URL]"));
    auto input = readInput(args.positional.value(0));
    if (!input)
        return fail(input.error());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(input.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(CostText::tr("input is not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));

    auto base = baseMasters(args);
    if (!base)
        return fail(base.error());

    if (doc.isObject()) {
        auto result = CostingJson::cost(doc.object(), base.value());
        if (!result)
            return fail(result.error());
        outJson(QJsonDocument(result.value()));
        return 0;
    }
    if (!doc.isArray())
        return fail(CostText::tr("input must be a JSON object or an array of objects"));
    const QJsonArray cases = doc.array();
    QJsonArray results;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        auto result = costOne(cases.at(i), base.value(), QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
        if (!result)
            return fail(result.error());
        results.append(result.value());
    }
    outJson(QJsonDocument(results));
    return 0;
}

} // namespace bcp::cli
