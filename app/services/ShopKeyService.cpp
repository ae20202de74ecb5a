#include "services/ShopKeyService.h"

#include "data/Database.h"
#include "services/AuditLog.h"
#include "services/Base32.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/SecretBox.h"
#include "services/Session.h"
#include "services/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ShopKeyService", text);
}

const QString kField = QStringLiteral("shopKey");
constexpr int kKeyIdBytes = 16;

// A keyed hash of a constant and the key id under the key: the same key always gives the same value, and the
// value says nothing about the key.
QString checkValue(const QByteArray &key, const QString &keyId) {
    Sodium::ensureInitialised();
    const QByteArray message = QByteArrayLiteral("BoxCostPro shop key check\n") + keyId.toLatin1();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), static_cast<size_t>(out.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()),
                       reinterpret_cast<const unsigned char *>(key.constData()), static_cast<size_t>(key.size()));
    return QString::fromLatin1(out.toHex());
}

bool matches(const QByteArray &key, const QString &keyId, const QString &stored) {
    return Sodium::equalConstantTime(checkValue(key, keyId).toLatin1(), stored.toLatin1());
}

Error missingKey(const QString &shop) {
    return {Error::Kind::Unavailable,
            tr("This computer does not have the shop key that protects two-factor sign-in for %1. An owner or admin "
               "can read the key under Users > Shop key on a computer that has it, and enter it on this one (Enter "
               "shop key, or boxcost user shop-key install). Until then, a backup code signs in.")
                .arg(shop),
            kField};
}

Error differentKey(const QString &shop) {
    return {Error::Kind::Unavailable,
            tr("The shop key saved on this computer is not the key %1 uses for two-factor sign-in. An owner or admin "
               "can read the right key under Users > Shop key on a computer that has it, and enter it on this one. "
               "Until then, a backup code signs in.")
                .arg(shop),
            kField};
}

} // namespace

ShopKeyService::ShopKeyService(Database &db, const Clock &clock, SecretStore &secrets)
    : m_db(db), m_clock(clock), m_secrets(secrets) {}

bool ShopKeyService::isMissingKey(const Error &error) {
    return error.kind == Error::Kind::Unavailable && error.field == kField;
}

QString ShopKeyService::entryName(const QString &keyId) {
    return QStringLiteral("shop-key-") + keyId;
}

QString ShopKeyService::format(const QByteArray &key) {
    const QString plain = Base32::encode(key);
    QString grouped;
    for (int i = 0; i < plain.size(); i += 4) {
        if (i > 0)
            grouped += QLatin1Char(' ');
        grouped += plain.mid(i, 4);
    }
    return grouped;
}

Result<QByteArray> ShopKeyService::parse(const QString &text) {
    if (text.trimmed().isEmpty())
        return Error::invalid(kField, tr("enter the shop key: 13 groups of four letters and digits"));
    // Base 32 has no 0, 1 or 8, so those can only be misreadings of O, I and B.
    QString typed = text.toUpper();
    typed.replace(QLatin1Char('0'), QLatin1Char('O'))
        .replace(QLatin1Char('1'), QLatin1Char('I'))
        .replace(QLatin1Char('8'), QLatin1Char('B'));
    auto bytes = Base32::decode(typed);
    if (!bytes)
        return Error::invalid(kField, bytes.error().message);
    if (bytes->size() != SecretBox::kKeyBytes)
        return Error::invalid(kField, tr("a shop key is 13 groups of four letters and digits; this has %1 characters "
                                         "instead of 52. Check that it was copied whole.")
                                          .arg(Base32::encode(bytes.value()).size()));
    return bytes;
}

QString ShopKeyService::shopLabel(const Session &session) {
    if (session.isPlatform())
        return tr("the platform staff");
    auto name = m_db.read([&](Database &tx) -> Result<QString> {
        return tx.scalar(QStringLiteral("SELECT name FROM tenants WHERE id = ?"), {session.tenantId}).toString();
    });
    return name && !name->isEmpty() ? name.value() : tr("this shop");
}

Result<ShopKeyService::Recorded> ShopKeyService::recorded(qint64 tenantId) {
    return m_db.read([&](Database &tx) -> Result<Recorded> {
        QSqlQuery q =
            tx.exec(QStringLiteral("SELECT key_id, check_value FROM shop_keys WHERE tenant_id = ?"), {tenantId});
        if (!q.next())
            return Error::notFound(tr("no shop key has been made yet"));
        return Recorded{q.value(0).toString(), q.value(1).toString()};
    });
}

Result<QByteArray> ShopKeyService::installedKey(const Recorded &row, const QString &shop, State *state) {
    const QString entry = entryName(row.keyId);
    auto text = m_secrets.read(
        entry, tr("the shop key of %1 (13 groups of four letters and digits, shown under Users > Shop key on a "
                  "computer that has it)")
                   .arg(shop));
    if (!text) {
        if (text.error().kind != Error::Kind::NotFound)
            return text.error();
        if (state)
            *state = State::Missing;
        return missingKey(shop);
    }
    auto key = parse(text.value());
    if (!key || !matches(key.value(), row.keyId, row.checkValue)) {
        // A wrong key typed at the keychain-unavailable prompt is forgotten, so the next attempt asks again.
        if (!m_secrets.keychainAvailable())
            (void)m_secrets.remove(entry);
        if (state)
            *state = State::Different;
        return differentKey(shop);
    }
    if (state)
        *state = State::Installed;
    return key;
}

Result<QByteArray> ShopKeyService::key(const Session &session) {
    auto row = recorded(session.tenantId);
    if (!row) {
        if (row.error().kind == Error::Kind::NotFound)
            return create(session);
        return row.error();
    }
    return installedKey(row.value(), shopLabel(session));
}

Result<QByteArray> ShopKeyService::create(const Session &session) {
    const QString shop = shopLabel(session);
    auto sealed = m_db.read([&](Database &tx) -> Result<QStringList> {
        QStringList values;
        QSqlQuery q = tx.exec(QStringLiteral("SELECT totp_secret FROM users WHERE COALESCE(tenant_id, 0) = ? "
                                             "AND totp_secret IS NOT NULL"),
                              {session.tenantId});
        while (q.next())
            values << q.value(0).toString();
        return values;
    });
    if (!sealed)
        return sealed.error();

    QByteArray key;
    QString origin;
    if (sealed->isEmpty()) {
        key = SecretBox::generateKey();
        origin = QStringLiteral("new");
    } else {
        // Secrets sealed before shop keys existed, under the data key of the computer they were set up on: that
        // key becomes the shop key, on the first computer that has it.
        auto legacy = m_secrets.existingDataKey();
        if (!legacy && legacy.error().kind != Error::Kind::NotFound)
            return legacy.error();
        bool opens = false;
        if (legacy) {
            auto box = SecretBox::withKey(legacy.value());
            for (const QString &value : sealed.value()) {
                if (box && box->decrypt(value)) {
                    opens = true;
                    break;
                }
            }
        }
        if (!opens)
            return Error{Error::Kind::Unavailable,
                         tr("The two-factor keys of %1 were set up on another computer before shop keys existed, and "
                            "this computer cannot read them. Sign in with two-factor once on that computer: it then "
                            "keeps its key as the shop key, and an owner or admin can read it there under Users > "
                            "Shop key and enter it on this one. Until then, a backup code signs in.")
                             .arg(shop),
                         kField};
        key = legacy.value();
        origin = QStringLiteral("data key of %1").arg(session.workstation);
    }

    const QString keyId = QString::fromLatin1(Sodium::randomBytes(kKeyIdBytes).toHex());
    const QString entry = entryName(keyId);
    auto stored = m_secrets.write(entry, Base32::encode(key));
    if (!stored)
        return stored.error();
    if (stored.value() != SecretStore::Storage::Keychain) {
        // A key kept only in memory would be lost at exit, and every secret sealed under it with it.
        (void)m_secrets.remove(entry);
        return Error::unavailable(tr("The shop key that protects two-factor secrets is kept in the system keychain, "
                                     "which cannot be used: %1. Unlock or set up the keychain and try again.")
                                      .arg(m_secrets.keychainProblem()));
    }
    const QDateTime now = m_clock.nowUtc();
    auto inserted = m_db.write([&](Database &tx) -> Result<bool> {
        // Two computers may make a key at the same moment: the first row wins and the other uses it.
        const int rows =
            tx.exec(QStringLiteral("INSERT INTO shop_keys (tenant_id, key_id, check_value, origin, "
                                   "created_at, created_by_name) VALUES (?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (tenant_id) DO NOTHING"),
                    {session.tenantId, keyId, checkValue(key, keyId), origin, isoUtc(now), session.username})
                .numRowsAffected();
        if (rows != 1)
            return false;
        AuditLog::append(tx, session,
                         {QStringLiteral("shop_key.create"),
                          QStringLiteral("shop_key"),
                          keyId,
                          {},
                          {{QStringLiteral("origin"), origin}}},
                         now);
        return true;
    });
    if (!inserted || !inserted.value()) {
        (void)m_secrets.remove(entry);
        if (!inserted)
            return inserted.error();
        auto row = recorded(session.tenantId);
        if (!row)
            return row.error();
        return installedKey(row.value(), shop);
    }
    return key;
}

Result<ShopKeyService::State> ShopKeyService::state(const Session &session) {
    if (auto ok = requirePermission(m_db, session, perm::UsersManage, m_clock); !ok)
        return ok.error();
    auto row = recorded(session.tenantId);
    if (!row) {
        if (row.error().kind == Error::Kind::NotFound)
            return State::NotCreated;
        return row.error();
    }
    State state = State::Missing;
    auto key = installedKey(row.value(), shopLabel(session), &state);
    if (!key && !isMissingKey(key.error()))
        return key.error();
    return state;
}

Result<QString> ShopKeyService::show(const Session &session) {
    if (auto ok = requirePermission(m_db, session, perm::UsersManage, m_clock); !ok)
        return ok.error();
    auto current = key(session);
    if (!current)
        return current.error();
    auto keyId = recorded(session.tenantId);
    if (!keyId)
        return keyId.error();
    auto audited = m_db.write([&](Database &tx) -> Result<bool> {
        AuditLog::append(tx, session, {QStringLiteral("shop_key.show"), QStringLiteral("shop_key"), keyId->keyId},
                         m_clock.nowUtc());
        return true;
    });
    if (!audited)
        return audited.error();
    return format(current.value());
}

Result<SecretStore::Storage> ShopKeyService::install(const Session &session, const QString &text) {
    if (auto ok = requirePermission(m_db, session, perm::UsersManage, m_clock); !ok)
        return ok.error();
    auto key = parse(text);
    if (!key)
        return key.error();
    const QString shop = shopLabel(session);
    auto row = recorded(session.tenantId);
    if (!row) {
        if (row.error().kind != Error::Kind::NotFound)
            return row.error();
        return Error::conflict(tr("%1 has no shop key yet, so there is nothing to install: the first computer that "
                                  "sets up or checks a two-factor code makes it.")
                                   .arg(shop));
    }
    const bool right = matches(key.value(), row->keyId, row->checkValue);
    Result<SecretStore::Storage> stored = SecretStore::Storage::Memory;
    if (right) {
        stored = m_secrets.write(entryName(row->keyId), Base32::encode(key.value()));
        if (!stored)
            return stored.error();
    }
    auto audited = m_db.write([&](Database &tx) -> Result<bool> {
        AuditEvent event{QStringLiteral("shop_key.install"), QStringLiteral("shop_key"), row->keyId, {}, {}};
        if (right) {
            event.after = {{QStringLiteral("storage"), stored.value() == SecretStore::Storage::Keychain
                                                           ? QStringLiteral("keychain")
                                                           : QStringLiteral("memory")}};
        } else {
            event.action = QStringLiteral("shop_key.install.failed");
            event.after = {{QStringLiteral("reason"), QStringLiteral("wrong key")}};
            event.result = QStringLiteral("failed");
        }
        AuditLog::append(tx, session, event, m_clock.nowUtc());
        return true;
    });
    if (!audited)
        return audited.error();
    if (!right)
        return Error::invalid(kField, tr("this is not the shop key of %1. Check each group against the key shown "
                                         "on the other computer.")
                                          .arg(shop));
    return stored;
}

} // namespace bcp
