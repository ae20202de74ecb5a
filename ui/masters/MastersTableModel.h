#pragma once
// Common ground of the Masters tables: each table edits one part of a CostingMasters owned by the pane,
// shows numbers the way they are typed, refuses text that is not a number, and can mark the cell a
// validation message is about (by its masters field path, `flutes.B.factor`).

#include <QAbstractTableModel>

namespace bcp::costing {
struct CostingMasters;
}

namespace bcp::ui {

class MastersTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The masters object was replaced as a whole (loaded, reverted, saved and sorted).
    void reload();
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // Marks every cell whose field path is `field`; false when this table has none.
    bool markField(const QString &field, const QString &message);
    void clearMark();
    // The first cell of `field`, or an invalid index.
    QModelIndex indexOf(const QString &field) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A value was changed by the user.
    void edited();

protected:
    struct Column {
        QString title;
        QString toolTip;
        int decimals = -1; // fixed decimals for display; -1 = as typed
        bool isText = false;
        bool editable = true;
    };

    MastersTableModel(costing::CostingMasters &masters, QList<Column> columns, QObject *parent);

    // A number (double) or, for text columns, a QString.
    virtual QVariant value(int row, int column) const = 0;
    // Stores an already parsed number (double) or trimmed text; false refuses it.
    virtual bool setValue(int row, int column, const QVariant &value) = 0;
    // The masters field path of a cell, as costing::validateMasters names it.
    virtual QString fieldPath(int row, int column) const = 0;
    virtual QString rowTitle(int row) const;

    costing::CostingMasters &m_masters;

private:
    bool isCell(const QModelIndex &index) const;
    bool isMarked(const QModelIndex &index) const;
    void repaint(const QString &field);

    QList<Column> m_columns;
    bool m_editable = true;
    QString m_markedField;
    QString m_markMessage;
};

} // namespace bcp::ui
