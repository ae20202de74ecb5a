#pragma once
// The Settings pane (settings.edit): what the shop's documents print about the shop, at a glance, with the
// Company profile dialog a click away.

#include "services/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace bcp {
class Database;
}

namespace bcp::ui {

class CompanyProfileDialog;

class SettingsPane : public QWidget {
    Q_OBJECT
public:
    SettingsPane(Database &db, const Session &session, QWidget *parent = nullptr);

    // Reads the profile again into the summary.
    void refresh();
    // Opens the Company profile dialog; true when it saved.
    bool editCompanyProfile();

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *logoLabel() const { return m_logo; }
    QPushButton *companyButton() const { return m_company; }

private:
    Database &m_db;
    Session m_session;
    QLabel *m_summary = nullptr;
    QLabel *m_logo = nullptr;
    QPushButton *m_company = nullptr;
};

} // namespace bcp::ui
