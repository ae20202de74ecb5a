#pragma once
// An entitlement override for a whole shop: a feature switched on or off (and, for a feature with a quota,
// its limit) whatever the shop's plan says, with a reason of at least ten characters and an end date at most
// a year ahead. Saved through EntitlementService::setOverride; a refusal names the field and keeps the
// dialog open.

#include "services/PlanTypes.h"
#include "services/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace bcp {
class Clock;
class EntitlementService;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;

class OverrideDialog : public QDialog {
    Q_OBJECT
public:
    OverrideDialog(EntitlementService &entitlements, const Session &session, const Clock &clock, qint64 tenantId,
                   const QString &shopName, const QList<FeatureInfo> &features, QWidget *parent = nullptr);

    // Saves; true (and accepted) when the service took it.
    bool save();
    const EntitlementOverride &saved() const { return m_saved; }

    QComboBox *featureCombo() const { return m_feature; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QSpinBox *quotaSpin() const { return m_quota; }
    QDateEdit *untilEdit() const { return m_until; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    MessageLabel *message() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }

private:
    void updateQuota();

    EntitlementService &m_entitlements;
    Session m_session;
    qint64 m_tenantId = 0;
    QList<FeatureInfo> m_features;
    EntitlementOverride m_saved;
    QComboBox *m_feature = nullptr;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_quota = nullptr;
    QDateEdit *m_until = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace bcp::ui
