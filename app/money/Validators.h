#pragma once
// Checks for the identity and contact fields of a party: PAN, Indian mobile number, PIN code, e-mail.
// Each returns the value in the form to store, or an Invalid error (field as given) whose message says
// what is wrong.

#include "Result.h"

#include <QString>

namespace bcp {

class Validators {
public:
    // Ten characters, 5 letters + 4 digits + 1 letter; upper-cased and trimmed.
    static Result<QString> pan(const QString &text, const QString &field = QStringLiteral("pan"));

    // Ten digits starting 6-9, optionally written with +91, 91 or 0 in front and with spaces or dashes;
    // returned as the bare ten digits ("+91 98200-11111" -> "9820011111").
    static Result<QString> mobile(const QString &text, const QString &field = QStringLiteral("mobile"));

    // Six digits, the first not 0; a space in the middle ("411 026") is accepted and removed.
    static Result<QString> pinCode(const QString &text, const QString &field = QStringLiteral("pin"));

    // local@domain.tld with the usual character rules (no spaces, one @, a dotted domain whose last part
    // is at least two letters); trimmed, with the domain lower-cased.
    static Result<QString> email(const QString &text, const QString &field = QStringLiteral("email"));
};

} // namespace bcp
