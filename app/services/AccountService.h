#pragma once
// Shops, users and signing in (PLATFORM.md "Tenants, users, roles", "Sign-in", "Two-factor"). Every method
// is one unit of work: permission check, validation, one transaction, one audit row. Passwords are hashed
// outside the transaction so a slow Argon2id never holds the database's write lock.

#include "Result.h"
#include "services/Session.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace bcp {

class Clock;
class Database;
class SecretStore;
class ShopKeyService;

struct UserInfo {
    qint64 id = 0;
    qint64 tenantId = 0;
    QString username;
    QString displayName;
    QString email;
    QString role;
    QString status; // active | disabled
    bool mustChangePassword = false;
    bool totpEnabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime lastSignIn;
    int rowVersion = 0;

    bool lockedAt(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

struct UserFilter {
    QString text;   // matches username, display name or e-mail
    QString role;   // empty = any
    QString status; // empty = any; "active", "disabled" or "locked"
};

class AccountService {
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 30;

    explicit AccountService(Database &db);
    AccountService(Database &db, const Clock &clock, SecretStore &secrets);

    // ---- First run ------------------------------------------------------------------------------
    // True while the database has no user at all: the setup wizard (or `boxcost setup`) must run.
    Result<bool> needsSetup();
    struct SetupInput {
        QString company;
        QString stateCode; // two digits, from the GST state table
        QString gstin;     // optional; when given it must be valid and match the state
        QString username;
        QString displayName;
        QString password;
        QString passwordRepeat;
    };
    // Creates the shop and its owner on an empty database and signs the owner in.
    Result<Session> setup(const SetupInput &input);

    // ---- Signing in -----------------------------------------------------------------------------
    struct SignIn {
        Session session;                 // valid once `needsTotp` is false
        bool needsTotp = false;          // ask for a code (or backup code), then call completeTotp()
        bool mustChangePassword = false; // after an admin reset: changeOwnPassword() before anything else
        bool mustEnrolTotp = false;      // the shop requires two-factor for this role and it is not set up
    };
    // Wrong user name and wrong password give the same message; five failures lock the account for 30
    // minutes. Every attempt is audited.
    Result<SignIn> signIn(const QString &username, const QString &password);
    // Second step: a 6-digit code (one step either side, never the same step twice) or a backup code.
    Result<SignIn> completeTotp(const SignIn &pending, const QString &code);
    // Re-checks the password of a signed-in user (the idle lock), without a new session. A wrong password counts
    // toward the lockout exactly like one at sign-in (Kind::Denied). Kind::Conflict when the account is locked
    // (by this attempt, or already and the password is right) or no longer active: the window can then only
    // sign out.
    Result<void> unlockSession(const Session &session, const QString &password);
    // Records that the user signed out (from the locked window).
    Result<void> signOut(const Session &session);
    // The name of the session's shop, for the status bar.
    Result<QString> shopName(const Session &session);

    Result<void> changeOwnPassword(const Session &session, const QString &current, const QString &next,
                                   const QString &repeat);

    // ---- Two-factor enrolment -------------------------------------------------------------------
    struct TotpEnrolment {
        QByteArray secret;
        QString uri;        // otpauth://… for the QR code
        QString displayKey; // the key in groups of four, for typing by hand
    };
    // A new secret; nothing is stored until confirmTotp() receives a valid code for it.
    Result<TotpEnrolment> beginTotp(const Session &session);
    // Stores the secret sealed under the shop key (ShopKeyService) and returns 10 backup codes to show once.
    // Re-enrolment replaces the secret and invalidates every earlier backup code.
    Result<QStringList> confirmTotp(const Session &session, const TotpEnrolment &enrolment, const QString &code);
    Result<bool> requiresTwoFactor(const Session &session);
    Result<void> setRequireTwoFactor(const Session &session, bool required);

    // ---- User administration (owner/admin, offline on a local database) ---------------------------
    Result<QList<UserInfo>> listUsers(const Session &session, const UserFilter &filter = {});
    Result<UserInfo> user(const Session &session, qint64 userId);
    Result<UserInfo> findUser(const Session &session, const QString &username);
    struct NewUser {
        QString username;
        QString displayName;
        QString email;
        QString role;
        QString password; // one-time: the user must change it at first sign-in
    };
    Result<qint64> addUser(const Session &session, const NewUser &input);
    Result<void> updateUser(const Session &session, qint64 userId, const QString &displayName, const QString &email,
                            int rowVersion);
    Result<void> setDisabled(const Session &session, qint64 userId, bool disabled);
    Result<void> resetPassword(const Session &session, qint64 userId, const QString &oneTimePassword);
    Result<void> unlock(const Session &session, qint64 userId);
    Result<void> resetTotp(const Session &session, qint64 userId);
    Result<void> changeRole(const Session &session, qint64 userId, const QString &role);

    // The session of a user as stored now (role and permissions re-read), e.g. after a role change.
    Result<Session> reloadSession(const Session &session);

    // The shop key of this database and keychain: two-factor secrets are sealed under it, so a computer without
    // it cannot check codes (ShopKeyService::isMissingKey) until an owner or admin installs it.
    ShopKeyService shopKeys();

private:
    Result<Session> loadSession(Database &tx, qint64 userId);
    Result<UserInfo> loadUser(Database &tx, const Session &session, qint64 userId);
    Result<QByteArray> openSecret(const Session &session, const QString &sealed);
    Result<QString> hashNewPassword(const QString &password, const QString &repeat, const UserInfo &who);

    Database &m_db;
    const Clock &m_clock;
    SecretStore &m_secrets;
};

} // namespace bcp
