#pragma once
// A party (customer) as screens, quotes and invoices see it (DOCUMENTS.md "Parties"), and the paged list.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace bcp {

struct Address {
    QString line1;
    QString line2;
    QString city;
    QString stateCode; // two digits from the GST state table, "" when unknown
    QString pin;       // six digits

    bool isEmpty() const {
        return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && stateCode.isEmpty() && pin.isEmpty();
    }
    bool operator==(const Address &o) const {
        return line1 == o.line1 && line2 == o.line2 && city == o.city && stateCode == o.stateCode && pin == o.pin;
    }
};

struct Party {
    qint64 id = 0;
    QString name; // required
    QString designation;
    QString company;
    QString mobile; // required: ten digits, stored without +91
    QString email;
    QString gstin; // upper-case; when set, PAN and billing state come from it
    QString pan;
    Address billing;
    bool shippingSameAsBilling = true;
    Address shipping; // used only when shippingSameAsBilling is false
    QString notes;

    bool deleted = false; // hidden: kept for the quotes and invoices that name it
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    int rowVersion = 0;

    // The party's state for GST: from the GSTIN, else from the billing address.
    QString stateCode() const { return gstin.size() >= 2 ? gstin.left(2) : billing.stateCode; }
    const Address &shippingAddress() const { return shippingSameAsBilling ? billing : shipping; }

    // Every field in a stable JSON form: what a quote version stores as its party snapshot.
    QJsonObject toJson() const;
    static Party fromJson(const QJsonObject &json);
};

enum class PartySort { Name, Company, RecentlyUpdated };

// Keyset position: the sort value and id of the last row of the previous page.
struct PartyCursor {
    QVariant key;
    qint64 id = 0;
};

struct PartyQuery {
    QString search; // words matched as prefixes of the name, company or mobile
    PartySort sort = PartySort::Name;
    bool descending = false;
    bool includeDeleted = false; // pickers leave hidden parties out; the Parties pane may show them
    int limit = 100;
    bool hasCursor = false;
    PartyCursor after;
};

struct PartyRow {
    qint64 id = 0;
    QString name;
    QString company;
    QString mobile;
    QString city;
    QString gstin;
    QString stateCode;
    bool deleted = false;
};

struct PartyPage {
    QList<PartyRow> rows;
    bool hasMore = false;
    PartyCursor next; // pass as PartyQuery::after for the following page
};

} // namespace bcp
