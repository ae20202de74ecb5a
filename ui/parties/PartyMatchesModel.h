#pragma once
// The party picker's matches: the best few parties for what was typed, straight from PartyService (name,
// company or mobile, searched in the database). A short list that is replaced on every search, so the
// picker's popup never pages.

#include "services/PartyTypes.h"
#include "services/Session.h"

#include <QAbstractListModel>

namespace bcp {
class PartyService;
}

namespace bcp::ui {

class PartyMatchesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum DataRole {
        IdRole = Qt::UserRole + 1,
        DetailRole, // "Company · 98200 11111 · Pune"
    };

    PartyMatchesModel(PartyService &parties, const Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Replaces the matches with the first `limit` parties matching `text` (the parties worked on lately
    // when nothing is typed). Hidden parties are left out. False, with errorText(), when the search failed.
    bool search(const QString &text, int limit);
    QString errorText() const { return m_error; }
    qint64 idAt(int row) const { return m_rows.at(row).id; }

private:
    PartyService &m_parties;
    Session m_session;
    QList<PartyRow> m_rows;
    QString m_error;
};

} // namespace bcp::ui
