#include "services/CompanyService.h"

#include "data/Database.h"
#include "documents/UpiLink.h"
#include "money/DocumentNumber.h"
#include "money/Gstin.h"
#include "money/Validators.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/Counters.h"
#include "services/InvoiceService.h"
#include "services/Permissions.h"
#include "services/QuoteRows.h"
#include "services/Session.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImage>
#include <QRegularExpression>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("CompanyService", text);
}

constexpr int kMaxText = 200;
constexpr int kMaxTerms = 4000;
constexpr int kMaxLogoBytes = 4 * 1024 * 1024;

const QString kColumns = QStringLiteral(
    "name, address_line1, address_line2, city, state_code, pin, phone, email, gstin, pan, logo_png, bank_name, "
    "bank_account, bank_ifsc, bank_branch, upi_id, signatory, quote_template, invoice_template, "
    "credit_note_template, default_terms, updated_at, updated_by_name, row_version");

// The shop's legal identity, locked once it has issued a final invoice.
bool identityDiffers(const CompanyProfile &a, const CompanyProfile &b) {
    return a.name != b.name || a.gstin != b.gstin || a.pan != b.pan || a.stateCode != b.stateCode;
}

bool hasFinalInvoice(Database &tx, qint64 tenantId) {
    return tx
        .scalar(QStringLiteral("SELECT 1 FROM invoices WHERE tenant_id = ? AND kind = 'invoice' AND status <> 'draft' "
                               "LIMIT 1"),
                {tenantId})
        .isValid();
}

QString logoDigest(const QByteArray &png) {
    if (png.isEmpty())
        return QString();
    return QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex().left(16));
}

// The audited form of a profile: every field, the logo by its digest.
QJsonObject auditFields(const CompanyProfile &p) {
    QJsonObject o = CompanyService::toJson(p);
    o.insert(QStringLiteral("logo"), logoDigest(p.logoPng));
    return o;
}

Result<QString> checkText(const QString &value, const QString &field, int maxLength, bool required = false) {
    const QString t = value.trimmed();
    if (required && t.isEmpty())
        return Error::invalid(field, tr("Enter a value."));
    if (t.size() > maxLength)
        return Error::invalid(field, tr("At most %1 characters.").arg(maxLength));
    return t;
}

Result<CompanyProfile> normalise(const CompanyProfile &in) {
    CompanyProfile p = in;
    struct TextField {
        QString *value;
        const char *field;
        int max;
        bool required;
    };
    const TextField texts[] = {
        {&p.name, "name", kMaxText, true},
        {&p.addressLine1, "addressLine1", kMaxText, false},
        {&p.addressLine2, "addressLine2", kMaxText, false},
        {&p.city, "city", 100, false},
        {&p.bankName, "bankName", 100, false},
        {&p.bankBranch, "bankBranch", 100, false},
        {&p.signatory, "signatory", 100, false},
        {&p.defaultTerms, "defaultTerms", kMaxTerms, false},
    };
    for (const TextField &t : texts) {
        auto checked = checkText(*t.value, QLatin1String(t.field), t.max, t.required);
        if (!checked)
            return checked.error();
        *t.value = checked.value();
    }
    // Terms keep their line breaks but not trailing blanks.
    p.defaultTerms = in.defaultTerms.trimmed();

    p.gstin = Gstin::normalise(in.gstin);
    if (!p.gstin.isEmpty()) {
        auto gstin = Gstin::parse(p.gstin, QStringLiteral("gstin"));
        if (!gstin)
            return gstin.error();
        // A registered seller's state and PAN are part of its GSTIN.
        p.gstin = gstin->text();
        p.stateCode = gstin->stateCode();
        p.pan = gstin->pan();
    } else {
        p.stateCode = in.stateCode.trimmed();
        if (!Gstin::isStateCode(p.stateCode))
            return Error::invalid(QStringLiteral("stateCode"),
                                  tr("Choose the state: it decides between CGST/SGST and IGST."));
        p.pan = in.pan.trimmed().toUpper();
        if (!p.pan.isEmpty()) {
            auto pan = Validators::pan(p.pan, QStringLiteral("pan"));
            if (!pan)
                return pan.error();
            p.pan = pan.value();
        }
    }
    if (!in.pin.trimmed().isEmpty()) {
        auto pin = Validators::pinCode(in.pin, QStringLiteral("pin"));
        if (!pin)
            return pin.error();
        p.pin = pin.value();
    } else {
        p.pin.clear();
    }
    if (!in.email.trimmed().isEmpty()) {
        auto email = Validators::email(in.email, QStringLiteral("email"));
        if (!email)
            return email.error();
        p.email = email.value();
    } else {
        p.email.clear();
    }
    p.phone = in.phone.trimmed();
    static const QRegularExpression phoneRe(QStringLiteral("^[0-9+()\\- ,/]{0,40}$"));
    if (!phoneRe.match(p.phone).hasMatch())
        return Error::invalid(QStringLiteral("phone"), tr("Use digits, spaces and + - ( ) only, at most 40."));
    p.bankAccount = in.bankAccount.simplified().remove(QLatin1Char(' '));
    static const QRegularExpression accountRe(QStringLiteral("^[0-9A-Za-z]{0,34}$"));
    if (!accountRe.match(p.bankAccount).hasMatch())
        return Error::invalid(QStringLiteral("bankAccount"), tr("Use the account number's digits and letters only."));
    p.bankIfsc = in.bankIfsc.trimmed().toUpper();
    static const QRegularExpression ifscRe(QStringLiteral("^[A-Z]{4}0[A-Z0-9]{6}$"));
    if (!p.bankIfsc.isEmpty() && !ifscRe.match(p.bankIfsc).hasMatch())
        return Error::invalid(QStringLiteral("bankIfsc"),
                              tr("An IFSC is 11 characters: four letters, a zero, then six letters or digits."));
    p.upiId = in.upiId.trimmed();
    if (!p.upiId.isEmpty() && !documents::UpiLink::isValidVpa(p.upiId))
        return Error::invalid(QStringLiteral("upiId"), tr("A UPI ID looks like name@bank, for example shop@okicici."));

    struct TemplateField {
        QString *value;
        const char *field;
        NumberSeries series;
    };
    const TemplateField templates[] = {
        {&p.quoteTemplate, "quoteTemplate", NumberSeries::Quote},
        {&p.invoiceTemplate, "invoiceTemplate", NumberSeries::Invoice},
        {&p.creditNoteTemplate, "creditNoteTemplate", NumberSeries::CreditNote},
    };
    for (const TemplateField &t : templates) {
        *t.value = t.value->trimmed();
        if (t.value->isEmpty())
            *t.value = DocumentNumber::defaultTemplate(t.series);
        auto valid = DocumentNumber::validate(*t.value, t.series);
        if (!valid)
            return Error::invalid(QLatin1String(t.field), valid.error().message);
    }
    return p;
}

} // namespace

CompanyService::CompanyService(Database &db) : CompanyService(db, Clock::system()) {}

CompanyService::CompanyService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString CompanyService::quoteTemplate(Database &tx, qint64 tenantId) {
    const QString saved =
        tx.scalar(QStringLiteral("SELECT quote_template FROM company_profiles WHERE tenant_id = ?"), {tenantId})
            .toString();
    return saved.isEmpty() ? DocumentNumber::defaultTemplate(NumberSeries::Quote) : saved;
}

CompanyProfile CompanyService::load(Database &tx, qint64 tenantId) {
    CompanyProfile p;
    QSqlQuery q =
        tx.exec(QStringLiteral("SELECT %1 FROM company_profiles WHERE tenant_id = ?").arg(kColumns), {tenantId});
    if (q.next()) {
        QString *texts[] = {&p.name, &p.addressLine1, &p.addressLine2, &p.city,  &p.stateCode,
                            &p.pin,  &p.phone,        &p.email,        &p.gstin, &p.pan};
        int i = 0;
        for (QString *t : texts)
            *t = q.value(i++).toString();
        p.logoPng = q.value(i++).toByteArray();
        QString *more[] = {&p.bankName,  &p.bankAccount,   &p.bankIfsc,        &p.bankBranch,         &p.upiId,
                           &p.signatory, &p.quoteTemplate, &p.invoiceTemplate, &p.creditNoteTemplate, &p.defaultTerms};
        for (QString *t : more)
            *t = q.value(i++).toString();
        p.updatedAt = fromIsoUtc(q.value(i++).toString());
        p.updatedBy = q.value(i++).toString();
        p.rowVersion = q.value(i++).toInt();
    } else {
        QSqlQuery t = tx.exec(QStringLiteral("SELECT name, state_code, gstin FROM tenants WHERE id = ?"), {tenantId});
        if (t.next()) {
            p.name = t.value(0).toString();
            p.stateCode = t.value(1).toString();
            p.gstin = t.value(2).toString();
            if (p.gstin.size() == Gstin::kLength)
                p.pan = p.gstin.mid(2, 10);
        }
        p.quoteTemplate = DocumentNumber::defaultTemplate(NumberSeries::Quote);
        p.invoiceTemplate = DocumentNumber::defaultTemplate(NumberSeries::Invoice);
        p.creditNoteTemplate = DocumentNumber::defaultTemplate(NumberSeries::CreditNote);
    }
    p.identityLocked = hasFinalInvoice(tx, tenantId);
    return p;
}

QJsonObject CompanyService::toJson(const CompanyProfile &p) {
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("addressLine1"), p.addressLine1},
                       {QStringLiteral("addressLine2"), p.addressLine2},
                       {QStringLiteral("city"), p.city},
                       {QStringLiteral("stateCode"), p.stateCode},
                       {QStringLiteral("pin"), p.pin},
                       {QStringLiteral("phone"), p.phone},
                       {QStringLiteral("email"), p.email},
                       {QStringLiteral("gstin"), p.gstin},
                       {QStringLiteral("pan"), p.pan},
                       {QStringLiteral("bankName"), p.bankName},
                       {QStringLiteral("bankAccount"), p.bankAccount},
                       {QStringLiteral("bankIfsc"), p.bankIfsc},
                       {QStringLiteral("bankBranch"), p.bankBranch},
                       {QStringLiteral("upiId"), p.upiId},
                       {QStringLiteral("signatory"), p.signatory},
                       {QStringLiteral("quoteTemplate"), p.quoteTemplate},
                       {QStringLiteral("invoiceTemplate"), p.invoiceTemplate},
                       {QStringLiteral("creditNoteTemplate"), p.creditNoteTemplate},
                       {QStringLiteral("defaultTerms"), p.defaultTerms}};
}

CompanyProfile CompanyService::fromJson(const QJsonObject &o) {
    CompanyProfile p;
    auto s = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    p.name = s("name");
    p.addressLine1 = s("addressLine1");
    p.addressLine2 = s("addressLine2");
    p.city = s("city");
    p.stateCode = s("stateCode");
    p.pin = s("pin");
    p.phone = s("phone");
    p.email = s("email");
    p.gstin = s("gstin");
    p.pan = s("pan");
    p.bankName = s("bankName");
    p.bankAccount = s("bankAccount");
    p.bankIfsc = s("bankIfsc");
    p.bankBranch = s("bankBranch");
    p.upiId = s("upiId");
    p.signatory = s("signatory");
    p.quoteTemplate = s("quoteTemplate");
    p.invoiceTemplate = s("invoiceTemplate");
    p.creditNoteTemplate = s("creditNoteTemplate");
    p.defaultTerms = s("defaultTerms");
    return p;
}

Result<CompanyProfile> CompanyService::get(const Session &session) {
    if (!session.can(perm::QuotesView) && !session.can(perm::InvoicesView)) {
        if (auto allowed = requirePermission(m_db, session, perm::SettingsEdit, m_clock); !allowed)
            return allowed.error();
    }
    return m_db.read([&](Database &tx) -> Result<CompanyProfile> { return load(tx, session.tenantId); });
}

Result<CompanyService::NextSequences> CompanyService::nextSequences(const Session &session, const QDate &date) {
    if (auto allowed = requirePermission(m_db, session, perm::SettingsEdit, m_clock); !allowed)
        return allowed.error();
    const QString period = QString::number(DocumentNumber::financialYearStart(date));
    return m_db.read([&](Database &tx) -> Result<NextSequences> {
        NextSequences next;
        next.quote = Counters::peek(tx, session.tenantId, QuoteRows::counterSeries(), period);
        next.invoice =
            Counters::peek(tx, session.tenantId, InvoiceService::counterSeries(InvoiceKind::Invoice), period);
        next.creditNote =
            Counters::peek(tx, session.tenantId, InvoiceService::counterSeries(InvoiceKind::CreditNote), period);
        return next;
    });
}

Result<bool> CompanyService::identityLocked(const Session &session) {
    auto profile = get(session);
    if (!profile)
        return profile.error();
    return profile->identityLocked;
}

Result<QByteArray> CompanyService::prepareLogo(const QByteArray &imageFile) {
    if (imageFile.size() > kMaxLogoBytes)
        return Error::invalid(QStringLiteral("logo"), tr("The image is larger than 4 MB."));
    QImage image = QImage::fromData(imageFile);
    if (image.isNull())
        return Error::invalid(QStringLiteral("logo"), tr("This file is not an image BoxCostPro can read."));
    if (image.width() > kLogoMaxWidth || image.height() > kLogoMaxHeight)
        image = image.scaled(kLogoMaxWidth, kLogoMaxHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error::invalid(QStringLiteral("logo"), tr("The image could not be converted to PNG."));
    return png;
}

Result<CompanyProfile> CompanyService::save(const Session &session, const CompanyProfile &input) {
    if (auto allowed = requirePermission(m_db, session, perm::SettingsEdit, m_clock); !allowed)
        return allowed.error();
    auto normalised = normalise(input);
    if (!normalised)
        return normalised.error();
    CompanyProfile p = normalised.value();
    if (!p.logoPng.isEmpty()) {
        // Stored logos are already prepared; anything else (a different format, a large image) is converted.
        const QImage image = QImage::fromData(p.logoPng, "PNG");
        if (image.isNull() || image.width() > kLogoMaxWidth || image.height() > kLogoMaxHeight) {
            auto logo = prepareLogo(p.logoPng);
            if (!logo)
                return logo.error();
            p.logoPng = logo.value();
        }
    }

    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    bool refusedIdentity = false;
    auto saved = m_db.write([&](Database &tx) -> Result<CompanyProfile> {
        refusedIdentity = false;
        if (!tx.isSqlite())
            tx.exec(QStringLiteral("SELECT id FROM tenants WHERE id = ? FOR UPDATE"), {session.tenantId});
        const CompanyProfile current = load(tx, session.tenantId);
        if (current.rowVersion != input.rowVersion)
            return Error::conflict(
                tr("The company profile was changed by %1 at %2. Reload it, then edit again.")
                    .arg(current.updatedBy.isEmpty() ? tr("another user") : current.updatedBy,
                         current.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        const bool identityChange = identityDiffers(current, p);
        if (current.identityLocked && identityChange && session.role != role::Owner) {
            refusedIdentity = true;
            return Error::denied(tr("The shop has issued tax invoices: only the owner may change its legal name, "
                                    "GSTIN, PAN or state."));
        }
        const QVariantList values{p.name,
                                  p.addressLine1,
                                  p.addressLine2,
                                  p.city,
                                  p.stateCode,
                                  p.pin,
                                  p.phone,
                                  p.email,
                                  p.gstin,
                                  p.pan,
                                  p.logoPng.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                      : QVariant(p.logoPng),
                                  p.bankName,
                                  p.bankAccount,
                                  p.bankIfsc,
                                  p.bankBranch,
                                  p.upiId,
                                  p.signatory,
                                  p.quoteTemplate,
                                  p.invoiceTemplate,
                                  p.creditNoteTemplate,
                                  p.defaultTerms,
                                  now,
                                  session.username};
        if (current.rowVersion == 0) {
            QVariantList insertValues = values;
            insertValues << session.tenantId << session.userId;
            QStringList marks;
            for (int i = 0; i < insertValues.size(); ++i)
                marks << QStringLiteral("?");
            tx.exec(QStringLiteral("INSERT INTO company_profiles (%1, tenant_id, updated_by, row_version) "
                                   "VALUES (%2, 1)")
                        .arg(kColumns.left(kColumns.lastIndexOf(QLatin1String(", row_version"))),
                             marks.join(QStringLiteral(", "))),
                    insertValues);
        } else {
            QStringList sets;
            const QStringList columns = kColumns.split(QStringLiteral(", "));
            for (int i = 0; i < columns.size() - 1; ++i)
                sets << columns.at(i) + QStringLiteral(" = ?");
            QVariantList updateValues = values;
            updateValues << session.userId << session.tenantId;
            tx.exec(QStringLiteral("UPDATE company_profiles SET %1, updated_by = ?, row_version = row_version + 1 "
                                   "WHERE tenant_id = ?")
                        .arg(sets.join(QStringLiteral(", "))),
                    updateValues);
        }
        // Quotes take the seller's state from the shop record: keep it the profile's.
        tx.exec(QStringLiteral("UPDATE tenants SET name = ?, state_code = ?, gstin = ?, updated_at = ?, "
                               "row_version = row_version + 1 WHERE id = ?"),
                {p.name, p.stateCode, p.gstin, now, session.tenantId});

        const QJsonObject before = auditFields(current);
        const QJsonObject after = auditFields(p);
        QJsonObject changedBefore;
        QJsonObject changedAfter;
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.value(it.key()) != it.value()) {
                changedBefore.insert(it.key(), before.value(it.key()));
                changedAfter.insert(it.key(), it.value());
            }
        }
        const QString action = current.identityLocked && identityChange ? QStringLiteral("company.identity.update")
                                                                        : QStringLiteral("company.update");
        AuditLog::append(
            tx, session,
            {action, QStringLiteral("company"), QString::number(session.tenantId), changedBefore, changedAfter},
            nowTime);
        CompanyProfile out = load(tx, session.tenantId);
        return out;
    });
    if (!saved && refusedIdentity) {
        // The refusal is audited on its own, as permission refusals are.
        auto audited = m_db.write([&](Database &tx) -> Result<bool> {
            AuditEvent event{QStringLiteral("company.identity.update"),
                             QStringLiteral("company"),
                             QString::number(session.tenantId),
                             {},
                             {},
                             QStringLiteral("denied")};
            AuditLog::append(tx, session, event, nowTime);
            return true;
        });
        if (!audited)
            return audited.error();
    }
    return saved;
}

} // namespace bcp
