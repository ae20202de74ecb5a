#include "tickets/TicketSettingsDialog.h"

#include "accounts/MessageLabel.h"
#include "services/TicketService.h"
#include "services/TicketSla.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

QSpinBox *minutesBox(int value, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setRange(1, 366 * 24 * 60);
    box->setSuffix(TicketSettingsDialog::tr(" min"));
    box->setValue(value);
    box->setToolTip(TicketSla::durationText(qint64(value) * 60));
    QObject::connect(box, qOverload<int>(&QSpinBox::valueChanged), box,
                     [box](int v) { box->setToolTip(TicketSla::durationText(qint64(v) * 60)); });
    return box;
}

} // namespace

TicketSettingsDialog::TicketSettingsDialog(TicketService &tickets, const Session &session, QWidget *parent)
    : QDialog(parent), m_tickets(tickets), m_session(session) {
    build();
    reload();
}

void TicketSettingsDialog::build() {
    setObjectName(QStringLiteral("ticketSettingsDialog"));
    setWindowTitle(tr("Support settings"));
    resize(620, 420);
    m_message = new MessageLabel(this);
    m_tabs = new QTabWidget(this);

    // SLA rules.
    auto *slaPage = new QWidget(m_tabs);
    m_sla = new QTableWidget(4, 3, slaPage);
    m_sla->setObjectName(QStringLiteral("slaTable"));
    m_sla->setHorizontalHeaderLabels({tr("First response"), tr("Resolution"), tr("Escalate after")});
    m_sla->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_sla->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *saveSla = new QPushButton(tr("&Save SLA rules"), slaPage);
    saveSla->setObjectName(QStringLiteral("slaSave"));
    auto *slaHint = new QLabel(tr("Minutes from when a ticket is raised. New tickets and priority changes use the new "
                                  "times; tickets already open keep theirs."),
                               slaPage);
    slaHint->setWordWrap(true);
    auto *slaLayout = new QVBoxLayout(slaPage);
    slaLayout->addWidget(slaHint);
    slaLayout->addWidget(m_sla, 1);
    slaLayout->addWidget(saveSla, 0, Qt::AlignRight);
    m_tabs->addTab(slaPage, tr("SLA &rules"));

    // Categories.
    auto *categoryPage = new QWidget(m_tabs);
    m_categories = new QListWidget(categoryPage);
    m_categories->setObjectName(QStringLiteral("categoryList"));
    m_categoryName = new QLineEdit(categoryPage);
    m_categoryName->setObjectName(QStringLiteral("categoryName"));
    m_categoryName->setPlaceholderText(tr("Category name"));
    auto *add = new QPushButton(tr("&Add"), categoryPage);
    auto *rename = new QPushButton(tr("Re&name"), categoryPage);
    auto *toggle = new QPushButton(tr("Switch &off / on"), categoryPage);
    auto *categoryButtons = new QHBoxLayout;
    categoryButtons->addWidget(m_categoryName, 1);
    categoryButtons->addWidget(add);
    categoryButtons->addWidget(rename);
    categoryButtons->addWidget(toggle);
    auto *categoryLayout = new QVBoxLayout(categoryPage);
    categoryLayout->addWidget(m_categories, 1);
    categoryLayout->addLayout(categoryButtons);
    m_tabs->addTab(categoryPage, tr("&Categories"));

    // Agents.
    auto *agentPage = new QWidget(m_tabs);
    m_agents = new QTableWidget(0, 4, agentPage);
    m_agents->setObjectName(QStringLiteral("agentTable"));
    m_agents->setHorizontalHeaderLabels({tr("Agent"), tr("Open tickets"), tr("Capacity"), tr("Available")});
    m_agents->horizontalHeader()->setSectionResizeMode(AgentNameColumn, QHeaderView::Stretch);
    m_agents->verticalHeader()->hide();
    auto *saveAgents = new QPushButton(tr("Sa&ve agents"), agentPage);
    saveAgents->setObjectName(QStringLiteral("agentSave"));
    auto *agentHint = new QLabel(tr("New tickets go to the available agent with the fewest open tickets, never beyond "
                                    "an agent's capacity."),
                                 agentPage);
    agentHint->setWordWrap(true);
    auto *agentLayout = new QVBoxLayout(agentPage);
    agentLayout->addWidget(agentHint);
    agentLayout->addWidget(m_agents, 1);
    agentLayout->addWidget(saveAgents, 0, Qt::AlignRight);
    m_tabs->addTab(agentPage, tr("A&gents"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveSla, &QPushButton::clicked, this, &TicketSettingsDialog::saveSlaRules);
    connect(saveAgents, &QPushButton::clicked, this, &TicketSettingsDialog::saveAgents);
    connect(add, &QPushButton::clicked, this, [this] { addCategory(m_categoryName->text()); });
    connect(rename, &QPushButton::clicked, this,
            [this] { renameCategory(m_categories->currentRow(), m_categoryName->text()); });
    connect(toggle, &QPushButton::clicked, this, [this] { toggleCategory(m_categories->currentRow()); });
    connect(m_categories, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_categoryRows.size())
            m_categoryName->setText(m_categoryRows.at(row).name);
    });
}

QSpinBox *TicketSettingsDialog::capacityBox(int row) const {
    return qobject_cast<QSpinBox *>(m_agents->cellWidget(row, AgentCapacityColumn));
}

QCheckBox *TicketSettingsDialog::availableBox(int row) const {
    QWidget *cell = m_agents->cellWidget(row, AgentAvailableColumn);
    return cell ? cell->findChild<QCheckBox *>() : nullptr;
}

void TicketSettingsDialog::reload() {
    loadSla();
    loadCategories();
    loadAgents();
}

void TicketSettingsDialog::loadSla() {
    auto rules = m_tickets.slaRules(m_session);
    if (!rules) {
        m_message->showError(rules.error().message);
        return;
    }
    m_rules = rules.value();
    for (int row = 0; row < m_rules.size() && row < m_sla->rowCount(); ++row) {
        const SlaRule &r = m_rules.at(row);
        m_sla->setVerticalHeaderItem(row, new QTableWidgetItem(ticketPriorityLabel(r.priority)));
        m_sla->setCellWidget(row, FirstResponseColumn, minutesBox(r.firstResponseMinutes, m_sla));
        m_sla->setCellWidget(row, ResolutionColumn, minutesBox(r.resolutionMinutes, m_sla));
        m_sla->setCellWidget(row, EscalateColumn, minutesBox(r.escalateMinutes, m_sla));
    }
}

void TicketSettingsDialog::loadCategories() {
    auto categories = m_tickets.categories(m_session, true);
    if (!categories) {
        m_message->showError(categories.error().message);
        return;
    }
    m_categoryRows = categories.value();
    m_categories->clear();
    for (const TicketCategory &c : m_categoryRows) {
        auto *item = new QListWidgetItem(c.active ? c.name : tr("%1 (off)").arg(c.name), m_categories);
        if (!c.active)
            item->setForeground(QColor(0x80, 0x80, 0x80));
    }
}

void TicketSettingsDialog::loadAgents() {
    auto agents = m_tickets.agents(m_session);
    if (!agents) {
        m_message->showError(agents.error().message);
        return;
    }
    m_agentRows = agents.value();
    m_agents->setRowCount(int(m_agentRows.size()));
    for (int row = 0; row < m_agentRows.size(); ++row) {
        const TicketAgent &a = m_agentRows.at(row);
        auto *name = new QTableWidgetItem(a.displayName);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_agents->setItem(row, AgentNameColumn, name);
        auto *open = new QTableWidgetItem(QString::number(a.openTickets));
        open->setFlags(open->flags() & ~Qt::ItemIsEditable);
        open->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_agents->setItem(row, AgentOpenColumn, open);
        auto *capacity = new QSpinBox(m_agents);
        capacity->setRange(0, 1000);
        capacity->setValue(a.capacity);
        m_agents->setCellWidget(row, AgentCapacityColumn, capacity);
        // Centred in its cell, as the header above it.
        auto *cell = new QWidget(m_agents);
        auto *available = new QCheckBox(cell);
        available->setChecked(a.available);
        auto *centre = new QHBoxLayout(cell);
        centre->setContentsMargins(0, 0, 0, 0);
        centre->addWidget(available, 0, Qt::AlignCenter);
        m_agents->setCellWidget(row, AgentAvailableColumn, cell);
    }
    m_agents->resizeColumnsToContents();
    m_agents->horizontalHeader()->setSectionResizeMode(AgentNameColumn, QHeaderView::Stretch);
}

bool TicketSettingsDialog::saveSlaRules() {
    int saved = 0;
    for (int row = 0; row < m_rules.size(); ++row) {
        SlaRule r = m_rules.at(row);
        const int first = qobject_cast<QSpinBox *>(m_sla->cellWidget(row, FirstResponseColumn))->value();
        const int resolution = qobject_cast<QSpinBox *>(m_sla->cellWidget(row, ResolutionColumn))->value();
        const int escalate = qobject_cast<QSpinBox *>(m_sla->cellWidget(row, EscalateColumn))->value();
        if (first == r.firstResponseMinutes && resolution == r.resolutionMinutes && escalate == r.escalateMinutes)
            continue;
        r.firstResponseMinutes = first;
        r.resolutionMinutes = resolution;
        r.escalateMinutes = escalate;
        auto result = m_tickets.saveSlaRule(m_session, r);
        if (!result) {
            m_message->showError(tr("%1 priority: %2").arg(ticketPriorityLabel(r.priority), result.error().message));
            return false;
        }
        m_rules[row] = result.value();
        ++saved;
    }
    m_message->showSuccess(saved == 0 ? tr("Nothing to save.") : tr("SLA rules saved."));
    return true;
}

bool TicketSettingsDialog::addCategory(const QString &name) {
    TicketCategory c;
    c.name = name;
    auto added = m_tickets.saveCategory(m_session, c);
    if (!added) {
        m_message->showError(added.error().message);
        return false;
    }
    loadCategories();
    m_categoryName->clear();
    m_message->showSuccess(tr("Category %1 added.").arg(added->name));
    return true;
}

bool TicketSettingsDialog::renameCategory(int row, const QString &name) {
    if (row < 0 || row >= m_categoryRows.size())
        return false;
    TicketCategory c = m_categoryRows.at(row);
    c.name = name;
    auto saved = m_tickets.saveCategory(m_session, c);
    if (!saved) {
        m_message->showError(saved.error().message);
        return false;
    }
    loadCategories();
    m_message->showSuccess(tr("Category renamed to %1.").arg(saved->name));
    return true;
}

bool TicketSettingsDialog::toggleCategory(int row) {
    if (row < 0 || row >= m_categoryRows.size())
        return false;
    TicketCategory c = m_categoryRows.at(row);
    c.active = !c.active;
    auto saved = m_tickets.saveCategory(m_session, c);
    if (!saved) {
        m_message->showError(saved.error().message);
        return false;
    }
    loadCategories();
    m_message->showSuccess(saved->active ? tr("%1 can be chosen again.").arg(saved->name)
                                         : tr("%1 is no longer offered for new tickets.").arg(saved->name));
    return true;
}

bool TicketSettingsDialog::saveAgents() {
    int saved = 0;
    for (int row = 0; row < m_agentRows.size(); ++row) {
        const TicketAgent &a = m_agentRows.at(row);
        const int capacity = capacityBox(row)->value();
        const bool available = availableBox(row)->isChecked();
        if (capacity == a.capacity && available == a.available)
            continue;
        auto result = m_tickets.setAgent(m_session, a.userId, capacity, available);
        if (!result) {
            m_message->showError(tr("%1: %2").arg(a.displayName, result.error().message));
            return false;
        }
        ++saved;
    }
    loadAgents();
    m_message->showSuccess(saved == 0 ? tr("Nothing to save.") : tr("Agents saved."));
    return true;
}

} // namespace bcp::ui
