#include "subscriptions/SubscriptionActionDialog.h"

#include "accounts/MessageLabel.h"
#include "money/IndianFormat.h"
#include "services/SubscriptionService.h"
#include "subscriptions/SubscriptionListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

QString rupees(qint64 paise) {
    return IndianFormat::money(Money::fromPaise(paise), IndianFormat::Symbol::Rupee);
}

bool takesPlan(SubscriptionActionDialog::Action a) {
    return a == SubscriptionActionDialog::Action::StartTrial || a == SubscriptionActionDialog::Action::Activate;
}

bool needsReason(SubscriptionActionDialog::Action a) {
    using A = SubscriptionActionDialog::Action;
    return a == A::CancelNow || a == A::CancelAtPeriodEnd || a == A::Suspend;
}

} // namespace

SubscriptionActionDialog::SubscriptionActionDialog(SubscriptionService &subscriptions, const Session &session,
                                                   Action action, const Subscription &current, const QList<Plan> &plans,
                                                   QWidget *parent)
    : QDialog(parent), m_subscriptions(subscriptions), m_session(session), m_action(action), m_current(current) {
    setObjectName(QStringLiteral("subscriptionActionDialog"));
    setWindowTitle(tr("%1: %2").arg(actionName(action), current.tenantName));

    m_explanation = new QLabel(explanation(), this);
    m_explanation->setObjectName(QStringLiteral("actionExplanation"));
    m_explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    if (takesPlan(action)) {
        m_plan = new QComboBox(this);
        m_plan->setObjectName(QStringLiteral("actionPlan"));
        if (action == Action::Activate)
            m_plan->addItem(tr("%1 (keep)").arg(current.planName), QString());
        for (const Plan &plan : plans) {
            if (action == Action::StartTrial && plan.current.trialDays <= 0)
                continue;
            if (action == Action::Activate && plan.code == current.planCode)
                continue;
            const QString detail = action == Action::StartTrial ? tr("%1 days").arg(plan.current.trialDays)
                                                                : tr("%1 a month").arg(rupees(plan.current.pricePaise));
            m_plan->addItem(tr("%1 \u2013 %2").arg(plan.current.name, detail), plan.code);
        }
        if (action == Action::StartTrial) {
            const int own = m_plan->findData(current.planCode);
            if (own >= 0)
                m_plan->setCurrentIndex(own);
        }
        auto *label = new QLabel(tr("&Plan"), this);
        label->setBuddy(m_plan);
        form->addRow(label, m_plan);
    }
    if (needsReason(action)) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("actionReason"));
        m_reason->setTabChangesFocus(true);
        m_reason->setPlaceholderText(tr("At least %1 characters; kept with the subscription and in the audit log")
                                         .arg(SubscriptionService::kMinReason));
        m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4 + 12);
        auto *label = new QLabel(tr("&Reason"), this);
        label->setBuddy(m_reason);
        form->addRow(label, m_reason);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &SubscriptionActionDialog::updateConfirm);
    }

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(actionName(action), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("actionConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SubscriptionActionDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Cancel is the safe default for the actions that take something away.
    if (needsReason(action))
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    else
        m_confirm->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateConfirm();
}

SubscriptionActionDialog::~SubscriptionActionDialog() = default;

QString SubscriptionActionDialog::actionName(Action action) {
    switch (action) {
    case Action::StartTrial:
        return tr("Start trial");
    case Action::Activate:
        return tr("Activate");
    case Action::Renew:
        return tr("Renew");
    case Action::CancelNow:
        return tr("Cancel now");
    case Action::CancelAtPeriodEnd:
        return tr("Cancel at period end");
    case Action::Suspend:
        return tr("Suspend");
    case Action::Reactivate:
        return tr("Reactivate");
    }
    return {};
}

QString SubscriptionActionDialog::explanation() const {
    const Subscription &s = m_current;
    const QString shop = s.tenantName;
    switch (m_action) {
    case Action::StartTrial:
        return tr("%1 gets a free trial of the chosen plan from today. No invoice is raised.").arg(shop);
    case Action::Activate:
        return tr("%1 starts a paid period of one month today. An activation invoice is raised for the plan's price "
                  "(less any coupon or credit), unless the plan is free.")
            .arg(shop);
    case Action::Renew:
        return tr("%1 gets the next period from %2, on the newest version of %3, with a renewal invoice.")
            .arg(shop, SubscriptionListModel::dayText(s.periodEnd), s.planName);
    case Action::CancelNow:
        return tr("%1 is cancelled today and falls back to the Free plan at once. Nothing is refunded.").arg(shop);
    case Action::CancelAtPeriodEnd:
        return tr("%1 keeps %2 until %3, then its subscription ends. This can be withdrawn with Reactivate until then.")
            .arg(shop, s.planName, SubscriptionListModel::dayText(s.periodEnd.addDays(-1)));
    case Action::Suspend:
        return tr("%1 may use nothing until it is reactivated: every user of the shop is refused.").arg(shop);
    case Action::Reactivate:
        return s.status == SubscriptionStatus::Suspended
                   ? tr("%1 gets back the status it had before the suspension.").arg(shop)
                   : tr("%1's cancellation at period end is withdrawn: the subscription carries on.").arg(shop);
    }
    return {};
}

void SubscriptionActionDialog::updateConfirm() {
    if (m_reason)
        m_confirm->setEnabled(m_reason->toPlainText().trimmed().size() >= SubscriptionService::kMinReason);
}

bool SubscriptionActionDialog::confirm() {
    const std::optional<int> version = m_current.rowVersion;
    const qint64 tenant = m_current.tenantId;
    const QString plan = m_plan ? m_plan->currentData().toString() : QString();
    const QString reason = m_reason ? m_reason->toPlainText().trimmed() : QString();
    Result<SubscriptionChange> done = Error::invalid(QString(), QString());
    switch (m_action) {
    case Action::StartTrial:
        done = m_subscriptions.startTrial(m_session, tenant, plan, version);
        break;
    case Action::Activate:
        done = m_subscriptions.activate(m_session, tenant, plan, version);
        break;
    case Action::Renew:
        done = m_subscriptions.renew(m_session, tenant, version);
        break;
    case Action::CancelNow:
        done = m_subscriptions.cancel(m_session, tenant, false, reason, version);
        break;
    case Action::CancelAtPeriodEnd:
        done = m_subscriptions.cancel(m_session, tenant, true, reason, version);
        break;
    case Action::Suspend:
        done = m_subscriptions.suspend(m_session, tenant, reason, version);
        break;
    case Action::Reactivate:
        done = m_subscriptions.reactivate(m_session, tenant, version);
        break;
    }
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_change = std::make_unique<SubscriptionChange>(std::move(done).value());
    accept();
    return true;
}

} // namespace bcp::ui
