#include "services/Base32.h"

#include <QCoreApplication>

namespace bcp {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(QChar c) {
    const char16_t u = c.toUpper().unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return 26 + (u - u'2');
    return -1;
}

} // namespace

QString Base32::encode(const QByteArray &data) {
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]);
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

Result<QByteArray> Base32::decode(const QString &text) {
    const QString field = QStringLiteral("secret");
    QString symbols;
    symbols.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        symbols += c;
    }
    int end = static_cast<int>(symbols.size());
    while (end > 0 && symbols.at(end - 1) == QLatin1Char('='))
        --end;
    // Padding carries no information, so a short or missing run of it is forgiven.
    symbols.truncate(end);
    // 1, 3 or 6 symbols left over cannot come from whole bytes.
    const int rest = static_cast<int>(symbols.size() % 8);
    if (rest == 1 || rest == 3 || rest == 6)
        return Error::invalid(
            field, QCoreApplication::translate("bcp::Base32",
                                               "The key has the wrong length; check that it was copied whole."));

    QByteArray out;
    out.reserve(static_cast<int>(symbols.size() * 5 / 8));
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : symbols) {
        const int v = valueOf(c);
        if (v < 0)
            return Error::invalid(
                field, QCoreApplication::translate("bcp::Base32",
                                                   "The key contains '%1', which is not a letter A-Z or a digit 2-7.")
                           .arg(c));
        buffer = (buffer << 5) | static_cast<quint32>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xff);
        }
    }
    return out;
}

} // namespace bcp
