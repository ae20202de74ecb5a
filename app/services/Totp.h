#pragma once
// Time-based one-time passwords, RFC 6238 with HMAC-SHA1, as authenticator apps implement them.
// Time is always passed in (Unix seconds), never read here, so callers and tests control the clock.
//
// Replay protection is the caller's job with the help of verify(): store the step it returns and pass it
// back as `lastUsedStep` next time, so a code (or an older one still inside the window) is never accepted
// twice.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace bcp {

class Totp {
public:
    static constexpr int kDigits = 6;
    static constexpr int kStepSeconds = 30;
    static constexpr int kSecretBytes = 20; // 160 bits, the RFC 4226 recommendation
    static constexpr int kWindow = 1;       // steps accepted either side of now, for clock drift

    // A fresh random key of kSecretBytes.
    static QByteArray generateSecret();

    // The time step containing `unixSeconds` (floor division, so also right before 1970).
    static qint64 stepAt(qint64 unixSeconds);

    // The code for `step`, zero-padded to `digits` (6..8; the product uses 6, RFC 6238's vectors 8).
    // Empty for an empty secret or digits outside 6..8.
    static QString code(const QByteArray &secret, qint64 step, int digits = kDigits);

    // Checks what the user typed (spaces allowed, as apps show "123 456") against steps
    // stepAt(unixSeconds) - kWindow .. + kWindow and returns the step it matched. Errors:
    //   Kind::Invalid, field "code": not exactly `digits` ASCII digits (nothing was compared);
    //   Kind::Conflict: the code is right but for a step <= lastUsedStep, i.e. a replay;
    //   Kind::Denied:   the code matches no step in the window.
    // Pass lastUsedStep = -1 when no code has been used yet.
    static Result<qint64> verify(const QByteArray &secret, const QString &input, qint64 unixSeconds,
                                 qint64 lastUsedStep = -1, int digits = kDigits);

    // otpauth://totp/BoxCostPro:{user}?secret={base32}&issuer=BoxCostPro, the user percent-encoded.
    static QString provisioningUri(const QString &user, const QByteArray &secret);

    // The base 32 key in groups of four ("JBSW Y3DP ..."), for typing it into an app by hand.
    static QString displayKey(const QByteArray &secret);
};

} // namespace bcp
