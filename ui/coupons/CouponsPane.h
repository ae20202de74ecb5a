#pragma once
// The Coupons pane (platform.coupons): the vendor's coupons, paged and filtered by text, state and batch;
// a new coupon or an edit in CouponDialog, N codes at once in BulkCouponDialog, deactivating the selected
// coupons after a confirmation, and the chosen coupon's analytics (or every coupon's) beside the list.

#include "services/PlanTypes.h"
#include "services/Session.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bcp {
class Clock;
class CouponService;
class Database;
} // namespace bcp

namespace bcp::ui {

class CouponAnalyticsView;
class CouponListModel;
class MessageLabel;

class CouponsPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 300;

    CouponsPane(Database &db, const Session &session, QWidget *parent = nullptr);
    CouponsPane(Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~CouponsPane() override;

    CouponQuery currentQuery() const;
    void applyFilter();
    // Opens the editor for a new coupon, or for the chosen one.
    void newCoupon();
    void editCoupon();
    void generateCodes();
    // Asks, then deactivates every selected active coupon.
    void deactivateSelected();
    QList<qint64> selectedIds() const;
    void showAnalytics();

    CouponService &service() const { return *m_coupons; }
    CouponListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    CouponAnalyticsView *analytics() const { return m_analytics; }
    MessageLabel *banner() const { return m_banner; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *stateCombo() const { return m_state; }
    QLineEdit *batchEdit() const { return m_batch; }
    QCheckBox *allCouponsCheck() const { return m_all; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *deactivateButton() const { return m_deactivate; }
    QLabel *statusLabel() const { return m_statusLabel; }

private:
    void build();
    void loadPlans();
    void updateButtons();
    void updateStatus();
    void select(qint64 couponId);

    Database &m_db;
    Session m_session;
    const Clock &m_clock;
    std::unique_ptr<CouponService> m_coupons;
    QList<Plan> m_plans;
    QHash<QString, QString> m_planNames;
    CouponListModel *m_model = nullptr;

    MessageLabel *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchPause = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_batch = nullptr;
    QCheckBox *m_all = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_deactivate = nullptr;
    QTableView *m_view = nullptr;
    CouponAnalyticsView *m_analytics = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace bcp::ui
