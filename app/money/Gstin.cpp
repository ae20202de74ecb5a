#include "money/Gstin.h"

#include <QCoreApplication>

#include <algorithm>

namespace bcp {
namespace {

const char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

int alphabetIndex(QChar c) {
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return c.unicode() - 'A' + 10;
    return -1;
}

bool isDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isUpper(QChar c) {
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

QString translated(const char *text) {
    return QCoreApplication::translate("bcp::Gstin", text);
}

} // namespace

QString Gstin::normalise(const QString &text) {
    return text.trimmed().toUpper();
}

QChar Gstin::checkCharacter(QStringView first14) {
    if (first14.size() != kLength - 1)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first14.size(); ++i) {
        const int value = alphabetIndex(first14[i]);
        if (value < 0)
            return {};
        const int product = value * (i % 2 == 0 ? 1 : 2);
        sum += product / 36 + product % 36;
    }
    return QLatin1Char(kAlphabet[(36 - sum % 36) % 36]);
}

Result<Gstin> Gstin::parse(const QString &text, const QString &field) {
    const QString g = normalise(text);
    auto fail = [&field](const QString &message) { return Error::invalid(field, message); };

    if (g.isEmpty())
        return fail(translated(QT_TRANSLATE_NOOP("bcp::Gstin", "Enter the GSTIN.")));
    for (qsizetype i = 0; i < g.size(); ++i) {
        if (alphabetIndex(g[i]) < 0)
            return fail(translated(QT_TRANSLATE_NOOP("bcp::Gstin",
                                                     "A GSTIN has only letters and digits; character %1 is \"%2\"."))
                            .arg(i + 1)
                            .arg(g[i]));
    }
    if (g.size() != kLength)
        return fail(
            translated(QT_TRANSLATE_NOOP("bcp::Gstin", "A GSTIN has 15 characters; this one has %1.")).arg(g.size()));
    if (!isDigit(g[0]) || !isDigit(g[1]))
        return fail(
            translated(QT_TRANSLATE_NOOP("bcp::Gstin", "Characters 1-2 of a GSTIN are the state code (two digits).")));
    if (!isStateCode(g.left(2)))
        return fail(translated(QT_TRANSLATE_NOOP("bcp::Gstin", "%1 is not a GST state code.")).arg(g.left(2)));
    for (int i = 2; i < 12; ++i) {
        const bool ok = (i >= 7 && i < 11) ? isDigit(g[i]) : isUpper(g[i]);
        if (!ok)
            return fail(
                translated(QT_TRANSLATE_NOOP("bcp::Gstin", "Characters 3-12 of a GSTIN are the PAN (5 letters, 4 "
                                                           "digits, 1 letter); character %1 does not fit."))
                    .arg(i + 1));
    }
    if (g[12] == QLatin1Char('0'))
        return fail(translated(
            QT_TRANSLATE_NOOP("bcp::Gstin", "Character 13 of a GSTIN is the registration number: 1-9 or A-Z, not 0.")));
    if (g[13] != QLatin1Char('Z'))
        return fail(
            translated(QT_TRANSLATE_NOOP("bcp::Gstin", "Character 14 of a GSTIN is always Z, not \"%1\".")).arg(g[13]));
    const QChar expected = checkCharacter(QStringView(g).left(kLength - 1));
    if (g[14] != expected)
        return fail(
            translated(
                QT_TRANSLATE_NOOP("bcp::Gstin", "The check character should be %1, not %2: the GSTIN may be mistyped."))
                .arg(expected)
                .arg(g[14]));
    return Gstin(g);
}

const std::vector<IndianState> &Gstin::states() {
    static const std::vector<IndianState> table = [] {
        const char *const rows[][2] = {
            {"01", "Jammu & Kashmir"},
            {"02", "Himachal Pradesh"},
            {"03", "Punjab"},
            {"04", "Chandigarh"},
            {"05", "Uttarakhand"},
            {"06", "Haryana"},
            {"07", "Delhi"},
            {"08", "Rajasthan"},
            {"09", "Uttar Pradesh"},
            {"10", "Bihar"},
            {"11", "Sikkim"},
            {"12", "Arunachal Pradesh"},
            {"13", "Nagaland"},
            {"14", "Manipur"},
            {"15", "Mizoram"},
            {"16", "Tripura"},
            {"17", "Meghalaya"},
            {"18", "Assam"},
            {"19", "West Bengal"},
            {"20", "Jharkhand"},
            {"21", "Odisha"},
            {"22", "Chhattisgarh"},
            {"23", "Madhya Pradesh"},
            {"24", "Gujarat"},
            {"26", "Dadra & Nagar Haveli and Daman & Diu"},
            {"27", "Maharashtra"},
            {"29", "Karnataka"},
            {"30", "Goa"},
            {"31", "Lakshadweep"},
            {"32", "Kerala"},
            {"33", "Tamil Nadu"},
            {"34", "Puducherry"},
            {"35", "Andaman & Nicobar Islands"},
            {"36", "Telangana"},
            {"37", "Andhra Pradesh"},
            {"38", "Ladakh"},
            {"97", "Other Territory"},
            {"99", "Centre Jurisdiction"},
        };
        std::vector<IndianState> out;
        out.reserve(std::size(rows));
        for (const auto &row : rows)
            out.push_back({QString::fromLatin1(row[0]), QString::fromLatin1(row[1])});
        return out;
    }();
    return table;
}

QString Gstin::stateName(const QString &code) {
    const std::vector<IndianState> &table = states();
    const auto it = std::find_if(table.begin(), table.end(), [&code](const IndianState &s) { return s.code == code; });
    return it == table.end() ? QString() : it->name;
}

} // namespace bcp
