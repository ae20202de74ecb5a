#pragma once
// Two versions of a quote side by side, read-only: one row per value (party, dates, each item with its
// costing input, charges and terms, totals, the masters snapshot), grouped by section, with the values
// that differ highlighted. Optionally only the differing rows.

#include "services/QuoteTypes.h"

#include <QAbstractTableModel>

namespace bcp::ui {

class QuoteCompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SectionColumn, FieldColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum DataRole { PathRole = Qt::UserRole + 1, ChangedRole };

    explicit QuoteCompareModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDiff(const VersionDiff &diff);
    void setOnlyChanges(bool only);
    bool onlyChanges() const { return m_onlyChanges; }

    int changeCount() const { return m_changeCount; }
    // The row showing `path`, or -1 (also when it is filtered out).
    int rowOfPath(const QString &path) const;
    bool isChanged(int row) const;

    // "Item 1" / "Party" / "Totals" and "Costing · Layer 2 · GSM" for a QuoteDiff path.
    static QString sectionOf(const QString &path);
    static QString fieldOf(const QString &path);

private:
    struct Row {
        QString path;
        QString section;
        QString field;
        QString before;
        QString after;
        bool changed = false;
    };
    void rebuild();

    QList<Row> m_all;
    QList<int> m_shown; // indexes into m_all
    bool m_onlyChanges = false;
    int m_changeCount = 0;
    int m_versionA = 0;
    int m_versionB = 0;
};

} // namespace bcp::ui
