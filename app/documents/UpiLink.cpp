#include "documents/UpiLink.h"

#include "money/IndianFormat.h"

#include <QByteArray>
#include <QRegularExpression>

namespace bcp::documents {

namespace {

QString encoded(const QString &text, const QByteArray &keep = {}) {
    return QString::fromLatin1(text.trimmed().toUtf8().toPercentEncoding(keep));
}

} // namespace

bool UpiLink::isValidVpa(const QString &vpa) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}$"));
    return pattern.match(vpa.trimmed()).hasMatch();
}

QString UpiLink::paymentUri(const QString &vpa, const QString &payee, Money amount, const QString &note) {
    if (!isValidVpa(vpa) || amount.paise() <= 0)
        return {};
    QString uri = QStringLiteral("upi://pay?pa=") + encoded(vpa, QByteArrayLiteral("@")) + QStringLiteral("&pn=") +
                  encoded(payee) + QStringLiteral("&am=") + IndianFormat::plain(amount) + QStringLiteral("&cu=INR");
    if (!note.trimmed().isEmpty())
        uri += QStringLiteral("&tn=") + encoded(note);
    return uri;
}

} // namespace bcp::documents
