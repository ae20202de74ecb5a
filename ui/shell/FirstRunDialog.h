#pragma once
// Where the shop keeps its data: on this computer (SQLite, the default) or on a shared PostgreSQL server.

#include "data/DbUrl.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QPushButton;
class QWidget;

namespace bcp::ui {

class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget *parent = nullptr);

    DbUrl url() const;
    QString password() const;

    // Exposed for the offscreen tests, which drive the dialog like a user.
    QRadioButton *localChoice() const { return m_local; }
    QRadioButton *serverChoice() const { return m_server; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }

    void accept() override;

private:
    void updateEnabled();
    void browse();
    void testConnection();
    QString missingServerField() const;

    QRadioButton *m_local;
    QRadioButton *m_server;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QWidget *m_serverBox;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_test;
    QLabel *m_testResult;
};

} // namespace bcp::ui
