#pragma once
// The Audit pane's list: the audit log of the signed-in shop, newest first, through AuditService keyset
// pages. The list keeps what it shows; the detail view reads a row's before/after and hashes by id when it
// is selected, so a long scroll holds no JSON.

#include "common/PagedRowModel.h"
#include "services/AuditService.h"
#include "services/Session.h"

namespace bcp::ui {

class AuditLogModel : public PagedRowModel<AuditEntry> {
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, WorkstationColumn, ActionColumn, EntityColumn, ResultColumn, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, ActionRole, ResultRole };

    AuditLogModel(AuditService &audit, const Session &session, QObject *parent = nullptr);

    // Shows the rows matching `filter` (from the first page).
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }

    qint64 idAt(int row) const { return rowAt(row).id; }
    // -1 when the row with `id` is not loaded.
    int rowOfId(qint64 id) const;

    static QString resultText(const QString &result);

protected:
    QVariant cell(const AuditEntry &row, int column, int role) const override;

private:
    AuditService &m_audit;
    Session m_session;
    AuditFilter m_filter;
};

} // namespace bcp::ui
