#include "subscriptions/ChangePlanDialog.h"

#include "accounts/MessageLabel.h"
#include "money/IndianFormat.h"
#include "services/SubscriptionService.h"
#include "subscriptions/SubscriptionListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

QString rupees(qint64 paise) {
    return IndianFormat::money(Money::fromPaise(paise), IndianFormat::Symbol::Rupee);
}

} // namespace

ChangePlanDialog::ChangePlanDialog(SubscriptionService &subscriptions, const Session &session,
                                   const Subscription &current, const QList<Plan> &plans, QWidget *parent)
    : QDialog(parent), m_subscriptions(subscriptions), m_session(session), m_current(current) {
    setObjectName(QStringLiteral("changePlanDialog"));
    setWindowTitle(tr("Change plan: %1").arg(current.tenantName));

    auto *intro = new QLabel(
        tr("%1 is on %2 at %3 a month.").arg(current.tenantName, current.planName, rupees(current.pricePaise)), this);
    intro->setWordWrap(true);

    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("changePlanPlan"));
    for (const Plan &plan : plans) {
        if (plan.code == current.planCode)
            continue;
        m_plan->addItem(tr("%1 \u2013 %2 a month").arg(plan.current.name, rupees(plan.current.pricePaise)), plan.code);
    }
    auto *planLabel = new QLabel(tr("&New plan"), this);
    planLabel->setBuddy(m_plan);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changePlanSummary"));
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("changePlanPeriod"));
    m_proration = new QLabel(this);
    m_proration->setObjectName(QStringLiteral("changePlanProration"));
    QFont bold = m_proration->font();
    bold.setBold(true);
    m_proration->setFont(bold);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("changePlanOutcome"));
    m_outcome->setWordWrap(true);
    for (QLabel *l : {m_summary, m_period, m_proration, m_outcome})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *previewBox = new QGroupBox(tr("What it costs today"), this);
    auto *previewForm = new QFormLayout;
    previewForm->addRow(tr("Change"), m_summary);
    previewForm->addRow(tr("Period"), m_period);
    previewForm->addRow(tr("Proration"), m_proration);
    auto *formula =
        new QLabel(tr("(new price \u2212 old price) \u00d7 remaining days \u00f7 days in the period"), this);
    QPalette dim = formula->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    formula->setPalette(dim);
    formula->setWordWrap(true);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addLayout(previewForm);
    previewLayout->addWidget(m_outcome);
    previewLayout->addWidget(formula);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("changePlanMessage"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Confirm"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("changePlanConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePlanDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QFormLayout;
    top->addRow(planLabel, m_plan);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(previewBox);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_plan, qOverload<int>(&QComboBox::currentIndexChanged), this, &ChangePlanDialog::updatePreview);
    updatePreview();
}

ChangePlanDialog::~ChangePlanDialog() = default;

void ChangePlanDialog::choosePlan(const QString &planCode) {
    const int index = m_plan->findData(planCode);
    if (index >= 0)
        m_plan->setCurrentIndex(index);
}

void ChangePlanDialog::updatePreview() {
    m_message->clearMessage();
    m_preview.reset();
    const QString code = m_plan->currentData().toString();
    if (code.isEmpty()) {
        m_confirm->setEnabled(false);
        return;
    }
    auto preview = m_subscriptions.previewChange(m_session, m_current.tenantId, code);
    if (!preview) {
        for (QLabel *l : {m_summary, m_period, m_proration, m_outcome})
            l->clear();
        m_message->showError(preview.error().message);
        m_confirm->setEnabled(false);
        return;
    }
    const ProrationPreview &p = preview.value();
    m_preview = p;
    m_summary->setText(
        tr("%1 (%2) \u2192 %3 (%4)").arg(p.fromPlan, rupees(p.oldPricePaise), p.toPlan, rupees(p.newPricePaise)));
    m_period->setText(
        tr("%1 to %2: %3 of %4 days left")
            .arg(SubscriptionListModel::dayText(p.periodStart), SubscriptionListModel::dayText(p.periodEnd.addDays(-1)))
            .arg(p.remainingDays)
            .arg(p.periodDays));
    m_proration->setText(rupees(p.prorationPaise));
    if (p.upgrade()) {
        m_outcome->setText(
            p.chargeNowPaise > 0
                ? tr("Charged now: %1 plus GST, on a subscription invoice.").arg(rupees(p.chargeNowPaise))
                : tr("Nothing to charge now: the shop's credit covers it."));
        m_confirm->setText(tr("&Upgrade to %1").arg(p.toPlan));
    } else {
        m_outcome->setText(tr("Credit for the next invoice: %1.").arg(rupees(p.creditPaise)));
        m_confirm->setText(tr("&Downgrade to %1").arg(p.toPlan));
    }
    m_confirm->setEnabled(true);
}

bool ChangePlanDialog::confirm() {
    const QString code = m_plan->currentData().toString();
    if (code.isEmpty() || !m_preview)
        return false;
    auto changed = m_subscriptions.changePlan(m_session, m_current.tenantId, code, m_current.rowVersion);
    if (!changed) {
        m_message->showError(changed.error().message);
        return false;
    }
    m_change = std::make_unique<SubscriptionChange>(changed.value());
    accept();
    return true;
}

} // namespace bcp::ui
