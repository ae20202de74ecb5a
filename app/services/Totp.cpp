#include "services/Totp.h"

#include "services/Base32.h"
#include "services/Sodium.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <optional>

namespace bcp {

namespace {

constexpr int kMinDigits = 6;
constexpr int kMaxDigits = 8;

QByteArray bigEndian(quint64 value) {
    QByteArray out(8, '\0');
    for (int i = 7; i >= 0; --i) {
        out[i] = static_cast<char>(value & 0xff);
        value >>= 8;
    }
    return out;
}

} // namespace

QByteArray Totp::generateSecret() {
    return Sodium::randomBytes(kSecretBytes);
}

qint64 Totp::stepAt(qint64 unixSeconds) {
    qint64 step = unixSeconds / kStepSeconds;
    if (unixSeconds % kStepSeconds != 0 && unixSeconds < 0)
        --step;
    return step;
}

QString Totp::code(const QByteArray &secret, qint64 step, int digits) {
    if (secret.isEmpty() || digits < kMinDigits || digits > kMaxDigits)
        return {};
    const QByteArray mac =
        QMessageAuthenticationCode::hash(bigEndian(static_cast<quint64>(step)), secret, QCryptographicHash::Sha1);
    // RFC 4226 dynamic truncation: the low nibble of the last byte picks 4 bytes, top bit dropped.
    const int offset = static_cast<quint8>(mac.at(mac.size() - 1)) & 0x0f;
    const quint32 binary = (quint32(static_cast<quint8>(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(static_cast<quint8>(mac.at(offset + 1))) << 16) |
                           (quint32(static_cast<quint8>(mac.at(offset + 2))) << 8) |
                           quint32(static_cast<quint8>(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

Result<qint64> Totp::verify(const QByteArray &secret, const QString &input, qint64 unixSeconds, qint64 lastUsedStep,
                            int digits) {
    QString typed;
    for (const QChar c : input) {
        if (!c.isSpace())
            typed += c;
    }
    bool wellFormed = typed.size() == digits && digits >= kMinDigits && digits <= kMaxDigits;
    for (const QChar c : typed)
        wellFormed = wellFormed && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!wellFormed)
        return Error::invalid(
            QStringLiteral("code"),
            QCoreApplication::translate("bcp::Totp", "Enter the %1-digit code from the authenticator app.")
                .arg(digits));
    if (secret.isEmpty())
        return Error::invalid(
            QStringLiteral("secret"),
            QCoreApplication::translate("bcp::Totp", "Two-factor sign-in is not set up for this account."));

    const QByteArray typedBytes = typed.toLatin1();
    const qint64 now = stepAt(unixSeconds);
    std::optional<qint64> matched;
    bool replayed = false;
    // Every step in the window is computed and compared, so the time taken does not say which one matched.
    for (qint64 step = now - kWindow; step <= now + kWindow; ++step) {
        if (!Sodium::equalConstantTime(code(secret, step, digits).toLatin1(), typedBytes))
            continue;
        if (step <= lastUsedStep)
            replayed = true;
        else
            matched = step;
    }
    if (matched)
        return *matched;
    if (replayed)
        return Error::conflict(QCoreApplication::translate(
            "bcp::Totp", "This code has already been used. Wait for the next code and enter that one."));
    return Error::denied(QCoreApplication::translate(
        "bcp::Totp", "The code is not correct. Check that the phone's clock is set automatically and try again."));
}

QString Totp::provisioningUri(const QString &user, const QByteArray &secret) {
    return QStringLiteral("otpauth://totp/BoxCostPro:%1?secret=%2&issuer=BoxCostPro")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(user)), Base32::encode(secret));
}

QString Totp::displayKey(const QByteArray &secret) {
    const QString key = Base32::encode(secret);
    QString out;
    for (int i = 0; i < key.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += key.mid(i, 4);
    }
    return out;
}

} // namespace bcp
