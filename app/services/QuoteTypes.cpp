#include "services/QuoteTypes.h"

#include <QCoreApplication>

namespace bcp {

QString quoteStatusCode(QuoteStatus status) {
    switch (status) {
    case QuoteStatus::Draft:
        return QStringLiteral("draft");
    case QuoteStatus::Sent:
        return QStringLiteral("sent");
    case QuoteStatus::Accepted:
        return QStringLiteral("accepted");
    case QuoteStatus::Rejected:
        return QStringLiteral("rejected");
    case QuoteStatus::Expired:
        break;
    }
    return QStringLiteral("expired");
}

std::optional<QuoteStatus> parseQuoteStatus(const QString &code) {
    for (QuoteStatus s :
         {QuoteStatus::Draft, QuoteStatus::Sent, QuoteStatus::Accepted, QuoteStatus::Rejected, QuoteStatus::Expired}) {
        if (code.compare(quoteStatusCode(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString quoteStatusLabel(QuoteStatus status) {
    switch (status) {
    case QuoteStatus::Draft:
        return QCoreApplication::translate("QuoteStatus", "Draft");
    case QuoteStatus::Sent:
        return QCoreApplication::translate("QuoteStatus", "Sent");
    case QuoteStatus::Accepted:
        return QCoreApplication::translate("QuoteStatus", "Accepted");
    case QuoteStatus::Rejected:
        return QCoreApplication::translate("QuoteStatus", "Rejected");
    case QuoteStatus::Expired:
        break;
    }
    return QCoreApplication::translate("QuoteStatus", "Expired");
}

QuoteStatus displayedQuoteStatus(QuoteStatus stored, const QDate &validUntil, const QDate &today) {
    if ((stored == QuoteStatus::Draft || stored == QuoteStatus::Sent) && validUntil.isValid() && today > validUntil)
        return QuoteStatus::Expired;
    return stored;
}

} // namespace bcp
