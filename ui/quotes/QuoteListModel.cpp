#include "quotes/QuoteListModel.h"

#include "money/IndianFormat.h"
#include "services/QuoteService.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace bcp::ui {

QuoteListModel::QuoteListModel(QuoteService &quotes, const Session &session, QObject *parent)
    : PagedRowModel<QuoteRow>(
          {tr("Number"), tr("Date"), tr("Party"), tr("Items"), tr("Grand total"), tr("Status"), tr("Version")}, parent),
      m_quotes(quotes), m_session(session) {
    setFetch([this](const QVariant &afterKey, int limit) -> Result<Page> {
        if (m_cleared)
            return Page();
        return keysetPage(m_query, afterKey, limit,
                          [this](const QuoteQuery &q) { return m_quotes.list(m_session, q); });
    });
}

void QuoteListModel::setQuery(const QuoteQuery &query) {
    m_query = query;
    m_query.hasCursor = false;
    m_cleared = false;
    reload();
}

void QuoteListModel::clear() {
    m_cleared = true;
    reload();
}

std::optional<QuoteSort> QuoteListModel::sortFor(int column) {
    switch (column) {
    case NumberColumn:
        return QuoteSort::Number;
    case DateColumn:
        return QuoteSort::Date;
    case PartyColumn:
        return QuoteSort::Party;
    case GrandColumn:
        return QuoteSort::GrandTotal;
    default:
        return std::nullopt;
    }
}

int QuoteListModel::columnFor(QuoteSort sort) {
    switch (sort) {
    case QuoteSort::Number:
        return NumberColumn;
    case QuoteSort::Party:
        return PartyColumn;
    case QuoteSort::GrandTotal:
        return GrandColumn;
    case QuoteSort::Date:
        break;
    }
    return DateColumn;
}

void QuoteListModel::sort(int column, Qt::SortOrder order) {
    const std::optional<QuoteSort> sort = sortFor(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_query.sort && descending == m_query.descending && rowCount() > 0)
        return;
    QuoteQuery query = m_query;
    query.sort = *sort;
    query.descending = descending;
    setQuery(query);
}

QColor QuoteListModel::statusColor(QuoteStatus status) {
    switch (status) {
    case QuoteStatus::Draft:
        return QColor(0x5f, 0x63, 0x68);
    case QuoteStatus::Sent:
        return QColor(0x15, 0x65, 0xc0);
    case QuoteStatus::Accepted:
        return QColor(0x2e, 0x7d, 0x32);
    case QuoteStatus::Rejected:
        return QColor(0xc6, 0x28, 0x28);
    case QuoteStatus::Expired:
        break;
    }
    return QColor(0xb2, 0x6a, 0x00);
}

QVariant QuoteListModel::cell(const QuoteRow &row, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return row.number;
        case DateColumn:
            return QLocale().toString(row.date, QStringLiteral("dd MMM yyyy"));
        case PartyColumn:
            return row.partyCompany.isEmpty() ? row.partyName : tr("%1 \u00b7 %2").arg(row.partyName, row.partyCompany);
        case ItemsColumn:
            return row.itemCount;
        case GrandColumn:
            return IndianFormat::money(row.grand, IndianFormat::Symbol::Rupee);
        case StatusColumn:
            return quoteStatusLabel(row.status);
        case VersionColumn:
            return tr("v%1").arg(row.version);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == GrandColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == ItemsColumn || column == VersionColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return QBrush(statusColor(row.status));
        return {};
    case Qt::FontRole:
        if (column == StatusColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case ItemsColumn:
            return row.boxNames;
        case DateColumn:
            return tr("Valid until %1").arg(QLocale().toString(row.validUntil, QStringLiteral("dd MMM yyyy")));
        default:
            return {};
        }
    case IdRole:
        return row.id;
    case StatusRole:
        return quoteStatusCode(row.status);
    case GrandPaiseRole:
        return row.grand.paise();
    default:
        return {};
    }
}

} // namespace bcp::ui
