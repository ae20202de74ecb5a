#pragma once
// The confirmation every subscription action goes through (except a plan change, see ChangePlanDialog): it
// says what will happen to the shop, asks for a plan where the action takes one (a trial, an activation) and
// for a reason where the action needs one (cancelling, suspending), and runs the action only on Confirm. A
// refusal stays in the dialog.

#include "services/PlanTypes.h"
#include "services/Session.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace bcp {
class SubscriptionService;
struct SubscriptionChange;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;

class SubscriptionActionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Action { StartTrial, Activate, Renew, CancelNow, CancelAtPeriodEnd, Suspend, Reactivate };

    SubscriptionActionDialog(SubscriptionService &subscriptions, const Session &session, Action action,
                             const Subscription &current, const QList<Plan> &plans, QWidget *parent = nullptr);
    ~SubscriptionActionDialog() override;

    static QString actionName(Action action);

    // Runs the action; true (and accepted) when the service did it.
    bool confirm();
    const SubscriptionChange *change() const { return m_change.get(); }

    Action action() const { return m_action; }
    QLabel *explanationLabel() const { return m_explanation; }
    QComboBox *planCombo() const { return m_plan; }         // null when the action takes no plan
    QPlainTextEdit *reasonEdit() const { return m_reason; } // null when it needs no reason
    MessageLabel *message() const { return m_message; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QString explanation() const;
    void updateConfirm();

    SubscriptionService &m_subscriptions;
    Session m_session;
    Action m_action;
    Subscription m_current;
    std::unique_ptr<SubscriptionChange> m_change;
    QLabel *m_explanation = nullptr;
    QComboBox *m_plan = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace bcp::ui
