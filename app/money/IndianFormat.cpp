#include "money/IndianFormat.h"

#include <QCoreApplication>
#include <QStringList>

namespace bcp {
namespace {

const QChar kRupeeSign(0x20B9);
const QChar kMinusSign(0x2212);

quint64 magnitude(qint64 v) {
    return v < 0 ? quint64(0) - static_cast<quint64>(v) : static_cast<quint64>(v);
}

QString groupedMagnitude(quint64 value) {
    const QString digits = QString::number(value);
    if (digits.size() <= 3)
        return digits;
    QString head = digits.left(digits.size() - 3);
    QString out = digits.right(3);
    while (!head.isEmpty()) {
        const int take = head.size() >= 2 ? 2 : 1;
        out.prepend(QLatin1Char(','));
        out.prepend(head.right(take));
        head.chop(take);
    }
    return out;
}

QString amountText(Money amount, bool grouping) {
    const quint64 mag = magnitude(amount.paise());
    const QString rupees = grouping ? groupedMagnitude(mag / 100) : QString::number(mag / 100);
    return rupees + QLatin1Char('.') + QStringLiteral("%1").arg(mag % 100, 2, 10, QLatin1Char('0'));
}

bool allDigits(const QString &s) {
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Groups after the first: Indian is pairs then a final three, international is all threes.
bool commasWellPlaced(const QStringList &groups) {
    if (groups.size() < 2)
        return true;
    const int first = static_cast<int>(groups.front().size());
    if (first < 1 || first > 3)
        return false;
    bool international = true;
    for (qsizetype i = 1; i < groups.size(); ++i)
        international = international && groups[i].size() == 3;
    bool indian = first <= 2 && groups.back().size() == 3;
    for (qsizetype i = 1; i + 1 < groups.size(); ++i)
        indian = indian && groups[i].size() == 2;
    return international || indian;
}

bool stripPrefix(QString &s, const QString &prefix) {
    if (!s.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    s.remove(0, prefix.size());
    return true;
}

bool stripCurrency(QString &s) {
    return stripPrefix(s, QString(kRupeeSign)) || stripPrefix(s, QStringLiteral("Rs.")) ||
           stripPrefix(s, QStringLiteral("Rs")) || stripPrefix(s, QStringLiteral("INR"));
}

bool stripSign(QString &s) {
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(kMinusSign)) {
        s.remove(0, 1);
        return true;
    }
    return false;
}

Error invalid(const char *message) {
    return Error::invalid(QStringLiteral("amount"), QCoreApplication::translate("bcp::IndianFormat", message));
}

} // namespace

QString IndianFormat::money(Money amount, Symbol symbol) {
    QString out = amount.isNegative() ? QStringLiteral("-") : QString();
    if (symbol == Symbol::Rupee)
        out += kRupeeSign;
    return out + amountText(amount, true);
}

QString IndianFormat::rupees(double amount, Symbol symbol) {
    return money(Money::fromRupees(amount), symbol);
}

QString IndianFormat::grouped(qint64 value) {
    return (value < 0 ? QStringLiteral("-") : QString()) + groupedMagnitude(magnitude(value));
}

QString IndianFormat::plain(Money amount) {
    return (amount.isNegative() ? QStringLiteral("-") : QString()) + amountText(amount, false);
}

Result<Money> IndianFormat::parse(const QString &text) {
    QString s;
    for (const QChar c : text) {
        if (!c.isSpace())
            s += c;
    }
    if (s.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("bcp::IndianFormat", "Enter an amount."));

    // The sign may come before or after the currency sign ("-₹5" and "₹-5"), but only once.
    bool negative = stripSign(s);
    stripCurrency(s);
    if (stripSign(s)) {
        if (negative)
            return invalid(QT_TRANSLATE_NOOP("bcp::IndianFormat", "The amount has more than one minus sign."));
        negative = true;
    }

    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    const QStringList groups = whole.split(QLatin1Char(','));
    const QString wholeDigits = groups.join(QString());
    if ((wholeDigits.isEmpty() && fraction.isEmpty()) || !allDigits(wholeDigits) || !allDigits(fraction))
        return invalid(QT_TRANSLATE_NOOP("bcp::IndianFormat",
                                         "Not an amount: use digits, commas and one decimal point (1,23,456.50)."));
    if (!commasWellPlaced(groups))
        return invalid(QT_TRANSLATE_NOOP("bcp::IndianFormat",
                                         "The commas are in the wrong places: write 1,23,456.50 or 123,456.50."));
    if (fraction.size() > 2)
        return invalid(QT_TRANSLATE_NOOP("bcp::IndianFormat", "An amount has at most two decimals (paise)."));

    QString digits = wholeDigits;
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    // Beyond 16 digits of rupees the value is over Money::kMaxPaise; refusing it before converting keeps
    // the arithmetic below inside 64 bits.
    if (digits.size() > 16)
        return invalid(QT_TRANSLATE_NOOP("bcp::IndianFormat", "The amount is too large."));
    const qint64 paise = digits.toLongLong() * 100 + fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    if (paise > Money::kMaxPaise)
        return invalid(QT_TRANSLATE_NOOP("bcp::IndianFormat", "The amount is too large."));
    return Money::fromPaise(negative ? -paise : paise);
}

} // namespace bcp
