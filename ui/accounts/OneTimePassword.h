#pragma once
// Passwords an administrator hands to a user for one sign-in (new account, reset). Random from the system's
// secure generator, grouped for reading aloud, without look-alike characters, and within the password rules
// for that user.

#include <QString>

namespace bcp::ui {

class OneTimePassword {
public:
    // "k7mq-3xtp-9wre": 12 random characters (about 59 bits) in groups of four.
    static QString generate(const QString &username = {}, const QString &displayName = {}, const QString &email = {});
};

} // namespace bcp::ui
