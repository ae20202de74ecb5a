// Every mutating call of every service writes exactly one audit row, in the same transaction as its change,
// naming the action, the entity type and id, the acting user and the result; a refused call (bad input, a
// stale row_version, a rule of the service) and a call with nothing to change write none, and a refused
// permission writes only the audited denial. Both tables below are data: one short case per call, so a new
// service adds its calls here.
//
//   {"party.update", [](Shop &s) {
//        Party p = s.party();
//        p.name = QStringLiteral("Kumar Traders Pvt Ltd");
//        s.one({"party.update", "party", id(p.id)}, [&] { return s.parties.update(s.owner, p); });
//    }},
//
// A new service adds a member to Shop, its builders if any, and its cases to mutations() and refusals().

#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"
#include "services/Clock.h"
#include "services/CompanyService.h"
#include "services/CouponService.h"
#include "services/DemoData.h"
#include "services/EntitlementService.h"
#include "services/InvoiceService.h"
#include "services/MastersService.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/PlanService.h"
#include "services/QuoteService.h"
#include "services/SecretStore.h"
#include "services/Session.h"
#include "services/ShopKeyService.h"
#include "services/SubscriptionService.h"
#include "services/TicketService.h"
#include "services/Totp.h"

#include <QBuffer>
#include <QTest>

#include <functional>
#include <type_traits>
#include <vector>

using namespace bcp;

namespace {

const QString kPassword = QStringLiteral("Corrugated#Board-2026");
const QString kOtherPassword = QStringLiteral("Flute-Liner-Kraft-42");

QString id(qint64 value) {
    return QString::number(value);
}

// What one call must leave as the newest row of the log.
struct Audited {
    QString action;
    QString entityType;
    QString entityId; // empty: the id `one()` reads from the call's result
    QString result = QStringLiteral("ok");
};

// A shop on one database with its owner signed in, the services under test and small builders for the
// rows a call needs. Each builder makes fresh rows, so cases never depend on each other.
class Shop {
public:
    Shop(Database &db, ManualClock &clock)
        : db(db), clock(clock), accounts(db, clock, SecretStore::instance()), masters(db, clock), parties(db, clock),
          quotes(db, clock), tickets(db, clock), audit(db, clock), invoices(db, clock), company(db, clock),
          plans(db, clock), subscriptions(db, clock), entitlements(db, clock), coupons(db, clock) {}

    Database &db;
    ManualClock &clock;
    AccountService accounts;
    MastersService masters;
    PartyService parties;
    QuoteService quotes;
    TicketService tickets;
    AuditService audit;
    InvoiceService invoices;
    CompanyService company;
    PlanService plans;
    SubscriptionService subscriptions;
    EntitlementService entitlements;
    CouponService coupons;
    Session owner;
    Session viewer;

    int rows() const { return test::auditCount(db); }

    // Runs `call`, which must succeed, and checks it added exactly one row matching `want` for the calling
    // session. `idOf` gives the entity id from the result when `want` leaves it empty.
    template <class F, class IdOf = std::nullptr_t>
    void one(Audited want, F &&call, IdOf idOf = nullptr, const Session *as = nullptr) {
        const Session &who = as ? *as : owner;
        const int before = rows();
        const auto result = call();
        QVERIFY2(result.ok(), result ? "" : qPrintable(result.error().text()));
        if constexpr (!std::is_same_v<IdOf, std::nullptr_t>)
            want.entityId = idOf(result.value());
        QCOMPARE(rows(), before + 1);
        checkNewest(want, who);
    }

    // Runs `call`, which must be refused with `kind`, and checks that the log did not grow.
    template <class F> void none(Error::Kind kind, F &&call) {
        const int before = rows();
        const auto result = call();
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), int(kind));
        QCOMPARE(rows(), before);
    }

    // Runs `call`, which succeeds without anything to change, and checks that the log did not grow.
    template <class F> void unchanged(F &&call) {
        const int before = rows();
        const auto result = call();
        QVERIFY2(result.ok(), result ? "" : qPrintable(result.error().text()));
        QCOMPARE(rows(), before);
    }

    // Runs `call` as `who`, who lacks `permission`: refused, and the refusal is the one new row.
    template <class F> void denied(const Session &who, const QString &permission, F &&call) {
        const int before = rows();
        const auto result = call();
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), int(Error::Kind::Denied));
        QCOMPARE(rows(), before + 1);
        checkNewest(
            {QStringLiteral("permission.denied"), QStringLiteral("permission"), permission, QStringLiteral("denied")},
            who);
    }

    void checkNewest(const Audited &want, const Session &who) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT action, entity_type, entity_id, result, tenant_id, actor_id, "
                                             "actor_name FROM audit_log ORDER BY id DESC LIMIT 1"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), want.action);
        QCOMPARE(q.value(1).toString(), want.entityType);
        QCOMPARE(q.value(2).toString(), want.entityId);
        QCOMPARE(q.value(3).toString(), want.result);
        QCOMPARE(q.value(4).toLongLong(), who.tenantId);
        QCOMPARE(q.value(5).toLongLong(), who.userId);
        QCOMPARE(q.value(6).toString(), who.username);
    }

    // ---- Builders (their own audit rows come before the call a case measures) -------------------------

    template <class T> static T must(Result<T> r, const char *what) {
        if (!r)
            qFatal("%s failed: %s", what, qPrintable(r.error().text()));
        return std::move(r).value();
    }

    Party party(const QString &name = QStringLiteral("Kumar Traders")) {
        Party p;
        p.name = name;
        p.mobile = QStringLiteral("98%1").arg(++m_serial + 20000000, 8, 10, QLatin1Char('0'));
        p.billing.city = QStringLiteral("Pune");
        return must(parties.create(owner, p), "party");
    }

    QuoteDraft draft(qint64 partyId) {
        QuoteDraft d;
        d.partyId = partyId;
        QuoteItem item;
        item.name = QStringLiteral("Apple Box %1").arg(++m_serial);
        item.spec = test::threePlyBox(250 + m_serial, 200, 150);
        d.items << item;
        return d;
    }

    QuoteSaveResult quote() { return must(quotes.save(owner, draft(party().id)), "quote"); }

    Quote stored(qint64 quoteId) { return must(quotes.get(owner, quoteId), "quote get"); }

    Ticket ticket() {
        NewTicket in;
        in.subject = QStringLiteral("Crushed boxes in lot %1").arg(++m_serial);
        in.description = QStringLiteral("200 of the 1000 boxes arrived crushed at the corners.");
        in.category = QStringLiteral("quality");
        in.partyId = party().id;
        return must(tickets.create(owner, in), "ticket");
    }

    qint64 acceptedQuote() {
        const QuoteSaveResult q = quote();
        (void)must(quotes.setStatus(owner, q.quoteId, QuoteStatus::Accepted), "quote accept");
        return q.quoteId;
    }

    Invoice invoiceDraft() {
        InvoiceDraft d;
        d.partyId = party().id;
        InvoiceLine l;
        l.name = QStringLiteral("Carton %1").arg(++m_serial);
        l.quantity = 100;
        l.rate = Money::fromPaise(1250);
        d.lines << l;
        d.gstRatePercent = 18;
        return must(invoices.saveDraft(owner, d), "invoice draft");
    }

    Invoice finalInvoice() { return must(invoices.finalize(owner, invoiceDraft().id), "invoice finalize"); }

    // The owner's session with an admin's role and permissions, for the rules that depend on the role.
    Session asAdmin() {
        Session admin = owner;
        admin.role = role::Admin;
        admin.permissions = test::seededPermissions(db, admin.role);
        return admin;
    }

    // A user of the shop with a one-time password, and that user's id. The plan caps the users of a shop, so
    // cases share the few users below.
    qint64 user(const QString &role = role::Staff) {
        const QString name = QStringLiteral("user%1").arg(++m_serial);
        return must(
            accounts.addUser(owner, {name, name.toUpper(), name + QStringLiteral("@example.in"), role, kOtherPassword}),
            "user");
    }

    // The user the administration cases act on.
    qint64 subject() {
        if (m_subject == 0)
            m_subject = user();
        return m_subject;
    }

    // Signed-in sessions of two staff users whose password is `kPassword`: one for sign-in cases, one for
    // two-factor cases.
    Session member() { return signedIn(m_member); }
    Session twoFactorMember() { return signedIn(m_twoFactorMember); }

    // The id of the shop's key, as its creation was recorded.
    QString shopKeyId() {
        return db
            .scalar(QStringLiteral("SELECT entity_id FROM audit_log WHERE tenant_id = ? AND action = "
                                   "'shop_key.create'"),
                    {owner.tenantId})
            .toString();
    }

    QString username(qint64 userId) { return must(accounts.user(owner, userId), "user get").username; }

    // The vendor's super admin: platform staff act in tenant 0.
    const Session &vendor() {
        if (m_vendor.userId == 0) {
            m_vendor = test::sessionFor(db, 0,
                                        test::addUserRow(db, 0, QStringLiteral("vendor.admin"), role::SuperAdmin,
                                                         clock.nowUtc(), QStringLiteral("Vendor Admin")));
        }
        return m_vendor;
    }

    // A shop of its own for each subscription case, so no case changes what the owner's shop may do.
    qint64 otherShop() {
        return test::createShop(db, QStringLiteral("Customer shop %1").arg(++m_serial), clock.nowUtc());
    }

    Coupon coupon() {
        Coupon c;
        c.code = QStringLiteral("AUDIT%1").arg(++m_serial);
        c.percent = 10;
        c.maxUsesPerTenant = 0;
        return must(coupons.save(vendor(), c), "coupon");
    }

    OverrideInput overrideFor(qint64 tenantId) {
        OverrideInput in;
        in.tenantId = tenantId;
        in.featureKey = feature::WhatsApp;
        in.enabled = false;
        in.reason = QStringLiteral("Shop asked to stop WhatsApp sharing");
        in.expiresAt = clock.nowUtc().addDays(30);
        return in;
    }

private:
    Session signedIn(qint64 &userId) {
        if (userId == 0) {
            userId = user();
            const auto first = must(accounts.signIn(username(userId), kOtherPassword), "sign-in");
            if (auto changed = accounts.changeOwnPassword(first.session, kOtherPassword, kPassword, kPassword);
                !changed)
                qFatal("password change failed: %s", qPrintable(changed.error().text()));
        }
        const UserInfo info = must(accounts.user(owner, userId), "user get");
        Session session;
        session.userId = info.id;
        session.tenantId = info.tenantId;
        session.username = info.username;
        session.displayName = info.displayName;
        session.role = info.role;
        session.permissions = test::seededPermissions(db, info.role);
        return session;
    }

    qint64 m_subject = 0;
    qint64 m_member = 0;
    qint64 m_twoFactorMember = 0;
    int m_serial = 0;
    Session m_vendor;
};

struct Case {
    const char *name;
    std::function<void(Shop &)> run;
};

// ---- One row per successful mutating call --------------------------------------------------------------

const std::vector<Case> &mutations() {
    static const std::vector<Case> cases = {
        // AccountService
        {"user.create",
         [](Shop &s) {
             s.one(
                 {"user.create", "user"},
                 [&] {
                     return s.accounts.addUser(s.owner,
                                               {"asha", "Asha", "asha@example.in", role::Staff, kOtherPassword});
                 },
                 [](qint64 userId) { return id(userId); });
         }},
        {"user.update",
         [](Shop &s) {
             const qint64 u = s.subject();
             const int version = Shop::must(s.accounts.user(s.owner, u), "user").rowVersion;
             s.one({"user.update", "user", id(u)},
                   [&] { return s.accounts.updateUser(s.owner, u, "Asha Patil", "asha.patil@example.in", version); });
         }},
        {"user.disable",
         [](Shop &s) {
             const qint64 u = s.subject();
             s.one({"user.disable", "user", id(u)}, [&] { return s.accounts.setDisabled(s.owner, u, true); });
             QVERIFY(s.accounts.setDisabled(s.owner, u, false).ok());
         }},
        {"user.enable",
         [](Shop &s) {
             const qint64 u = s.subject();
             QVERIFY(s.accounts.setDisabled(s.owner, u, true).ok());
             s.one({"user.enable", "user", id(u)}, [&] { return s.accounts.setDisabled(s.owner, u, false); });
         }},
        {"user.password.reset",
         [](Shop &s) {
             const qint64 u = s.subject();
             s.one({"user.password.reset", "user", id(u)},
                   [&] { return s.accounts.resetPassword(s.owner, u, "Reset-Password-2026"); });
         }},
        {"auth.unlocked",
         [](Shop &s) {
             const qint64 u = s.subject();
             s.one({"auth.unlocked", "user", id(u)}, [&] { return s.accounts.unlock(s.owner, u); });
         }},
        {"user.totp.reset",
         [](Shop &s) {
             const qint64 u = s.subject();
             s.one({"user.totp.reset", "user", id(u)}, [&] { return s.accounts.resetTotp(s.owner, u); });
         }},
        {"user.role.change",
         [](Shop &s) {
             const qint64 u = s.subject();
             const QString next =
                 Shop::must(s.accounts.user(s.owner, u), "user").role == role::Staff ? role::Viewer : role::Staff;
             s.one({"user.role.change", "user", id(u)}, [&] { return s.accounts.changeRole(s.owner, u, next); });
         }},
        {"settings.update",
         [](Shop &s) {
             s.one({"settings.update", "setting", "security.require_2fa"},
                   [&] { return s.accounts.setRequireTwoFactor(s.owner, false); });
         }},
        {"auth.signin",
         [](Shop &s) {
             const Session me = s.member();
             const int before = s.rows();
             const auto signedIn = s.accounts.signIn(me.username, kPassword);
             QVERIFY2(signedIn.ok(), signedIn ? "" : qPrintable(signedIn.error().text()));
             QCOMPARE(s.rows(), before + 1);
             // The actor of a sign-in is the user signing in.
             s.checkNewest({"auth.signin", "user", id(me.userId)}, me);
         }},
        {"auth.signin.failed",
         [](Shop &s) {
             const Session me = s.member();
             const int before = s.rows();
             const auto refused = s.accounts.signIn(me.username, "not-the-password");
             QVERIFY(!refused.ok());
             QCOMPARE(s.rows(), before + 1);
             s.checkNewest({"auth.signin.failed", "user", id(me.userId), "failed"}, me);
             QVERIFY(s.accounts.unlock(s.owner, me.userId).ok()); // the failure counts toward the lockout
         }},
        {"auth.password.changed",
         [](Shop &s) {
             const Session me = s.member();
             const QString next = QStringLiteral("Another#Password-77");
             s.one(
                 {"auth.password.changed", "user", id(me.userId)},
                 [&] { return s.accounts.changeOwnPassword(me, kPassword, next, next); }, nullptr, &me);
             QVERIFY(s.accounts.changeOwnPassword(me, next, kPassword, kPassword).ok());
         }},
        {"auth.unlock",
         [](Shop &s) {
             const Session me = s.member();
             s.one(
                 {"auth.unlock", "user", id(me.userId)}, [&] { return s.accounts.unlockSession(me, kPassword); },
                 nullptr, &me);
         }},
        {"auth.signout",
         [](Shop &s) {
             const Session me = s.member();
             s.one(
                 {"auth.signout", "user", id(me.userId)}, [&] { return s.accounts.signOut(me); }, nullptr, &me);
         }},
        {"auth.totp.enrolled",
         [](Shop &s) {
             const Session me = s.twoFactorMember();
             s.clock.advanceSeconds(120); // a step no earlier case used
             const auto enrolment = Shop::must(s.accounts.beginTotp(me), "begin totp");
             const QString code = Totp::code(enrolment.secret, Totp::stepAt(s.clock.nowUtc().toSecsSinceEpoch()));
             s.one(
                 {"auth.totp.enrolled", "user", id(me.userId)},
                 [&] { return s.accounts.confirmTotp(me, enrolment, code); }, nullptr, &me);
         }},
        {"auth.signin with a code",
         [](Shop &s) {
             const Session me = s.twoFactorMember();
             s.clock.advanceSeconds(120);
             const auto enrolment = Shop::must(s.accounts.beginTotp(me), "begin totp");
             const qint64 step = Totp::stepAt(s.clock.nowUtc().toSecsSinceEpoch());
             QVERIFY(s.accounts.confirmTotp(me, enrolment, Totp::code(enrolment.secret, step)).ok());
             const auto pending = Shop::must(s.accounts.signIn(me.username, kPassword), "password step");
             QVERIFY(pending.needsTotp);
             s.one(
                 {"auth.signin", "user", id(me.userId)},
                 [&] { return s.accounts.completeTotp(pending, Totp::code(enrolment.secret, step + 1)); }, nullptr,
                 &me);
         }},

        // ShopKeyService
        {"shop_key.show",
         [](Shop &s) {
             ShopKeyService keys = s.accounts.shopKeys();
             s.one({"shop_key.show", "shop_key", s.shopKeyId()}, [&] { return keys.show(s.owner); });
         }},
        {"shop_key.install",
         [](Shop &s) {
             ShopKeyService keys = s.accounts.shopKeys();
             const QString text = Shop::must(keys.show(s.owner), "show key");
             s.one({"shop_key.install", "shop_key", s.shopKeyId()}, [&] { return keys.install(s.owner, text); });
         }},

        // MastersService
        {"masters.update",
         [](Shop &s) {
             auto editable = Shop::must(s.masters.loadForEdit(s.owner), "masters");
             editable.masters.gstPercent = editable.masters.gstPercent == 18 ? 12 : 18;
             s.one({"masters.update", "masters", id(s.owner.tenantId)},
                   [&] { return s.masters.save(s.owner, editable.masters, editable.rowVersion); });
         }},
        {"masters.rate_memory",
         [](Shop &s) {
             s.one({"masters.rate_memory", "rate_memory", "BF 18 Golden"},
                   [&] { return s.masters.rememberRate(s.owner, 18, " Golden ", 41.5); });
         }},

        // PartyService
        {"party.create",
         [](Shop &s) {
             Party p;
             p.name = QStringLiteral("Sharma Cartons");
             p.mobile = QStringLiteral("9811122233");
             s.one(
                 {"party.create", "party"}, [&] { return s.parties.create(s.owner, p); },
                 [](const Party &created) { return id(created.id); });
         }},
        {"party.update",
         [](Shop &s) {
             Party p = s.party();
             p.name = QStringLiteral("Kumar Traders Pvt Ltd");
             s.one({"party.update", "party", id(p.id)}, [&] { return s.parties.update(s.owner, p); });
         }},
        {"party.delete",
         [](Shop &s) {
             const Party p = s.party();
             s.one({"party.delete", "party", id(p.id)}, [&] { return s.parties.remove(s.owner, p.id, p.rowVersion); });
         }},
        {"party.delete of a party with quotes (hidden)",
         [](Shop &s) {
             const Party p = s.party();
             Shop::must(s.quotes.save(s.owner, s.draft(p.id)), "quote");
             s.one({"party.delete", "party", id(p.id)}, [&] { return s.parties.remove(s.owner, p.id, p.rowVersion); });
         }},
        {"party.unhide",
         [](Shop &s) {
             const Party p = s.party();
             Shop::must(s.quotes.save(s.owner, s.draft(p.id)), "quote");
             QVERIFY(s.parties.remove(s.owner, p.id, p.rowVersion).ok());
             const int version = Shop::must(s.parties.get(s.owner, p.id), "party get").rowVersion;
             s.one({"party.unhide", "party", id(p.id)}, [&] { return s.parties.unhide(s.owner, p.id, version); });
         }},

        // QuoteService
        {"quote.create",
         [](Shop &s) {
             const QuoteDraft d = s.draft(s.party().id);
             s.one(
                 {"quote.create", "quote"}, [&] { return s.quotes.save(s.owner, d); },
                 [](const QuoteSaveResult &r) { return id(r.quoteId); });
         }},
        {"quote.version",
         [](Shop &s) {
             const Party p = s.party();
             const QuoteSaveResult first = Shop::must(s.quotes.save(s.owner, s.draft(p.id)), "quote");
             QuoteDraft edit = s.draft(p.id);
             edit.quoteId = first.quoteId;
             edit.rowVersion = s.stored(first.quoteId).rowVersion;
             s.one({"quote.version", "quote", id(first.quoteId)}, [&] { return s.quotes.save(s.owner, edit); });
         }},
        {"quote.restore",
         [](Shop &s) {
             const Party p = s.party();
             const QuoteSaveResult first = Shop::must(s.quotes.save(s.owner, s.draft(p.id)), "quote");
             QuoteDraft edit = s.draft(p.id);
             edit.quoteId = first.quoteId;
             edit.rowVersion = s.stored(first.quoteId).rowVersion;
             Shop::must(s.quotes.save(s.owner, edit), "quote version");
             const int version = s.stored(first.quoteId).rowVersion;
             s.one({"quote.restore", "quote", id(first.quoteId)},
                   [&] { return s.quotes.restore(s.owner, first.quoteId, 1, version); });
         }},
        {"quote.status",
         [](Shop &s) {
             const QuoteSaveResult q = s.quote();
             s.one({"quote.status", "quote", id(q.quoteId)},
                   [&] { return s.quotes.setStatus(s.owner, q.quoteId, QuoteStatus::Sent); });
         }},

        // TicketService
        {"ticket.create",
         [](Shop &s) {
             NewTicket in;
             in.subject = QStringLiteral("Wrong print colour");
             in.description = QStringLiteral("The logo is printed in blue instead of green.");
             in.category = QStringLiteral("quality");
             in.partyId = s.party().id;
             s.one(
                 {"ticket.create", "ticket"}, [&] { return s.tickets.create(s.owner, in); },
                 [](const Ticket &t) { return t.number; });
         }},
        {"ticket.status",
         [](Shop &s) {
             const Ticket t = s.ticket();
             s.one({"ticket.status", "ticket", t.number},
                   [&] { return s.tickets.setStatus(s.owner, t.id, TicketStatus::InProgress); });
         }},
        {"ticket.priority",
         [](Shop &s) {
             const Ticket t = s.ticket();
             s.one({"ticket.priority", "ticket", t.number},
                   [&] { return s.tickets.setPriority(s.owner, t.id, TicketPriority::Urgent); });
         }},
        {"ticket.assign",
         [](Shop &s) {
             const Ticket t = s.ticket();
             const qint64 to = t.assigneeId == s.owner.userId ? 0 : s.owner.userId;
             s.one({"ticket.assign", "ticket", t.number}, [&] { return s.tickets.assign(s.owner, t.id, to); });
         }},
        {"ticket.tags",
         [](Shop &s) {
             const Ticket t = s.ticket();
             s.one({"ticket.tags", "ticket", t.number}, [&] {
                 return s.tickets.setTags(s.owner, t.id, {"corners", "transport"});
             });
         }},
        {"ticket.reply",
         [](Shop &s) {
             const Ticket t = s.ticket();
             s.one({"ticket.reply", "ticket", t.number}, [&] {
                 return s.tickets.addMessage(s.owner, t.id, TicketMessageKind::Reply, "We are sending new boxes.");
             });
         }},
        {"ticket.note",
         [](Shop &s) {
             const Ticket t = s.ticket();
             s.one({"ticket.note", "ticket", t.number}, [&] {
                 return s.tickets.addMessage(s.owner, t.id, TicketMessageKind::Note, "Check the truck loading.");
             });
         }},
        {"ticket.requester_message",
         [](Shop &s) {
             const Ticket t = s.ticket();
             s.one({"ticket.requester_message", "ticket", t.number}, [&] {
                 return s.tickets.addMessage(s.owner, t.id, TicketMessageKind::Requester,
                                             "Photos of the lot attached.");
             });
         }},
        {"ticket.attachment",
         [](Shop &s) {
             const Ticket t = s.ticket();
             const QByteArray pdf("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
             s.one({"ticket.attachment", "ticket", t.number},
                   [&] { return s.tickets.addAttachment(s.owner, t.id, "challan.pdf", pdf); });
         }},
        {"ticket.escalate",
         [](Shop &s) {
             // Every older ticket escalated first, so the sweep below finds this one alone.
             s.clock.advanceSeconds(3 * 24 * 3600);
             QVERIFY(s.tickets.escalateOverdue(s.owner).ok());
             const Ticket t = s.ticket();
             s.clock.advanceSeconds(3 * 24 * 3600);
             s.one({"ticket.escalate", "ticket", t.number}, [&] { return s.tickets.escalateOverdue(s.owner); });
         }},
        {"ticket.sla_rule",
         [](Shop &s) {
             SlaRule rule = Shop::must(s.tickets.slaRules(s.owner), "rules").constFirst();
             rule.escalateMinutes -= 1;
             s.one(
                 {"ticket.sla_rule", "sla_rule"}, [&] { return s.tickets.saveSlaRule(s.owner, rule); },
                 [](const SlaRule &saved) { return ticketPriorityCode(saved.priority); });
         }},
        {"ticket.category",
         [](Shop &s) {
             TicketCategory c;
             c.name = QStringLiteral("Delivery delay");
             s.one(
                 {"ticket.category", "ticket_category"}, [&] { return s.tickets.saveCategory(s.owner, c); },
                 [](const TicketCategory &saved) { return saved.code; });
         }},
        {"ticket.agent",
         [](Shop &s) {
             s.one({"ticket.agent", "user", id(s.owner.userId)},
                   [&] { return s.tickets.setAgent(s.owner, s.owner.userId, 7, false); });
         }},
        {"ticket.agent (own availability)",
         [](Shop &s) {
             s.one({"ticket.agent", "user", id(s.owner.userId)},
                   [&] { return s.tickets.setMyAvailability(s.owner, false); });
         }},

        // InvoiceService
        {"invoice.create (from a quote)",
         [](Shop &s) {
             const qint64 quoteId = s.acceptedQuote();
             s.one(
                 {"invoice.create", "invoice"}, [&] { return s.invoices.createFromQuote(s.owner, quoteId); },
                 [](const Invoice &inv) { return id(inv.id); });
         }},
        {"invoice.create (blank)",
         [](Shop &s) {
             InvoiceDraft d = InvoiceDraft::of(s.invoiceDraft());
             d.id = 0;
             s.one(
                 {"invoice.create", "invoice"}, [&] { return s.invoices.saveDraft(s.owner, d); },
                 [](const Invoice &inv) { return id(inv.id); });
         }},
        {"invoice.update",
         [](Shop &s) {
             InvoiceDraft d = InvoiceDraft::of(s.invoiceDraft());
             d.poNumber = QStringLiteral("PO-2231");
             s.one({"invoice.update", "invoice", id(d.id)}, [&] { return s.invoices.saveDraft(s.owner, d); });
         }},
        {"invoice.discard",
         [](Shop &s) {
             const Invoice d = s.invoiceDraft();
             s.one({"invoice.discard", "invoice", id(d.id)},
                   [&] { return s.invoices.discardDraft(s.owner, d.id, d.rowVersion); });
         }},
        {"invoice.finalize",
         [](Shop &s) {
             const Invoice d = s.invoiceDraft();
             s.one({"invoice.finalize", "invoice", id(d.id)},
                   [&] { return s.invoices.finalize(s.owner, d.id, d.rowVersion); });
         }},
        {"invoice.cancel",
         [](Shop &s) {
             const Invoice inv = s.finalInvoice();
             s.one({"invoice.cancel", "invoice", id(inv.id)},
                   [&] { return s.invoices.cancel(s.owner, inv.id, QStringLiteral("Billed to the wrong party")); });
         }},
        {"invoice.payment",
         [](Shop &s) {
             const Invoice inv = s.finalInvoice();
             s.one({"invoice.payment", "invoice", id(inv.id)}, [&] {
                 return s.invoices.recordPayment(s.owner,
                                                 {inv.id, {}, Money::fromPaise(5000), PaymentMode::Upi, "UTR 88120"});
             });
         }},
        {"creditnote.create",
         [](Shop &s) {
             const Invoice inv = s.finalInvoice();
             s.one(
                 {"creditnote.create", "creditnote"},
                 [&] {
                     return s.invoices.createCreditNote(s.owner, {inv.id, {}, "Ten cartons damaged", {{0, 10}}, {}});
                 },
                 [](const Invoice &note) { return id(note.id); });
         }},
        {"creditnote.cancel",
         [](Shop &s) {
             const Invoice inv = s.finalInvoice();
             const Invoice note =
                 Shop::must(s.invoices.createCreditNote(s.owner, {inv.id, {}, "Ten cartons damaged", {{0, 10}}, {}}),
                            "credit note");
             s.one({"creditnote.cancel", "creditnote", id(note.id)},
                   [&] { return s.invoices.cancel(s.owner, note.id, QStringLiteral("Cartons were not returned")); });
         }},

        // CompanyService
        {"company.update",
         [](Shop &s) {
             CompanyProfile p = Shop::must(s.company.get(s.owner), "company");
             p.phone = p.phone == QLatin1String("020 2712 3456") ? QStringLiteral("020 2712 9999")
                                                                 : QStringLiteral("020 2712 3456");
             s.one({"company.update", "company", id(s.owner.tenantId)}, [&] { return s.company.save(s.owner, p); });
         }},
        {"company.identity.update (owner, after a final invoice)",
         [](Shop &s) {
             (void)s.finalInvoice();
             CompanyProfile p = Shop::must(s.company.get(s.owner), "company");
             QVERIFY(p.identityLocked);
             p.name = p.name == QLatin1String("Sharma Packaging") ? QStringLiteral("Sharma Packaging Pvt Ltd")
                                                                  : QStringLiteral("Sharma Packaging");
             s.one({"company.identity.update", "company", id(s.owner.tenantId)},
                   [&] { return s.company.save(s.owner, p); });
         }},

        // DemoData and AuditService
        {"demo.generate",
         [](Shop &s) {
             DemoData demo(s.db, s.clock);
             DemoData::Options options;
             options.quotes = 3;
             options.parties = 2;
             s.one({"demo.generate", "tenant", id(s.owner.tenantId)}, [&] { return demo.generate(s.owner, options); });
         }},
        {"audit.export",
         [](Shop &s) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             s.one({"audit.export", "audit_log", id(s.owner.tenantId)},
                   [&] { return s.audit.exportRows(s.owner, {}, AuditExportFormat::Csv, out); });
         }},
        // PlanService (Enterprise: no case's shop is on it)
        {"plan.version",
         [](Shop &s) {
             const Plan p = Shop::must(s.plans.planByCode(s.vendor(), QStringLiteral("enterprise")), "plan");
             const PlanEdit e{p.id,
                              p.current.version,
                              p.current.name,
                              p.current.pricePaise + 10000,
                              p.current.trialDays,
                              p.current.features,
                              QStringLiteral("Price review")};
             s.one(
                 {"plan.version", "plan", id(p.id)}, [&] { return s.plans.saveVersion(s.vendor(), e); }, nullptr,
                 &s.vendor());
         }},
        // SubscriptionService
        {"subscription.trial",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             s.one(
                 {"subscription.trial", "subscription", id(t)},
                 [&] { return s.subscriptions.startTrial(s.vendor(), t, QStringLiteral("basic")); }, nullptr,
                 &s.vendor());
         }},
        {"subscription.activate",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             s.one(
                 {"subscription.activate", "subscription", id(t)},
                 [&] { return s.subscriptions.activate(s.vendor(), t, QStringLiteral("basic")); }, nullptr,
                 &s.vendor());
         }},
        {"subscription.renew",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             (void)Shop::must(s.subscriptions.activate(s.vendor(), t, QStringLiteral("basic")), "activate");
             s.one(
                 {"subscription.renew", "subscription", id(t)}, [&] { return s.subscriptions.renew(s.vendor(), t); },
                 nullptr, &s.vendor());
         }},
        {"subscription.upgrade",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             (void)Shop::must(s.subscriptions.activate(s.vendor(), t, QStringLiteral("basic")), "activate");
             s.one(
                 {"subscription.upgrade", "subscription", id(t)},
                 [&] { return s.subscriptions.changePlan(s.vendor(), t, QStringLiteral("pro")); }, nullptr,
                 &s.vendor());
         }},
        {"subscription.downgrade",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             (void)Shop::must(s.subscriptions.activate(s.vendor(), t, QStringLiteral("pro")), "activate");
             s.one(
                 {"subscription.downgrade", "subscription", id(t)},
                 [&] { return s.subscriptions.changePlan(s.vendor(), t, QStringLiteral("basic")); }, nullptr,
                 &s.vendor());
         }},
        {"subscription.plan_change",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             (void)Shop::must(s.subscriptions.startTrial(s.vendor(), t, QStringLiteral("basic")), "trial");
             s.one(
                 {"subscription.plan_change", "subscription", id(t)},
                 [&] { return s.subscriptions.changePlan(s.vendor(), t, QStringLiteral("pro")); }, nullptr,
                 &s.vendor());
         }},
        {"subscription.cancel_at_period_end",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             (void)Shop::must(s.subscriptions.activate(s.vendor(), t, QStringLiteral("basic")), "activate");
             s.one(
                 {"subscription.cancel_at_period_end", "subscription", id(t)},
                 [&] {
                     return s.subscriptions.cancel(s.vendor(), t, true, QStringLiteral("Closing the shop in March"));
                 },
                 nullptr, &s.vendor());
         }},
        {"subscription.cancel",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             (void)Shop::must(s.subscriptions.activate(s.vendor(), t, QStringLiteral("basic")), "activate");
             s.one(
                 {"subscription.cancel", "subscription", id(t)},
                 [&] { return s.subscriptions.cancel(s.vendor(), t, false, QStringLiteral("Customer asked to stop")); },
                 nullptr, &s.vendor());
         }},
        {"subscription.suspend",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             s.one(
                 {"subscription.suspend", "subscription", id(t)},
                 [&] { return s.subscriptions.suspend(s.vendor(), t, QStringLiteral("Payment disputed by the bank")); },
                 nullptr, &s.vendor());
         }},
        {"subscription.reactivate",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             (void)Shop::must(s.subscriptions.suspend(s.vendor(), t, QStringLiteral("Payment disputed by the bank")),
                              "suspend");
             s.one(
                 {"subscription.reactivate", "subscription", id(t)},
                 [&] { return s.subscriptions.reactivate(s.vendor(), t); }, nullptr, &s.vendor());
         }},
        {"coupon.redeem by the shop",
         [](Shop &s) {
             const Coupon c = s.coupon();
             s.one({"coupon.redeem", "coupon", id(c.id)},
                   [&] { return s.subscriptions.applyCoupon(s.owner, 0, c.code); });
         }},
        // EntitlementService
        {"entitlement.override",
         [](Shop &s) {
             const OverrideInput in = s.overrideFor(s.otherShop());
             s.one(
                 {"entitlement.override", "entitlement_override"},
                 [&] { return s.entitlements.setOverride(s.vendor(), in); },
                 [](const EntitlementOverride &o) { return id(o.id); }, &s.vendor());
         }},
        {"entitlement.override.remove",
         [](Shop &s) {
             const EntitlementOverride o =
                 Shop::must(s.entitlements.setOverride(s.vendor(), s.overrideFor(s.otherShop())), "override");
             s.one(
                 {"entitlement.override.remove", "entitlement_override", id(o.id)},
                 [&] { return s.entitlements.removeOverride(s.vendor(), o.id); }, nullptr, &s.vendor());
         }},
        // CouponService
        {"coupon.create",
         [](Shop &s) {
             Coupon c;
             c.code = QStringLiteral("NEWSHOP10");
             c.percent = 10;
             s.one(
                 {"coupon.create", "coupon"}, [&] { return s.coupons.save(s.vendor(), c); },
                 [](const Coupon &saved) { return id(saved.id); }, &s.vendor());
         }},
        {"coupon.update",
         [](Shop &s) {
             Coupon c = s.coupon();
             c.percent = 15;
             s.one(
                 {"coupon.update", "coupon", id(c.id)}, [&] { return s.coupons.save(s.vendor(), c); }, nullptr,
                 &s.vendor());
         }},
        {"coupon.generate",
         [](Shop &s) {
             BulkCouponInput in;
             in.prefix = QStringLiteral("AUD");
             in.count = 3;
             in.pattern.percent = 5;
             s.one(
                 {"coupon.generate", "coupon_batch", "AUD"}, [&] { return s.coupons.generate(s.vendor(), in); },
                 nullptr, &s.vendor());
         }},
        {"coupon.deactivate",
         [](Shop &s) {
             const Coupon c = s.coupon();
             s.one(
                 {"coupon.deactivate", "coupon", id(c.id)}, [&] { return s.coupons.deactivate(s.vendor(), {c.id}); },
                 nullptr, &s.vendor());
         }},
        {"coupon.redeem",
         [](Shop &s) {
             const Coupon c = s.coupon();
             const qint64 t = s.otherShop();
             s.one(
                 {"coupon.redeem", "coupon", id(c.id)},
                 [&] { return s.coupons.redeem(s.vendor(), c.code, t, QStringLiteral("pro"), 149900); }, nullptr,
                 &s.vendor());
         }},
    };
    return cases;
}

// ---- Refused calls: nothing, or only the audited denial ---------------------------------------------------

const std::vector<Case> &refusals() {
    static const std::vector<Case> cases = {
        // Bad input
        {"party.create without a name",
         [](Shop &s) {
             Party p;
             p.mobile = QStringLiteral("9811100000");
             s.none(Error::Kind::Invalid, [&] { return s.parties.create(s.owner, p); });
         }},
        {"user.create with a short password",
         [](Shop &s) {
             s.none(Error::Kind::Invalid, [&] {
                 return s.accounts.addUser(s.owner, {"meena", "Meena", "", role::Staff, "short"});
             });
         }},
        {"masters.update with an illegal GST rate",
         [](Shop &s) {
             auto editable = Shop::must(s.masters.loadForEdit(s.owner), "masters");
             editable.masters.gstPercent = 7;
             s.none(Error::Kind::Invalid,
                    [&] { return s.masters.save(s.owner, editable.masters, editable.rowVersion); });
         }},
        {"ticket.create without a subject",
         [](Shop &s) {
             NewTicket in;
             in.category = QStringLiteral("quality");
             in.partyId = s.party().id;
             s.none(Error::Kind::Invalid, [&] { return s.tickets.create(s.owner, in); });
         }},
        {"ticket.status RESOLVED without a note",
         [](Shop &s) {
             const Ticket t = s.ticket();
             s.none(Error::Kind::Invalid, [&] { return s.tickets.setStatus(s.owner, t.id, TicketStatus::Resolved); });
         }},

        // Stale row_version (the check runs inside the transaction, which rolls back)
        {"party.update stale",
         [](Shop &s) {
             Party p = s.party();
             Party first = p;
             first.name = QStringLiteral("Kumar Traders LLP");
             QVERIFY(s.parties.update(s.owner, first).ok());
             p.name = QStringLiteral("Kumar & Sons");
             s.none(Error::Kind::Conflict, [&] { return s.parties.update(s.owner, p); });
         }},
        {"user.update stale",
         [](Shop &s) {
             const qint64 u = s.subject();
             const int version = Shop::must(s.accounts.user(s.owner, u), "user").rowVersion;
             QVERIFY(s.accounts.updateUser(s.owner, u, "First Name", "", version).ok());
             s.none(Error::Kind::Conflict,
                    [&] { return s.accounts.updateUser(s.owner, u, "Second Name", "", version); });
         }},
        {"masters.update stale",
         [](Shop &s) {
             auto editable = Shop::must(s.masters.loadForEdit(s.owner), "masters");
             editable.masters.gstPercent = editable.masters.gstPercent == 18 ? 12 : 18;
             QVERIFY(s.masters.save(s.owner, editable.masters, editable.rowVersion).ok());
             editable.masters.gstPercent = editable.masters.gstPercent == 18 ? 12 : 18;
             s.none(Error::Kind::Conflict,
                    [&] { return s.masters.save(s.owner, editable.masters, editable.rowVersion); });
         }},
        {"quote.version stale",
         [](Shop &s) {
             const Party p = s.party();
             const QuoteSaveResult first = Shop::must(s.quotes.save(s.owner, s.draft(p.id)), "quote");
             QuoteDraft edit = s.draft(p.id);
             edit.quoteId = first.quoteId;
             edit.rowVersion = s.stored(first.quoteId).rowVersion;
             QVERIFY(s.quotes.save(s.owner, edit).ok());
             edit.items[0].name = QStringLiteral("Late edit");
             s.none(Error::Kind::Conflict, [&] { return s.quotes.save(s.owner, edit); });
         }},
        {"ticket.status stale",
         [](Shop &s) {
             const Ticket t = s.ticket();
             QVERIFY(s.tickets.setPriority(s.owner, t.id, TicketPriority::High).ok());
             s.none(Error::Kind::Conflict,
                    [&] { return s.tickets.setStatus(s.owner, t.id, TicketStatus::InProgress, {}, t.rowVersion); });
         }},

        // Rules the service checks inside its transaction
        {"quote.status of an accepted quote",
         [](Shop &s) {
             const QuoteSaveResult q = s.quote();
             QVERIFY(s.quotes.setStatus(s.owner, q.quoteId, QuoteStatus::Accepted).ok());
             s.none(Error::Kind::Conflict,
                    [&] { return s.quotes.setStatus(s.owner, q.quoteId, QuoteStatus::Rejected); });
         }},
        {"ticket.status from CLOSED",
         [](Shop &s) {
             const Ticket t = s.ticket();
             QVERIFY(s.tickets.setStatus(s.owner, t.id, TicketStatus::Resolved, "Replaced all boxes.").ok());
             QVERIFY(s.tickets.setStatus(s.owner, t.id, TicketStatus::Closed).ok());
             const int before = s.rows();
             QVERIFY(!s.tickets.setStatus(s.owner, t.id, TicketStatus::InProgress).ok());
             QCOMPARE(s.rows(), before);
         }},
        {"user.role.change of oneself",
         [](Shop &s) {
             s.none(Error::Kind::Invalid, [&] { return s.accounts.changeRole(s.owner, s.owner.userId, role::Staff); });
         }},
        {"party of another shop",
         [](Shop &s) {
             Party p = s.party();
             Session stranger = s.owner;
             stranger.tenantId = s.owner.tenantId + 1000;
             p.name = QStringLiteral("Not yours");
             const int before = s.rows();
             const auto refused = s.parties.update(stranger, p);
             QVERIFY(!refused.ok());
             QCOMPARE(int(refused.error().kind), int(Error::Kind::NotFound));
             QCOMPARE(s.rows(), before);
         }},

        {"invoice.update of a final invoice",
         [](Shop &s) {
             const Invoice inv = s.finalInvoice();
             InvoiceDraft d = InvoiceDraft::of(inv);
             d.lines[0].quantity = 1;
             s.none(Error::Kind::Conflict, [&] { return s.invoices.saveDraft(s.owner, d); });
         }},
        {"invoice.finalize twice",
         [](Shop &s) {
             const Invoice inv = s.finalInvoice();
             s.none(Error::Kind::Conflict, [&] { return s.invoices.finalize(s.owner, inv.id); });
         }},
        {"invoice.finalize stale",
         [](Shop &s) {
             const Invoice d = s.invoiceDraft();
             QVERIFY(s.invoices.saveDraft(s.owner, InvoiceDraft::of(d)).ok());
             s.none(Error::Kind::Conflict, [&] { return s.invoices.finalize(s.owner, d.id, d.rowVersion); });
         }},
        {"invoice.cancel without a reason",
         [](Shop &s) {
             const Invoice inv = s.finalInvoice();
             s.none(Error::Kind::Invalid, [&] { return s.invoices.cancel(s.owner, inv.id, QStringLiteral(" ")); });
         }},
        {"invoice.payment above the balance",
         [](Shop &s) {
             const Invoice inv = s.finalInvoice();
             s.none(Error::Kind::Invalid, [&] {
                 return s.invoices.recordPayment(
                     s.owner, {inv.id, {}, inv.balance + Money::fromPaise(1), PaymentMode::Cash, {}});
             });
         }},
        {"creditnote.create above the invoiced quantity",
         [](Shop &s) {
             const Invoice inv = s.finalInvoice();
             s.none(Error::Kind::Invalid, [&] {
                 return s.invoices.createCreditNote(s.owner, {inv.id, {}, "Returned goods", {{0, 101}}, {}});
             });
         }},
        {"invoice.create from a quote not accepted",
         [](Shop &s) {
             const QuoteSaveResult q = s.quote();
             s.none(Error::Kind::Conflict, [&] { return s.invoices.createFromQuote(s.owner, q.quoteId); });
         }},
        {"company.update stale",
         [](Shop &s) {
             CompanyProfile p = Shop::must(s.company.get(s.owner), "company");
             CompanyProfile first = p;
             first.signatory = first.signatory == QLatin1String("Ravi Sharma") ? QStringLiteral("R. Sharma")
                                                                               : QStringLiteral("Ravi Sharma");
             QVERIFY(s.company.save(s.owner, first).ok());
             p.bankName = QStringLiteral("Late edit bank");
             s.none(Error::Kind::Conflict, [&] { return s.company.save(s.owner, p); });
         }},
        {"company.update with a template over 16 characters",
         [](Shop &s) {
             CompanyProfile p = Shop::must(s.company.get(s.owner), "company");
             p.invoiceTemplate = QStringLiteral("INVOICE/{FY}/{seq:6}");
             s.none(Error::Kind::Invalid, [&] { return s.company.save(s.owner, p); });
         }},

        // Refusals that are events in their own right: one row saying so
        {"company.identity.update by an admin after a final invoice",
         [](Shop &s) {
             (void)s.finalInvoice();
             const Session admin = s.asAdmin();
             CompanyProfile p = Shop::must(s.company.get(s.owner), "company");
             p.name = p.name + QStringLiteral(" Traders");
             const int before = s.rows();
             const auto refused = s.company.save(admin, p);
             QVERIFY(!refused.ok());
             QCOMPARE(int(refused.error().kind), int(Error::Kind::Denied));
             QCOMPARE(s.rows(), before + 1);
             s.checkNewest({"company.identity.update", "company", id(s.owner.tenantId), "denied"}, admin);
         }},
        {"shop_key.install of a wrong key",
         [](Shop &s) {
             ShopKeyService keys = s.accounts.shopKeys();
             const QString wrong = ShopKeyService::format(QByteArray(32, '\x5a'));
             const int before = s.rows();
             const auto refused = keys.install(s.owner, wrong);
             QVERIFY(!refused.ok());
             QCOMPARE(int(refused.error().kind), int(Error::Kind::Invalid));
             QCOMPARE(s.rows(), before + 1);
             s.checkNewest({"shop_key.install.failed", "shop_key", s.shopKeyId(), "failed"}, s.owner);
         }},

        // Nothing to change: no write, so no row
        {"masters.update with the same masters",
         [](Shop &s) {
             const auto editable = Shop::must(s.masters.loadForEdit(s.owner), "masters");
             s.unchanged([&] { return s.masters.save(s.owner, editable.masters, editable.rowVersion); });
         }},
        {"quote.status to the status it has",
         [](Shop &s) {
             const QuoteSaveResult q = s.quote();
             QVERIFY(s.quotes.setStatus(s.owner, q.quoteId, QuoteStatus::Sent).ok());
             s.unchanged([&] { return s.quotes.setStatus(s.owner, q.quoteId, QuoteStatus::Sent); });
         }},

        // Permission refused: the denial is the only row
        {"viewer party.create",
         [](Shop &s) {
             Party p;
             p.name = QStringLiteral("Viewer Party");
             s.denied(s.viewer, perm::PartiesEdit, [&] { return s.parties.create(s.viewer, p); });
         }},
        {"viewer masters.update",
         [](Shop &s) {
             const auto editable = Shop::must(s.masters.loadForEdit(s.owner), "masters");
             s.denied(s.viewer, perm::MastersEdit,
                      [&] { return s.masters.save(s.viewer, editable.masters, editable.rowVersion); });
         }},
        {"viewer quote.create",
         [](Shop &s) {
             const QuoteDraft d = s.draft(s.party().id);
             s.denied(s.viewer, perm::QuotesEdit, [&] { return s.quotes.save(s.viewer, d); });
         }},
        {"viewer user.create",
         [](Shop &s) {
             s.denied(s.viewer, perm::UsersManage, [&] {
                 return s.accounts.addUser(s.viewer, {"vikram", "Vikram", "", role::Staff, kOtherPassword});
             });
         }},
        {"viewer ticket.create",
         [](Shop &s) {
             NewTicket in;
             in.subject = QStringLiteral("Viewer ticket");
             in.description = QStringLiteral("A viewer may only read tickets.");
             in.category = QStringLiteral("quality");
             in.partyId = s.party().id;
             s.denied(s.viewer, perm::TicketsEdit, [&] { return s.tickets.create(s.viewer, in); });
         }},
        {"viewer shop_key.show",
         [](Shop &s) {
             ShopKeyService keys = s.accounts.shopKeys();
             s.denied(s.viewer, perm::UsersManage, [&] { return keys.show(s.viewer); });
         }},
        {"viewer invoice.create",
         [](Shop &s) {
             InvoiceDraft d = InvoiceDraft::of(s.invoiceDraft());
             d.id = 0;
             s.denied(s.viewer, perm::InvoicesEdit, [&] { return s.invoices.saveDraft(s.viewer, d); });
         }},
        {"viewer invoice.finalize",
         [](Shop &s) {
             const Invoice d = s.invoiceDraft();
             s.denied(s.viewer, perm::InvoicesFinalize, [&] { return s.invoices.finalize(s.viewer, d.id); });
         }},
        {"viewer company.update",
         [](Shop &s) {
             const CompanyProfile p = Shop::must(s.company.get(s.owner), "company");
             s.denied(s.viewer, perm::SettingsEdit, [&] { return s.company.save(s.viewer, p); });
         }},
        {"viewer audit.export",
         [](Shop &s) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             s.denied(s.viewer, perm::AuditExport,
                      [&] { return s.audit.exportRows(s.viewer, {}, AuditExportFormat::Json, out); });
         }},
        // Plans, subscriptions, entitlements and coupons
        {"subscription.cancel with a short reason",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             s.none(Error::Kind::Invalid,
                    [&] { return s.subscriptions.cancel(s.vendor(), t, false, QStringLiteral("bye")); });
         }},
        {"subscription.renew of a trial",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             s.none(Error::Kind::Conflict, [&] { return s.subscriptions.renew(s.vendor(), t); });
         }},
        {"entitlement.override with a short reason",
         [](Shop &s) {
             OverrideInput in = s.overrideFor(s.otherShop());
             in.reason = QStringLiteral("asked");
             s.none(Error::Kind::Invalid, [&] { return s.entitlements.setOverride(s.vendor(), in); });
         }},
        {"coupon.create without a discount",
         [](Shop &s) {
             Coupon c;
             c.code = QStringLiteral("NOTHING");
             s.none(Error::Kind::Invalid, [&] { return s.coupons.save(s.vendor(), c); });
         }},
        {"coupon.redeem of an unknown code",
         [](Shop &s) {
             const qint64 t = s.otherShop();
             s.none(Error::Kind::Invalid, [&] {
                 return s.coupons.redeem(s.vendor(), QStringLiteral("NO-SUCH-CODE"), t, QStringLiteral("pro"), 149900);
             });
         }},
        {"plan.version by a shop owner",
         [](Shop &s) {
             const Plan p = Shop::must(s.plans.planByCode(s.owner, QStringLiteral("free")), "plan");
             const PlanEdit e{p.id, p.current.version, QStringLiteral("Free for all"), 0, 0, p.current.features, {}};
             s.denied(s.owner, perm::PlatformPlans, [&] { return s.plans.saveVersion(s.owner, e); });
         }},
        {"subscription.activate by a shop owner",
         [](Shop &s) {
             s.denied(s.owner, perm::PlatformSubscriptions, [&] {
                 return s.subscriptions.activate(s.owner, s.owner.tenantId, QStringLiteral("enterprise"));
             });
         }},
    };
    return cases;
}

} // namespace

class TestAuditCoverage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void setupWritesOneRow();
    void oneRowPerMutatingCall_data();
    void oneRowPerMutatingCall();
    void refusedCallWritesNoRow_data();
    void refusedCallWritesNoRow();
    void failedAuditWriteRollsTheChangeBack();
    void chainHoldsAfterEveryCase();

private:
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Shop> m_shop;
};

void TestAuditCoverage::initTestCase() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    // 10:00 UTC is 15:30 in India: the same calendar day either way.
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 1, 12), QTime(10, 0), QTimeZone::utc()));
    m_shop = std::make_unique<Shop>(*m_db, *m_clock);
    Shop &s = *m_shop;
    s.owner = test::setUpSharmaPackaging(s.accounts, kPassword);
    // The shop key is made (and audited) the first time a two-factor secret needs it; making it here lets
    // each two-factor case below write only its own row.
    (void)Shop::must(s.accounts.shopKeys().key(s.owner), "shop key");
    const qint64 viewerId = s.user(role::Viewer);
    s.viewer = Shop::must(s.accounts.signIn(s.username(viewerId), kOtherPassword), "viewer sign-in").session;
}

void TestAuditCoverage::cleanupTestCase() {
    m_shop.reset();
    m_db.reset();
    m_t.reset();
}

void TestAuditCoverage::setupWritesOneRow() {
    // The first run on an empty database: the shop and its owner, one row, in the new shop's chain.
    test::TestDatabase empty;
    auto db = empty.openMigrated();
    ManualClock clock(m_clock->nowUtc());
    AccountService accounts(*db, clock, SecretStore::instance());
    const auto owner = accounts.setup({QStringLiteral("Patil Boxes"), QStringLiteral("27"), QString(),
                                       QStringLiteral("asha"), QStringLiteral("Asha Patil"), kPassword, kPassword});
    QVERIFY2(owner.ok(), owner ? "" : qPrintable(owner.error().text()));
    QCOMPARE(test::auditCount(*db), 1);
    QSqlQuery q = db->exec(QStringLiteral("SELECT action, entity_type, entity_id, tenant_id, actor_id FROM audit_log"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("tenant.create"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("tenant"));
    QCOMPARE(q.value(2).toString(), id(owner->tenantId));
    QCOMPARE(q.value(3).toLongLong(), owner->tenantId);
    QCOMPARE(q.value(4).toLongLong(), owner->userId);
}

void TestAuditCoverage::oneRowPerMutatingCall_data() {
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < mutations().size(); ++i)
        QTest::newRow(mutations().at(i).name) << int(i);
}

void TestAuditCoverage::oneRowPerMutatingCall() {
    QFETCH(int, index);
    mutations().at(size_t(index)).run(*m_shop);
}

void TestAuditCoverage::refusedCallWritesNoRow_data() {
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < refusals().size(); ++i)
        QTest::newRow(refusals().at(i).name) << int(i);
}

void TestAuditCoverage::refusedCallWritesNoRow() {
    QFETCH(int, index);
    refusals().at(size_t(index)).run(*m_shop);
}

void TestAuditCoverage::failedAuditWriteRollsTheChangeBack() {
    // The audit row is written in the change's own transaction: when it cannot be written, the change is
    // rolled back with it and the log does not grow.
    Shop &s = *m_shop;
    Party p = s.party(QStringLiteral("Rollback Traders"));
    const int before = s.rows();
    Party renamed = p;
    renamed.name = QStringLiteral("Renamed Traders");
    auto refuse = std::make_unique<test::RefusedInsert>(
        *m_db, QStringLiteral("audit_log"), QStringLiteral("NEW.action = 'party.update'"), QStringLiteral("refused"));
    const auto refused = s.parties.update(s.owner, renamed);
    refuse.reset();
    QVERIFY(!refused.ok());
    QCOMPARE(s.rows(), before);
    const Party stored = Shop::must(s.parties.get(s.owner, p.id), "party get");
    QCOMPARE(stored.name, QStringLiteral("Rollback Traders"));
    QCOMPARE(stored.rowVersion, p.rowVersion);
    // With the refusal gone the same edit goes through, with its row.
    s.one({"party.update", "party", id(p.id)}, [&] { return s.parties.update(s.owner, renamed); });
}

void TestAuditCoverage::chainHoldsAfterEveryCase() {
    AuditVerifier verifier(*m_db);
    const QList<qint64> tenants = verifier.tenants().value();
    QVERIFY(!tenants.isEmpty());
    for (qint64 tenant : tenants) {
        const auto report = verifier.verify(tenant);
        QVERIFY(report.ok());
        QVERIFY2(report->holds(), qPrintable(report->text()));
    }
}

QTEST_GUILESS_MAIN(TestAuditCoverage)
#include "tst_audit_coverage.moc"
