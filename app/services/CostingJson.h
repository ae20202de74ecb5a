#pragma once
// The JSON form of costing (COSTING.md §5): box specs and master overrides in, results out. Used by
// `boxcost cost`, quote import/export and saved quote snapshots. Every error names the JSON path of the bad
// value behind a caller-given prefix (`[3]`, `items[1].costing`), so one message locates it in a batch.

#include "Result.h"
#include "costing/BoxSpec.h"
#include "costing/CostingMasters.h"
#include "costing/CostingResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace bcp {

class CostingJson {
    Q_DECLARE_TR_FUNCTIONS(CostingJson)

public:
    // A box spec with the §1 fields. A `masters` key is not part of the spec: readCase handles it.
    static Result<costing::BoxSpec> readSpec(const QJsonObject &json, const QString &path = {});

    // Merges §5 master overrides into `masters` one level deep (a given BF, shade, flute, ply or GSM-rule
    // field replaces that entry only) and checks the result with the Masters rules. `path` is the path of
    // the overrides object itself (e.g. `[2].masters`). On error `masters` is left unchanged.
    static Result<void> mergeMasters(const QJsonObject &json, costing::CostingMasters &masters,
                                     const QString &path = {});

    // A spec and, when the object has `masters`, `base` with those overrides merged in.
    struct Case {
        costing::BoxSpec spec;
        bool hasOwnMasters = false;
        costing::CostingMasters masters; // filled only when hasOwnMasters
    };
    static Result<Case> readCase(const QJsonObject &json, const costing::CostingMasters &base,
                                 const QString &path = {});

    // Reads the case, runs the engine and returns the §5 output object.
    static Result<QJsonObject> cost(const QJsonObject &json, const costing::CostingMasters &base,
                                    const QString &path = {});

    // The whole `boxcost cost` call on JSON text: an object gives an object, an array an array in the same
    // order, as compact JSON text. The first bad element fails the call, its index leading the error path.
    // Reads the text directly (no QJsonDocument), so ten thousand cases take a fraction of a second.
    static Result<QByteArray> costText(const QByteArray &json, const costing::CostingMasters &base);

    // Exactly the §5 output keys.
    static QJsonObject resultToJson(const costing::CostingResult &result);
    // The same object as compact JSON text, keys in the §5 order.
    static QByteArray resultToJsonText(const costing::CostingResult &result);

    // The spec in the §1 form readSpec accepts (optional values left out when absent).
    static QJsonObject specToJson(const costing::BoxSpec &spec);
    // Every master value in the §5 override form plus gstPercent and roundOff: a complete snapshot.
    static QJsonObject mastersToJson(const costing::CostingMasters &masters);
    // A complete snapshot written by mastersToJson; every key must be there.
    static Result<costing::CostingMasters> readMasters(const QJsonObject &json, const QString &path = {});

    // `prefix` + `field` as one path: "[3]" + "layers[0].bf" → "[3].layers[0].bf".
    static QString joinPath(const QString &prefix, const QString &field);
};

} // namespace bcp
