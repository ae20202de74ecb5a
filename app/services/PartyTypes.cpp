#include "services/PartyTypes.h"

namespace bcp {

namespace {

QJsonObject addressJson(const Address &a) {
    return {{QStringLiteral("line1"), a.line1},
            {QStringLiteral("line2"), a.line2},
            {QStringLiteral("city"), a.city},
            {QStringLiteral("state"), a.stateCode},
            {QStringLiteral("pin"), a.pin}};
}

Address addressFromJson(const QJsonObject &o) {
    Address a;
    a.line1 = o.value(QLatin1String("line1")).toString();
    a.line2 = o.value(QLatin1String("line2")).toString();
    a.city = o.value(QLatin1String("city")).toString();
    a.stateCode = o.value(QLatin1String("state")).toString();
    a.pin = o.value(QLatin1String("pin")).toString();
    return a;
}

} // namespace

QJsonObject Party::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("designation"), designation},
            {QStringLiteral("company"), company},
            {QStringLiteral("mobile"), mobile},
            {QStringLiteral("email"), email},
            {QStringLiteral("gstin"), gstin},
            {QStringLiteral("pan"), pan},
            {QStringLiteral("stateCode"), stateCode()},
            {QStringLiteral("billing"), addressJson(billing)},
            {QStringLiteral("shippingSameAsBilling"), shippingSameAsBilling},
            {QStringLiteral("shipping"), addressJson(shippingAddress())},
            {QStringLiteral("notes"), notes}};
}

Party Party::fromJson(const QJsonObject &o) {
    Party p;
    p.id = o.value(QLatin1String("id")).toInteger();
    p.name = o.value(QLatin1String("name")).toString();
    p.designation = o.value(QLatin1String("designation")).toString();
    p.company = o.value(QLatin1String("company")).toString();
    p.mobile = o.value(QLatin1String("mobile")).toString();
    p.email = o.value(QLatin1String("email")).toString();
    p.gstin = o.value(QLatin1String("gstin")).toString();
    p.pan = o.value(QLatin1String("pan")).toString();
    p.billing = addressFromJson(o.value(QLatin1String("billing")).toObject());
    p.shippingSameAsBilling = o.value(QLatin1String("shippingSameAsBilling")).toBool(true);
    p.shipping = addressFromJson(o.value(QLatin1String("shipping")).toObject());
    p.notes = o.value(QLatin1String("notes")).toString();
    return p;
}

} // namespace bcp
