#pragma once
// The Plans & features pane (platform.plans): the matrix of features by category against the plans, with
// each plan's price, trial days, what it includes and its limits. Edits are tinted until saved; Save turns
// every changed plan into its next version (with the note saying why) and says so. Shops keep the version
// they are on until they renew.

#include "services/PlanTypes.h"
#include "services/Session.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace bcp {
class Clock;
class Database;
class PlanService;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;
class PlanMatrixModel;

class PlansPane : public QWidget {
    Q_OBJECT
public:
    PlansPane(Database &db, const Session &session, QWidget *parent = nullptr);
    PlansPane(Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~PlansPane() override;

    // Reads the catalogue and the plans' newest versions again (forgets unsaved edits).
    void reload();
    // Saves every changed plan as a new version; true when all were saved.
    bool save();
    void revert();

    PlanService &service() const { return *m_plans; }
    PlanMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    MessageLabel *banner() const { return m_banner; }
    QLabel *versionsLabel() const { return m_versions; }

private:
    void build();
    void updateButtons();
    void updateVersions();

    Session m_session;
    std::unique_ptr<PlanService> m_plans;
    PlanMatrixModel *m_model = nullptr;
    MessageLabel *m_banner = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_versions = nullptr;
};

} // namespace bcp::ui
