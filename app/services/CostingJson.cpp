#include "services/CostingJson.h"

#include "costing/CostingEngine.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace bcp {

using costing::BoxSpec;
using costing::CostingMasters;
using costing::LayerSpec;

namespace {

// Collects the first error while a JSON object is read; every path is relative to the reader's prefix.
class Reader {
public:
    explicit Reader(const QString &prefix) : m_prefix(prefix) {}

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    bool fail(const QString &field, const QString &message) {
        if (!m_error)
            m_error = Error::invalid(CostingJson::joinPath(m_prefix, field), message);
        return false;
    }
    bool unknownKey(const QString &field) { return fail(field, CostingJson::tr("unknown key")); }
    bool missing(const QString &field) { return fail(field, CostingJson::tr("is required")); }

    bool number(const QJsonValue &v, const QString &field, double &out) {
        if (!v.isDouble())
            return fail(field, CostingJson::tr("must be a number"));
        out = v.toDouble();
        return true;
    }
    bool optionalNumber(const QJsonValue &v, const QString &field, std::optional<double> &out) {
        if (v.isNull()) {
            out.reset();
            return true;
        }
        double d = 0;
        if (!number(v, field, d))
            return false;
        out = d;
        return true;
    }
    // JSON has one number type; counts must still be whole.
    bool integer(const QJsonValue &v, const QString &field, qint64 &out) {
        double d = 0;
        if (!number(v, field, d))
            return false;
        constexpr double kLimit = 9007199254740992.0; // 2^53: beyond it a double no longer holds every integer
        if (d != std::floor(d) || std::fabs(d) > kLimit)
            return fail(field, CostingJson::tr("must be a whole number"));
        out = qint64(d);
        return true;
    }
    bool smallInteger(const QJsonValue &v, const QString &field, int &out) {
        qint64 i = 0;
        if (!integer(v, field, i))
            return false;
        if (i < -1000000 || i > 1000000)
            return fail(field, CostingJson::tr("is out of range"));
        out = int(i);
        return true;
    }
    bool string(const QJsonValue &v, const QString &field, QString &out) {
        if (!v.isString())
            return fail(field, CostingJson::tr("must be a string"));
        out = v.toString();
        return true;
    }
    bool object(const QJsonValue &v, const QString &field, QJsonObject &out) {
        if (!v.isObject())
            return fail(field, CostingJson::tr("must be an object"));
        out = v.toObject();
        return true;
    }

private:
    QString m_prefix;
    std::optional<Error> m_error;
};

QString child(const QString &parent, const QString &key) {
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexed(const QString &parent, qsizetype index) {
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool readLayer(Reader &r, const QJsonValue &value, const QString &field, LayerSpec &layer, bool store) {
    QJsonObject o;
    if (!r.object(value, field, o))
        return false;
    LayerSpec l;
    bool hasGsm = false, hasBf = false, hasShade = false;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QString f = child(field, key);
        if (key == QLatin1String("gsm")) {
            if (!r.number(it.value(), f, l.gsm))
                return false;
            hasGsm = true;
        } else if (key == QLatin1String("bf")) {
            if (!r.number(it.value(), f, l.bf))
                return false;
            hasBf = true;
        } else if (key == QLatin1String("shade")) {
            QString shade;
            if (!r.string(it.value(), f, shade))
                return false;
            l.shade = shade.toStdString();
            hasShade = true;
        } else if (key == QLatin1String("rct")) {
            if (!r.number(it.value(), f, l.rct))
                return false;
        } else if (key == QLatin1String("rate")) {
            if (!r.optionalNumber(it.value(), f, l.rate))
                return false;
        } else {
            return r.unknownKey(f);
        }
    }
    if (!hasGsm)
        return r.missing(child(field, QStringLiteral("gsm")));
    if (!hasBf)
        return r.missing(child(field, QStringLiteral("bf")));
    if (!hasShade)
        return r.missing(child(field, QStringLiteral("shade")));
    if (store)
        layer = std::move(l);
    return true;
}

bool readPrinting(Reader &r, const QJsonValue &value, BoxSpec &spec) {
    const QString field = QStringLiteral("printing");
    if (value.isNull()) {
        spec.printing.reset();
        return true;
    }
    QJsonObject o;
    if (!r.object(value, field, o))
        return false;
    costing::PrintingSpec p;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QString f = child(field, key);
        bool ok = true;
        if (key == QLatin1String("costPerPrint")) {
            ok = r.number(it.value(), f, p.costPerPrint);
        } else if (key == QLatin1String("plateCost")) {
            ok = r.number(it.value(), f, p.plateCost);
        } else if (key == QLatin1String("moq")) {
            qint64 moq = 0;
            ok = r.integer(it.value(), f, moq);
            p.moq = moq;
        } else if (key == QLatin1String("colors")) {
            ok = r.smallInteger(it.value(), f, p.colors);
        } else if (key == QLatin1String("type")) {
            QString type;
            ok = r.string(it.value(), f, type);
            p.type = type.toStdString();
        } else {
            return r.unknownKey(f);
        }
        if (!ok)
            return false;
    }
    spec.printing = std::move(p);
    return true;
}

bool readLamination(Reader &r, const QJsonValue &value, BoxSpec &spec) {
    const QString field = QStringLiteral("lamination");
    if (value.isNull()) {
        spec.lamination.reset();
        return true;
    }
    QJsonObject o;
    if (!r.object(value, field, o))
        return false;
    costing::LaminationSpec l;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QString f = child(field, key);
        bool ok = true;
        if (key == QLatin1String("ratePer100SqIn"))
            ok = r.number(it.value(), f, l.ratePer100SqIn);
        else if (key == QLatin1String("lengthIn"))
            ok = r.optionalNumber(it.value(), f, l.lengthIn);
        else if (key == QLatin1String("widthIn"))
            ok = r.optionalNumber(it.value(), f, l.widthIn);
        else
            return r.unknownKey(f);
        if (!ok)
            return false;
    }
    spec.lamination = l;
    return true;
}

bool readSpecInto(Reader &r, const QJsonObject &o, BoxSpec &spec, QJsonObject *masters) {
    bool hasLength = false, hasWidth = false, hasHeight = false, hasPly = false, hasFlutes = false,
         hasLayers = false, hasQuantity = false;
    QJsonArray layers;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (key == QLatin1String("style")) {
            QString s;
            ok = r.string(v, key, s);
            if (ok && !costing::parseStyle(s.toStdString(), spec.style))
                return r.fail(key, CostingJson::tr("unknown style '%1'; use 0201, 0200, 0203, 0204 or sheet").arg(s));
        } else if (key == QLatin1String("unit")) {
            QString s;
            ok = r.string(v, key, s);
            if (ok && !costing::parseUnit(s.toStdString(), spec.unit))
                return r.fail(key, CostingJson::tr("unknown unit '%1'; use mm or in").arg(s));
        } else if (key == QLatin1String("measuredOn")) {
            QString s;
            ok = r.string(v, key, s);
            if (ok && !costing::parseMeasuredOn(s.toStdString(), spec.measuredOn))
                return r.fail(key, CostingJson::tr("unknown value '%1'; use ID or OD").arg(s));
        } else if (key == QLatin1String("length")) {
            ok = r.number(v, key, spec.length);
            hasLength = true;
        } else if (key == QLatin1String("width")) {
            ok = r.number(v, key, spec.width);
            hasWidth = true;
        } else if (key == QLatin1String("height")) {
            ok = r.number(v, key, spec.height);
            hasHeight = true;
        } else if (key == QLatin1String("ply")) {
            ok = r.smallInteger(v, key, spec.ply);
            hasPly = true;
        } else if (key == QLatin1String("flutes")) {
            QString s;
            ok = r.string(v, key, s);
            spec.flutes = s.toStdString();
            hasFlutes = true;
        } else if (key == QLatin1String("layers")) {
            if (!v.isArray())
                return r.fail(key, CostingJson::tr("must be an array"));
            layers = v.toArray();
            hasLayers = true;
        } else if (key == QLatin1String("quantity")) {
            qint64 q = 0;
            ok = r.integer(v, key, q);
            spec.quantity = q;
            hasQuantity = true;
        } else if (key == QLatin1String("glueFlapMm")) {
            ok = r.optionalNumber(v, key, spec.glueFlapMm);
        } else if (key == QLatin1String("deckleMm")) {
            ok = r.optionalNumber(v, key, spec.deckleMm);
        } else if (key == QLatin1String("maxLengthMm")) {
            ok = r.optionalNumber(v, key, spec.maxLengthMm);
        } else if (key == QLatin1String("sheetAllowanceMm")) {
            ok = r.optionalNumber(v, key, spec.sheetAllowanceMm);
        } else if (key == QLatin1String("conversionPerKg")) {
            ok = r.optionalNumber(v, key, spec.conversionPerKg);
        } else if (key == QLatin1String("markupPercent")) {
            ok = r.optionalNumber(v, key, spec.markupPercent);
        } else if (key == QLatin1String("printing")) {
            ok = readPrinting(r, v, spec);
        } else if (key == QLatin1String("lamination")) {
            ok = readLamination(r, v, spec);
        } else if (key == QLatin1String("varnishPerBox")) {
            ok = r.number(v, key, spec.varnishPerBox);
        } else if (key == QLatin1String("dieCost")) {
            ok = r.number(v, key, spec.dieCost);
        } else if (key == QLatin1String("punchingPerBox")) {
            ok = r.number(v, key, spec.punchingPerBox);
        } else if (masters && key == QLatin1String("masters")) {
            if (!v.isNull())
                ok = r.object(v, key, *masters);
        } else {
            return r.unknownKey(key);
        }
        if (!ok)
            return false;
    }
    if (!hasLength)
        return r.missing(QStringLiteral("length"));
    if (!hasWidth)
        return r.missing(QStringLiteral("width"));
    if (!hasHeight && spec.style != costing::Style::Sheet)
        return r.missing(QStringLiteral("height"));
    if (!hasPly)
        return r.missing(QStringLiteral("ply"));
    if (!hasFlutes)
        return r.missing(QStringLiteral("flutes"));
    if (!hasLayers)
        return r.missing(QStringLiteral("layers"));
    if (!hasQuantity)
        return r.missing(QStringLiteral("quantity"));
    // More layers than the engine holds are still checked, then counted, so the engine reports the mismatch.
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const bool store = i < costing::kMaxLayers;
        LayerSpec unused;
        if (!readLayer(r, layers.at(i), indexed(QStringLiteral("layers"), i),
                       store ? spec.layers[std::size_t(i)] : unused, store))
            return false;
    }
    spec.layerCount = int(std::min<qsizetype>(layers.size(), 1000));
    return true;
}

bool keyToPly(const QString &key, std::size_t &index) {
    static const char *const plies[] = {"1", "3", "5", "7", "9"};
    for (std::size_t i = 0; i < 5; ++i) {
        if (key == QLatin1String(plies[i])) {
            index = i;
            return true;
        }
    }
    return false;
}

bool readPlyTable(Reader &r, const QJsonValue &value, const QString &field, costing::PlyTable &table,
                  bool complete) {
    QJsonObject o;
    if (!r.object(value, field, o))
        return false;
    bool seen[5] = {};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString f = child(field, it.key());
        std::size_t index = 0;
        if (!keyToPly(it.key(), index))
            return r.fail(f, CostingJson::tr("not a ply; use 1, 3, 5, 7 or 9"));
        if (!r.number(it.value(), f, table[index]))
            return false;
        seen[index] = true;
    }
    if (complete) {
        static const char *const plies[] = {"1", "3", "5", "7", "9"};
        for (std::size_t i = 0; i < 5; ++i) {
            if (!seen[i])
                return r.missing(child(field, QLatin1String(plies[i])));
        }
    }
    return true;
}

// Applies the overrides in `o` to `m`; with `complete` every key of the snapshot form must be present.
bool readMastersInto(Reader &r, const QJsonObject &o, const QString &path, CostingMasters &m, bool complete) {
    static const char *const requiredKeys[] = {
        "bfPrices",  "shadePremiums", "gsmRules",    "flutes",           "plyThicknessMm",  "glueFlapMm", "deckleMm",
        "extraFlapMm", "maxLengthMm", "sheetAllowanceMm", "conversionPerKg", "markupPercent", "gstPercent", "roundOff"};
    if (complete) {
        for (const char *key : requiredKeys) {
            if (!o.contains(QLatin1String(key)))
                return r.missing(child(path, QLatin1String(key)));
        }
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QString field = child(path, key);
        const QJsonValue v = it.value();
        QJsonObject entries;
        if (key == QLatin1String("bfPrices")) {
            if (!r.object(v, field, entries))
                return false;
            for (auto e = entries.constBegin(); e != entries.constEnd(); ++e) {
                const QString f = child(field, e.key());
                bool isNumber = false;
                const double bf = e.key().toDouble(&isNumber);
                if (!isNumber || !(bf > 0) || !std::isfinite(bf))
                    return r.fail(f, CostingJson::tr("the key must be a BF number greater than 0"));
                double price = 0;
                if (!r.number(e.value(), f, price))
                    return false;
                m.setBfPrice(bf, price);
            }
        } else if (key == QLatin1String("shadePremiums")) {
            if (!r.object(v, field, entries))
                return false;
            for (auto e = entries.constBegin(); e != entries.constEnd(); ++e) {
                const QString f = child(field, e.key());
                if (e.key().trimmed().isEmpty())
                    return r.fail(f, CostingJson::tr("a shade needs a name"));
                double premium = 0;
                if (!r.number(e.value(), f, premium))
                    return false;
                m.setShadePremium(e.key().toStdString(), premium);
            }
        } else if (key == QLatin1String("gsmRules")) {
            if (!r.object(v, field, entries))
                return false;
            struct Rule {
                const char *name;
                double *value;
            };
            const Rule rules[] = {{"lowLimit", &m.gsmRules.lowLimit},
                                  {"lowAdj", &m.gsmRules.lowAdj},
                                  {"highLimit", &m.gsmRules.highLimit},
                                  {"highAdj", &m.gsmRules.highAdj},
                                  {"market", &m.gsmRules.market}};
            for (auto e = entries.constBegin(); e != entries.constEnd(); ++e) {
                const QString f = child(field, e.key());
                const Rule *rule = nullptr;
                for (const Rule &candidate : rules) {
                    if (e.key() == QLatin1String(candidate.name))
                        rule = &candidate;
                }
                if (!rule)
                    return r.unknownKey(f);
                if (!r.number(e.value(), f, *rule->value))
                    return false;
            }
            if (complete) {
                for (const Rule &rule : rules) {
                    if (!entries.contains(QLatin1String(rule.name)))
                        return r.missing(child(field, QLatin1String(rule.name)));
                }
            }
        } else if (key == QLatin1String("flutes")) {
            if (!r.object(v, field, entries))
                return false;
            for (auto e = entries.constBegin(); e != entries.constEnd(); ++e) {
                const QString f = child(field, e.key());
                const QString letter = e.key();
                if (letter.size() != 1 || letter.at(0) < QLatin1Char('A') || letter.at(0) > QLatin1Char('Z'))
                    return r.fail(f, CostingJson::tr("a flute is named by one capital letter A-Z"));
                QJsonObject flute;
                if (!r.object(e.value(), f, flute))
                    return false;
                double factor = 0, height = 0;
                bool hasFactor = false, hasHeight = false;
                for (auto p = flute.constBegin(); p != flute.constEnd(); ++p) {
                    const QString pf = child(f, p.key());
                    if (p.key() == QLatin1String("factor")) {
                        if (!r.number(p.value(), pf, factor))
                            return false;
                        hasFactor = true;
                    } else if (p.key() == QLatin1String("heightMm")) {
                        if (!r.number(p.value(), pf, height))
                            return false;
                        hasHeight = true;
                    } else {
                        return r.unknownKey(pf);
                    }
                }
                if (!hasFactor)
                    return r.missing(child(f, QStringLiteral("factor")));
                if (!hasHeight)
                    return r.missing(child(f, QStringLiteral("heightMm")));
                m.setFlute(char(letter.at(0).unicode()), factor, height);
            }
        } else if (key == QLatin1String("plyThicknessMm")) {
            if (!readPlyTable(r, v, field, m.plyThicknessMm, complete))
                return false;
        } else if (key == QLatin1String("glueFlapMm")) {
            if (!readPlyTable(r, v, field, m.glueFlapMm, complete))
                return false;
        } else if (key == QLatin1String("deckleMm")) {
            if (!readPlyTable(r, v, field, m.deckleMm, complete))
                return false;
        } else if (key == QLatin1String("extraFlapMm")) {
            if (!readPlyTable(r, v, field, m.extraFlapMm, complete))
                return false;
        } else if (key == QLatin1String("maxLengthMm")) {
            if (!r.number(v, field, m.maxLengthMm))
                return false;
        } else if (key == QLatin1String("sheetAllowanceMm")) {
            if (!r.number(v, field, m.sheetAllowanceMm))
                return false;
        } else if (key == QLatin1String("conversionPerKg")) {
            if (!r.number(v, field, m.conversionPerKg))
                return false;
        } else if (key == QLatin1String("markupPercent")) {
            if (!r.number(v, field, m.markupPercent))
                return false;
        } else if (key == QLatin1String("gstPercent")) {
            if (!r.number(v, field, m.gstPercent))
                return false;
        } else if (key == QLatin1String("roundOff")) {
            if (!v.isBool())
                return r.fail(field, CostingJson::tr("must be true or false"));
            m.roundOff = v.toBool();
        } else {
            return r.unknownKey(field);
        }
    }
    const costing::CostingError invalid = costing::validateMasters(m);
    if (invalid.isError())
        return r.fail(child(path, QString::fromStdString(invalid.field)), QString::fromStdString(invalid.message));
    return true;
}

Error engineError(const costing::CostingError &e, const QString &path) {
    return Error::invalid(CostingJson::joinPath(path, QString::fromStdString(e.field)),
                          QString::fromStdString(e.message));
}

QString bfKey(double bf) {
    return QString::number(bf, 'g', 15);
}

const char *const kPlyKeys[] = {"1", "3", "5", "7", "9"};

QJsonObject plyTableToJson(const costing::PlyTable &table) {
    QJsonObject o;
    for (std::size_t i = 0; i < table.size(); ++i)
        o.insert(QLatin1String(kPlyKeys[i]), table[i]);
    return o;
}

} // namespace

QString CostingJson::joinPath(const QString &prefix, const QString &field) {
    if (prefix.isEmpty())
        return field;
    if (field.isEmpty())
        return prefix;
    if (field.startsWith(QLatin1Char('[')))
        return prefix + field;
    return prefix + QLatin1Char('.') + field;
}

Result<BoxSpec> CostingJson::readSpec(const QJsonObject &json, const QString &path) {
    Reader r(path);
    BoxSpec spec;
    if (!readSpecInto(r, json, spec, nullptr))
        return r.error();
    return spec;
}

Result<void> CostingJson::mergeMasters(const QJsonObject &json, CostingMasters &masters, const QString &path) {
    // The path of the overrides object is the reader prefix; inner fields are relative to it.
    Reader r(path);
    CostingMasters merged = masters;
    if (!readMastersInto(r, json, QString(), merged, false))
        return r.error();
    masters = std::move(merged);
    return {};
}

Result<CostingMasters> CostingJson::readMasters(const QJsonObject &json, const QString &path) {
    Reader r(path);
    CostingMasters m;
    if (!readMastersInto(r, json, QString(), m, true))
        return r.error();
    return m;
}

Result<CostingJson::Case> CostingJson::readCase(const QJsonObject &json, const CostingMasters &base,
                                                const QString &path) {
    Reader r(path);
    Case c;
    QJsonObject overrides;
    if (!readSpecInto(r, json, c.spec, &overrides))
        return r.error();
    if (json.contains(QLatin1String("masters")) && !json.value(QLatin1String("masters")).isNull()) {
        c.hasOwnMasters = true;
        c.masters = base;
        Reader mr(joinPath(path, QStringLiteral("masters")));
        if (!readMastersInto(mr, overrides, QString(), c.masters, false))
            return mr.error();
    }
    return c;
}

Result<QJsonObject> CostingJson::cost(const QJsonObject &json, const CostingMasters &base, const QString &path) {
    auto c = readCase(json, base, path);
    if (!c)
        return c.error();
    const costing::CostingOutcome outcome =
        costing::computeCosting(c->spec, c->hasOwnMasters ? c->masters : base);
    if (!outcome.ok())
        return engineError(outcome.error, path);
    return resultToJson(outcome.result);
}

QJsonObject CostingJson::resultToJson(const costing::CostingResult &r) {
    QJsonArray layers;
    for (int i = 0; i < r.layerCount; ++i) {
        const costing::LayerResult &l = r.layers[std::size_t(i)];
        const bool flute = l.kind == costing::LayerKind::Flute;
        layers.append(QJsonObject{
            {QStringLiteral("kind"), flute ? QStringLiteral("flute") : QStringLiteral("liner")},
            {QStringLiteral("flute"), flute ? QJsonValue(QString(QLatin1Char(l.flute))) : QJsonValue()},
            {QStringLiteral("factor"), l.factor},
            {QStringLiteral("rate"), l.rate},
            {QStringLiteral("rateSource"),
             l.rateSource == costing::RateSource::Manual ? QStringLiteral("manual") : QStringLiteral("master")},
            {QStringLiteral("weightKg"), l.weightKg},
            {QStringLiteral("cost"), l.cost},
        });
    }
    const costing::CostBreakdown &c = r.costs;
    return QJsonObject{
        {QStringLiteral("sheet"), QJsonObject{{QStringLiteral("lengthMm"), r.sheet.lengthMm},
                                              {QStringLiteral("widthMm"), r.sheet.widthMm},
                                              {QStringLiteral("extraFlap"), r.sheet.extraFlap}}},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("weightKg"), r.weightKg},
        {QStringLiteral("burstStrength"), r.burstStrength},
        {QStringLiteral("boardThicknessMm"), r.boardThicknessMm},
        {QStringLiteral("perimeterMm"), r.perimeterMm},
        {QStringLiteral("ectKnPerM"), r.ectKnPerM},
        {QStringLiteral("bctN"), r.bctN},
        {QStringLiteral("bctKgf"), r.bctKgf},
        {QStringLiteral("costs"), QJsonObject{{QStringLiteral("paper"), c.paper},
                                              {QStringLiteral("printing"), c.printing},
                                              {QStringLiteral("lamination"), c.lamination},
                                              {QStringLiteral("varnish"), c.varnish},
                                              {QStringLiteral("die"), c.die},
                                              {QStringLiteral("punching"), c.punching},
                                              {QStringLiteral("markup"), c.markup},
                                              {QStringLiteral("conversion"), c.conversion}}},
        {QStringLiteral("costPerBox"), r.costPerBox},
        {QStringLiteral("ratePerBox"), r.ratePerBox},
        {QStringLiteral("totalValue"), r.totalValue},
    };
}

QJsonObject CostingJson::specToJson(const BoxSpec &s) {
    QJsonObject o{
        {QStringLiteral("style"), QLatin1String(costing::styleCode(s.style))},
        {QStringLiteral("unit"), QLatin1String(costing::unitCode(s.unit))},
        {QStringLiteral("measuredOn"), QLatin1String(costing::measuredOnCode(s.measuredOn))},
        {QStringLiteral("length"), s.length},
        {QStringLiteral("width"), s.width},
        {QStringLiteral("height"), s.height},
        {QStringLiteral("ply"), s.ply},
        {QStringLiteral("flutes"), QString::fromStdString(s.flutes)},
        {QStringLiteral("quantity"), double(s.quantity)},
        {QStringLiteral("varnishPerBox"), s.varnishPerBox},
        {QStringLiteral("dieCost"), s.dieCost},
        {QStringLiteral("punchingPerBox"), s.punchingPerBox},
    };
    QJsonArray layers;
    for (int i = 0; i < std::min(s.layerCount, costing::kMaxLayers); ++i) {
        const LayerSpec &l = s.layers[std::size_t(i)];
        QJsonObject layer{{QStringLiteral("gsm"), l.gsm},
                          {QStringLiteral("bf"), l.bf},
                          {QStringLiteral("shade"), QString::fromStdString(l.shade)},
                          {QStringLiteral("rct"), l.rct}};
        if (l.rate)
            layer.insert(QStringLiteral("rate"), *l.rate);
        layers.append(layer);
    }
    o.insert(QStringLiteral("layers"), layers);
    const std::pair<const char *, const std::optional<double> *> overrides[] = {
        {"glueFlapMm", &s.glueFlapMm},           {"deckleMm", &s.deckleMm},
        {"maxLengthMm", &s.maxLengthMm},         {"sheetAllowanceMm", &s.sheetAllowanceMm},
        {"conversionPerKg", &s.conversionPerKg}, {"markupPercent", &s.markupPercent}};
    for (const auto &[name, value] : overrides) {
        if (*value)
            o.insert(QLatin1String(name), **value);
    }
    if (s.printing) {
        o.insert(QStringLiteral("printing"),
                 QJsonObject{{QStringLiteral("costPerPrint"), s.printing->costPerPrint},
                             {QStringLiteral("plateCost"), s.printing->plateCost},
                             {QStringLiteral("moq"), double(s.printing->moq)},
                             {QStringLiteral("colors"), s.printing->colors},
                             {QStringLiteral("type"), QString::fromStdString(s.printing->type)}});
    }
    if (s.lamination) {
        QJsonObject lam{{QStringLiteral("ratePer100SqIn"), s.lamination->ratePer100SqIn}};
        if (s.lamination->lengthIn)
            lam.insert(QStringLiteral("lengthIn"), *s.lamination->lengthIn);
        if (s.lamination->widthIn)
            lam.insert(QStringLiteral("widthIn"), *s.lamination->widthIn);
        o.insert(QStringLiteral("lamination"), lam);
    }
    return o;
}

QJsonObject CostingJson::mastersToJson(const CostingMasters &m) {
    QJsonObject bf;
    for (const costing::BfPrice &p : m.bfPrices)
        bf.insert(bfKey(p.bf), p.price);
    QJsonObject shades;
    for (const costing::ShadePremium &s : m.shadePremiums)
        shades.insert(QString::fromStdString(s.shade), s.premium);
    QJsonObject flutes;
    for (const costing::Flute &f : m.flutes) {
        flutes.insert(QString(QLatin1Char(f.letter)),
                      QJsonObject{{QStringLiteral("factor"), f.factor}, {QStringLiteral("heightMm"), f.heightMm}});
    }
    return QJsonObject{
        {QStringLiteral("bfPrices"), bf},
        {QStringLiteral("shadePremiums"), shades},
        {QStringLiteral("gsmRules"), QJsonObject{{QStringLiteral("lowLimit"), m.gsmRules.lowLimit},
                                                 {QStringLiteral("lowAdj"), m.gsmRules.lowAdj},
                                                 {QStringLiteral("highLimit"), m.gsmRules.highLimit},
                                                 {QStringLiteral("highAdj"), m.gsmRules.highAdj},
                                                 {QStringLiteral("market"), m.gsmRules.market}}},
        {QStringLiteral("flutes"), flutes},
        {QStringLiteral("plyThicknessMm"), plyTableToJson(m.plyThicknessMm)},
        {QStringLiteral("glueFlapMm"), plyTableToJson(m.glueFlapMm)},
        {QStringLiteral("deckleMm"), plyTableToJson(m.deckleMm)},
        {QStringLiteral("extraFlapMm"), plyTableToJson(m.extraFlapMm)},
        {QStringLiteral("maxLengthMm"), m.maxLengthMm},
        {QStringLiteral("sheetAllowanceMm"), m.sheetAllowanceMm},
        {QStringLiteral("conversionPerKg"), m.conversionPerKg},
        {QStringLiteral("markupPercent"), m.markupPercent},
        {QStringLiteral("gstPercent"), m.gstPercent},
        {QStringLiteral("roundOff"), m.roundOff},
    };
}

} // namespace bcp
