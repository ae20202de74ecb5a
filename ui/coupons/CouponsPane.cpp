#include "coupons/CouponsPane.h"

#include "accounts/MessageLabel.h"
#include "common/FilterWidgets.h"
#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "coupons/BulkCouponDialog.h"
#include "coupons/CouponAnalyticsView.h"
#include "coupons/CouponDialog.h"
#include "coupons/CouponListModel.h"
#include "services/Clock.h"
#include "services/CouponService.h"
#include "services/Permissions.h"
#include "services/PlanService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bcp::ui {

namespace {

constexpr int kAnyState = 0;
constexpr int kActiveOnly = 1;
constexpr int kInactiveOnly = 2;

} // namespace

CouponsPane::CouponsPane(Database &db, const Session &session, QWidget *parent)
    : CouponsPane(db, session, Clock::system(), parent) {}

CouponsPane::CouponsPane(Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_clock(clock),
      m_coupons(std::make_unique<CouponService>(db, clock)) {
    m_model = new CouponListModel(*m_coupons, m_session, this);
    loadPlans();
    build();
    applyFilter();
}

CouponsPane::~CouponsPane() = default;

void CouponsPane::loadPlans() {
    // Marketing staff who may not read the plan catalogue still limit coupons by plan code.
    if (m_session.can(perm::PlatformPlans) || m_session.can(perm::SubscriptionView)) {
        auto plans = PlanService(m_db, m_clock).plans(m_session);
        if (plans)
            m_plans = plans.value();
    }
    if (m_plans.isEmpty()) {
        const QStringList codes{QStringLiteral("free"), QStringLiteral("basic"), QStringLiteral("pro"),
                                QStringLiteral("enterprise")};
        const QStringList names{tr("Free"), tr("Basic"), tr("Pro"), tr("Enterprise")};
        for (int i = 0; i < codes.size(); ++i) {
            Plan p;
            p.code = codes.at(i);
            p.current.name = names.at(i);
            m_plans << p;
        }
    }
    for (const Plan &p : std::as_const(m_plans))
        m_planNames.insert(p.code, p.current.name);
}

void CouponsPane::build() {
    setObjectName(QStringLiteral("couponsPane"));

    auto *title = makePaneTitle(tr("Coupons"), this);
    auto *subtitle =
        makePaneSubtitle(tr("Discount codes shops apply to their subscription, and how they were used."), this);

    m_new = new QPushButton(tr("&New coupon\u2026"), this);
    m_new->setObjectName(QStringLiteral("couponsNew"));
    m_new->setToolTip(tr("Ctrl+N"));
    m_generate = new QPushButton(tr("&Generate codes\u2026"), this);
    m_generate->setObjectName(QStringLiteral("couponsGenerate"));
    m_edit = new QPushButton(tr("&Edit\u2026"), this);
    m_edit->setObjectName(QStringLiteral("couponsEdit"));
    m_deactivate = new QPushButton(tr("&Deactivate\u2026"), this);
    m_deactivate->setObjectName(QStringLiteral("couponsDeactivate"));
    m_deactivate->setToolTip(tr("Deactivate every selected coupon"));

    auto *header = makePaneHeader(title, subtitle);
    header->addWidget(m_edit, 0, Qt::AlignBottom);
    header->addWidget(m_deactivate, 0, Qt::AlignBottom);
    header->addWidget(m_generate, 0, Qt::AlignBottom);
    header->addWidget(m_new, 0, Qt::AlignBottom);

    m_banner = new MessageLabel(this);
    m_banner->setObjectName(QStringLiteral("couponsBanner"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("couponsSearch"));
    m_search->setPlaceholderText(tr("Search code or description"));
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("couponsState"));
    m_state->addItem(tr("Active and inactive"), kAnyState);
    m_state->addItem(tr("Active"), kActiveOnly);
    m_state->addItem(tr("Inactive"), kInactiveOnly);
    m_batch = new QLineEdit(this);
    m_batch->setObjectName(QStringLiteral("couponsBatch"));
    m_batch->setPlaceholderText(tr("any"));
    m_batch->setClearButtonEnabled(true);
    m_batch->setMaximumWidth(120);
    m_all = new QCheckBox(tr("Analytics of &all coupons"), this);
    m_all->setObjectName(QStringLiteral("couponsAll"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(makeCaption(tr("&State"), m_state, this));
    filters->addWidget(m_state);
    filters->addWidget(makeCaption(tr("&Batch"), m_batch, this));
    filters->addWidget(m_batch);
    filters->addSpacing(12);
    filters->addWidget(m_all);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("couponsView"));
    m_view->setModel(m_model);
    setUpRowList(m_view, RowSelection::Extended, 10);
    // Widths from what the columns hold (a generated code, a date range, an amount), not from the rows loaded.
    const QFontMetrics fm = m_view->fontMetrics();
    auto fit = [&](int column, const QString &sample) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(header)) + 16);
    };
    fit(CouponListModel::DiscountColumn, QStringLiteral("\u20b9999.00"));
    fit(CouponListModel::ValidColumn, QStringLiteral("27 Oct 26 \u2013 25 Jan 27"));
    fit(CouponListModel::UsesColumn, QStringLiteral("999 / 999"));
    fit(CouponListModel::PlansColumn, QStringLiteral("Basic, Pro"));
    fit(CouponListModel::MinimumColumn, QStringLiteral("\u20b99,999.00"));
    fit(CouponListModel::GivenColumn, QStringLiteral("\u20b99,999.00"));
    fit(CouponListModel::ActiveColumn, tr("Inactive"));
    // The code takes what is left, so the row never needs a horizontal scroll bar.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(CouponListModel::CodeColumn, QHeaderView::Stretch);

    m_analytics = new CouponAnalyticsView(this);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(m_analytics);

    auto *splitter = makeListDetailSplitter(Qt::Horizontal, m_view, side, 2, 1, this);
    splitter->setSizes({700, 360});

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("couponsStatusLine"));

    layOutListPane(this, header, m_banner, filters, splitter, m_statusLabel);

    addSearchShortcut(this, m_search);
    connect(addPaneShortcut(this, QKeySequence::New), &QAction::triggered, this, &CouponsPane::newCoupon);

    m_searchPause = makeSearchPause(m_search, kSearchPauseMs, this);
    connect(m_searchPause, &QTimer::timeout, this, &CouponsPane::applyFilter);
    connect(m_batch, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CouponsPane::applyFilter);
    connect(m_state, qOverload<int>(&QComboBox::currentIndexChanged), this, &CouponsPane::applyFilter);
    connect(m_all, &QCheckBox::toggled, this, &CouponsPane::showAnalytics);
    connect(m_new, &QPushButton::clicked, this, &CouponsPane::newCoupon);
    connect(m_edit, &QPushButton::clicked, this, &CouponsPane::editCoupon);
    connect(m_generate, &QPushButton::clicked, this, &CouponsPane::generateCodes);
    connect(m_deactivate, &QPushButton::clicked, this, &CouponsPane::deactivateSelected);
    connect(m_view, &QTableView::doubleClicked, this, &CouponsPane::editCoupon);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showAnalytics();
    });
    connect(m_model, &PagedTableModel::fetchFailed, m_banner, &MessageLabel::showError);
    connect(m_model, &PagedTableModel::pageLoaded, this, &CouponsPane::updateStatus);
    updateButtons();
}

CouponQuery CouponsPane::currentQuery() const {
    CouponQuery q;
    q.text = m_search->text().trimmed();
    const int state = m_state->currentData().toInt();
    if (state == kActiveOnly)
        q.active = true;
    else if (state == kInactiveOnly)
        q.active = false;
    q.batch = m_batch->text().trimmed().toUpper();
    return q;
}

void CouponsPane::applyFilter() {
    m_searchPause->stop();
    m_model->setQuery(currentQuery());
    updateButtons();
    updateStatus();
    showAnalytics();
}

QList<qint64> CouponsPane::selectedIds() const {
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

void CouponsPane::updateButtons() {
    const QList<qint64> ids = selectedIds();
    m_edit->setEnabled(ids.size() == 1);
    bool anyActive = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        anyActive = anyActive || m_model->rowAt(index.row()).active;
    m_deactivate->setEnabled(anyActive);
}

void CouponsPane::updateStatus() {
    const QString shown = m_model->atEnd() ? tr("%1 coupons").arg(m_model->rowCount())
                                           : tr("first %1 coupons, more as you scroll").arg(m_model->rowCount());
    m_statusLabel->setText(shown);
}

void CouponsPane::select(qint64 couponId) {
    const int row = m_model->rowOfId(couponId);
    if (row < 0)
        return;
    m_view->selectionModel()->select(m_model->index(row, 0),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

void CouponsPane::showAnalytics() {
    qint64 couponId = 0;
    if (!m_all->isChecked()) {
        const QList<qint64> ids = selectedIds();
        if (ids.size() != 1) {
            m_analytics->clear(ids.isEmpty() ? tr("Choose a coupon to see how it was used, or tick "
                                                  "“Analytics of all coupons”.")
                                             : tr("Choose one coupon to see how it was used."));
            return;
        }
        couponId = ids.first();
    }
    auto analytics = m_coupons->analytics(m_session, couponId);
    if (!analytics) {
        m_analytics->clear(MessageLabel::sentence(analytics.error().message));
        return;
    }
    m_analytics->setAnalytics(analytics.value(), m_planNames);
}

void CouponsPane::newCoupon() {
    Coupon fresh;
    fresh.validFrom = QDateTime(m_clock.nowUtc().date(), QTime(0, 0), QTimeZone::utc());
    fresh.validUntil = fresh.validFrom.addMonths(1);
    fresh.percent = 10;
    CouponDialog dialog(*m_coupons, m_session, m_plans, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->showSuccess(tr("Coupon %1 created.").arg(dialog.saved().code));
    applyFilter();
    select(dialog.saved().id);
}

void CouponsPane::editCoupon() {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    auto coupon = m_coupons->get(m_session, ids.first());
    if (!coupon) {
        m_banner->showError(coupon.error().message);
        return;
    }
    CouponDialog dialog(*m_coupons, m_session, m_plans, coupon.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->showSuccess(tr("Coupon %1 saved.").arg(dialog.saved().code));
    applyFilter();
    select(dialog.saved().id);
}

void CouponsPane::generateCodes() {
    BulkCouponDialog dialog(*m_coupons, m_session, m_plans, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList &codes = dialog.codes();
    m_banner->showSuccess(tr("%1 codes generated with the prefix %2 (%3 \u2026 %4).")
                              .arg(codes.size())
                              .arg(dialog.prefix(), codes.value(0), codes.value(codes.size() - 1)));
    m_batch->setText(dialog.prefix());
    applyFilter();
}

void CouponsPane::deactivateSelected() {
    QList<qint64> ids;
    QStringList codes;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const Coupon &c = m_model->rowAt(index.row());
        if (c.active) {
            ids << c.id;
            codes << c.code;
        }
    }
    if (ids.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Deactivate coupons"), QString(), QMessageBox::NoButton, this);
    box.setText(ids.size() == 1 ? tr("Deactivate coupon %1?").arg(codes.first())
                                : tr("Deactivate %1 coupons?").arg(ids.size()));
    box.setInformativeText(tr("Shops can no longer apply them. Redemptions already made stay on their invoices."));
    if (codes.size() > 1)
        box.setDetailedText(codes.join(QLatin1Char('\n')));
    QPushButton *yes = box.addButton(tr("Deactivate"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    if (box.clickedButton() != yes)
        return;
    auto changed = m_coupons->deactivate(m_session, ids);
    if (!changed) {
        m_banner->showError(changed.error().message);
        return;
    }
    m_banner->showSuccess(changed.value() == 1 ? tr("1 coupon deactivated.")
                                               : tr("%1 coupons deactivated.").arg(changed.value()));
    applyFilter();
}

} // namespace bcp::ui
