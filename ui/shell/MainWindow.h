#pragma once
// Navigation on the left, the chosen pane on the right, and a status bar saying which database is open.

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace bcp {
class Database;
}

namespace bcp::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    // Adds a pane to the navigation; panes are added only for what the signed-in user may use.
    void addPane(const QString &title, QWidget *pane);
    int paneCount() const;
    void showPane(int index);

    QLabel *engineLabel() const { return m_engine; }
    QListWidget *navigation() const { return m_nav; }
    QStackedWidget *panes() const { return m_stack; }

private:
    void showAbout();

    Database &m_db;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_engine;
};

} // namespace bcp::ui
