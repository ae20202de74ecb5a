#pragma once
// Account passwords: Argon2id hashes in libsodium's self-describing string format, the password rules of
// PLATFORM.md "Sign-in", and a 0-4 strength estimate for the setup wizard's meter.
//
// Passwords are normalised to Unicode NFC before hashing, so the same password typed on another keyboard
// layout or operating system (which may produce decomposed accents) still verifies.

#include "Result.h"

#include <QString>

#include <cstddef>

namespace bcp {

class PasswordHasher {
public:
    // 3 passes over 64 MiB: about 0.07 s per hash on an idle 2-core machine (0.3 s while it also compiles),
    // well above the policy floor of 2 passes / 19 MiB. Raising these makes needsRehash() true for older
    // hashes so that the account service can re-hash at the next successful sign-in.
    static constexpr unsigned long long kOpsLimit = 3;
    static constexpr std::size_t kMemLimit = std::size_t(64) * 1024 * 1024;
    static constexpr int kMinLength = 10;   // characters (code points), not bytes
    static constexpr int kMaxLength = 1024; // keeps an absurd paste from being hashed at all

    // Who the password belongs to; empty members are simply not checked.
    struct Identity {
        QString username;
        QString displayName;
        QString email;
    };

    // "$argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>". Fails (Kind::Unavailable) only when the memory for
    // the hash cannot be had. Does not apply the policy: call checkPolicy() first where one applies.
    static Result<QString> hash(const QString &password);

    // Constant-time check of `password` against a string from hash(); false for a malformed hash.
    static bool verify(const QString &storedHash, const QString &password);

    // True when `storedHash` was made with other parameters than the current ones (or is not a valid hash).
    static bool needsRehash(const QString &storedHash);

    // The rules, in this order: at least kMinLength characters, at most kMaxLength, not one character
    // repeated, and not containing the username, the display name (or any word of it of 3+ characters) or
    // the e-mail's local part, ignoring case. An error is Kind::Invalid, field "password", and its message
    // names the rule broken.
    static Result<void> checkPolicy(const QString &password, const Identity &identity = {});

    // 0 (very weak) .. 4 (strong): an entropy estimate that discounts repeats, runs like "abcd"/"4321",
    // common passwords and keyboard rows, and the user's own names. A password that breaks the policy
    // scores at most 1.
    static int strength(const QString &password, const Identity &identity = {});
};

} // namespace bcp
