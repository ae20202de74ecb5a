#include "money/Validators.h"

#include <QCoreApplication>
#include <QStringList>

namespace bcp {
namespace {

QString translated(const char *text) {
    return QCoreApplication::translate("bcp::Validators", text);
}

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isAsciiLetter(QChar c) {
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

bool allDigits(const QString &s) {
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

QString withoutAny(const QString &text, const QString &dropped) {
    QString out;
    for (const QChar c : text) {
        if (!dropped.contains(c) && !c.isSpace())
            out += c;
    }
    return out;
}

bool localPartCharacter(QChar c) {
    static const QString specials = QStringLiteral("!#$%&'*+/=?^_`{|}~-.");
    return isAsciiLetter(c) || isAsciiDigit(c) || specials.contains(c);
}

bool domainLabelValid(const QString &label) {
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

} // namespace

Result<QString> Validators::pan(const QString &text, const QString &field) {
    const QString p = text.trimmed().toUpper();
    if (p.isEmpty())
        return Error::invalid(field, translated(QT_TRANSLATE_NOOP("bcp::Validators", "Enter the PAN.")));
    if (p.size() != 10)
        return Error::invalid(
            field, translated(QT_TRANSLATE_NOOP("bcp::Validators", "A PAN has 10 characters; this one has %1."))
                       .arg(p.size()));
    for (int i = 0; i < 10; ++i) {
        const bool ok = (i >= 5 && i < 9) ? isAsciiDigit(p[i]) : (isAsciiLetter(p[i]));
        if (!ok)
            return Error::invalid(field, translated(QT_TRANSLATE_NOOP("bcp::Validators",
                                                                      "A PAN is 5 letters, 4 digits and a letter, like "
                                                                      "ABCDE1234F; character %1 does not fit."))
                                             .arg(i + 1));
    }
    return p;
}

Result<QString> Validators::mobile(const QString &text, const QString &field) {
    QString m = withoutAny(text, QStringLiteral("-()"));
    if (m.isEmpty())
        return Error::invalid(field, translated(QT_TRANSLATE_NOOP("bcp::Validators", "Enter the mobile number.")));
    if (m.startsWith(QLatin1Char('+'))) {
        if (!m.startsWith(QStringLiteral("+91")))
            return Error::invalid(field, translated(QT_TRANSLATE_NOOP(
                                             "bcp::Validators", "Only Indian mobile numbers (+91) are accepted.")));
        m.remove(0, 3);
    }
    if (!allDigits(m))
        return Error::invalid(field, translated(QT_TRANSLATE_NOOP(
                                         "bcp::Validators", "A mobile number has only digits, with an optional +91.")));
    if (m.size() == 14 && m.startsWith(QStringLiteral("0091")))
        m.remove(0, 4);
    else if (m.size() == 12 && m.startsWith(QStringLiteral("91")))
        m.remove(0, 2);
    else if (m.size() == 11 && m.startsWith(QLatin1Char('0')))
        m.remove(0, 1);
    if (m.size() != 10)
        return Error::invalid(
            field, translated(QT_TRANSLATE_NOOP("bcp::Validators", "A mobile number has 10 digits; this one has %1."))
                       .arg(m.size()));
    if (m[0] < QLatin1Char('6'))
        return Error::invalid(
            field, translated(QT_TRANSLATE_NOOP("bcp::Validators", "Indian mobile numbers start with 6, 7, 8 or 9.")));
    return m;
}

Result<QString> Validators::pinCode(const QString &text, const QString &field) {
    const QString pin = withoutAny(text, QString());
    if (pin.isEmpty())
        return Error::invalid(field, translated(QT_TRANSLATE_NOOP("bcp::Validators", "Enter the PIN code.")));
    if (pin.size() != 6 || !allDigits(pin))
        return Error::invalid(field,
                              translated(QT_TRANSLATE_NOOP("bcp::Validators", "A PIN code has exactly 6 digits.")));
    if (pin[0] == QLatin1Char('0'))
        return Error::invalid(field,
                              translated(QT_TRANSLATE_NOOP("bcp::Validators", "A PIN code does not start with 0.")));
    return pin;
}

Result<QString> Validators::email(const QString &text, const QString &field) {
    const QString e = text.trimmed();
    auto fail = [&field](const char *message) { return Error::invalid(field, translated(message)); };
    if (e.isEmpty())
        return fail(QT_TRANSLATE_NOOP("bcp::Validators", "Enter the e-mail address."));
    for (const QChar c : e) {
        if (c.isSpace())
            return fail(QT_TRANSLATE_NOOP("bcp::Validators", "An e-mail address has no spaces."));
    }
    if (e.count(QLatin1Char('@')) != 1)
        return fail(QT_TRANSLATE_NOOP("bcp::Validators", "An e-mail address has one @, like name@example.in."));
    if (e.size() > 254)
        return fail(QT_TRANSLATE_NOOP("bcp::Validators", "The e-mail address is too long."));

    const qsizetype at = e.indexOf(QLatin1Char('@'));
    const QString local = e.left(at);
    const QString domain = e.mid(at + 1).toLower();
    if (local.isEmpty())
        return fail(QT_TRANSLATE_NOOP("bcp::Validators", "The name before @ is missing."));
    if (local.size() > 64)
        return fail(QT_TRANSLATE_NOOP("bcp::Validators", "The name before @ is longer than 64 characters."));
    for (const QChar c : local) {
        if (!localPartCharacter(c))
            return fail(QT_TRANSLATE_NOOP("bcp::Validators",
                                          "The name before @ may use only letters, digits and . _ + - and similar "
                                          "signs."));
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QStringLiteral("..")))
        return fail(QT_TRANSLATE_NOOP("bcp::Validators",
                                      "The name before @ cannot start or end with a dot or have two dots together."));
    if (domain.isEmpty())
        return fail(QT_TRANSLATE_NOOP("bcp::Validators", "The domain after @ is missing."));
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return fail(QT_TRANSLATE_NOOP("bcp::Validators", "The domain after @ needs a dot, like example.in."));
    for (const QString &label : labels) {
        if (!domainLabelValid(label))
            return fail(QT_TRANSLATE_NOOP("bcp::Validators",
                                          "The domain after @ may use only letters, digits, dots and hyphens, "
                                          "like mail.example.in."));
    }
    const QString &top = labels.back();
    bool topLetters = top.size() >= 2;
    for (const QChar c : top)
        topLetters = topLetters && isAsciiLetter(c);
    if (!topLetters)
        return fail(
            QT_TRANSLATE_NOOP("bcp::Validators", "The domain must end in at least two letters, like .in or .com."));
    return local + QLatin1Char('@') + domain;
}

} // namespace bcp
