#pragma once
// The shop's company profile (PLATFORM.md "Tenants", DOCUMENTS.md "PDF documents"): letterhead, tax
// identity, bank and UPI details, signatory, number templates and default terms. Owners and admins edit it
// (settings.edit); once the shop has a final invoice its legal identity (legal name, GSTIN, PAN, state) is
// locked to everyone but the owner, and an owner's change of it is audited as such.

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bcp {

class Clock;
class Database;
struct Session;

struct CompanyProfile {
    QString name; // legal name
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString stateCode; // two digits; derived from the GSTIN when one is set
    QString pin;
    QString phone;
    QString email;
    QString gstin;
    QString pan;        // derived from the GSTIN when one is set
    QByteArray logoPng; // scaled PNG as stored; empty: no logo
    QString bankName;
    QString bankAccount;
    QString bankIfsc;
    QString bankBranch;
    QString upiId;
    QString signatory;
    QString quoteTemplate;      // QT/{FY}/{seq:4} by default
    QString invoiceTemplate;    // INV/{FY}/{seq:4}
    QString creditNoteTemplate; // CN/{FY}/{seq:4}
    QString defaultTerms;

    // Read-only for screens.
    bool identityLocked = false; // the shop has a final invoice: name, GSTIN, PAN and state are owner-only
    int rowVersion = 0;          // pass back to save() to detect someone else's change
    QDateTime updatedAt;
    QString updatedBy;
};

class CompanyService {
public:
    // Longest side of a stored logo, in pixels; larger images are scaled down keeping their proportions.
    static constexpr int kLogoMaxWidth = 600;
    static constexpr int kLogoMaxHeight = 240;

    explicit CompanyService(Database &db);
    CompanyService(Database &db, const Clock &clock);

    // Anyone of the shop who may see quotes, invoices or settings may read it (documents print it).
    Result<CompanyProfile> get(const Session &session);

    // Validates (GSTIN check character, PAN, PIN, e-mail, IFSC, UPI ID, templates against GST rule 46(b))
    // and saves; errors name the field ("gstin", "invoiceTemplate"). A stale rowVersion is a Conflict. With
    // the identity locked, a change of name, GSTIN, PAN or state by anyone but the owner is Denied.
    Result<CompanyProfile> save(const Session &session, const CompanyProfile &profile);

    // The sequence the next quote, invoice and credit note dated `date` would take (hints for the number
    // template previews; nothing is reserved).
    struct NextSequences {
        qint64 quote = 1;
        qint64 invoice = 1;
        qint64 creditNote = 1;
    };
    Result<NextSequences> nextSequences(const Session &session, const QDate &date);

    // Whether the legal identity is locked (the shop has a final invoice).
    Result<bool> identityLocked(const Session &session);

    // Any image file's bytes (PNG, JPEG, ...) as the PNG the profile stores: scaled down to fit
    // kLogoMaxWidth x kLogoMaxHeight. Invalid ("logo") when the bytes are not an image.
    static Result<QByteArray> prepareLogo(const QByteArray &imageFile);

    // The profile inside the caller's open transaction, without a permission check (other services print it).
    // A shop that never saved one gets its name, state and GSTIN from the shop record and default templates.
    static CompanyProfile load(Database &tx, qint64 tenantId);
    // The shop's quote number template inside the caller's transaction (the default when none is saved).
    static QString quoteTemplate(Database &tx, qint64 tenantId);
    // Every field but the logo, as a finalised invoice stores its seller details.
    static QJsonObject toJson(const CompanyProfile &profile);
    static CompanyProfile fromJson(const QJsonObject &json);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
