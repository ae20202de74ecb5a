#pragma once
// Single-use recovery codes for two-factor sign-in: shown once at enrolment, stored only as hashes.
//
// A code is 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as "7KQM-4XHT"
// (about 40 bits). Hashes are Argon2id strings with a light cost (2 passes, 8 MiB): the codes are random, so
// the cost only has to make an offline search of a stolen database expensive, while checking all ten at
// sign-in stays well under a tenth of a second.
//
// Single use is the caller's job: when match() returns an index, mark that stored code used (or delete it)
// in the same transaction as the sign-in.

#include "Result.h"

#include <QString>
#include <QStringList>

namespace bcp {

class BackupCodes {
public:
    static constexpr int kCount = 10;
    static constexpr int kLength = 8; // characters, without the separator

    // `count` distinct codes in display form, "XXXX-XXXX".
    static QStringList generate(int count = kCount);

    // What was typed reduced to the stored form: upper case, spaces and dashes removed ("7kqm 4xht" ->
    // "7KQM4XHT"). Empty when the input cannot be a backup code (wrong length or character).
    static QString normalise(const QString &input);

    // True when normalise() accepts the input, so a sign-in prompt can tell a backup code from a TOTP code.
    static bool looksLikeCode(const QString &input);

    // The string to store for one code (display or normalised form). Kind::Invalid for a malformed code,
    // Kind::Unavailable when memory for the hash cannot be had.
    static Result<QString> hash(const QString &code);

    // The index in `storedHashes` of the hash that `input` matches, or -1 (also for malformed input).
    static int match(const QString &input, const QStringList &storedHashes);
};

} // namespace bcp
