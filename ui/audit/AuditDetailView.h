#pragma once
// One audit entry in full: who, where, when and what, then its before and after side by side, one line per
// field, the fields that changed highlighted. Values that are not text (numbers, lists, objects) show as
// compact JSON.

#include <QWidget>

class QLabel;
class QTableWidget;

namespace bcp {
struct AuditEntry;
}

namespace bcp::ui {

class AuditDetailView : public QWidget {
    Q_OBJECT
public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn };
    // Set (true) on the three cells of a field whose value differs between before and after.
    static constexpr int ChangedRole = Qt::UserRole + 1;

    explicit AuditDetailView(QWidget *parent = nullptr);

    void showEntry(const AuditEntry &entry);
    void showMessage(const QString &text);
    void clear();

    // The row of `field` in fields(), -1 when the entry has no such field.
    int rowOfField(const QString &field) const;
    bool isChanged(const QString &field) const;
    static QColor highlight();

    QTableWidget *fields() const { return m_fields; }
    QLabel *summary() const { return m_summary; }
    QLabel *chain() const { return m_chain; }

private:
    QLabel *m_summary;
    QLabel *m_chain;
    QTableWidget *m_fields;
};

} // namespace bcp::ui
