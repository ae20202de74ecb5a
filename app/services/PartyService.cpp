#include "services/PartyService.h"

#include "data/Database.h"
#include "money/Gstin.h"
#include "money/Validators.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/SearchTerms.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QSqlRecord>

#include <tuple>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("PartyService", text);
}

constexpr int kMaxTextLength = 200;
constexpr int kMaxNotesLength = 4000;

QString path(const QString &prefix, const QString &field) {
    return prefix.isEmpty() ? field : prefix + QLatin1Char('.') + field;
}

const QString kColumns = QStringLiteral(
    "id, name, designation, company, mobile, email, gstin, pan, billing_line1, billing_line2, billing_city, "
    "billing_state, billing_pin, shipping_same, shipping_line1, shipping_line2, shipping_city, shipping_state, "
    "shipping_pin, notes, deleted_at, created_at, updated_at, updated_by_name, row_version, search_text");

Party readParty(const QSqlQuery &q) {
    Party p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.designation = q.value(2).toString();
    p.company = q.value(3).toString();
    p.mobile = q.value(4).toString();
    p.email = q.value(5).toString();
    p.gstin = q.value(6).toString();
    p.pan = q.value(7).toString();
    p.billing = {q.value(8).toString(), q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                 q.value(12).toString()};
    p.shippingSameAsBilling = q.value(13).toInt() != 0;
    p.shipping = {q.value(14).toString(), q.value(15).toString(), q.value(16).toString(), q.value(17).toString(),
                  q.value(18).toString()};
    p.notes = q.value(19).toString();
    p.deleted = !q.value(20).isNull();
    p.createdAt = fromIsoUtc(q.value(21).toString());
    p.updatedAt = fromIsoUtc(q.value(22).toString());
    p.updatedBy = q.value(23).toString();
    p.rowVersion = q.value(24).toInt();
    return p;
}

// Values for every stored column, in the order of the INSERT and UPDATE statements below.
QVariantList fieldValues(const Party &p) {
    const Address &s = p.shippingSameAsBilling ? Address() : p.shipping;
    return {p.name,
            p.designation,
            p.company,
            p.mobile,
            p.email,
            p.gstin,
            p.pan,
            p.billing.line1,
            p.billing.line2,
            p.billing.city,
            p.billing.stateCode,
            p.billing.pin,
            p.shippingSameAsBilling ? 1 : 0,
            s.line1,
            s.line2,
            s.city,
            s.stateCode,
            s.pin,
            p.notes,
            p.name.toLower(),
            p.company.toLower(),
            SearchTerms::searchText(PartyService::searchWords(p))};
}

const QString kFieldColumns = QStringLiteral(
    "name, designation, company, mobile, email, gstin, pan, billing_line1, billing_line2, billing_city, billing_state, "
    "billing_pin, shipping_same, shipping_line1, shipping_line2, shipping_city, shipping_state, shipping_pin, notes, "
    "sort_name, sort_company, search_text");

// Only what changed, for the audit row.
void diff(const Party &before, const Party &after, QJsonObject &b, QJsonObject &a) {
    const QJsonObject jb = before.toJson();
    const QJsonObject ja = after.toJson();
    for (auto it = ja.constBegin(); it != ja.constEnd(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        if (jb.value(it.key()) != it.value()) {
            b.insert(it.key(), jb.value(it.key()));
            a.insert(it.key(), it.value());
        }
    }
}

QJsonObject auditJson(const Party &p) {
    QJsonObject o = p.toJson();
    o.remove(QStringLiteral("id"));
    return o;
}

Result<QString> text(const QString &value, const QString &field, int maxLength) {
    const QString t = value.simplified();
    if (t.size() > maxLength)
        return Error::invalid(field, tr("use at most %1 characters").arg(maxLength));
    return t;
}

Result<Address> normaliseAddress(const Address &in, const QString &prefix) {
    Address a;
    for (auto [value, out, name] : {std::tuple{&in.line1, &a.line1, "line1"}, std::tuple{&in.line2, &a.line2, "line2"},
                                    std::tuple{&in.city, &a.city, "city"}}) {
        auto t = text(*value, path(prefix, QLatin1String(name)), kMaxTextLength);
        if (!t)
            return t.error();
        *out = t.value();
    }
    a.stateCode = in.stateCode.trimmed();
    if (!a.stateCode.isEmpty()) {
        if (a.stateCode.size() == 1 && a.stateCode.at(0).isDigit())
            a.stateCode.prepend(QLatin1Char('0'));
        if (!Gstin::isStateCode(a.stateCode))
            return Error::invalid(
                path(prefix, QStringLiteral("state")),
                tr("%1 is not a GST state code (two digits, e.g. 27 for Maharashtra)").arg(in.stateCode.trimmed()));
    }
    if (!in.pin.trimmed().isEmpty()) {
        auto pin = Validators::pinCode(in.pin, path(prefix, QStringLiteral("pin")));
        if (!pin)
            return pin.error();
        a.pin = pin.value();
    }
    return a;
}

QString changedByMessage(const QString &what, const QString &who, const QDateTime &when) {
    return tr("This %1 was changed by %2 at %3. Reload it to see the changes, then edit again.")
        .arg(what, who.isEmpty() ? tr("another user") : who,
             when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString sortColumn(PartySort sort) {
    switch (sort) {
    case PartySort::Company:
        return QStringLiteral("sort_company");
    case PartySort::RecentlyUpdated:
        return QStringLiteral("updated_at");
    case PartySort::Name:
        break;
    }
    return QStringLiteral("sort_name");
}

} // namespace

PartyService::PartyService(Database &db) : PartyService(db, Clock::system()) {}

QStringList PartyService::searchWords(const Party &p) {
    return SearchTerms::words(QStringList{p.name, p.company, p.mobile});
}

const QString &PartyService::insertColumns() {
    static const QString columns =
        QStringLiteral("tenant_id, %1, created_at, created_by, updated_at, updated_by, updated_by_name")
            .arg(kFieldColumns);
    return columns;
}

QVariantList PartyService::insertValues(qint64 tenantId, const Party &party, const QString &at, qint64 userId,
                                        const QString &userName) {
    QVariantList values = {tenantId};
    values << fieldValues(party) << at << userId << at << userId << userName;
    return values;
}

PartyService::PartyService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<Party> PartyService::normalise(const Party &input, const QString &prefix) {
    Party p = input;
    p.name = input.name.simplified();
    if (p.name.isEmpty())
        return Error::invalid(path(prefix, QStringLiteral("name")), tr("enter the party's name"));
    if (p.name.size() > kMaxTextLength)
        return Error::invalid(path(prefix, QStringLiteral("name")),
                              tr("use at most %1 characters").arg(kMaxTextLength));
    for (auto [value, out, name] : {std::tuple{&input.designation, &p.designation, "designation"},
                                    std::tuple{&input.company, &p.company, "company"}}) {
        auto t = text(*value, path(prefix, QLatin1String(name)), kMaxTextLength);
        if (!t)
            return t.error();
        *out = t.value();
    }
    if (input.mobile.trimmed().isEmpty())
        return Error::invalid(path(prefix, QStringLiteral("mobile")), tr("enter the party's mobile number"));
    auto mobile = Validators::mobile(input.mobile, path(prefix, QStringLiteral("mobile")));
    if (!mobile)
        return mobile.error();
    p.mobile = mobile.value();

    p.email.clear();
    if (!input.email.trimmed().isEmpty()) {
        auto email = Validators::email(input.email, path(prefix, QStringLiteral("email")));
        if (!email)
            return email.error();
        p.email = email.value();
    }

    auto billing = normaliseAddress(input.billing, path(prefix, QStringLiteral("billing")));
    if (!billing)
        return billing.error();
    p.billing = billing.value();
    if (input.shippingSameAsBilling) {
        p.shipping = Address();
    } else {
        auto shipping = normaliseAddress(input.shipping, path(prefix, QStringLiteral("shipping")));
        if (!shipping)
            return shipping.error();
        p.shipping = shipping.value();
    }

    p.gstin.clear();
    p.pan.clear();
    QString pan;
    if (!input.pan.trimmed().isEmpty()) {
        auto parsed = Validators::pan(input.pan, path(prefix, QStringLiteral("pan")));
        if (!parsed)
            return parsed.error();
        pan = parsed.value();
    }
    if (!input.gstin.trimmed().isEmpty()) {
        auto gstin = Gstin::parse(input.gstin, path(prefix, QStringLiteral("gstin")));
        if (!gstin)
            return gstin.error();
        p.gstin = gstin->text();
        if (!pan.isEmpty() && pan != gstin->pan())
            return Error::invalid(path(prefix, QStringLiteral("pan")),
                                  tr("%1 is not the PAN inside the GSTIN (%2)").arg(pan, gstin->pan()));
        pan = gstin->pan();
        if (p.billing.stateCode.isEmpty())
            p.billing.stateCode = gstin->stateCode();
        else if (p.billing.stateCode != gstin->stateCode())
            return Error::invalid(
                path(prefix, QStringLiteral("billing.state")),
                tr("the GSTIN is registered in %1 (%2), not in %3")
                    .arg(gstin->stateName(), gstin->stateCode(), Gstin::stateName(p.billing.stateCode)));
    }
    p.pan = pan;

    auto notes = text(input.notes.trimmed(), path(prefix, QStringLiteral("notes")), kMaxNotesLength);
    if (!notes)
        return notes.error();
    p.notes = input.notes.trimmed();
    return p;
}

std::optional<Party> PartyService::read(Database &tx, qint64 tenantId, qint64 partyId, bool lock) {
    QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM parties WHERE id = ? AND tenant_id = ?%2")
                              .arg(kColumns, lock && !tx.isSqlite() ? QStringLiteral(" FOR UPDATE") : QString()),
                          {partyId, tenantId});
    if (!q.next())
        return std::nullopt;
    return readParty(q);
}

Result<Party> PartyService::load(Database &tx, const Session &session, qint64 partyId) {
    if (auto party = read(tx, session.tenantId, partyId, true))
        return *party;
    return Error::notFound(tr("This party does not exist (it may have been deleted)."));
}

Result<Party> PartyService::create(const Session &session, const Party &input) {
    if (auto allowed = requirePermission(m_db, session, perm::PartiesEdit, m_clock); !allowed)
        return allowed.error();
    auto normalised = normalise(input);
    if (!normalised)
        return normalised.error();
    const Party p = normalised.value();
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<Party> {
        const QVariant clash = tx.scalar(
            QStringLiteral("SELECT name FROM parties WHERE tenant_id = ? AND mobile = ? AND deleted_at IS NULL"),
            {session.tenantId, p.mobile});
        if (clash.isValid())
            return Error::invalid(QStringLiteral("mobile"),
                                  tr("%1 already has this mobile number").arg(clash.toString()));
        const QVariantList values = insertValues(session.tenantId, p, isoUtc(now), session.userId, session.username);
        QString marks = QStringLiteral("?, ").repeated(values.size());
        marks.chop(2);
        const qint64 id =
            tx.insert(QStringLiteral("INSERT INTO parties (%1) VALUES (%2)").arg(insertColumns(), marks), values);
        SearchTerms::replace(tx, QStringLiteral("party_terms"), QStringLiteral("party_id"), session.tenantId, id,
                             QString(), PartyService::searchWords(p));
        AuditLog::append(
            tx, session,
            {QStringLiteral("party.create"), QStringLiteral("party"), QString::number(id), {}, auditJson(p)}, now);
        return load(tx, session, id);
    });
}

Result<Party> PartyService::update(const Session &session, const Party &input) {
    if (auto allowed = requirePermission(m_db, session, perm::PartiesEdit, m_clock); !allowed)
        return allowed.error();
    auto normalised = normalise(input);
    if (!normalised)
        return normalised.error();
    const Party p = normalised.value();
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<Party> {
        auto current = load(tx, session, input.id);
        if (!current)
            return current.error();
        if (current->rowVersion != input.rowVersion)
            return Error::conflict(changedByMessage(tr("party"), current->updatedBy, current->updatedAt));
        if (!current->deleted) {
            const QVariant clash =
                tx.scalar(QStringLiteral("SELECT name FROM parties WHERE tenant_id = ? AND mobile = ? "
                                         "AND deleted_at IS NULL AND id <> ?"),
                          {session.tenantId, p.mobile, input.id});
            if (clash.isValid())
                return Error::invalid(QStringLiteral("mobile"),
                                      tr("%1 already has this mobile number").arg(clash.toString()));
        }
        const QString oldSearch =
            tx.scalar(QStringLiteral("SELECT search_text FROM parties WHERE id = ?"), {input.id}).toString();
        QVariantList values = fieldValues(p);
        values << isoUtc(now) << session.userId << session.username << input.id << input.rowVersion;
        QStringList assignments = kFieldColumns.split(QStringLiteral(", "));
        for (QString &a : assignments)
            a += QStringLiteral(" = ?");
        const int changed =
            tx.exec(QStringLiteral("UPDATE parties SET %1, updated_at = ?, updated_by = ?, updated_by_name = ?, "
                                   "row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                        .arg(assignments.join(QStringLiteral(", "))),
                    values)
                .numRowsAffected();
        if (changed != 1)
            return Error::conflict(changedByMessage(tr("party"), current->updatedBy, current->updatedAt));
        SearchTerms::replace(tx, QStringLiteral("party_terms"), QStringLiteral("party_id"), session.tenantId, input.id,
                             oldSearch, PartyService::searchWords(p));
        AuditEvent event{QStringLiteral("party.update"), QStringLiteral("party"), QString::number(input.id)};
        diff(current.value(), p, event.before, event.after);
        AuditLog::append(tx, session, event, now);
        return load(tx, session, input.id);
    });
}

Result<Party> PartyService::get(const Session &session, qint64 partyId) {
    if (auto allowed = requirePermission(m_db, session, perm::PartiesView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<Party> {
        if (auto party = read(tx, session.tenantId, partyId))
            return *party;
        return Error::notFound(tr("This party does not exist (it may have been deleted)."));
    });
}

Result<std::optional<Party>> PartyService::findByMobile(const Session &session, const QString &mobile) {
    if (auto allowed = requirePermission(m_db, session, perm::PartiesView, m_clock); !allowed)
        return allowed.error();
    auto normalised = Validators::mobile(mobile);
    if (!normalised)
        return normalised.error();
    return m_db.read([&](Database &tx) -> Result<std::optional<Party>> {
        QSqlQuery q =
            tx.exec(QStringLiteral("SELECT %1 FROM parties WHERE tenant_id = ? AND mobile = ? AND deleted_at IS NULL")
                        .arg(kColumns),
                    {session.tenantId, normalised.value()});
        if (!q.next())
            return std::optional<Party>();
        return std::optional<Party>(readParty(q));
    });
}

Result<PartyService::Removal> PartyService::remove(const Session &session, qint64 partyId, int rowVersion) {
    if (auto allowed = requirePermission(m_db, session, perm::PartiesEdit, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<Removal> {
        auto current = load(tx, session, partyId);
        if (!current)
            return current.error();
        if (current->rowVersion != rowVersion)
            return Error::conflict(changedByMessage(tr("party"), current->updatedBy, current->updatedAt));
        bool referenced =
            tx.scalar(QStringLiteral("SELECT 1 FROM quotes WHERE party_id = ? LIMIT 1"), {partyId}).isValid();
        if (!referenced) {
            // Documents added later (invoices, …) refer to parties by foreign key: if one does, the delete
            // fails and the party is hidden instead.
            const QString oldSearch =
                tx.scalar(QStringLiteral("SELECT search_text FROM parties WHERE id = ?"), {partyId}).toString();
            tx.exec(QStringLiteral("SAVEPOINT party_remove"));
            try {
                SearchTerms::replace(tx, QStringLiteral("party_terms"), QStringLiteral("party_id"), session.tenantId,
                                     partyId, oldSearch, {});
                tx.exec(QStringLiteral("DELETE FROM parties WHERE id = ? AND tenant_id = ?"),
                        {partyId, session.tenantId});
                tx.exec(QStringLiteral("RELEASE SAVEPOINT party_remove"));
            } catch (const DbError &e) {
                if (e.transient())
                    throw;
                tx.exec(QStringLiteral("ROLLBACK TO SAVEPOINT party_remove"));
                tx.exec(QStringLiteral("RELEASE SAVEPOINT party_remove"));
                referenced = true;
            }
        }
        if (referenced && !current->deleted)
            tx.exec(QStringLiteral(
                        "UPDATE parties SET deleted_at = ?, updated_at = ?, updated_by = ?, updated_by_name = ?, "
                        "row_version = row_version + 1 WHERE id = ?"),
                    {isoUtc(now), isoUtc(now), session.userId, session.username, partyId});
        const Removal removal = referenced ? Removal::Hidden : Removal::Deleted;
        AuditLog::append(
            tx, session,
            {QStringLiteral("party.delete"),
             QStringLiteral("party"),
             QString::number(partyId),
             auditJson(current.value()),
             {{QStringLiteral("mode"), referenced ? QStringLiteral("hidden") : QStringLiteral("deleted")}}},
            now);
        return removal;
    });
}

Result<Party> PartyService::unhide(const Session &session, qint64 partyId, int rowVersion) {
    if (auto allowed = requirePermission(m_db, session, perm::PartiesEdit, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<Party> {
        auto current = load(tx, session, partyId);
        if (!current)
            return current.error();
        if (current->rowVersion != rowVersion)
            return Error::conflict(changedByMessage(tr("party"), current->updatedBy, current->updatedAt));
        if (!current->deleted)
            return current.value();
        const QVariant clash = tx.scalar(
            QStringLiteral("SELECT name FROM parties WHERE tenant_id = ? AND mobile = ? AND deleted_at IS NULL"),
            {session.tenantId, current->mobile});
        if (clash.isValid())
            return Error::conflict(tr("%1 now has this mobile number; change one of them first").arg(clash.toString()));
        tx.exec(
            QStringLiteral("UPDATE parties SET deleted_at = NULL, updated_at = ?, updated_by = ?, updated_by_name = ?, "
                           "row_version = row_version + 1 WHERE id = ?"),
            {isoUtc(now), session.userId, session.username, partyId});
        AuditLog::append(tx, session,
                         {QStringLiteral("party.unhide"), QStringLiteral("party"), QString::number(partyId)}, now);
        return load(tx, session, partyId);
    });
}

Result<PartyPage> PartyService::list(const Session &session, const PartyQuery &query) {
    if (auto allowed = requirePermission(m_db, session, perm::PartiesView, m_clock); !allowed)
        return allowed.error();
    const int limit = qBound(1, query.limit, 1000);
    const QString column = sortColumn(query.sort);
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QStringList words = SearchTerms::words(query.search);

    return m_db.read([&](Database &tx) -> Result<PartyPage> {
        const SearchTerms::Plan plan =
            SearchTerms::plan(tx, QStringLiteral("party_terms"), QStringLiteral("party_id"), QStringLiteral("parties"),
                              QStringLiteral("p"), session.tenantId, words);
        if (plan.none)
            return PartyPage();
        QStringList where = {QStringLiteral("p.tenant_id = ?")};
        QVariantList values = {session.tenantId};
        if (!plan.idCondition.isEmpty())
            where << plan.idCondition;
        for (const QString &word : plan.filterWords) {
            const SearchTerms::Filter filter = SearchTerms::wordFilter(tx, QStringLiteral("p.search_text"), word);
            where << filter.sql;
            values << filter.value;
        }
        if (!query.includeDeleted)
            where << QStringLiteral("p.deleted_at IS NULL");
        if (query.hasCursor) {
            where << QStringLiteral("(p.%1, p.id) %2 (?, ?)")
                         .arg(column, query.descending ? QStringLiteral("<") : QStringLiteral(">"));
            values << query.after.key << query.after.id;
        }
        const QString sql =
            QStringLiteral("SELECT p.id, p.name, p.company, p.mobile, p.billing_city, p.gstin, p.billing_state, "
                           "p.deleted_at, p.%1 FROM %2 WHERE %3 ORDER BY p.%1 %4, p.id %4 LIMIT %5")
                .arg(column, plan.from, where.join(QStringLiteral(" AND ")), direction)
                .arg(limit + 1);
        QSqlQuery q = tx.exec(sql, plan.values + values);
        PartyPage page;
        while (q.next()) {
            if (page.rows.size() == limit) {
                page.hasMore = true;
                break;
            }
            PartyRow r;
            r.id = q.value(0).toLongLong();
            r.name = q.value(1).toString();
            r.company = q.value(2).toString();
            r.mobile = q.value(3).toString();
            r.city = q.value(4).toString();
            r.gstin = q.value(5).toString();
            r.stateCode = r.gstin.size() >= 2 ? r.gstin.left(2) : q.value(6).toString();
            r.deleted = !q.value(7).isNull();
            page.next = {q.value(8), r.id};
            page.rows << r;
        }
        return page;
    });
}

} // namespace bcp
