#include "services/PasswordHasher.h"

#include "services/Sodium.h"

#include <QCoreApplication>
#include <QList>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace bcp {

static_assert(PasswordHasher::kOpsLimit >= 2, "PLATFORM.md requires at least 2 passes");
static_assert(PasswordHasher::kMemLimit >= std::size_t(19) * 1024 * 1024, "PLATFORM.md requires at least 19 MiB");

namespace {

constexpr int kMinFragment = 3; // shorter names ("Al") would forbid too many ordinary passwords

QString normalised(const QString &password) {
    return password.normalized(QString::NormalizationForm_C);
}

std::u32string folded(const QString &text) {
    std::u32string out;
    const QList<uint> codePoints = text.toUcs4();
    out.reserve(static_cast<std::size_t>(codePoints.size()));
    for (uint cp : codePoints)
        out.push_back(static_cast<char32_t>(QChar::toCaseFolded(cp)));
    return out;
}

bool containsFolded(const std::u32string &haystack, const QString &needle) {
    const std::u32string n = folded(needle.trimmed());
    return static_cast<int>(n.size()) >= kMinFragment && haystack.find(n) != std::u32string::npos;
}

QString emailLocalPart(const QString &email) {
    const int at = email.indexOf(QLatin1Char('@'));
    return at < 0 ? email.trimmed() : email.left(at).trimmed();
}

QStringList words(const QString &text) {
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

// Which part of the identity the password contains, so the message can name the rule.
enum class IdentityHit { None, Username, DisplayName, Email };

IdentityHit findIdentity(const std::u32string &password, const PasswordHasher::Identity &identity) {
    if (containsFolded(password, identity.username))
        return IdentityHit::Username;
    if (containsFolded(password, identity.displayName))
        return IdentityHit::DisplayName;
    const QStringList nameWords = words(identity.displayName);
    for (const QString &word : nameWords) {
        if (containsFolded(password, word))
            return IdentityHit::DisplayName;
    }
    if (containsFolded(password, emailLocalPart(identity.email)))
        return IdentityHit::Email;
    return IdentityHit::None;
}

struct Pattern {
    std::u32string text;
    double bits; // what guessing this whole piece costs an attacker who tries such pieces first
};

std::u32string ascii(const char *text) {
    std::u32string out;
    for (const char *p = text; *p; ++p)
        out.push_back(static_cast<char32_t>(static_cast<unsigned char>(*p)));
    return out;
}

const std::vector<Pattern> &commonPatterns() {
    static const std::vector<Pattern> patterns = [] {
        std::vector<Pattern> list;
        static const char *const kCommon[] = {"password", "passw0rd", "p@ssw0rd", "p@ssword", "letmein",  "welcome",
                                              "admin",    "iloveyou", "monkey",   "dragon",   "football", "cricket",
                                              "sunshine", "princess", "master",   "secret",   "login",    "india",
                                              "bharat",   "boxcost",  "changeme", "default",  "abc123",   "qwerty"};
        for (const char *word : kCommon)
            list.push_back({ascii(word), 6.0});
        static const char *const kRows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
        for (const char *row : kRows) {
            const std::u32string r = ascii(row);
            for (std::size_t start = 0; start + 4 <= r.size(); ++start)
                for (std::size_t len = 4; start + len <= r.size(); ++len)
                    list.push_back({r.substr(start, len), 4.0});
        }
        return list;
    }();
    return patterns;
}

double poolBits(const QList<uint> &codePoints) {
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (uint cp : codePoints) {
        if (cp >= 'a' && cp <= 'z')
            lower = true;
        else if (cp >= 'A' && cp <= 'Z')
            upper = true;
        else if (cp >= '0' && cp <= '9')
            digit = true;
        else if (cp < 128)
            symbol = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    return std::log2(static_cast<double>(std::max(pool, 2)));
}

} // namespace

Result<QString> PasswordHasher::hash(const QString &password) {
    Sodium::ensureInitialised();
    QByteArray utf8 = normalised(password).toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc =
        crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOpsLimit, kMemLimit);
    Sodium::wipe(utf8);
    if (rc != 0)
        return Error::unavailable(QCoreApplication::translate(
            "bcp::PasswordHasher", "Not enough memory to protect the password. Close other programs and try again."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) {
    Sodium::ensureInitialised();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES || stored.contains('\0'))
        return false;
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::copy(stored.constBegin(), stored.constEnd(), buffer);
    QByteArray utf8 = normalised(password).toUtf8();
    const bool ok =
        crypto_pwhash_str_verify(buffer, utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
    Sodium::wipe(utf8);
    return ok;
}

bool PasswordHasher::needsRehash(const QString &storedHash) {
    Sodium::ensureInitialised();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES || stored.contains('\0'))
        return true;
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::copy(stored.constBegin(), stored.constEnd(), buffer);
    // Only Argon2id is current; an older Argon2i hash with the same cost still gets upgraded.
    if (!stored.startsWith(crypto_pwhash_argon2id_STRPREFIX))
        return true;
    return crypto_pwhash_str_needs_rehash(buffer, kOpsLimit, kMemLimit) != 0;
}

Result<void> PasswordHasher::checkPolicy(const QString &password, const Identity &identity) {
    const QString text = normalised(password);
    const QList<uint> codePoints = text.toUcs4();
    const QString field = QStringLiteral("password");
    if (codePoints.size() < kMinLength)
        return Error::invalid(field, QCoreApplication::translate("bcp::PasswordHasher",
                                                                 "The password must be at least %1 characters long.")
                                         .arg(kMinLength));
    if (codePoints.size() > kMaxLength)
        return Error::invalid(field, QCoreApplication::translate("bcp::PasswordHasher",
                                                                 "The password must be at most %1 characters long.")
                                         .arg(kMaxLength));
    const std::u32string f = folded(text);
    if (std::all_of(f.begin(), f.end(), [&](char32_t c) { return c == f.front(); }))
        return Error::invalid(field, QCoreApplication::translate("bcp::PasswordHasher",
                                                                 "The password must not be one character repeated."));
    switch (findIdentity(f, identity)) {
    case IdentityHit::Username:
        return Error::invalid(
            field, QCoreApplication::translate("bcp::PasswordHasher", "The password must not contain the user name."));
    case IdentityHit::DisplayName:
        return Error::invalid(field, QCoreApplication::translate("bcp::PasswordHasher",
                                                                 "The password must not contain the person's name."));
    case IdentityHit::Email:
        return Error::invalid(field, QCoreApplication::translate("bcp::PasswordHasher",
                                                                 "The password must not contain the e-mail address."));
    case IdentityHit::None:
        break;
    }
    return {};
}

int PasswordHasher::strength(const QString &password, const Identity &identity) {
    const QString text = normalised(password);
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.isEmpty())
        return 0;
    const std::u32string f = folded(text);
    std::vector<bool> covered(f.size(), false);
    double bits = 0;

    // Each known piece counts once as a whole, like a dictionary guess, instead of per character.
    auto cover = [&](const std::u32string &piece, double cost) {
        if (piece.size() < static_cast<std::size_t>(kMinFragment))
            return;
        for (std::size_t pos = f.find(piece); pos != std::u32string::npos; pos = f.find(piece, pos + piece.size())) {
            const auto first = covered.begin() + static_cast<std::ptrdiff_t>(pos);
            const auto last = first + static_cast<std::ptrdiff_t>(piece.size());
            if (std::any_of(first, last, [](bool b) { return b; }))
                continue;
            std::fill(first, last, true);
            bits += cost;
        }
    };
    std::vector<std::u32string> personal;
    for (const QString &piece : QStringList{identity.username, identity.displayName, emailLocalPart(identity.email)})
        personal.push_back(folded(piece.trimmed()));
    for (const QString &word : words(identity.displayName))
        personal.push_back(folded(word));
    std::vector<Pattern> patterns = commonPatterns();
    for (const std::u32string &piece : personal)
        patterns.push_back({piece, 3.0});
    std::stable_sort(patterns.begin(), patterns.end(),
                     [](const Pattern &a, const Pattern &b) { return a.text.size() > b.text.size(); });
    for (const Pattern &p : patterns)
        cover(p.text, p.bits);

    // A character that repeats or continues a run ("aaaa", "1234", "dcba") adds little to the guess work.
    double effective = 0;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (covered[i])
            continue;
        const bool follows = i > 0 && !covered[i - 1];
        const long long step = follows ? static_cast<long long>(f[i]) - static_cast<long long>(f[i - 1]) : 99;
        effective += (step >= -1 && step <= 1) ? 0.25 : 1.0;
    }
    bits += effective * poolBits(codePoints);

    int score = bits < 28 ? 0 : bits < 40 ? 1 : bits < 56 ? 2 : bits < 72 ? 3 : 4;
    if (!checkPolicy(password, identity).ok())
        score = std::min(score, 1);
    return score;
}

} // namespace bcp
