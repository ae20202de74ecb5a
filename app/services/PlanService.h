#pragma once
// Features and plans (PLATFORM.md "Plans, subscriptions, entitlements, coupons"). Migration 0008 seeds the
// 17 features in 7 categories and the plans Free, Basic, Pro and Enterprise. A plan is never edited in
// place: saving the matrix editor makes a new plan version, which new and renewing subscriptions take;
// existing subscriptions keep the version they are on until they renew.
//
// Permissions: reading the catalogue needs platform.plans or subscription.view (a shop sees what the plans
// offer); saving a version needs platform.plans.

#include "Result.h"
#include "services/PlanTypes.h"

namespace bcp {

class Clock;
class Database;
struct Session;

class PlanService {
public:
    static constexpr int kMaxTrialDays = 90;

    explicit PlanService(Database &db);
    PlanService(Database &db, const Clock &clock);

    // Every feature in catalogue order (by category, then within it).
    Result<QList<FeatureInfo>> features(const Session &session);
    // Every plan with its newest version, cheapest first.
    Result<QList<Plan>> plans(const Session &session);
    Result<Plan> plan(const Session &session, qint64 planId);
    Result<Plan> planByCode(const Session &session, const QString &code);
    // Every version of a plan, newest first.
    Result<QList<PlanVersion>> versions(const Session &session, qint64 planId);
    Result<PlanVersion> version(const Session &session, qint64 planVersionId);

    // Saves the edit as the plan's next version. Refused (Conflict) when the plan has a newer version than
    // `edit.baseVersion`; a quota below zero other than kUnlimited, a negative price, an unknown feature or
    // a trial beyond kMaxTrialDays is Invalid with the field named (`features[quoting.quotes].quota`).
    Result<PlanVersion> saveVersion(const Session &session, const PlanEdit &edit);

    // The catalogue read inside an open transaction (for the other plan services).
    static QList<FeatureInfo> loadFeatures(Database &tx);
    static Result<PlanVersion> loadVersion(Database &tx, qint64 planVersionId);
    static Result<Plan> loadPlanByCode(Database &tx, const QString &code);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
