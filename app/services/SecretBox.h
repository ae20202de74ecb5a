#pragma once
// Authenticated encryption of small secrets stored in the database (TOTP keys), with libsodium's
// crypto_secretbox (XSalsa20-Poly1305) under a 32-byte data key that lives in the OS keychain
// (SecretStore::dataKey()). A sealed value is base64(nonce || ciphertext), a fresh random nonce each time.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace bcp {

class SecretBox {
public:
    static constexpr int kKeyBytes = 32;

    // A fresh random data key.
    static QByteArray generateKey();

    // Kind::Invalid (field "key") unless `key` is exactly kKeyBytes long.
    static Result<SecretBox> withKey(const QByteArray &key);

    ~SecretBox();
    SecretBox(const SecretBox &) = default;
    SecretBox &operator=(const SecretBox &) = default;

    QString encrypt(const QByteArray &plaintext) const;

    // The plaintext, or Kind::Invalid (field "secret") when the value is not a sealed value, was altered, or
    // was sealed under another key: the three cannot be told apart, by design of the cipher.
    Result<QByteArray> decrypt(const QString &sealed) const;

private:
    explicit SecretBox(QByteArray key);

    QByteArray m_key;
};

} // namespace bcp
