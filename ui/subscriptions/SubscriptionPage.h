#pragma once
// The shop's own Subscription page (subscription.view): its plan and status, the current period, a usage bar
// for every quota (counted from real rows), the features it has by category, and a coupon code to apply to
// the next invoice (subscription.manage), with the coupon rules' exact messages when a code is refused.

#include "services/PlanTypes.h"
#include "services/Session.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace bcp {
class Clock;
class Database;
class EntitlementService;
class SubscriptionService;
} // namespace bcp

namespace bcp::ui {

class FeatureAccessModel;
class MessageLabel;
class UsageBar;

class SubscriptionPage : public QWidget {
    Q_OBJECT
public:
    SubscriptionPage(Database &db, const Session &session, QWidget *parent = nullptr);
    SubscriptionPage(Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~SubscriptionPage() override;

    // Reads the overview again.
    void refresh();
    // Applies the code typed in the coupon field.
    void applyCoupon();

    const ShopSubscription &overview() const { return m_overview; }
    QLabel *planLabel() const { return m_plan; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *periodLabel() const { return m_period; }
    QLabel *nextInvoiceLabel() const { return m_next; }
    UsageBar *usageBar(const QString &featureKey) const { return m_bars.value(featureKey); }
    QTableView *featuresView() const { return m_features; }
    FeatureAccessModel *featuresModel() const { return m_featureModel; }
    QLineEdit *couponEdit() const { return m_coupon; }
    QPushButton *applyButton() const { return m_apply; }
    MessageLabel *couponMessage() const { return m_couponMessage; }
    MessageLabel *banner() const { return m_banner; }

private:
    void build();
    void showOverview(const ShopSubscription &overview);

    Session m_session;
    const Clock &m_clock;
    std::unique_ptr<EntitlementService> m_entitlements;
    std::unique_ptr<SubscriptionService> m_subscriptions;
    ShopSubscription m_overview;

    MessageLabel *m_banner = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_next = nullptr;
    QGridLayout *m_usageGrid = nullptr;
    QWidget *m_usageBox = nullptr;
    QHash<QString, UsageBar *> m_bars;
    QTableView *m_features = nullptr;
    FeatureAccessModel *m_featureModel = nullptr;
    QLineEdit *m_coupon = nullptr;
    QPushButton *m_apply = nullptr;
    MessageLabel *m_couponMessage = nullptr;
};

} // namespace bcp::ui
