#include "services/BackupCodes.h"

#include "services/Sodium.h"

#include <QCoreApplication>
#include <QSet>

#include <sodium.h>

#include <algorithm>

namespace bcp {

namespace {

constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr quint32 kAlphabetSize = sizeof(kAlphabet) - 1;
constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = std::size_t(8) * 1024 * 1024;

bool inAlphabet(QChar c) {
    return c.unicode() < 128 &&
           std::find(kAlphabet, kAlphabet + kAlphabetSize, static_cast<char>(c.unicode())) != kAlphabet + kAlphabetSize;
}

} // namespace

QStringList BackupCodes::generate(int count) {
    QSet<QString> seen;
    QStringList codes;
    while (codes.size() < count) {
        QString code;
        for (int i = 0; i < kLength; ++i) {
            if (i == kLength / 2)
                code += QLatin1Char('-');
            code += QLatin1Char(kAlphabet[Sodium::uniform(kAlphabetSize)]);
        }
        if (!seen.contains(code)) {
            seen.insert(code);
            codes << code;
        }
    }
    return codes;
}

QString BackupCodes::normalise(const QString &input) {
    QString out;
    for (const QChar c : input) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar upper = c.toUpper();
        if (!inAlphabet(upper))
            return {};
        out += upper;
    }
    return out.size() == kLength ? out : QString();
}

bool BackupCodes::looksLikeCode(const QString &input) {
    return !normalise(input).isEmpty();
}

Result<QString> BackupCodes::hash(const QString &code) {
    const QByteArray normal = normalise(code).toLatin1();
    if (normal.isEmpty())
        return Error::invalid(QStringLiteral("code"),
                              QCoreApplication::translate("bcp::BackupCodes", "This is not a backup code."));
    Sodium::ensureInitialised();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, normal.constData(), static_cast<unsigned long long>(normal.size()), kOpsLimit,
                              kMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::unavailable(
            QCoreApplication::translate("bcp::BackupCodes", "Not enough memory to protect the backup codes."));
    return QString::fromLatin1(out);
}

int BackupCodes::match(const QString &input, const QStringList &storedHashes) {
    const QByteArray normal = normalise(input).toLatin1();
    if (normal.isEmpty())
        return -1;
    Sodium::ensureInitialised();
    for (int i = 0; i < storedHashes.size(); ++i) {
        const QByteArray stored = storedHashes.at(i).toLatin1();
        if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES || stored.contains('\0'))
            continue;
        char buffer[crypto_pwhash_STRBYTES] = {};
        std::copy(stored.constBegin(), stored.constEnd(), buffer);
        if (crypto_pwhash_str_verify(buffer, normal.constData(), static_cast<unsigned long long>(normal.size())) == 0)
            return i;
    }
    return -1;
}

} // namespace bcp
