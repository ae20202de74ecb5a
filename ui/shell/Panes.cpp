#include "shell/Panes.h"

#include "accounts/UsersPane.h"
#include "audit/AuditPane.h"
#include "calculator/BoxCalculatorWidget.h"
#include "coupons/CouponsPane.h"
#include "invoices/InvoicesPane.h"
#include "masters/MastersPane.h"
#include "parties/PartiesPane.h"
#include "plans/PlansPane.h"
#include "quotes/QuotesPane.h"
#include "services/MastersService.h"
#include "services/Permissions.h"
#include "services/Session.h"
#include "settings/SettingsPane.h"
#include "shell/MainWindow.h"
#include "subscriptions/SubscriptionPage.h"
#include "subscriptions/SubscriptionsPane.h"

#include <QScrollArea>

namespace bcp::ui {

namespace {

// The Box calculator on its own, priced with the shop's masters and offering remembered manual rates.
QWidget *makeCalculator(Database &db, const Session &session, const Clock &clock) {
    auto service = std::make_shared<MastersService>(db, clock);
    auto masters = service->load(session);
    auto *calculator = new BoxCalculatorWidget(masters ? masters.value() : costing::CostingMasters::defaults());
    calculator->setRateMemory([service, session](double bf, const QString &shade) -> std::optional<double> {
        auto rate = service->rememberedRate(session, bf, shade);
        return rate ? rate.value() : std::nullopt;
    });
    auto *scroll = new QScrollArea;
    scroll->setWidget(calculator);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

void addPanes(MainWindow &window, Database &db, const Session &session, AccountService &accounts, const Clock &clock) {
    if (session.can(perm::QuotesView))
        window.addPane(QObject::tr("Quotes"), new QuotesPane(db, session));
    if (session.can(perm::PartiesView))
        window.addPane(QObject::tr("Parties"), new PartiesPane(db, session));
    if (session.can(perm::InvoicesView))
        window.addPane(QObject::tr("Invoices"), new InvoicesPane(db, session));
    if (session.can(perm::CostingUse))
        window.addPane(QObject::tr("Box calculator"), makeCalculator(db, session, clock));
    if (session.can(perm::AuditView) || session.can(perm::PlatformAudit))
        window.addPane(QObject::tr("Audit log"), new AuditPane(db, session));
    if (session.can(perm::UsersManage))
        window.addPane(QObject::tr("Users"), new UsersPane(accounts, session, clock));
    if (session.can(perm::MastersView))
        window.addPane(QObject::tr("Masters"), new MastersPane(db, session, clock));
    if (session.can(perm::SettingsEdit))
        window.addPane(QObject::tr("Settings"), new SettingsPane(db, session));
    if (session.can(perm::PlatformSubscriptions))
        window.addPane(QObject::tr("Subscriptions"), new SubscriptionsPane(db, session, clock));
    if (session.can(perm::PlatformPlans))
        window.addPane(QObject::tr("Plans & features"), new PlansPane(db, session, clock));
    if (session.can(perm::PlatformCoupons))
        window.addPane(QObject::tr("Coupons"), new CouponsPane(db, session, clock));
    if (session.can(perm::SubscriptionView) && !session.isPlatform())
        window.addPane(QObject::tr("Subscription"), new SubscriptionPage(db, session, clock));
}

} // namespace bcp::ui
