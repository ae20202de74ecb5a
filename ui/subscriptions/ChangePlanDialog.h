#pragma once
// Upgrading or downgrading a shop mid-period: choose the plan, see what it costs today in rupees
// (proration = (new price - old price) x remaining days / period days, charged now on an upgrade, kept as a
// credit for the next invoice on a downgrade), then confirm. Nothing changes until Confirm.

#include "services/PlanTypes.h"
#include "services/Session.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace bcp {
class SubscriptionService;
struct SubscriptionChange;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;

class ChangePlanDialog : public QDialog {
    Q_OBJECT
public:
    ChangePlanDialog(SubscriptionService &subscriptions, const Session &session, const Subscription &current,
                     const QList<Plan> &plans, QWidget *parent = nullptr);
    ~ChangePlanDialog() override;

    // Chooses the plan by code and shows its preview.
    void choosePlan(const QString &planCode);
    // Changes the plan; true (and accepted) when the service did.
    bool confirm();

    const std::optional<ProrationPreview> &preview() const { return m_preview; }
    // What the change did, after confirm().
    const SubscriptionChange *change() const { return m_change.get(); }

    QComboBox *planCombo() const { return m_plan; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *periodLabel() const { return m_period; }
    QLabel *prorationLabel() const { return m_proration; }
    QLabel *outcomeLabel() const { return m_outcome; }
    MessageLabel *message() const { return m_message; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void updatePreview();

    SubscriptionService &m_subscriptions;
    Session m_session;
    Subscription m_current;
    std::optional<ProrationPreview> m_preview;
    std::unique_ptr<SubscriptionChange> m_change;
    QComboBox *m_plan = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_proration = nullptr;
    QLabel *m_outcome = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace bcp::ui
