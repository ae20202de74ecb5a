#pragma once
// The versions of one quote, newest first: number, date, items, grand total, how it came about (new, edited,
// restored from an older version, a duplicate box) and who saved it. The active version is marked.

#include "services/QuoteTypes.h"

#include <QAbstractTableModel>

namespace bcp::ui {

class QuoteVersionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { VersionColumn, DateColumn, ItemsColumn, GrandColumn, OriginColumn, ByColumn, ColumnCount };
    enum DataRole { VersionRole = Qt::UserRole + 1, ActiveRole };

    explicit QuoteVersionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `versions` oldest first, as the service lists them.
    void setVersions(const QList<QuoteVersionInfo> &versions, int activeVersion);
    void clear();
    int versionAt(int row) const;
    int rowOfVersion(int version) const;
    int activeVersion() const { return m_active; }

    // "New", "Edited", "Restored from v1", "Same box as before"
    static QString originText(const QuoteVersionInfo &info);

private:
    QList<QuoteVersionInfo> m_versions; // newest first
    int m_active = 0;
};

} // namespace bcp::ui
