#include "services/PlanTypes.h"

#include "money/Money.h"

#include <QCoreApplication>

#include <algorithm>

namespace bcp {

namespace {

struct Named {
    const char *key;
    const char *text;
};

// Names shown on screens; the database keeps English names for reports made outside the application.
const Named kFeatureNames[] = {
    {"quoting.calculator", QT_TRANSLATE_NOOP("Features", "Box costing calculator")},
    {"quoting.quotes", QT_TRANSLATE_NOOP("Features", "Quotes")},
    {"quoting.versions", QT_TRANSLATE_NOOP("Features", "Quote versions and restore")},
    {"invoicing.invoices", QT_TRANSLATE_NOOP("Features", "GST tax invoices")},
    {"invoicing.credit_notes", QT_TRANSLATE_NOOP("Features", "Credit notes")},
    {"documents.pdf", QT_TRANSLATE_NOOP("Features", "PDF and printing")},
    {"documents.layouts", QT_TRANSLATE_NOOP("Features", "Invoice layouts")},
    {"documents.email", QT_TRANSLATE_NOOP("Features", "E-mail sending")},
    {"parties.directory", QT_TRANSLATE_NOOP("Features", "Party directory")},
    {"parties.import", QT_TRANSLATE_NOOP("Features", "Party import and export")},
    {"support.tickets", QT_TRANSLATE_NOOP("Features", "Support tickets")},
    {"support.priority", QT_TRANSLATE_NOOP("Features", "Priority support")},
    {"administration.users", QT_TRANSLATE_NOOP("Features", "Users")},
    {"administration.audit", QT_TRANSLATE_NOOP("Features", "Audit log and export")},
    {"administration.reports", QT_TRANSLATE_NOOP("Features", "Reports")},
    {"integrations.whatsapp", QT_TRANSLATE_NOOP("Features", "WhatsApp sharing")},
    {"integrations.payment_links", QT_TRANSLATE_NOOP("Features", "Payment links (Razorpay, Stripe)")},
};

const Named kQuotaLabels[] = {
    {"quoting.quotes", QT_TRANSLATE_NOOP("Features", "quotes per month")},
    {"documents.layouts", QT_TRANSLATE_NOOP("Features", "invoice layouts")},
    {"documents.email", QT_TRANSLATE_NOOP("Features", "e-mails per month")},
    {"administration.users", QT_TRANSLATE_NOOP("Features", "users")},
};

const Named kCategories[] = {
    {"quoting", QT_TRANSLATE_NOOP("Features", "Quoting")},
    {"invoicing", QT_TRANSLATE_NOOP("Features", "Invoicing")},
    {"documents", QT_TRANSLATE_NOOP("Features", "Documents")},
    {"parties", QT_TRANSLATE_NOOP("Features", "Parties")},
    {"support", QT_TRANSLATE_NOOP("Features", "Support")},
    {"administration", QT_TRANSLATE_NOOP("Features", "Administration")},
    {"integrations", QT_TRANSLATE_NOOP("Features", "Integrations")},
};

const Named kStatuses[] = {
    {"TRIAL", QT_TRANSLATE_NOOP("Subscriptions", "Trial")},
    {"ACTIVE", QT_TRANSLATE_NOOP("Subscriptions", "Active")},
    {"PAST_DUE", QT_TRANSLATE_NOOP("Subscriptions", "Past due")},
    {"EXPIRED", QT_TRANSLATE_NOOP("Subscriptions", "Expired")},
    {"CANCELLED", QT_TRANSLATE_NOOP("Subscriptions", "Cancelled")},
    {"SUSPENDED", QT_TRANSLATE_NOOP("Subscriptions", "Suspended")},
};

template <std::size_t N> QString lookup(const Named (&table)[N], const QString &key, const char *context) {
    for (const Named &n : table) {
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate(context, n.text);
    }
    return {};
}

} // namespace

QStringList featureCategories() {
    QStringList out;
    for (const Named &n : kCategories)
        out << QString::fromLatin1(n.key);
    return out;
}

QString featureCategoryName(const QString &category) {
    const QString name = lookup(kCategories, category, "Features");
    return name.isEmpty() ? category : name;
}

QString featureName(const QString &key) {
    const QString name = lookup(kFeatureNames, key, "Features");
    return name.isEmpty() ? key : name;
}

QString quotaLabel(const QString &key) {
    return lookup(kQuotaLabels, key, "Features");
}

const PlanFeature *PlanVersion::feature(const QString &key) const {
    for (const PlanFeature &f : features) {
        if (f.featureKey == key)
            return &f;
    }
    return nullptr;
}

bool PlanVersion::allows(const QString &key) const {
    const PlanFeature *f = feature(key);
    return f && f->enabled;
}

qint64 PlanVersion::quota(const QString &key) const {
    const PlanFeature *f = feature(key);
    if (!f || !f->enabled)
        return 0;
    return f->quota;
}

QString subscriptionStatusCode(SubscriptionStatus status) {
    return QString::fromLatin1(kStatuses[static_cast<int>(status)].key);
}

std::optional<SubscriptionStatus> parseSubscriptionStatus(const QString &code) {
    for (SubscriptionStatus s : allSubscriptionStatuses()) {
        if (subscriptionStatusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString subscriptionStatusName(SubscriptionStatus status) {
    return QCoreApplication::translate("Subscriptions", kStatuses[static_cast<int>(status)].text);
}

QList<SubscriptionStatus> allSubscriptionStatuses() {
    return {SubscriptionStatus::Trial,   SubscriptionStatus::Active,    SubscriptionStatus::PastDue,
            SubscriptionStatus::Expired, SubscriptionStatus::Cancelled, SubscriptionStatus::Suspended};
}

qint64 Coupon::discountOn(qint64 amount) const {
    if (amount <= 0)
        return 0;
    qint64 discount = 0;
    if (kind == CouponKind::Percent) {
        discount = roundHalfUp(amount * percent, 100);
    } else {
        discount = amountPaise;
    }
    return std::min(discount, amount);
}

} // namespace bcp
