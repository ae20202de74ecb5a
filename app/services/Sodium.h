#pragma once
// The one place that initialises libsodium and hands out its randomness, so no security primitive can be used
// before the library is ready and all secrets come from the same vetted generator.

#include <QByteArray>

namespace bcp {

class Sodium {
public:
    // Initialises libsodium on first use; safe to call from any thread, any number of times. Aborts if the
    // library cannot initialise, because every hash, code and key would be untrustworthy without it.
    static void ensureInitialised();

    // `count` bytes from the operating system's cryptographic generator.
    static QByteArray randomBytes(int count);
    // A uniformly distributed number in [0, upperBound), without modulo bias.
    static quint32 uniform(quint32 upperBound);
    // Compares in time that depends only on the length, so a mismatch position is not revealed.
    static bool equalConstantTime(const QByteArray &a, const QByteArray &b);
    // Overwrites the bytes with zeros so a key does not linger in freed memory.
    static void wipe(QByteArray &bytes);
};

} // namespace bcp
