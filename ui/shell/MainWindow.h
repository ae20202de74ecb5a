#pragma once
// Navigation on the left, the chosen pane on the right, and a status bar saying which database is open.

#include <QMainWindow>
#include <QPointer>

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

    // Who is signed in and for which shop, shown in the status bar.
    void setSignedIn(const QString &user, const QString &tenant);
    QLabel *userLabel() const { return m_user; }
    QLabel *tenantLabel() const { return m_tenant; }

    // The idle lock: the content gives way to a lock page and the menus are disabled until unlock(). Nothing
    // is closed or reloaded, so unsaved work is still there afterwards.
    void lock();
    void unlock();
    bool isLocked() const;

    QLabel *engineLabel() const { return m_engine; }
    QListWidget *navigation() const { return m_nav; }
    QStackedWidget *panes() const { return m_stack; }

private:
    void showAbout();

    Database &m_db;
    QStackedWidget *m_root;
    QWidget *m_lockPage = nullptr;
    QPointer<QWidget> m_focusBeforeLock;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_engine;
    QLabel *m_user;
    QLabel *m_tenant;
};

} // namespace bcp::ui
