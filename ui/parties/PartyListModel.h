#pragma once
// The parties of the signed-in shop as a paged list (PartyService keyset pages): the Parties pane's table
// and the quote editor's party picker. Searching and sorting run in SQL; setQuery() starts again from the
// first page.

#include "common/PagedRowModel.h"
#include "services/PartyTypes.h"
#include "services/Session.h"

#include <optional>

namespace bcp {
class PartyService;
}

namespace bcp::ui {

class PartyListModel : public PagedRowModel<PartyRow> {
    Q_OBJECT
public:
    enum Column { NameColumn, CompanyColumn, MobileColumn, CityColumn, StateColumn, GstinColumn, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, DeletedRole };

    PartyListModel(PartyService &parties, const Session &session, QObject *parent = nullptr);

    // Shows the parties matching `query` (its cursor is ignored), from the first page.
    void setQuery(const PartyQuery &query);
    const PartyQuery &query() const { return m_query; }
    void setSearch(const QString &text);

    // The service sort behind a column; nullopt for columns the database does not sort by.
    static std::optional<PartySort> sortFor(int column);
    static int columnFor(PartySort sort);
    // Header clicks: sortable columns reload in the new order, the others keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // "98200 11111": the ten digits in the grouping people read aloud.
    static QString mobileText(const QString &mobile);

protected:
    QVariant cell(const PartyRow &row, int column, int role) const override;

private:
    PartyService &m_parties;
    Session m_session;
    PartyQuery m_query;
};

} // namespace bcp::ui
