#include "services/Sodium.h"

#include <QtGlobal>

#include <sodium.h>

namespace bcp {

void Sodium::ensureInitialised() {
    // A function-local static is initialised exactly once even when threads race here.
    static const int result = sodium_init();
    if (result < 0)
        qFatal("libsodium could not be initialised");
}

QByteArray Sodium::randomBytes(int count) {
    ensureInitialised();
    QByteArray bytes(qMax(count, 0), Qt::Uninitialized);
    if (!bytes.isEmpty())
        randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes;
}

quint32 Sodium::uniform(quint32 upperBound) {
    ensureInitialised();
    return randombytes_uniform(upperBound);
}

bool Sodium::equalConstantTime(const QByteArray &a, const QByteArray &b) {
    ensureInitialised();
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

void Sodium::wipe(QByteArray &bytes) {
    // Only the last owner of shared data wipes it: data() would otherwise detach and zero a fresh copy.
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace bcp
