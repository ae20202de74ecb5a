#include "services/AccountService.h"

#include "data/Database.h"
#include "money/Gstin.h"
#include "services/AuditLog.h"
#include "services/BackupCodes.h"
#include "services/EntitlementService.h"
#include "services/Clock.h"
#include "services/MastersService.h"
#include "services/PasswordHasher.h"
#include "services/Permissions.h"
#include "services/SecretBox.h"
#include "services/SecretStore.h"
#include "services/ShopKeyService.h"
#include "services/Totp.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AccountService", text);
}

const QString kRequire2faKey = QStringLiteral("security.require_2fa");

// The same words whether the user does not exist or the password is wrong.
QString badCredentials() {
    return tr("Wrong user name or password. After %1 failed attempts an account is locked for %2 minutes.")
        .arg(AccountService::kMaxFailedAttempts)
        .arg(AccountService::kLockMinutes);
}

const QString kUserColumns = QStringLiteral(
    "id, COALESCE(tenant_id, 0), username, display_name, email, role, status, must_change_password, totp_enabled, "
    "failed_attempts, locked_until, last_signin_at, row_version");

UserInfo readUser(const QSqlQuery &q) {
    UserInfo u;
    u.id = q.value(0).toLongLong();
    u.tenantId = q.value(1).toLongLong();
    u.username = q.value(2).toString();
    u.displayName = q.value(3).toString();
    u.email = q.value(4).toString();
    u.role = q.value(5).toString();
    u.status = q.value(6).toString();
    u.mustChangePassword = q.value(7).toInt() != 0;
    u.totpEnabled = q.value(8).toInt() != 0;
    u.failedAttempts = q.value(9).toInt();
    if (!q.value(10).isNull())
        u.lockedUntil = fromIsoUtc(q.value(10).toString());
    if (!q.value(11).isNull())
        u.lastSignIn = fromIsoUtc(q.value(11).toString());
    u.rowVersion = q.value(12).toInt();
    return u;
}

Result<void> checkUsername(const QString &username) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{1,39}$"));
    if (!re.match(username).hasMatch())
        return Error::invalid(QStringLiteral("username"),
                              tr("use 2 to 40 letters, digits, dots, dashes, underscores or @, starting with a letter or digit"));
    return {};
}

QJsonObject userJson(const UserInfo &u) {
    return {{QStringLiteral("username"), u.username}, {QStringLiteral("displayName"), u.displayName},
            {QStringLiteral("email"), u.email},       {QStringLiteral("role"), u.role},
            {QStringLiteral("status"), u.status}};
}

// Counts one more wrong password for `user` inside the caller's transaction and locks the account at the
// fifth, for sign-in and unlock alike. Fills in the audit event; returns whether this attempt locked it.
bool countFailure(Database &tx, const UserInfo &user, const QDateTime &now, AuditEvent &e) {
    const int attempts = user.failedAttempts + 1;
    const bool lockNow = attempts >= AccountService::kMaxFailedAttempts;
    tx.exec(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
            {lockNow ? 0 : attempts,
             lockNow ? QVariant(isoUtc(now.addSecs(AccountService::kLockMinutes * 60))) : QVariant(), user.id});
    if (lockNow)
        e.action = QStringLiteral("auth.locked");
    e.after = {{QStringLiteral("failedAttempts"), attempts}};
    return lockNow;
}

QString wrongPasswordAtUnlock() {
    return tr("Wrong password. After %1 failed attempts an account is locked for %2 minutes.")
        .arg(AccountService::kMaxFailedAttempts)
        .arg(AccountService::kLockMinutes);
}

QString lockedMessage(const QDateTime &until) {
    return tr("This account is locked after too many failed attempts. Try again after %1 (UTC) "
              "or ask an admin to unlock it.").arg(until.toString(QStringLiteral("HH:mm")));
}

// A dummy hash, so that signing in as a user who does not exist costs the same time as a wrong password.
const QString &dummyHash() {
    static const QString hash = PasswordHasher::hash(QStringLiteral("no such user, no such password")).value();
    return hash;
}

} // namespace

AccountService::AccountService(Database &db) : AccountService(db, Clock::system(), SecretStore::instance()) {}

AccountService::AccountService(Database &db, const Clock &clock, SecretStore &secrets)
    : m_db(db), m_clock(clock), m_secrets(secrets) {}

// ---- First run ----------------------------------------------------------------------------------

Result<bool> AccountService::needsSetup() {
    return m_db.read([](Database &tx) -> Result<bool> {
        return tx.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong() == 0;
    });
}

Result<Session> AccountService::setup(const SetupInput &in) {
    const QString company = in.company.simplified();
    if (company.isEmpty())
        return Error::invalid(QStringLiteral("company"), tr("enter the shop's name"));
    if (!Gstin::isStateCode(in.stateCode))
        return Error::invalid(QStringLiteral("state"), tr("choose the shop's state"));
    QString gstin;
    if (!in.gstin.trimmed().isEmpty()) {
        auto parsed = Gstin::parse(in.gstin, QStringLiteral("gstin"));
        if (!parsed)
            return parsed.error();
        if (parsed->stateCode() != in.stateCode)
            return Error::invalid(QStringLiteral("gstin"), tr("the GSTIN is registered in %1, not in %2")
                                                              .arg(parsed->stateName(), Gstin::stateName(in.stateCode)));
        gstin = parsed->text();
    }
    const QString username = in.username.trimmed();
    if (auto ok = checkUsername(username); !ok)
        return ok.error();
    UserInfo who;
    who.username = username;
    who.displayName = in.displayName.trimmed().isEmpty() ? username : in.displayName.trimmed();
    auto hash = hashNewPassword(in.password, in.passwordRepeat, who);
    if (!hash)
        return hash.error();

    const QString now = isoUtc(m_clock.nowUtc());
    auto created = m_db.write([&](Database &tx) -> Result<qint64> {
        if (tx.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong() > 0)
            return Error::conflict(tr("this database already has a shop and users; sign in instead"));
        const qint64 tenantId = tx.insert(QStringLiteral("INSERT INTO tenants (name, state_code, gstin, created_at, updated_at) "
                                                         "VALUES (?, ?, ?, ?, ?)"),
                                          {company, in.stateCode, gstin, now, now});
        const qint64 userId = tx.insert(QStringLiteral("INSERT INTO users (tenant_id, username, display_name, role, password_hash, "
                                                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                        {tenantId, username, who.displayName, role::Owner, hash.value(), now, now});
        MastersService::seedTenant(tx, tenantId);
        AuditEvent e{QStringLiteral("tenant.create"), QStringLiteral("tenant"), QString::number(tenantId), {},
                     {{QStringLiteral("name"), company}, {QStringLiteral("stateCode"), in.stateCode},
                      {QStringLiteral("gstin"), gstin}, {QStringLiteral("owner"), username}}};
        AuditLog::appendFor(tx, tenantId, userId, username, AuditLog::workstation(), e, m_clock.nowUtc());
        return userId;
    });
    if (!created)
        return created.error();
    return m_db.read([&](Database &tx) { return loadSession(tx, created.value()); });
}

// ---- Signing in ---------------------------------------------------------------------------------

Result<AccountService::SignIn> AccountService::signIn(const QString &username, const QString &password) {
    const QString name = username.trimmed();
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("username"), tr("enter your user name"));
    if (password.isEmpty())
        return Error::invalid(QStringLiteral("password"), tr("enter your password"));

    auto found = m_db.read([&](Database &tx) -> Result<std::pair<UserInfo, QString>> {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT %1, password_hash FROM users WHERE lower(username) = lower(?)").arg(kUserColumns), {name});
        if (!q.next())
            return Error::notFound({});
        return std::make_pair(readUser(q), q.value(13).toString());
    });
    if (!found && found.error().kind != Error::Kind::NotFound)
        return found.error();

    const QDateTime now = m_clock.nowUtc();
    if (!found) {
        PasswordHasher::verify(dummyHash(), password);
        auto audited = m_db.write([&](Database &tx) -> Result<bool> {
            AuditLog::appendFor(tx, 0, 0, name, AuditLog::workstation(),
                                {QStringLiteral("auth.signin.failed"), QStringLiteral("user"), {}, {},
                                 {{QStringLiteral("reason"), QStringLiteral("unknown user")}}, QStringLiteral("failed")},
                                now);
            return true;
        });
        if (!audited)
            return audited.error();
        return Error::denied(badCredentials());
    }

    const UserInfo user = found->first;
    const bool passwordOk = PasswordHasher::verify(found->second, password);
    const bool locked = user.lockedAt(now);

    if (!passwordOk || locked || user.status != QStringLiteral("active")) {
        QString message = badCredentials();
        auto recorded = m_db.write([&](Database &tx) -> Result<bool> {
            AuditEvent e{QStringLiteral("auth.signin.failed"), QStringLiteral("user"), QString::number(user.id), {}, {}, QStringLiteral("failed")};
            if (locked) {
                e.after = {{QStringLiteral("reason"), QStringLiteral("locked")}};
                // Only someone who knows the password learns that the account is locked.
                if (passwordOk)
                    message = lockedMessage(user.lockedUntil);
            } else if (!passwordOk) {
                countFailure(tx, user, now, e);
            } else {
                e.after = {{QStringLiteral("reason"), QStringLiteral("disabled")}};
                message = tr("This account is disabled. Ask an admin of your shop to enable it.");
            }
            AuditLog::appendFor(tx, user.tenantId, user.id, user.username, AuditLog::workstation(), e, now);
            return true;
        });
        if (!recorded)
            return recorded.error();
        return Error::denied(message);
    }

    // A successful password check, with a stronger hash when the parameters have risen since.
    const QString rehash = PasswordHasher::needsRehash(found->second) ? PasswordHasher::hash(password).value() : QString();
    auto signedIn = m_db.write([&](Database &tx) -> Result<SignIn> {
        const bool required = tx.scalar(QStringLiteral("SELECT value FROM settings WHERE tenant_id = ? AND key = ?"),
                                        {user.tenantId, kRequire2faKey}).toString() == QStringLiteral("1");
        tx.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL%1 WHERE id = ?")
                    .arg(user.totpEnabled ? QString() : QStringLiteral(", last_signin_at = ?")),
                user.totpEnabled ? QVariantList{user.id} : QVariantList{isoUtc(now), user.id});
        if (!rehash.isEmpty())
            tx.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {rehash, user.id});
        auto session = loadSession(tx, user.id);
        if (!session)
            return session.error();
        SignIn s;
        s.session = session.value();
        s.needsTotp = user.totpEnabled;
        s.mustChangePassword = user.mustChangePassword;
        s.mustEnrolTotp = required && !user.totpEnabled && (user.role == role::Owner || user.role == role::Admin);
        AuditLog::append(tx, s.session,
                         {user.totpEnabled ? QStringLiteral("auth.password.ok") : QStringLiteral("auth.signin"),
                          QStringLiteral("user"), QString::number(user.id), {}, {}, QStringLiteral("ok")},
                         now);
        return s;
    });
    return signedIn;
}

Result<AccountService::SignIn> AccountService::completeTotp(const SignIn &pending, const QString &code) {
    if (!pending.needsTotp)
        return pending;
    const qint64 userId = pending.session.userId;
    const QDateTime now = m_clock.nowUtc();
    const QString id = QString::number(userId);
    QString refusal;

    // Wrong codes count toward the same lockout as wrong passwords: six digits fall to guessing far sooner than
    // a password, so knowing the password must not open unlimited tries.
    auto current = m_db.read([&](Database &tx) -> Result<UserInfo> {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {userId});
        if (!q.next())
            return Error::denied(tr("This account is not active."));
        return readUser(q);
    });
    if (!current)
        return current.error();
    if (current->lockedAt(now)) {
        auto audited = m_db.write([&](Database &tx) -> Result<bool> {
            AuditLog::append(tx, pending.session,
                             {QStringLiteral("auth.totp.failed"), QStringLiteral("user"), id, {},
                              {{QStringLiteral("reason"), QStringLiteral("locked")}}, QStringLiteral("failed")},
                             now);
            return true;
        });
        if (!audited)
            return audited.error();
        return Error::denied(lockedMessage(current->lockedUntil));
    }
    const auto countWrongCode = [&](Database &tx, AuditEvent &event) {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {userId});
        if (q.next() && countFailure(tx, readUser(q), now, event))
            refusal = lockedMessage(now.addSecs(kLockMinutes * 60));
    };

    // The write records the outcome either way (a refusal's audit row must be committed too) and says
    // whether the code was accepted.
    Result<bool> accepted = Error::denied({});
    if (BackupCodes::looksLikeCode(code)) {
        accepted = m_db.write([&](Database &tx) -> Result<bool> {
            QStringList hashes;
            QList<qint64> ids;
            QSqlQuery q = tx.exec(QStringLiteral("SELECT id, code_hash FROM user_backup_codes WHERE user_id = ? AND used_at IS NULL ORDER BY id"), {userId});
            while (q.next()) {
                ids << q.value(0).toLongLong();
                hashes << q.value(1).toString();
            }
            const int index = BackupCodes::match(code, hashes);
            if (index < 0) {
                refusal = tr("That backup code is not valid or was already used.");
                AuditEvent event{QStringLiteral("auth.totp.failed"), QStringLiteral("user"), id, {}, {}, QStringLiteral("failed")};
                countWrongCode(tx, event);
                event.after.insert(QStringLiteral("kind"), QStringLiteral("backup code"));
                AuditLog::append(tx, pending.session, event, now);
                return false;
            }
            tx.exec(QStringLiteral("UPDATE user_backup_codes SET used_at = ? WHERE id = ?"), {isoUtc(now), ids.at(index)});
            tx.exec(QStringLiteral("UPDATE users SET last_signin_at = ? WHERE id = ?"), {isoUtc(now), userId});
            AuditLog::append(tx, pending.session, {QStringLiteral("auth.backup_code.used"), QStringLiteral("user"), id, {},
                                                   {{QStringLiteral("remaining"), int(hashes.size()) - 1}}}, now);
            return true;
        });
    } else {
        auto stored = m_db.read([&](Database &tx) -> Result<std::pair<QString, qint64>> {
            QSqlQuery q = tx.exec(QStringLiteral("SELECT totp_secret, totp_last_step FROM users WHERE id = ? AND totp_enabled = 1"), {userId});
            if (!q.next())
                return Error::notFound(tr("two-factor sign-in is not set up for this user"));
            return std::make_pair(q.value(0).toString(), q.value(1).toLongLong());
        });
        if (!stored)
            return stored.error();
        auto secret = openSecret(pending.session, stored->first);
        if (!secret) {
            // Recorded, so an admin can see which computers still need the shop key.
            if (ShopKeyService::isMissingKey(secret.error())) {
                auto audited = m_db.write([&](Database &tx) -> Result<bool> {
                    AuditLog::append(tx, pending.session, {QStringLiteral("auth.totp.failed"), QStringLiteral("user"), id, {},
                                                           {{QStringLiteral("reason"), QStringLiteral("no shop key on this computer")}},
                                                           QStringLiteral("failed")}, now);
                    return true;
                });
                if (!audited)
                    return audited.error();
            }
            return secret.error();
        }
        const auto step = Totp::verify(secret.value(), code, now.toSecsSinceEpoch(), stored->second);
        if (!step && step.error().kind == Error::Kind::Invalid)
            return step.error(); // not six digits: nothing was compared, nothing to record
        accepted = m_db.write([&](Database &tx) -> Result<bool> {
            if (step) {
                // The guard makes two racing sign-ins with the same code accept it only once.
                const int changed = tx.exec(QStringLiteral("UPDATE users SET totp_last_step = ?, last_signin_at = ? "
                                                           "WHERE id = ? AND totp_last_step < ?"),
                                            {step.value(), isoUtc(now), userId, step.value()}).numRowsAffected();
                if (changed == 1) {
                    AuditLog::append(tx, pending.session, {QStringLiteral("auth.signin"), QStringLiteral("user"), id, {},
                                                           {{QStringLiteral("twoFactor"), true}}}, now);
                    return true;
                }
            }
            const bool replay = !step ? step.error().kind == Error::Kind::Conflict : true;
            refusal = replay ? tr("That code was already used. Wait for the next code in your app.")
                             : tr("That code is not correct. Check your authenticator app's clock and try the current code.");
            AuditEvent event{replay ? QStringLiteral("auth.totp.replay") : QStringLiteral("auth.totp.failed"),
                             QStringLiteral("user"), id, {}, {}, QStringLiteral("failed")};
            // A replayed code is a right code seen before, not a guess.
            if (!replay)
                countWrongCode(tx, event);
            AuditLog::append(tx, pending.session, event, now);
            return false;
        });
    }
    if (!accepted)
        return accepted.error();
    if (!accepted.value())
        return Error::denied(refusal);
    SignIn done = pending;
    done.needsTotp = false;
    return done;
}

Result<void> AccountService::unlockSession(const Session &session, const QString &password) {
    if (password.isEmpty())
        return Error::invalid(QStringLiteral("password"), tr("enter your password"));
    auto found = m_db.read([&](Database &tx) -> Result<std::pair<UserInfo, QString>> {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT %1, password_hash FROM users WHERE id = ?").arg(kUserColumns),
                              {session.userId});
        if (!q.next())
            return Error::conflict(tr("This account no longer exists. Sign out."));
        return std::make_pair(readUser(q), q.value(13).toString());
    });
    if (!found)
        return found.error();
    const UserInfo user = found->first;
    const QDateTime now = m_clock.nowUtc();
    const bool passwordOk = PasswordHasher::verify(found->second, password);
    const bool locked = user.lockedAt(now);
    const bool active = user.status == QStringLiteral("active");

    // The same rules as signIn(): wrong passwords count toward the lockout whichever window they are typed in,
    // and only the right password learns that the account is locked. A wrong password that locks the account
    // says so, because the locked window can then only sign out.
    Result<void> outcome;
    auto recorded = m_db.write([&](Database &tx) -> Result<bool> {
        outcome = {};
        AuditEvent e{QStringLiteral("auth.unlock.failed"), QStringLiteral("user"), QString::number(user.id), {}, {},
                     QStringLiteral("failed")};
        if (!active) {
            e.after = {{QStringLiteral("reason"), QStringLiteral("disabled")}};
            outcome = Error::conflict(tr("This account was disabled by an admin. Sign out."));
        } else if (locked) {
            e.after = {{QStringLiteral("reason"), QStringLiteral("locked")}};
            outcome = passwordOk ? Error::conflict(lockedMessage(user.lockedUntil))
                                 : Error::denied(wrongPasswordAtUnlock());
        } else if (!passwordOk) {
            outcome = countFailure(tx, user, now, e) ? Error::conflict(lockedMessage(now.addSecs(kLockMinutes * 60)))
                                                     : Error::denied(wrongPasswordAtUnlock());
        } else {
            if (user.failedAttempts > 0)
                tx.exec(QStringLiteral("UPDATE users SET failed_attempts = 0 WHERE id = ?"), {user.id});
            e.action = QStringLiteral("auth.unlock");
            e.result = QStringLiteral("ok");
        }
        AuditLog::append(tx, session, e, now);
        return true;
    });
    if (!recorded)
        return recorded.error();
    return outcome;
}

Result<void> AccountService::signOut(const Session &session) {
    auto audited = m_db.write([&](Database &tx) -> Result<bool> {
        AuditLog::append(tx, session, {QStringLiteral("auth.signout"), QStringLiteral("user"),
                                       QString::number(session.userId)}, m_clock.nowUtc());
        return true;
    });
    if (!audited)
        return audited.error();
    return {};
}

Result<QString> AccountService::shopName(const Session &session) {
    if (session.isPlatform())
        return tr("Platform administration");
    return m_db.read([&](Database &tx) -> Result<QString> {
        const QVariant name = tx.scalar(QStringLiteral("SELECT name FROM tenants WHERE id = ?"), {session.tenantId});
        if (!name.isValid() || name.isNull())
            return Error::notFound(tr("the shop of this account no longer exists"));
        return name.toString();
    });
}

Result<void> AccountService::changeOwnPassword(const Session &session, const QString &current, const QString &next,
                                               const QString &repeat) {
    auto me = m_db.read([&](Database &tx) -> Result<std::pair<UserInfo, QString>> {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT %1, password_hash FROM users WHERE id = ?").arg(kUserColumns), {session.userId});
        if (!q.next())
            return Error::notFound(tr("your account no longer exists"));
        return std::make_pair(readUser(q), q.value(13).toString());
    });
    if (!me)
        return me.error();
    if (current.isEmpty())
        return Error::invalid(QStringLiteral("currentPassword"), tr("enter your current password"));
    // A wrong current password is one more guess at the password, so it counts toward the lockout as at
    // sign-in; a locked account cannot change its password until the lock ends or an admin lifts it.
    const QDateTime now = m_clock.nowUtc();
    const bool currentOk = PasswordHasher::verify(me->second, current);
    const bool locked = me->first.lockedAt(now);
    if (!currentOk || locked) {
        QString message = tr("the current password is not correct");
        auto audited = m_db.write([&](Database &tx) -> Result<bool> {
            AuditEvent e{QStringLiteral("auth.password.change.failed"), QStringLiteral("user"),
                         QString::number(session.userId), {}, {}, QStringLiteral("failed")};
            if (locked) {
                e.after = {{QStringLiteral("reason"), QStringLiteral("locked")}};
                if (currentOk)
                    message = lockedMessage(me->first.lockedUntil);
            } else if (countFailure(tx, me->first, now, e)) {
                message = lockedMessage(now.addSecs(kLockMinutes * 60));
            }
            AuditLog::append(tx, session, e, now);
            return true;
        });
        if (!audited)
            return audited.error();
        return Error::invalid(QStringLiteral("currentPassword"), message);
    }
    if (next == current)
        return Error::invalid(QStringLiteral("newPassword"), tr("choose a password different from the current one"));
    auto hash = hashNewPassword(next, repeat, me->first);
    if (!hash)
        return hash.error();
    auto changed = m_db.write([&](Database &tx) -> Result<bool> {
        tx.exec(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 0, failed_attempts = 0, "
                               "updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                {hash.value(), isoUtc(m_clock.nowUtc()), session.userId});
        AuditLog::append(tx, session, {QStringLiteral("auth.password.changed"), QStringLiteral("user"),
                                       QString::number(session.userId)}, m_clock.nowUtc());
        return true;
    });
    if (!changed)
        return changed.error();
    return {};
}

// ---- Two-factor enrolment -----------------------------------------------------------------------

ShopKeyService AccountService::shopKeys() {
    return ShopKeyService(m_db, m_clock, m_secrets);
}

Result<QByteArray> AccountService::openSecret(const Session &session, const QString &sealed) {
    auto key = shopKeys().key(session);
    if (!key)
        return key.error();
    auto box = SecretBox::withKey(key.value());
    if (!box)
        return box.error();
    auto secret = box->decrypt(sealed);
    // The shop key was verified, so this secret was sealed under another key: one computer's own key from before
    // shop keys, when several computers enrolled users.
    if (!secret)
        return Error::conflict(tr("this account's two-factor key was set up under a key this shop no longer uses; "
                                  "sign in with a backup code, or ask an admin to reset two-factor for this account"));
    return secret;
}

Result<AccountService::TotpEnrolment> AccountService::beginTotp(const Session &session) {
    // Refuse before showing a QR code that could not be stored safely.
    auto key = shopKeys().key(session);
    if (!key)
        return key.error();
    TotpEnrolment e;
    e.secret = Totp::generateSecret();
    e.uri = Totp::provisioningUri(session.username, e.secret);
    e.displayKey = Totp::displayKey(e.secret);
    return e;
}

Result<QStringList> AccountService::confirmTotp(const Session &session, const TotpEnrolment &enrolment, const QString &code) {
    const QDateTime now = m_clock.nowUtc();
    auto step = Totp::verify(enrolment.secret, code, now.toSecsSinceEpoch());
    if (!step)
        return step.error().kind == Error::Kind::Invalid ? step.error()
                                                         : Error::invalid(QStringLiteral("code"), tr("that code does not match; type the current code from your app"));
    auto key = shopKeys().key(session);
    if (!key)
        return key.error();
    auto box = SecretBox::withKey(key.value());
    if (!box)
        return box.error();
    const QString sealed = box->encrypt(enrolment.secret);
    const QStringList codes = BackupCodes::generate();
    QStringList hashes;
    for (const QString &c : codes) {
        auto h = BackupCodes::hash(c);
        if (!h)
            return h.error();
        hashes << h.value();
    }
    auto stored = m_db.write([&](Database &tx) -> Result<bool> {
        tx.exec(QStringLiteral("UPDATE users SET totp_secret = ?, totp_enabled = 1, totp_last_step = ?, updated_at = ?, "
                               "row_version = row_version + 1 WHERE id = ?"),
                {sealed, step.value(), isoUtc(now), session.userId});
        tx.exec(QStringLiteral("DELETE FROM user_backup_codes WHERE user_id = ?"), {session.userId});
        for (const QString &h : hashes)
            tx.exec(QStringLiteral("INSERT INTO user_backup_codes (user_id, code_hash) VALUES (?, ?)"), {session.userId, h});
        AuditLog::append(tx, session, {QStringLiteral("auth.totp.enrolled"), QStringLiteral("user"), QString::number(session.userId), {},
                                       {{QStringLiteral("backupCodes"), int(hashes.size())}}}, now);
        return true;
    });
    if (!stored)
        return stored.error();
    return codes;
}

Result<bool> AccountService::requiresTwoFactor(const Session &session) {
    return m_db.read([&](Database &tx) -> Result<bool> {
        return tx.scalar(QStringLiteral("SELECT value FROM settings WHERE tenant_id = ? AND key = ?"),
                         {session.tenantId, kRequire2faKey}).toString() == QStringLiteral("1");
    });
}

Result<void> AccountService::setRequireTwoFactor(const Session &session, bool required) {
    if (auto ok = requirePermission(m_db, session, perm::SettingsEdit, m_clock); !ok)
        return ok;
    auto saved = m_db.write([&](Database &tx) -> Result<bool> {
        tx.exec(QStringLiteral("INSERT INTO settings (tenant_id, key, value) VALUES (?, ?, ?) "
                               "ON CONFLICT (tenant_id, key) DO UPDATE SET value = excluded.value"),
                {session.tenantId, kRequire2faKey, required ? QStringLiteral("1") : QStringLiteral("0")});
        AuditLog::append(tx, session, {QStringLiteral("settings.update"), QStringLiteral("setting"), kRequire2faKey, {},
                                       {{QStringLiteral("requireTwoFactor"), required}}}, m_clock.nowUtc());
        return true;
    });
    if (!saved)
        return saved.error();
    return {};
}

// ---- User administration ------------------------------------------------------------------------

Result<QList<UserInfo>> AccountService::listUsers(const Session &session, const UserFilter &filter) {
    if (auto ok = requirePermission(m_db, session, perm::UsersView, m_clock); !ok)
        return ok.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) -> Result<QList<UserInfo>> {
        QString sql = QStringLiteral("SELECT %1 FROM users WHERE COALESCE(tenant_id, 0) = ?").arg(kUserColumns);
        QVariantList values{session.tenantId};
        if (!filter.text.trimmed().isEmpty()) {
            sql += QStringLiteral(" AND (lower(username) LIKE ? OR lower(display_name) LIKE ? OR lower(email) LIKE ?)");
            const QString like = QLatin1Char('%') + filter.text.trimmed().toLower() + QLatin1Char('%');
            values << like << like << like;
        }
        if (!filter.role.isEmpty()) {
            sql += QStringLiteral(" AND role = ?");
            values << filter.role;
        }
        if (filter.status == QStringLiteral("active") || filter.status == QStringLiteral("disabled")) {
            sql += QStringLiteral(" AND status = ?");
            values << filter.status;
        } else if (filter.status == QStringLiteral("locked")) {
            sql += QStringLiteral(" AND locked_until > ?");
            values << isoUtc(now);
        }
        sql += QStringLiteral(" ORDER BY lower(username)");
        QList<UserInfo> users;
        QSqlQuery q = tx.exec(sql, values);
        while (q.next())
            users << readUser(q);
        return users;
    });
}

Result<UserInfo> AccountService::user(const Session &session, qint64 userId) {
    if (auto ok = requirePermission(m_db, session, perm::UsersView, m_clock); !ok)
        return ok.error();
    return m_db.read([&](Database &tx) { return loadUser(tx, session, userId); });
}

Result<UserInfo> AccountService::findUser(const Session &session, const QString &username) {
    if (auto ok = requirePermission(m_db, session, perm::UsersView, m_clock); !ok)
        return ok.error();
    return m_db.read([&](Database &tx) -> Result<UserInfo> {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM users WHERE lower(username) = lower(?) AND COALESCE(tenant_id, 0) = ?")
                                  .arg(kUserColumns), {username.trimmed(), session.tenantId});
        if (!q.next())
            return Error::notFound(tr("no user %1 in this shop").arg(username.trimmed()));
        return readUser(q);
    });
}

Result<UserInfo> AccountService::loadUser(Database &tx, const Session &session, qint64 userId) {
    // Scoped to the session's tenant: another shop's user is simply not found.
    QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ? AND COALESCE(tenant_id, 0) = ?").arg(kUserColumns),
                          {userId, session.tenantId});
    if (!q.next())
        return Error::notFound(tr("no such user in this shop"));
    return readUser(q);
}

Result<qint64> AccountService::addUser(const Session &session, const NewUser &in) {
    if (auto ok = requirePermission(m_db, session, perm::UsersManage, m_clock); !ok)
        return ok.error();
    const QString username = in.username.trimmed();
    if (auto ok = checkUsername(username); !ok)
        return ok.error();
    const QStringList allowed = session.isPlatform() ? role::platformRoles() : role::shopRoles();
    if (!allowed.contains(in.role))
        return Error::invalid(QStringLiteral("role"), tr("choose one of: %1").arg(allowed.join(QStringLiteral(", "))));
    if (in.role == role::Owner && session.role != role::Owner)
        return Error::denied(tr("Only an owner can make another owner."));
    UserInfo who;
    who.username = username;
    who.displayName = in.displayName.trimmed().isEmpty() ? username : in.displayName.trimmed();
    who.email = in.email.trimmed();
    who.role = in.role;
    who.status = QStringLiteral("active");
    if (!who.email.isEmpty() && !who.email.contains(QLatin1Char('@')))
        return Error::invalid(QStringLiteral("email"), tr("enter a valid e-mail address"));
    auto hash = hashNewPassword(in.password, in.password, who);
    if (!hash)
        return hash.error();
    const QString now = isoUtc(m_clock.nowUtc());
    return m_db.write([&](Database &tx) -> Result<qint64> {
        if (tx.scalar(QStringLiteral("SELECT count(*) FROM users WHERE lower(username) = lower(?)"), {username}).toInt() > 0)
            return Error::invalid(QStringLiteral("username"), tr("the user name %1 is already taken").arg(username));
        if (auto entitled = EntitlementService::require(tx, session, feature::Users, m_clock.nowUtc()); !entitled)
            return entitled.error();
        const QVariant tenant = session.isPlatform() ? QVariant() : QVariant(session.tenantId);
        const qint64 id = tx.insert(QStringLiteral("INSERT INTO users (tenant_id, username, display_name, email, role, password_hash, "
                                                   "must_change_password, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"),
                                    {tenant, username, who.displayName, who.email, who.role, hash.value(), now, now});
        AuditLog::append(tx, session, {QStringLiteral("user.create"), QStringLiteral("user"), QString::number(id), {}, userJson(who)},
                         m_clock.nowUtc());
        return id;
    });
}

Result<void> AccountService::updateUser(const Session &session, qint64 userId, const QString &displayName,
                                        const QString &email, int rowVersion) {
    if (auto ok = requirePermission(m_db, session, perm::UsersManage, m_clock); !ok)
        return ok;
    const QString name = displayName.trimmed();
    const QString mail = email.trimmed();
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("displayName"), tr("enter the user's name"));
    if (!mail.isEmpty() && !mail.contains(QLatin1Char('@')))
        return Error::invalid(QStringLiteral("email"), tr("enter a valid e-mail address"));
    auto saved = m_db.write([&](Database &tx) -> Result<bool> {
        auto before = loadUser(tx, session, userId);
        if (!before)
            return before.error();
        if (before->rowVersion != rowVersion)
            return Error::conflict(tr("this user was changed by someone else; reload and try again"));
        tx.exec(QStringLiteral("UPDATE users SET display_name = ?, email = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                {name, mail, isoUtc(m_clock.nowUtc()), userId});
        AuditLog::append(tx, session, {QStringLiteral("user.update"), QStringLiteral("user"), QString::number(userId),
                                       {{QStringLiteral("displayName"), before->displayName}, {QStringLiteral("email"), before->email}},
                                       {{QStringLiteral("displayName"), name}, {QStringLiteral("email"), mail}}},
                         m_clock.nowUtc());
        return true;
    });
    if (!saved)
        return saved.error();
    return {};
}

Result<void> AccountService::setDisabled(const Session &session, qint64 userId, bool disabled) {
    if (auto ok = requirePermission(m_db, session, perm::UsersManage, m_clock); !ok)
        return ok;
    if (disabled && userId == session.userId)
        return Error::invalid(QStringLiteral("status"), tr("you cannot disable your own account"));
    auto saved = m_db.write([&](Database &tx) -> Result<bool> {
        auto before = loadUser(tx, session, userId);
        if (!before)
            return before.error();
        if (before->role == role::Owner && session.role != role::Owner)
            return Error::denied(tr("Only an owner can disable or enable an owner."));
        if (disabled && before->role == role::Owner &&
            tx.scalar(QStringLiteral("SELECT count(*) FROM users WHERE tenant_id = ? AND role = 'owner' AND status = 'active'"),
                      {session.tenantId}).toInt() <= 1)
            return Error::conflict(tr("%1 is the shop's last owner and cannot be disabled").arg(before->username));
        const QString status = disabled ? QStringLiteral("disabled") : QStringLiteral("active");
        tx.exec(QStringLiteral("UPDATE users SET status = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                {status, isoUtc(m_clock.nowUtc()), userId});
        AuditLog::append(tx, session, {disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), QStringLiteral("user"),
                                       QString::number(userId), {{QStringLiteral("status"), before->status}}, {{QStringLiteral("status"), status}}},
                         m_clock.nowUtc());
        return true;
    });
    if (!saved)
        return saved.error();
    return {};
}

Result<void> AccountService::resetPassword(const Session &session, qint64 userId, const QString &oneTimePassword) {
    if (auto ok = requirePermission(m_db, session, perm::UsersManage, m_clock); !ok)
        return ok;
    auto target = m_db.read([&](Database &tx) { return loadUser(tx, session, userId); });
    if (!target)
        return target.error();
    auto hash = hashNewPassword(oneTimePassword, oneTimePassword, target.value());
    if (!hash)
        return hash.error();
    auto saved = m_db.write([&](Database &tx) -> Result<bool> {
        if (auto still = loadUser(tx, session, userId); !still)
            return still.error();
        tx.exec(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 1, failed_attempts = 0, locked_until = NULL, "
                               "updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                {hash.value(), isoUtc(m_clock.nowUtc()), userId});
        AuditLog::append(tx, session, {QStringLiteral("user.password.reset"), QStringLiteral("user"), QString::number(userId), {},
                                       {{QStringLiteral("mustChangePassword"), true}}}, m_clock.nowUtc());
        return true;
    });
    if (!saved)
        return saved.error();
    return {};
}

Result<void> AccountService::unlock(const Session &session, qint64 userId) {
    if (auto ok = requirePermission(m_db, session, perm::UsersManage, m_clock); !ok)
        return ok;
    auto saved = m_db.write([&](Database &tx) -> Result<bool> {
        auto before = loadUser(tx, session, userId);
        if (!before)
            return before.error();
        tx.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                {isoUtc(m_clock.nowUtc()), userId});
        AuditLog::append(tx, session, {QStringLiteral("auth.unlocked"), QStringLiteral("user"), QString::number(userId),
                                       {{QStringLiteral("failedAttempts"), before->failedAttempts}},
                                       {{QStringLiteral("failedAttempts"), 0}}}, m_clock.nowUtc());
        return true;
    });
    if (!saved)
        return saved.error();
    return {};
}

Result<void> AccountService::resetTotp(const Session &session, qint64 userId) {
    if (auto ok = requirePermission(m_db, session, perm::UsersManage, m_clock); !ok)
        return ok;
    auto saved = m_db.write([&](Database &tx) -> Result<bool> {
        auto before = loadUser(tx, session, userId);
        if (!before)
            return before.error();
        tx.exec(QStringLiteral("UPDATE users SET totp_secret = NULL, totp_enabled = 0, totp_last_step = 0, updated_at = ?, "
                               "row_version = row_version + 1 WHERE id = ?"),
                {isoUtc(m_clock.nowUtc()), userId});
        tx.exec(QStringLiteral("DELETE FROM user_backup_codes WHERE user_id = ?"), {userId});
        AuditLog::append(tx, session, {QStringLiteral("user.totp.reset"), QStringLiteral("user"), QString::number(userId),
                                       {{QStringLiteral("totpEnabled"), before->totpEnabled}}, {{QStringLiteral("totpEnabled"), false}}},
                         m_clock.nowUtc());
        return true;
    });
    if (!saved)
        return saved.error();
    return {};
}

Result<void> AccountService::changeRole(const Session &session, qint64 userId, const QString &newRole) {
    if (auto ok = requirePermission(m_db, session, perm::UsersManage, m_clock); !ok)
        return ok;
    if (userId == session.userId)
        return Error::invalid(QStringLiteral("role"), tr("you cannot change your own role; ask another owner or admin"));
    const QStringList allowed = session.isPlatform() ? role::platformRoles() : role::shopRoles();
    if (!allowed.contains(newRole))
        return Error::invalid(QStringLiteral("role"), tr("choose one of: %1").arg(allowed.join(QStringLiteral(", "))));
    if (newRole == role::Owner && session.role != role::Owner)
        return Error::denied(tr("Only an owner can make another owner."));
    auto saved = m_db.write([&](Database &tx) -> Result<bool> {
        auto before = loadUser(tx, session, userId);
        if (!before)
            return before.error();
        if (before->role == role::Owner && session.role != role::Owner)
            return Error::denied(tr("Only an owner can change an owner's role."));
        if (before->role == role::Owner && newRole != role::Owner &&
            tx.scalar(QStringLiteral("SELECT count(*) FROM users WHERE tenant_id = ? AND role = 'owner' AND status = 'active'"),
                      {session.tenantId}).toInt() <= 1)
            return Error::conflict(tr("%1 is the shop's last owner; make someone else an owner first").arg(before->username));
        tx.exec(QStringLiteral("UPDATE users SET role = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                {newRole, isoUtc(m_clock.nowUtc()), userId});
        AuditLog::append(tx, session, {QStringLiteral("user.role.change"), QStringLiteral("user"), QString::number(userId),
                                       {{QStringLiteral("role"), before->role}}, {{QStringLiteral("role"), newRole}}},
                         m_clock.nowUtc());
        return true;
    });
    if (!saved)
        return saved.error();
    return {};
}

Result<Session> AccountService::reloadSession(const Session &session) {
    return m_db.read([&](Database &tx) { return loadSession(tx, session.userId); });
}

// ---- Helpers ------------------------------------------------------------------------------------

Result<Session> AccountService::loadSession(Database &tx, qint64 userId) {
    QSqlQuery q = tx.exec(QStringLiteral("SELECT id, COALESCE(tenant_id, 0), username, display_name, role FROM users "
                                         "WHERE id = ? AND status = 'active'"), {userId});
    if (!q.next())
        return Error::denied(tr("This account is not active."));
    Session s;
    s.userId = q.value(0).toLongLong();
    s.tenantId = q.value(1).toLongLong();
    s.username = q.value(2).toString();
    s.displayName = q.value(3).toString();
    s.role = q.value(4).toString();
    s.workstation = AuditLog::workstation();
    QSqlQuery p = tx.exec(QStringLiteral("SELECT permission FROM role_permissions WHERE role = ?"), {s.role});
    while (p.next())
        s.permissions.insert(p.value(0).toString());
    return s;
}

Result<QString> AccountService::hashNewPassword(const QString &password, const QString &repeat, const UserInfo &who) {
    if (password != repeat)
        return Error::invalid(QStringLiteral("passwordRepeat"), tr("the two passwords differ"));
    if (auto ok = PasswordHasher::checkPolicy(password, {who.username, who.displayName, who.email}); !ok)
        return ok.error();
    return PasswordHasher::hash(password);
}

} // namespace bcp
