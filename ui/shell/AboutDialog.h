#pragma once
// Versions of the app, Qt, SQLite and the PostgreSQL server: what support asks for first.

#include <QDialog>

namespace bcp {
class Database;
}

namespace bcp::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(Database &db, QWidget *parent = nullptr);
    QString versionsText() const { return m_versions; }

private:
    QString m_versions;
};

} // namespace bcp::ui
