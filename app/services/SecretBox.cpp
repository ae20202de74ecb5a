#include "services/SecretBox.h"

#include "services/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

#include <algorithm>
#include <utility>

namespace bcp {

static_assert(SecretBox::kKeyBytes == crypto_secretbox_KEYBYTES, "the data key size is libsodium's");

QByteArray SecretBox::generateKey() {
    return Sodium::randomBytes(kKeyBytes);
}

Result<SecretBox> SecretBox::withKey(const QByteArray &key) {
    if (key.size() != kKeyBytes)
        return Error::invalid(
            QStringLiteral("key"),
            QCoreApplication::translate("bcp::SecretBox", "The data key must be %1 bytes long, not %2.")
                .arg(kKeyBytes)
                .arg(key.size()));
    return SecretBox(key);
}

SecretBox::SecretBox(QByteArray key) : m_key(std::move(key)) {
    Sodium::ensureInitialised();
}

SecretBox::~SecretBox() {
    Sodium::wipe(m_key);
}

QString SecretBox::encrypt(const QByteArray &plaintext) const {
    const QByteArray nonce = Sodium::randomBytes(crypto_secretbox_NONCEBYTES);
    QByteArray sealed(static_cast<int>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plaintext.size(),
                      Qt::Uninitialized);
    std::copy(nonce.constBegin(), nonce.constEnd(), sealed.begin());
    auto *out = reinterpret_cast<unsigned char *>(sealed.data()) + crypto_secretbox_NONCEBYTES;
    crypto_secretbox_easy(out, reinterpret_cast<const unsigned char *>(plaintext.constData()),
                          static_cast<unsigned long long>(plaintext.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    return QString::fromLatin1(sealed.toBase64());
}

Result<QByteArray> SecretBox::decrypt(const QString &sealed) const {
    const QString field = QStringLiteral("secret");
    const auto decoded =
        QByteArray::fromBase64Encoding(sealed.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    constexpr int overhead = static_cast<int>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (!decoded || decoded.decoded.size() < overhead)
        return Error::invalid(
            field, QCoreApplication::translate("bcp::SecretBox",
                                               "The stored secret is damaged: it is not an encrypted value."));
    const QByteArray &bytes = decoded.decoded;
    QByteArray plain(bytes.size() - overhead, Qt::Uninitialized);
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), in + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(bytes.size()) - crypto_secretbox_NONCEBYTES, in,
                                   reinterpret_cast<const unsigned char *>(m_key.constData())) != 0)
        return Error::invalid(field, QCoreApplication::translate(
                                         "bcp::SecretBox", "The stored secret has been altered or was encrypted with a "
                                                           "different data key; it cannot be used."));
    return plain;
}

} // namespace bcp
