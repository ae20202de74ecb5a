#include "subscriptions/SubscriptionsPane.h"

#include "accounts/MessageLabel.h"
#include "common/FilterWidgets.h"
#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "money/IndianFormat.h"
#include "services/Clock.h"
#include "services/EntitlementService.h"
#include "services/PlanService.h"
#include "services/SubscriptionService.h"
#include "subscriptions/ChangePlanDialog.h"
#include "subscriptions/OverrideDialog.h"
#include "subscriptions/SubscriptionListModel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

constexpr int kAnyStatus = -1;

QString rupees(qint64 paise) {
    return IndianFormat::money(Money::fromPaise(paise), IndianFormat::Symbol::Rupee);
}

QString when(const QDateTime &t) {
    if (!t.isValid())
        return {};
    return QLocale(QLocale::English, QLocale::India).toString(t.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
}

// Which actions make sense in a status; the service decides in the end and explains a refusal.
bool allowed(SubscriptionsPane::Action action, const Subscription &s) {
    using A = SubscriptionsPane::Action;
    using S = SubscriptionStatus;
    const S st = s.status;
    const bool running = st == S::Trial || st == S::Active || st == S::PastDue;
    switch (action) {
    case A::StartTrial:
        return st == S::Expired || st == S::Cancelled;
    case A::Activate:
        return st == S::Trial || st == S::Expired || st == S::Cancelled;
    case A::Renew:
        return st == S::Active || st == S::PastDue;
    case A::CancelNow:
        return running;
    case A::CancelAtPeriodEnd:
        return (st == S::Active || st == S::PastDue) && !s.cancelAtPeriodEnd;
    case A::Suspend:
        return running;
    case A::Reactivate:
        return st == S::Suspended || (s.cancelAtPeriodEnd && running);
    }
    return false;
}

} // namespace

SubscriptionsPane::SubscriptionsPane(Database &db, const Session &session, QWidget *parent)
    : SubscriptionsPane(db, session, Clock::system(), parent) {}

SubscriptionsPane::SubscriptionsPane(Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_clock(clock),
      m_subscriptions(std::make_unique<SubscriptionService>(db, clock)),
      m_entitlements(std::make_unique<EntitlementService>(db, clock)) {
    m_model = new SubscriptionListModel(*m_subscriptions, m_session, this);
    build();
    loadPlans();
    applyFilter();
}

SubscriptionsPane::~SubscriptionsPane() = default;

void SubscriptionsPane::loadPlans() {
    auto plans = PlanService(m_db, m_clock).plans(m_session);
    if (!plans) {
        m_banner->showError(plans.error().message);
        return;
    }
    m_plans = plans.value();
    auto features = PlanService(m_db, m_clock).features(m_session);
    if (features)
        m_features = features.value();
    const QSignalBlocker block(m_plan);
    for (const Plan &p : std::as_const(m_plans))
        m_plan->addItem(p.current.name, p.code);
}

void SubscriptionsPane::build() {
    setObjectName(QStringLiteral("subscriptionsPane"));

    auto *title = makePaneTitle(tr("Subscriptions"), this);
    auto *subtitle =
        makePaneSubtitle(tr("Every shop's plan and billing period. Actions ask before they change anything."), this);
    m_mrr = new QLabel(this);
    m_mrr->setObjectName(QStringLiteral("subscriptionsMrr"));
    m_mrr->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    QFont mrrFont = m_mrr->font();
    mrrFont.setPointSizeF(mrrFont.pointSizeF() * 1.1);
    m_mrr->setFont(mrrFont);

    auto *header = makePaneHeader(title, subtitle);
    header->addWidget(m_mrr, 0, Qt::AlignBottom);

    m_banner = new MessageLabel(this);
    m_banner->setObjectName(QStringLiteral("subscriptionsBanner"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("subscriptionsSearch"));
    m_search->setPlaceholderText(tr("Search shop name"));
    m_search->setClearButtonEnabled(true);
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("subscriptionsPlan"));
    m_plan->addItem(tr("Any plan"), QString());
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("subscriptionsStatus"));
    m_status->addItem(tr("Any status"), kAnyStatus);
    for (SubscriptionStatus s : allSubscriptionStatuses())
        m_status->addItem(subscriptionStatusName(s), int(s));
    m_from = makeBoundDateEdit(QStringLiteral("subscriptionsEndsFrom"), QStringLiteral("yyyy-MM-dd"), this);
    m_to = makeBoundDateEdit(QStringLiteral("subscriptionsEndsTo"), QStringLiteral("yyyy-MM-dd"), this);
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("subscriptionsClear"));
    clear->setToolTip(tr("Clear every filter and the search"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(makeCaption(tr("&Plan"), m_plan, this));
    filters->addWidget(m_plan);
    filters->addWidget(makeCaption(tr("&Status"), m_status, this));
    filters->addWidget(m_status);
    filters->addSpacing(6);
    filters->addWidget(makeCaption(tr("Unti&l"), m_from, this));
    filters->addWidget(m_from);
    filters->addWidget(makeCaption(tr("to"), m_to, this));
    filters->addWidget(m_to);
    filters->addWidget(clear);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("subscriptionsView"));
    m_view->setModel(m_model);
    setUpRowList(m_view, RowSelection::Single, 10);
    m_view->horizontalHeader()->setSectionResizeMode(SubscriptionListModel::ShopColumn, QHeaderView::Stretch);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(SubscriptionListModel::PlanColumn, 8 * em);
    m_view->setColumnWidth(SubscriptionListModel::StatusColumn, 8 * em);
    m_view->setColumnWidth(SubscriptionListModel::PeriodEndColumn, 7 * em);
    m_view->setColumnWidth(SubscriptionListModel::MrrColumn, 7 * em);

    auto *splitter = makeListDetailSplitter(Qt::Horizontal, m_view, buildDetail(), 3, 2, this);
    splitter->setSizes({600, 440});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    addSearchShortcut(this, m_search);
    connect(addPaneShortcut(this, QKeySequence::Refresh), &QAction::triggered, this, &SubscriptionsPane::applyFilter);

    m_searchPause = makeSearchPause(m_search, kSearchPauseMs, this);
    connect(m_searchPause, &QTimer::timeout, this, &SubscriptionsPane::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &SubscriptionsPane::applyFilter);
    for (QComboBox *combo : {m_plan, m_status})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &SubscriptionsPane::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &SubscriptionsPane::applyFilter);
    connect(clear, &QPushButton::clicked, this, &SubscriptionsPane::clearFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SubscriptionsPane::showSelected);
    connect(m_model, &PagedTableModel::fetchFailed, m_banner, &MessageLabel::showError);
    connect(m_model, &PagedTableModel::pageLoaded, this, &SubscriptionsPane::updateStatus);
}

QWidget *SubscriptionsPane::buildDetail() {
    m_detailPanel = new QWidget(this);
    m_detailPanel->setObjectName(QStringLiteral("subscriptionDetail"));
    m_detailTitle = new QLabel(m_detailPanel);
    m_detailTitle->setObjectName(QStringLiteral("subscriptionDetailTitle"));
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_detailTitle->setFont(bold);
    m_detailTitle->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(3);
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("plan"), tr("Plan")},          {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("period"), tr("Period")},      {QStringLiteral("trial"), tr("Trial until")},
        {QStringLiteral("credit"), tr("Credit")},      {QStringLiteral("coupon"), tr("Coupon")},
        {QStringLiteral("changed"), tr("Last change")}};
    for (const auto &[key, label] : rows) {
        auto *value = new QLabel(m_detailPanel);
        value->setObjectName(QStringLiteral("subscriptionDetail_") + key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_detail.insert(key, value);
        form->addRow(label, value);
    }

    m_changePlan = new QPushButton(tr("C&hange plan\u2026"), m_detailPanel);
    m_changePlan->setObjectName(QStringLiteral("subscriptionChangePlan"));
    connect(m_changePlan, &QPushButton::clicked, this, &SubscriptionsPane::changePlan);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_changePlan, 0, 0);
    const QList<std::pair<Action, QString>> actions{{Action::Renew, tr("&Renew\u2026")},
                                                    {Action::Activate, tr("&Activate\u2026")},
                                                    {Action::StartTrial, tr("Start &trial\u2026")},
                                                    {Action::CancelAtPeriodEnd, tr("Cancel at period &end\u2026")},
                                                    {Action::CancelNow, tr("Cancel &now\u2026")},
                                                    {Action::Suspend, tr("S&uspend\u2026")},
                                                    {Action::Reactivate, tr("Reacti&vate\u2026")}};
    int slot = 1;
    for (const auto &[action, text] : actions) {
        auto *button = new QPushButton(text, m_detailPanel);
        button->setObjectName(QStringLiteral("subscriptionAction%1").arg(int(action)));
        const Action a = action;
        connect(button, &QPushButton::clicked, this, [this, a] { run(a); });
        m_actions.insert(int(action), button);
        grid->addWidget(button, slot / 2, slot % 2);
        ++slot;
    }

    m_events = new QTableWidget(0, 4, m_detailPanel);
    m_events->setObjectName(QStringLiteral("subscriptionEvents"));
    m_events->setHorizontalHeaderLabels({tr("When"), tr("Action"), tr("Change"), tr("By")});
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setWordWrap(false);
    m_events->verticalHeader()->hide();
    m_events->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_events->verticalHeader()->setDefaultSectionSize(m_events->fontMetrics().height() + 8);
    m_events->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    const int em = m_events->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_events->setColumnWidth(0, m_events->fontMetrics().horizontalAdvance(QStringLiteral("26 Nov 2026, 10:00")) + 12);
    m_events->setColumnWidth(1, 6 * em);
    m_events->setColumnWidth(3, 7 * em);

    m_charges = new QTableWidget(0, 4, m_detailPanel);
    m_charges->setObjectName(QStringLiteral("subscriptionCharges"));
    m_charges->setHorizontalHeaderLabels({tr("Invoice"), tr("Date"), tr("For"), tr("Total")});
    m_charges->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_charges->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_charges->setSelectionMode(QAbstractItemView::SingleSelection);
    m_charges->setWordWrap(false);
    m_charges->verticalHeader()->hide();
    m_charges->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_charges->verticalHeader()->setDefaultSectionSize(m_charges->fontMetrics().height() + 8);
    m_charges->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_charges->setColumnWidth(0, m_charges->fontMetrics().horizontalAdvance(QStringLiteral("SUB/26-27/00000")) + 16);
    m_charges->setColumnWidth(1, 7 * em);
    m_charges->setColumnWidth(3, 7 * em);
    m_savePdf = new QPushButton(tr("Save P&DF\u2026"), m_detailPanel);
    m_savePdf->setObjectName(QStringLiteral("subscriptionSavePdf"));
    m_savePdf->setEnabled(false);
    connect(m_charges, &QTableWidget::itemSelectionChanged, this,
            [this] { m_savePdf->setEnabled(!m_charges->selectedItems().isEmpty()); });
    connect(m_savePdf, &QPushButton::clicked, this, &SubscriptionsPane::saveSelectedInvoice);
    auto *invoices = new QWidget(m_detailPanel);
    auto *invoicesLayout = new QVBoxLayout(invoices);
    invoicesLayout->setContentsMargins(0, 4, 0, 0);
    invoicesLayout->addWidget(m_charges, 1);
    invoicesLayout->addWidget(m_savePdf, 0, Qt::AlignRight);

    m_tabs = new QTabWidget(m_detailPanel);
    m_tabs->setObjectName(QStringLiteral("subscriptionTabs"));
    m_tabs->addTab(m_events, tr("History"));
    m_tabs->addTab(invoices, tr("Invoices"));

    m_overrides = new QTableWidget(0, 4, m_detailPanel);
    m_overrides->setObjectName(QStringLiteral("subscriptionOverrides"));
    m_overrides->setHorizontalHeaderLabels({tr("Feature"), tr("Gets"), tr("Until"), tr("Reason")});
    m_overrides->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overrides->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overrides->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overrides->setWordWrap(false);
    m_overrides->verticalHeader()->hide();
    m_overrides->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_overrides->verticalHeader()->setDefaultSectionSize(m_overrides->fontMetrics().height() + 8);
    m_overrides->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_overrides->setColumnWidth(0, 10 * em);
    m_overrides->setColumnWidth(1, 7 * em);
    m_overrides->setColumnWidth(2, 7 * em);
    m_addOverride = new QPushButton(tr("Add &override\u2026"), m_detailPanel);
    m_addOverride->setObjectName(QStringLiteral("subscriptionAddOverride"));
    m_removeOverride = new QPushButton(tr("Re&move\u2026"), m_detailPanel);
    m_removeOverride->setObjectName(QStringLiteral("subscriptionRemoveOverride"));
    m_removeOverride->setEnabled(false);
    connect(m_overrides, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeOverride->setEnabled(!m_overrides->selectedItems().isEmpty()); });
    connect(m_addOverride, &QPushButton::clicked, this, &SubscriptionsPane::addOverride);
    connect(m_removeOverride, &QPushButton::clicked, this, &SubscriptionsPane::removeOverride);
    auto *overrides = new QWidget(m_detailPanel);
    auto *overridesLayout = new QVBoxLayout(overrides);
    overridesLayout->setContentsMargins(0, 4, 0, 0);
    overridesLayout->addWidget(m_overrides, 1);
    auto *overrideButtons = new QHBoxLayout;
    overrideButtons->addStretch(1);
    overrideButtons->addWidget(m_removeOverride);
    overrideButtons->addWidget(m_addOverride);
    overridesLayout->addLayout(overrideButtons);
    m_tabs->addTab(overrides, tr("Overrides"));

    auto *layout = new QVBoxLayout(m_detailPanel);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_detailTitle);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addLayout(grid);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);
    showSubscription(Subscription());
    return m_detailPanel;
}

SubscriptionQuery SubscriptionsPane::currentQuery() const {
    SubscriptionQuery q;
    q.text = m_search->text().trimmed();
    q.planCode = m_plan->currentData().toString();
    const int status = m_status->currentData().toInt();
    if (status != kAnyStatus)
        q.status = SubscriptionStatus(status);
    // The list shows the last day, the service the day after.
    if (const QDate from = boundDate(m_from); from.isValid())
        q.periodEndFrom = from.addDays(1);
    if (const QDate to = boundDate(m_to); to.isValid())
        q.periodEndTo = to.addDays(1);
    return q;
}

void SubscriptionsPane::applyFilter() {
    m_searchPause->stop();
    const qint64 keep = m_tenantId;
    m_model->setQuery(currentQuery());
    updateStatus();
    const int row = keep > 0 ? m_model->rowOfTenant(keep) : -1;
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    } else {
        m_tenantId = 0;
        showSubscription(Subscription());
    }
}

void SubscriptionsPane::clearFilters() {
    {
        const QSignalBlocker b1(m_search), b2(m_plan), b3(m_status), b4(m_from), b5(m_to);
        m_search->clear();
        m_plan->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        clearBoundDate(m_from);
        clearBoundDate(m_to);
    }
    applyFilter();
}

void SubscriptionsPane::updateStatus() {
    m_mrr->setText(tr("MRR %1 \u00b7 %2 shops").arg(rupees(m_model->totalMrrPaise())).arg(m_model->totalRows()));
}

void SubscriptionsPane::showTenant(qint64 tenantId) {
    int row = m_model->rowOfTenant(tenantId);
    while (row < 0 && !m_model->atEnd() && m_model->errorText().isEmpty()) {
        m_model->fetchUntil(m_model->rowCount() + m_model->pageSize());
        row = m_model->rowOfTenant(tenantId);
    }
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
        showSelected();
    }
}

void SubscriptionsPane::showSelected() {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_tenantId = 0;
        showSubscription(Subscription());
        return;
    }
    m_tenantId = m_model->tenantAt(index.row());
    // Read afresh: the row may be a page old and the dialogs check the row version.
    auto s = m_subscriptions->get(m_session, m_tenantId);
    if (!s) {
        m_banner->showError(s.error().message);
        showSubscription(m_model->rowAt(index.row()));
        return;
    }
    showSubscription(s.value());
}

void SubscriptionsPane::showSubscription(const Subscription &s) {
    m_current = s;
    const bool any = s.tenantId > 0;
    m_detailTitle->setText(any ? s.tenantName : tr("Choose a shop"));
    auto set = [this](const QString &key, const QString &text) { m_detail.value(key)->setText(text); };
    if (!any) {
        for (QLabel *l : std::as_const(m_detail))
            l->clear();
    } else {
        set(QStringLiteral("plan"),
            tr("%1, version %2 \u2013 %3 a month").arg(s.planName).arg(s.planVersion).arg(rupees(s.pricePaise)));
        QString status = subscriptionStatusName(s.status);
        if (s.isImplicit())
            status = tr("%1 (no subscription yet)").arg(status);
        if (s.cancelAtPeriodEnd && s.status != SubscriptionStatus::Cancelled)
            status = tr("%1, cancels at period end").arg(status);
        if (!s.statusNote.isEmpty())
            status += QStringLiteral(" \u2013 ") + s.statusNote;
        set(QStringLiteral("status"), status);
        m_detail.value(QStringLiteral("status"))
            ->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                .arg(SubscriptionListModel::statusColor(s.status).name()));
        set(QStringLiteral("period"), s.periodStart.isValid()
                                          ? tr("%1 to %2")
                                                .arg(SubscriptionListModel::dayText(s.periodStart),
                                                     SubscriptionListModel::dayText(s.periodEnd.addDays(-1)))
                                          : QStringLiteral("\u2014"));
        // trialEnd is the first day after the trial; the last trial day is what people read.
        set(QStringLiteral("trial"), s.status == SubscriptionStatus::Trial && s.trialEnd.isValid()
                                         ? SubscriptionListModel::dayText(s.trialEnd.addDays(-1))
                                         : QStringLiteral("\u2014"));
        set(QStringLiteral("credit"), rupees(s.creditPaise));
        set(QStringLiteral("coupon"),
            s.pendingCouponCode.isEmpty()
                ? QStringLiteral("\u2014")
                : tr("%1, %2 off the next invoice").arg(s.pendingCouponCode, rupees(s.pendingDiscountPaise)));
        set(QStringLiteral("changed"),
            s.updatedAt.isValid() ? tr("%1 by %2").arg(when(s.updatedAt), s.updatedByName) : QStringLiteral("\u2014"));
    }
    m_changePlan->setEnabled(any && allowed(Action::CancelNow, s));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setEnabled(any && allowed(Action(it.key()), s));

    m_events->setRowCount(0);
    m_charges->setRowCount(0);
    m_savePdf->setEnabled(false);
    m_overrides->setRowCount(0);
    m_removeOverride->setEnabled(false);
    m_addOverride->setEnabled(any && !m_features.isEmpty());
    if (!any)
        return;
    loadCharges(s.tenantId);
    loadOverrides(s.tenantId);
    auto events = m_subscriptions->events(m_session, s.tenantId);
    if (!events) {
        m_banner->showError(events.error().message);
        return;
    }
    m_events->setRowCount(int(events->size()));
    int row = 0;
    for (const SubscriptionEvent &e : events.value()) {
        QString change;
        if (!e.fromPlan.isEmpty() && e.fromPlan != e.toPlan)
            change = tr("%1 \u2192 %2").arg(e.fromPlan, e.toPlan);
        if (!e.fromStatus.isEmpty() && e.fromStatus != e.toStatus) {
            const QString st = tr("%1 \u2192 %2").arg(e.fromStatus, e.toStatus);
            change = change.isEmpty() ? st : change + QStringLiteral("; ") + st;
        }
        if (!e.note.isEmpty())
            change = change.isEmpty() ? e.note : change + QStringLiteral(" \u2013 ") + e.note;
        const QStringList cells{when(e.at), e.action, change, e.actorName};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_events->setItem(row, col, item);
        }
        ++row;
    }
}

void SubscriptionsPane::loadCharges(qint64 tenantId) {
    auto charges = m_subscriptions->charges(m_session, tenantId);
    if (!charges) {
        m_banner->showError(charges.error().message);
        return;
    }
    m_charges->setRowCount(int(charges->size()));
    int row = 0;
    for (const SubscriptionCharge &c : charges.value()) {
        const QStringList cells{c.number, SubscriptionListModel::dayText(c.date), c.description, rupees(c.totalPaise)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            item->setData(Qt::UserRole, c.id);
            if (col == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_charges->setItem(row, col, item);
        }
        ++row;
    }
}

void SubscriptionsPane::loadOverrides(qint64 tenantId) {
    auto overrides = m_entitlements->overrides(m_session, tenantId);
    if (!overrides) {
        m_banner->showError(overrides.error().message);
        return;
    }
    m_overrides->setRowCount(int(overrides->size()));
    int row = 0;
    for (const EntitlementOverride &o : overrides.value()) {
        QString gets = o.enabled ? tr("allowed") : tr("not allowed");
        if (o.enabled && !quotaLabel(o.featureKey).isEmpty())
            gets = o.quota < 0 ? tr("no limit") : IndianFormat::grouped(o.quota);
        QString feature = featureName(o.featureKey);
        if (o.userId != 0)
            feature = tr("%1 (for %2)").arg(feature, o.userName);
        const QStringList cells{feature, gets, SubscriptionListModel::dayText(o.expiresAt.toUTC().date()), o.reason};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(col == 3 ? tr("%1 \u2013 set by %2").arg(o.reason, o.createdByName) : cells.at(col));
            item->setData(Qt::UserRole, o.id);
            m_overrides->setItem(row, col, item);
        }
        ++row;
    }
}

void SubscriptionsPane::addOverride() {
    if (m_tenantId <= 0)
        return;
    OverrideDialog dialog(*m_entitlements, m_session, m_clock, m_tenantId, m_current.tenantName, m_features, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadOverrides(m_tenantId);
    m_banner->showSuccess(tr("%1 has an override for %2 until %3.")
                              .arg(m_current.tenantName, featureName(dialog.saved().featureKey),
                                   SubscriptionListModel::dayText(dialog.saved().expiresAt.toUTC().date())));
}

void SubscriptionsPane::removeOverride() {
    const QList<QTableWidgetItem *> items = m_overrides->selectedItems();
    if (items.isEmpty())
        return;
    const qint64 id = items.first()->data(Qt::UserRole).toLongLong();
    const QString feature = m_overrides->item(items.first()->row(), 0)->text();
    QMessageBox box(
        QMessageBox::Question, tr("Remove override"),
        tr("Remove the override for %1? %2 goes back to what its plan allows.").arg(feature, m_current.tenantName),
        QMessageBox::NoButton, this);
    QPushButton *yes = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    if (box.clickedButton() != yes)
        return;
    auto removed = m_entitlements->removeOverride(m_session, id);
    if (!removed) {
        m_banner->showError(removed.error().message);
        return;
    }
    loadOverrides(m_tenantId);
    m_banner->showSuccess(tr("Override for %1 removed.").arg(feature));
}

bool SubscriptionsPane::saveInvoicePdf(qint64 chargeId, const QString &path) {
    auto pdf = m_subscriptions->invoicePdf(m_session, chargeId);
    if (!pdf) {
        m_banner->showError(pdf.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit()) {
        m_banner->showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_banner->showSuccess(tr("Invoice saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SubscriptionsPane::saveSelectedInvoice() {
    const QList<QTableWidgetItem *> items = m_charges->selectedItems();
    if (items.isEmpty())
        return;
    const qint64 chargeId = items.first()->data(Qt::UserRole).toLongLong();
    const QString number = m_charges->item(items.first()->row(), 0)->text();
    const QString suggested = QString(number).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save invoice %1").arg(number),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggested),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveInvoicePdf(chargeId, path);
}

void SubscriptionsPane::run(Action action) {
    if (m_tenantId <= 0)
        return;
    SubscriptionActionDialog dialog(*m_subscriptions, m_session, action, m_current, m_plans, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.change())
        return;
    const SubscriptionChange &c = *dialog.change();
    QString what = tr("%1: %2 done, now %3 on %4.")
                       .arg(c.subscription.tenantName, SubscriptionActionDialog::actionName(action),
                            subscriptionStatusName(c.subscription.status), c.subscription.planName);
    if (c.charge)
        what += QLatin1Char(' ') + tr("Invoice %1 for %2.").arg(c.charge->number, rupees(c.charge->totalPaise));
    afterChange(what);
}

void SubscriptionsPane::changePlan() {
    if (m_tenantId <= 0)
        return;
    ChangePlanDialog dialog(*m_subscriptions, m_session, m_current, m_plans, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.change())
        return;
    const SubscriptionChange &c = *dialog.change();
    QString what =
        tr("%1 moved from %2 to %3.").arg(c.subscription.tenantName, m_current.planName, c.subscription.planName);
    if (c.charge)
        what += QLatin1Char(' ') + tr("Invoice %1 for %2.").arg(c.charge->number, rupees(c.charge->totalPaise));
    else if (c.subscription.creditPaise > 0)
        what += QLatin1Char(' ') + tr("Credit for the next invoice: %1.").arg(rupees(c.subscription.creditPaise));
    afterChange(what);
}

void SubscriptionsPane::afterChange(const QString &what) {
    const qint64 tenant = m_tenantId;
    applyFilter();
    showTenant(tenant);
    m_banner->showSuccess(what);
}

} // namespace bcp::ui
