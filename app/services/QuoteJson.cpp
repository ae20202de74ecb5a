#include "services/QuoteJson.h"

#include "services/CostingJson.h"
#include "services/PartyService.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <optional>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("QuoteJson", text);
}

QString child(const QString &parent, const QString &key) {
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

Error unknownKey(const QString &path) {
    return Error::invalid(path, tr("unknown key"));
}

std::optional<Error> readString(const QJsonValue &v, const QString &path, QString &out) {
    if (!v.isString())
        return Error::invalid(path, tr("must be a string"));
    out = v.toString();
    return std::nullopt;
}

std::optional<Error> readDays(const QJsonValue &v, const QString &path, int &out) {
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || std::fabs(v.toDouble()) > 1e6)
        return Error::invalid(path, tr("must be a whole number of days"));
    out = int(v.toDouble());
    return std::nullopt;
}

std::optional<Error> readAddress(const QJsonValue &value, const QString &path, Address &a, bool allowState) {
    if (!value.isObject())
        return Error::invalid(path, tr("must be an object"));
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        QString *target = nullptr;
        if (key == QLatin1String("line1"))
            target = &a.line1;
        else if (key == QLatin1String("line2"))
            target = &a.line2;
        else if (key == QLatin1String("city"))
            target = &a.city;
        else if (key == QLatin1String("pin"))
            target = &a.pin;
        else if (allowState && key == QLatin1String("state"))
            target = &a.stateCode;
        if (!target)
            return unknownKey(child(path, key));
        if (auto e = readString(it.value(), child(path, key), *target))
            return e;
    }
    return std::nullopt;
}

// The party service names billing fields "billing.*"; the script JSON calls the billing address
// "address" and puts its state at the top of the party.
Error partyPath(Error e) {
    if (e.field == QLatin1String("party.billing.state"))
        e.field = QStringLiteral("party.state");
    else if (e.field.startsWith(QLatin1String("party.billing.")))
        e.field = QStringLiteral("party.address.") + e.field.mid(14);
    return e;
}

Result<Party> readParty(const QJsonValue &value) {
    const QString path = QStringLiteral("party");
    if (!value.isObject())
        return Error::invalid(path, tr("must be an object with the party's name and mobile"));
    const QJsonObject o = value.toObject();
    Party p;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QString field = child(path, key);
        QString *target = nullptr;
        if (key == QLatin1String("name"))
            target = &p.name;
        else if (key == QLatin1String("designation"))
            target = &p.designation;
        else if (key == QLatin1String("company"))
            target = &p.company;
        else if (key == QLatin1String("mobile"))
            target = &p.mobile;
        else if (key == QLatin1String("email"))
            target = &p.email;
        else if (key == QLatin1String("gstin"))
            target = &p.gstin;
        else if (key == QLatin1String("pan"))
            target = &p.pan;
        else if (key == QLatin1String("state"))
            target = &p.billing.stateCode;
        else if (key == QLatin1String("notes"))
            target = &p.notes;
        if (target) {
            if (auto e = readString(it.value(), field, *target))
                return *e;
        } else if (key == QLatin1String("address")) {
            if (auto e = readAddress(it.value(), field, p.billing, false))
                return *e;
        } else if (key == QLatin1String("shipping")) {
            if (auto e = readAddress(it.value(), field, p.shipping, true))
                return *e;
            p.shippingSameAsBilling = false;
        } else {
            return unknownKey(field);
        }
    }
    if (!o.contains(QLatin1String("name")))
        return Error::invalid(child(path, QStringLiteral("name")), tr("is required"));
    if (!o.contains(QLatin1String("mobile")))
        return Error::invalid(child(path, QStringLiteral("mobile")), tr("is required"));
    auto normalised = PartyService::normalise(p, path);
    if (!normalised) {
        Error e = normalised.error();
        if (e.field.startsWith(QLatin1String("party.shipping.")))
            return e;
        return partyPath(e);
    }
    return normalised.value();
}

std::optional<Error> readNegotiation(const QJsonValue &value, const QString &path, Negotiation &out) {
    if (value.isNull()) {
        out = Negotiation();
        return std::nullopt;
    }
    if (!value.isObject())
        return Error::invalid(path, tr("must be {\"percent\": p} or {\"fixed\": rupees}"));
    const QJsonObject o = value.toObject();
    if (o.size() != 1)
        return Error::invalid(path, tr("must be {\"percent\": p} or {\"fixed\": rupees}"));
    const QString key = o.constBegin().key();
    const QJsonValue v = o.constBegin().value();
    const QString field = child(path, key);
    if (key != QLatin1String("percent") && key != QLatin1String("fixed"))
        return unknownKey(field);
    if (!v.isDouble())
        return Error::invalid(field, tr("must be a number"));
    if (key == QLatin1String("percent")) {
        out = Negotiation::percent(v.toDouble());
    } else {
        if (!Money::fitsRupees(v.toDouble()) || v.toDouble() < 0)
            return Error::invalid(field, tr("must be a rate of zero or more rupees"));
        out = Negotiation::fixed(Money::fromRupees(v.toDouble()));
    }
    return std::nullopt;
}

Result<QuoteItem> readItem(const QJsonValue &value, const QString &path) {
    if (!value.isObject())
        return Error::invalid(path, tr("must be an object"));
    const QJsonObject o = value.toObject();
    QuoteItem item;
    bool hasCosting = false;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QString field = child(path, key);
        QString *target = nullptr;
        if (key == QLatin1String("name"))
            target = &item.name;
        else if (key == QLatin1String("description"))
            target = &item.description;
        else if (key == QLatin1String("remarks"))
            target = &item.remarks;
        else if (key == QLatin1String("hsn"))
            target = &item.hsn;
        else if (key == QLatin1String("unit"))
            target = &item.unit;
        if (target) {
            if (auto e = readString(it.value(), field, *target))
                return *e;
        } else if (key == QLatin1String("costing")) {
            if (!it.value().isObject())
                return Error::invalid(field, tr("must be an object with the box fields"));
            auto spec = CostingJson::readSpec(it.value().toObject(), field);
            if (!spec)
                return spec.error();
            item.spec = spec.value();
            hasCosting = true;
        } else if (key == QLatin1String("negotiation")) {
            if (auto e = readNegotiation(it.value(), field, item.negotiation))
                return *e;
        } else if (key == QLatin1String("selected")) {
            if (!it.value().isBool())
                return Error::invalid(field, tr("must be true or false"));
            item.selected = it.value().toBool();
        } else {
            return unknownKey(field);
        }
    }
    if (!o.contains(QLatin1String("name")))
        return Error::invalid(child(path, QStringLiteral("name")), tr("is required"));
    if (!hasCosting)
        return Error::invalid(child(path, QStringLiteral("costing")), tr("is required"));
    return item;
}

std::optional<Error> readTerms(const QJsonValue &value, QuoteTerms &terms) {
    const QString path = QStringLiteral("terms");
    if (!value.isObject())
        return Error::invalid(path, tr("must be an object"));
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QString field = child(path, key);
        std::optional<Error> e;
        if (key == QLatin1String("paymentTerms"))
            e = readString(it.value(), field, terms.paymentTerms);
        else if (key == QLatin1String("deliveryDays"))
            e = readDays(it.value(), field, terms.deliveryDays);
        else if (key == QLatin1String("validityDays"))
            e = readDays(it.value(), field, terms.validityDays);
        else
            e = unknownKey(field);
        if (e)
            return e;
    }
    return std::nullopt;
}

} // namespace

Result<QuoteJson::Input> QuoteJson::readInput(const QJsonObject &json) {
    Input in;
    bool hasParty = false, hasItems = false;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("party")) {
            auto party = readParty(v);
            if (!party)
                return party.error();
            in.party = party.value();
            hasParty = true;
        } else if (key == QLatin1String("items")) {
            if (!v.isArray() || v.toArray().isEmpty())
                return Error::invalid(key, tr("must be an array with at least one item"));
            const QJsonArray items = v.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                auto item = readItem(items.at(i), QStringLiteral("items[%1]").arg(i));
                if (!item)
                    return item.error();
                in.items << item.value();
            }
            hasItems = true;
        } else if (key == QLatin1String("transport")) {
            if (!v.isDouble() || v.toDouble() < 0 || !Money::fitsRupees(v.toDouble()))
                return Error::invalid(key, tr("must be an amount of zero or more rupees"));
            in.transport = Money::fromRupees(v.toDouble());
        } else if (key == QLatin1String("terms")) {
            if (auto e = readTerms(v, in.terms))
                return *e;
        } else if (key == QLatin1String("notes")) {
            if (auto e = readString(v, key, in.notes))
                return *e;
        } else {
            return unknownKey(key);
        }
    }
    if (!hasParty)
        return Error::invalid(QStringLiteral("party"), tr("is required"));
    if (!hasItems)
        return Error::invalid(QStringLiteral("items"), tr("is required"));
    return in;
}

QJsonObject QuoteJson::show(const Quote &quote) {
    const QuoteVersion &v = quote.active;
    QJsonArray items;
    for (const QuoteItem &item : v.items) {
        items.append(QJsonObject{{QStringLiteral("name"), item.name},
                                 {QStringLiteral("quantity"), item.spec.quantity},
                                 {QStringLiteral("ratePerBox"), item.ratePerBox.rupees()},
                                 {QStringLiteral("unitPaise"), item.unitPrice.paise()},
                                 {QStringLiteral("amountPaise"), item.amount.paise()},
                                 {QStringLiteral("selected"), item.selected},
                                 {QStringLiteral("paperSpec"), item.paperSpec}});
    }
    return QJsonObject{{QStringLiteral("number"), quote.number},
                       {QStringLiteral("version"), v.version},
                       // The workflow status as stored (draft|sent|accepted|rejected), the same whenever the
                       // script runs; screens derive "expired" from the date and validity.
                       {QStringLiteral("status"), quoteStatusCode(quote.storedStatus)},
                       {QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                       {QStringLiteral("sellerState"), v.sellerState},
                       {QStringLiteral("placeOfSupply"), v.placeOfSupply},
                       {QStringLiteral("intraState"), v.intraState},
                       {QStringLiteral("party"), QJsonObject{{QStringLiteral("name"), v.party.name},
                                                             {QStringLiteral("mobile"), v.party.mobile},
                                                             {QStringLiteral("gstin"), v.party.gstin}}},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("totals"), totals(v.totals)}};
}

QJsonObject QuoteJson::totals(const Totals &t) {
    return QJsonObject{{QStringLiteral("subtotal"), t.subtotal.paise()},
                       {QStringLiteral("transport"), t.transport.paise()},
                       {QStringLiteral("taxable"), t.taxable.paise()},
                       {QStringLiteral("gstRatePercent"), t.gstRateBasisPoints / 100.0},
                       {QStringLiteral("gst"), t.gst.paise()},
                       {QStringLiteral("cgst"), t.cgst.paise()},
                       {QStringLiteral("sgst"), t.sgst.paise()},
                       {QStringLiteral("igst"), t.igst.paise()},
                       {QStringLiteral("roundOff"), t.roundOff.paise()},
                       {QStringLiteral("grand"), t.grand.paise()}};
}

} // namespace bcp
