#pragma once
// Support settings for those with support.manage: SLA minutes per priority (the shop's own copy of the
// installation defaults once edited), the ticket categories (add, rename, switch off) and each agent's
// capacity and availability. Every change is saved through TicketService and audited there.

#include "services/Session.h"
#include "services/TicketTypes.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace bcp {
class TicketService;
}

namespace bcp::ui {

class MessageLabel;

class TicketSettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum SlaColumn { FirstResponseColumn, ResolutionColumn, EscalateColumn };
    enum AgentColumn { AgentNameColumn, AgentOpenColumn, AgentCapacityColumn, AgentAvailableColumn };

    TicketSettingsDialog(TicketService &tickets, const Session &session, QWidget *parent = nullptr);

    void reload();
    bool saveSlaRules();
    bool addCategory(const QString &name);
    bool renameCategory(int row, const QString &name);
    bool toggleCategory(int row);
    bool saveAgents();

    // Exposed for the offscreen tests.
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *slaTable() const { return m_sla; }
    QListWidget *categoryList() const { return m_categories; }
    QLineEdit *categoryName() const { return m_categoryName; }
    QTableWidget *agentTable() const { return m_agents; }
    QSpinBox *capacityBox(int row) const;
    QCheckBox *availableBox(int row) const;
    MessageLabel *messageLabel() const { return m_message; }

private:
    void build();
    void loadSla();
    void loadCategories();
    void loadAgents();

    TicketService &m_tickets;
    Session m_session;
    QList<SlaRule> m_rules;
    QList<TicketCategory> m_categoryRows;
    QList<TicketAgent> m_agentRows;

    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_sla = nullptr;
    QListWidget *m_categories = nullptr;
    QLineEdit *m_categoryName = nullptr;
    QTableWidget *m_agents = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace bcp::ui
