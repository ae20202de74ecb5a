#pragma once
// RFC 4648 base 32, the encoding authenticator apps expect for TOTP keys.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace bcp {

class Base32 {
public:
    // Upper-case RFC 4648 alphabet without '=' padding ("foobar" -> "MZXW6YTBOI").
    static QString encode(const QByteArray &data);

    // Accepts what people type or paste: any case, spaces and hyphens anywhere, '=' padding at the end.
    // Any other character, or a length no encoder can produce, is Kind::Invalid (field "secret").
    static Result<QByteArray> decode(const QString &text);
};

} // namespace bcp
