#include "money/AmountInWords.h"

#include <QStringList>

namespace bcp {
namespace {

const char *const kUnits[] = {"",         "One",     "Two",     "Three",     "Four",     "Five",    "Six",
                              "Seven",    "Eight",   "Nine",    "Ten",       "Eleven",   "Twelve",  "Thirteen",
                              "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
const char *const kTens[] = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"};

// 1..99 appended as words; nothing for 0.
void appendBelowHundred(QStringList &words, quint64 n) {
    if (n >= 20) {
        words << QLatin1String(kTens[n / 10]);
        n %= 10;
    }
    if (n > 0)
        words << QLatin1String(kUnits[n]);
}

void appendNumber(QStringList &words, quint64 n) {
    const quint64 crore = n / 10'000'000;
    const quint64 rest = n % 10'000'000;
    if (crore > 0) {
        appendNumber(words, crore);
        words << QStringLiteral("Crore");
    }
    const quint64 lakh = rest / 100'000;
    const quint64 thousand = rest / 1000 % 100;
    const quint64 hundred = rest / 100 % 10;
    if (lakh > 0) {
        appendBelowHundred(words, lakh);
        words << QStringLiteral("Lakh");
    }
    if (thousand > 0) {
        appendBelowHundred(words, thousand);
        words << QStringLiteral("Thousand");
    }
    if (hundred > 0) {
        words << QLatin1String(kUnits[hundred]);
        words << QStringLiteral("Hundred");
    }
    appendBelowHundred(words, rest % 100);
}

} // namespace

QString AmountInWords::number(quint64 value) {
    if (value == 0)
        return QStringLiteral("Zero");
    QStringList words;
    appendNumber(words, value);
    return words.join(QLatin1Char(' '));
}

QString AmountInWords::text(Money amount) {
    const qint64 paise = amount.paise();
    const quint64 mag = paise < 0 ? quint64(0) - static_cast<quint64>(paise) : static_cast<quint64>(paise);
    QString out = paise < 0 ? QStringLiteral("Minus Rupees ") : QStringLiteral("Rupees ");
    out += number(mag / 100);
    if (mag % 100 != 0)
        out += QStringLiteral(" and ") + number(mag % 100) + QStringLiteral(" Paise");
    return out + QStringLiteral(" Only");
}

} // namespace bcp
