#pragma once
// Quotes of the signed-in shop as a paged list (QuoteService keyset pages over the denormalised quote rows):
// the Quotes pane and a party's page. Search, status, dates, party and sort all run in SQL; setQuery()
// starts again from the first page.

#include "common/PagedRowModel.h"
#include "services/QuoteTypes.h"
#include "services/Session.h"

#include <optional>

namespace bcp {
class QuoteService;
}

namespace bcp::ui {

class QuoteListModel : public PagedRowModel<QuoteRow> {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        DateColumn,
        PartyColumn,
        ItemsColumn,
        GrandColumn,
        StatusColumn,
        VersionColumn,
        ColumnCount
    };
    enum DataRole { IdRole = Qt::UserRole + 1, StatusRole, GrandPaiseRole };

    QuoteListModel(QuoteService &quotes, const Session &session, QObject *parent = nullptr);

    // Shows the quotes matching `query` (its cursor is ignored), from the first page.
    void setQuery(const QuoteQuery &query);
    const QuoteQuery &query() const { return m_query; }
    // Shows no rows until the next setQuery().
    void clear();

    static std::optional<QuoteSort> sortFor(int column);
    static int columnFor(QuoteSort sort);
    // Header clicks: sortable columns reload in the new order, the others keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The colour a status is shown in, everywhere a quote's status appears.
    static QColor statusColor(QuoteStatus status);

protected:
    QVariant cell(const QuoteRow &row, int column, int role) const override;

private:
    QuoteService &m_quotes;
    Session m_session;
    QuoteQuery m_query;
    bool m_cleared = false;
};

} // namespace bcp::ui
