#pragma once
// The Subscriptions pane (platform.subscriptions): every shop with its plan, status, period end and monthly
// recurring revenue, filtered by name, plan, status and period end, with the total MRR of what the filters
// match. The chosen shop's subscription shows beside the list with its history, and the actions its status
// allows: start a trial, activate, renew, change plan (with the proration preview), cancel now or at period
// end, suspend and reactivate, each after a confirmation. Its subscription invoices (series SUB) list under
// Invoices and save as PDF; entitlement overrides for the shop (a feature or limit whatever the plan says,
// with a reason and an end date) list under Overrides.

#include "services/PlanTypes.h"
#include "services/Session.h"
#include "subscriptions/SubscriptionActionDialog.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace bcp {
class Clock;
class Database;
class EntitlementService;
class SubscriptionService;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;
class SubscriptionListModel;

class SubscriptionsPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 300;
    using Action = SubscriptionActionDialog::Action;

    SubscriptionsPane(Database &db, const Session &session, QWidget *parent = nullptr);
    SubscriptionsPane(Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~SubscriptionsPane() override;

    SubscriptionQuery currentQuery() const;
    void applyFilter();
    void clearFilters();
    // Selects a shop in the list (loading pages until it is there) and shows its subscription.
    void showTenant(qint64 tenantId);
    qint64 currentTenant() const { return m_tenantId; }
    const Subscription &current() const { return m_current; }

    // Opens the confirmation for an action on the chosen shop; the change shows when confirmed.
    void run(Action action);
    // Opens the plan change with its proration preview.
    void changePlan();
    // Opens OverrideDialog for the chosen shop; asks before removing the chosen override.
    void addOverride();
    void removeOverride();
    // Writes a subscription invoice's PDF to `path` and says so in the banner.
    bool saveInvoicePdf(qint64 chargeId, const QString &path);

    SubscriptionService &service() const { return *m_subscriptions; }
    SubscriptionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *eventsTable() const { return m_events; }
    QTableWidget *chargesTable() const { return m_charges; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QTabWidget *detailTabs() const { return m_tabs; }
    QTableWidget *overridesTable() const { return m_overrides; }
    QPushButton *addOverrideButton() const { return m_addOverride; }
    QPushButton *removeOverrideButton() const { return m_removeOverride; }
    MessageLabel *banner() const { return m_banner; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *planCombo() const { return m_plan; }
    QComboBox *statusCombo() const { return m_status; }
    QDateEdit *endsFromEdit() const { return m_from; }
    QDateEdit *endsToEdit() const { return m_to; }
    QLabel *mrrLabel() const { return m_mrr; }
    QLabel *detailTitle() const { return m_detailTitle; }
    QLabel *detailField(const QString &name) const { return m_detail.value(name); }
    QPushButton *actionButton(Action action) const { return m_actions.value(int(action)); }
    QPushButton *changePlanButton() const { return m_changePlan; }

private:
    void build();
    QWidget *buildDetail();
    void loadPlans();
    void showSelected();
    void showSubscription(const Subscription &s);
    void afterChange(const QString &what);
    void loadCharges(qint64 tenantId);
    void loadOverrides(qint64 tenantId);
    void saveSelectedInvoice();
    void updateStatus();

    Database &m_db;
    Session m_session;
    const Clock &m_clock;
    std::unique_ptr<SubscriptionService> m_subscriptions;
    std::unique_ptr<EntitlementService> m_entitlements;
    QList<Plan> m_plans;
    QList<FeatureInfo> m_features;
    SubscriptionListModel *m_model = nullptr;
    qint64 m_tenantId = 0;
    Subscription m_current;

    MessageLabel *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchPause = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_mrr = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_detailPanel = nullptr;
    QLabel *m_detailTitle = nullptr;
    QHash<QString, QLabel *> m_detail;
    QHash<int, QPushButton *> m_actions;
    QPushButton *m_changePlan = nullptr;
    QTableWidget *m_events = nullptr;
    QTableWidget *m_charges = nullptr;
    QPushButton *m_savePdf = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_overrides = nullptr;
    QPushButton *m_addOverride = nullptr;
    QPushButton *m_removeOverride = nullptr;
};

} // namespace bcp::ui
