#include "subscriptions/OverrideDialog.h"

#include "accounts/MessageLabel.h"
#include "calculator/FieldMark.h"
#include "services/Clock.h"
#include "services/EntitlementService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace bcp::ui {

OverrideDialog::OverrideDialog(EntitlementService &entitlements, const Session &session, const Clock &clock,
                               qint64 tenantId, const QString &shopName, const QList<FeatureInfo> &features,
                               QWidget *parent)
    : QDialog(parent), m_entitlements(entitlements), m_session(session), m_tenantId(tenantId), m_features(features) {
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override for %1").arg(shopName));
    setStyleSheet(FieldMark::styleSheet() + QStringLiteral("QAbstractSpinBox[invalid=\"true\"], "
                                                           "QPlainTextEdit[invalid=\"true\"] {"
                                                           " background: #fdecea; color: #7f1d1d; }"));

    auto *intro = new QLabel(tr("%1 gets this whatever its plan says, until the end date.").arg(shopName), this);
    intro->setWordWrap(true);

    m_feature = new QComboBox(this);
    m_feature->setObjectName(QStringLiteral("overrideFeature"));
    for (const FeatureInfo &f : features)
        m_feature->addItem(tr("%1 \u2013 %2").arg(featureCategoryName(f.category), f.name), f.key);
    m_enabled = new QCheckBox(tr("&Allowed"), this);
    m_enabled->setObjectName(QStringLiteral("overrideEnabled"));
    m_enabled->setChecked(true);
    m_quota = new QSpinBox(this);
    m_quota->setObjectName(QStringLiteral("overrideQuota"));
    m_quota->setRange(-1, 1000000000);
    m_quota->setSpecialValueText(tr("no limit"));
    m_quota->setGroupSeparatorShown(true);
    m_quota->setValue(-1);
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("overrideUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = clock.nowUtc().date();
    m_until->setDateRange(today.addDays(1), today.addDays(EntitlementService::kMaxOverrideDays));
    m_until->setDate(today.addDays(30));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
        tr("At least %1 characters, e.g. \u201cpilot of WhatsApp sharing agreed by sales\u201d")
            .arg(EntitlementService::kMinReason));
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 3 + 12);

    auto *form = new QFormLayout;
    auto caption = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(caption(tr("&Feature"), m_feature), m_feature);
    form->addRow(QString(), m_enabled);
    form->addRow(caption(tr("&Limit"), m_quota), m_quota);
    form->addRow(caption(tr("&Until (UTC)"), m_until), m_until);
    form->addRow(caption(tr("&Reason"), m_reason), m_reason);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("overrideMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save override"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("overrideSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_feature, qOverload<int>(&QComboBox::currentIndexChanged), this, &OverrideDialog::updateQuota);
    connect(m_enabled, &QCheckBox::toggled, this, &OverrideDialog::updateQuota);
    updateQuota();
}

void OverrideDialog::updateQuota() {
    const int index = m_feature->currentIndex();
    const bool quota = index >= 0 && index < m_features.size() && m_features.at(index).hasQuota();
    m_quota->setEnabled(quota && m_enabled->isChecked());
    m_quota->setToolTip(quota ? quotaLabel(m_features.at(index).key) : tr("This feature has no limit to set"));
}

bool OverrideDialog::save() {
    for (QWidget *w : {static_cast<QWidget *>(m_feature), static_cast<QWidget *>(m_quota),
                       static_cast<QWidget *>(m_until), static_cast<QWidget *>(m_reason)})
        FieldMark::clear(w);
    OverrideInput in;
    in.tenantId = m_tenantId;
    in.featureKey = m_feature->currentData().toString();
    in.enabled = m_enabled->isChecked();
    in.quota = m_quota->isEnabled() ? m_quota->value() : kUnlimited;
    in.reason = m_reason->toPlainText().trimmed();
    in.expiresAt = QDateTime(m_until->date(), QTime(0, 0), QTimeZone::utc());
    auto saved = m_entitlements.setOverride(m_session, in);
    if (!saved) {
        const Error &e = saved.error();
        const QHash<QString, std::pair<QWidget *, QString>> fields{
            {QStringLiteral("feature"), {m_feature, tr("Feature")}},
            {QStringLiteral("quota"), {m_quota, tr("Limit")}},
            {QStringLiteral("expiresAt"), {m_until, tr("Until")}},
            {QStringLiteral("reason"), {m_reason, tr("Reason")}}};
        if (fields.contains(e.field)) {
            const auto &[widget, label] = fields.value(e.field);
            FieldMark::set(widget, e.message);
            widget->setFocus();
            m_message->showError(label + QStringLiteral(": ") + e.message);
        } else {
            m_message->showError(e.message);
        }
        return false;
    }
    m_saved = saved.value();
    accept();
    return true;
}

} // namespace bcp::ui
