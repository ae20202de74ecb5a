#pragma once
// The shop key: one 32-byte data key per shop under which its users' two-factor secrets are sealed, so that
// every desktop of a shop sharing one PostgreSQL server can read them. Each desktop keeps the key in its OS
// keychain (entry "shop-key-{keyId}"); the database keeps only the key id and a check value (a keyed BLAKE2b
// hash of a constant under the key), so an entered key can be verified but a copy of the database never
// decrypts a secret.
//
// The key is made the first time a two-factor secret of the shop is written or read. A shop whose secrets were
// sealed before shop keys existed, under one desktop's own data key, adopts that data key as its shop key on
// the first desktop whose key opens them. A desktop without the key is told so plainly; an owner or admin
// shows the key as grouped base 32 text on a desktop that has it and enters it on this one.

#include "Result.h"
#include "services/SecretStore.h"

#include <QByteArray>
#include <QString>

namespace bcp {

class Clock;
class Database;
struct Session;

class ShopKeyService {
public:
    enum class State {
        NotCreated, // no two-factor secret needed a key yet
        Installed,  // this computer's keychain holds the shop's key
        Missing,    // the shop has a key and this computer does not hold it
        Different,  // this computer holds a key under the shop's key id, but not the right one
    };

    ShopKeyService(Database &db, const Clock &clock, SecretStore &secrets);

    // The key that seals the two-factor secrets of the session's shop, created on first use. Called while
    // signing in and enrolling, by any user, so it checks no permission. When this computer lacks the key
    // (or holds a wrong one) the error is Kind::Unavailable with field "shopKey" and says what to do.
    Result<QByteArray> key(const Session &session);

    // Where this computer stands. Needs users.manage.
    Result<State> state(const Session &session);

    // The key as grouped base 32 text (13 groups of four), for an owner or admin to enter on another computer.
    // Creates the key when the shop has none yet. Needs users.manage; audited.
    Result<QString> show(const Session &session);

    // Verifies `text` against the shop's check value and saves it in this computer's keychain (in this
    // program's memory only when the keychain cannot be used, said by the returned storage). A key that is not
    // the shop's is Kind::Invalid, field "shopKey". Needs users.manage; audited, refusals too. The session may
    // be one whose two-factor step is still pending: that step cannot be checked before the key is here, and
    // installing a key its holder already knows gives nothing away.
    Result<SecretStore::Storage> install(const Session &session, const QString &text);

    // True for the error key() gives when this computer lacks the shop's key.
    static bool isMissingKey(const Error &error);
    static QString entryName(const QString &keyId);
    static QString format(const QByteArray &key);
    static Result<QByteArray> parse(const QString &text);

private:
    struct Recorded {
        QString keyId;
        QString checkValue;
    };
    Result<Recorded> recorded(qint64 tenantId);
    // The key from this computer's keychain under `keyId`, verified against the check value.
    Result<QByteArray> installedKey(const Recorded &row, const QString &shop, State *state = nullptr);
    Result<QByteArray> create(const Session &session);
    QString shopLabel(const Session &session);

    Database &m_db;
    const Clock &m_clock;
    SecretStore &m_secrets;
};

} // namespace bcp
