#pragma once
// Secrets (database and SMTP passwords, payment-gateway keys, the data key) live in the OS keychain
// (Windows Credential Manager, macOS Keychain, Secret Service on Linux) through QtKeychain, under the service
// name "BoxCostPro". When the keychain cannot be used (no Secret Service, locked, refused, not answering) the
// store asks the user through a callback and keeps the answer in this process's memory only. It never
// writes a secret to a file or to QSettings.
//
// Calls are synchronous and bounded by a timeout, so a hung keychain cannot freeze the program; after one
// timeout the keychain is not tried again until restart. Any thread may call; keychain access itself is
// carried out on the QCoreApplication thread (which must exist, and answers while it runs its event loop).

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <optional>

namespace bcp {

class SecretStore {
public:
    // Asked for a secret the keychain cannot give. `key` names the entry; `why` is a full sentence for the
    // prompt (what is needed and why the keychain failed). Return std::nullopt when the user cancels.
    // Runs on the thread that called read(): a GUI implementation must move to the GUI thread itself.
    using AskFunction = std::function<std::optional<QString>(const QString &key, const QString &why)>;

    // Where write() put a secret: the keychain, or only this process's memory (keychain unusable).
    enum class Storage { Keychain, Memory };

    static constexpr int kDefaultTimeoutMs = 15000;
    static QString defaultService();   // "BoxCostPro"
    static QString dataKeyEntryName(); // "data-key", the keychain entry that holds dataKey()

    explicit SecretStore(QString service = defaultService(), int timeoutMs = kDefaultTimeoutMs);
    ~SecretStore();
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    // The process-wide store under defaultService(); the GUI and CLI install their ask callback on it.
    static SecretStore &instance();

    void setAsk(AskFunction ask);

    // The secret for `key`: from memory if it was entered or written while the keychain was unusable, else
    // from the keychain. Errors: Kind::NotFound when the keychain works but has no such entry (the caller
    // decides whether to prompt and write()); a locked keychain is not mistaken for a missing entry (a
    // harmless "keychain-check" entry is written and removed to tell them apart, which also lets the system
    // raise its unlock prompt). When the keychain is unusable the ask callback is called with
    // `label` (a description like "the password for app@server:5432"; the key when empty) and its answer is
    // kept in memory; Kind::Unavailable when there is no callback or the user cancels.
    Result<QString> read(const QString &key, const QString &label = {});

    // Saves to the keychain; when it is unusable, keeps the value in memory only and says so (Storage::Memory,
    // details in keychainProblem()). Not an error, since the program can go on for this session.
    Result<Storage> write(const QString &key, const QString &value);

    // Forgets the secret in memory and deletes the keychain entry (a missing entry is fine).
    // Kind::Unavailable when the keychain could not be reached, so the entry may still be there.
    Result<void> remove(const QString &key);

    // This computer's own 32-byte SecretBox key, created at first use as a base64 keychain entry and reused
    // afterwards. Two-factor secrets were sealed under it before shop keys (ShopKeyService), which now seal
    // them; a shop whose secrets it still opens adopts it as its shop key.
    // Never asked for and never kept as a memory-only value: Kind::Unavailable with a clear message when the
    // keychain is unusable (so nothing is sealed under a key that would be lost), and
    // Kind::Conflict when the entry exists but does not hold a valid key (it is left untouched, because
    // replacing it would make every secret sealed under it unreadable).
    Result<QByteArray> dataKey();
    // The same key when this computer already has one, without creating it: Kind::NotFound otherwise. Used once
    // per shop to carry two-factor secrets sealed before shop keys existed over to the shop key.
    Result<QByteArray> existingDataKey();

    // False after the keychain answered with an error or timed out; true again after it next works.
    bool keychainAvailable() const;
    // Why the keychain could not be used the last time (empty when it worked), for messages and status lines.
    QString keychainProblem() const;

private:
    void recordKeychainState(const QString &problem, bool hung);
    Result<QByteArray> loadDataKey(bool create);

    const QString m_service;
    const int m_timeoutMs;
    mutable QMutex m_mutex;
    QMutex m_dataKeyMutex; // held across the whole create-or-read, so one process never makes two keys
    AskFunction m_ask;
    QHash<QString, QString> m_memory;
    QString m_problem;
    QByteArray m_dataKey;
};

} // namespace bcp
