#include "coupons/CouponForm.h"

#include "calculator/FieldMark.h"
#include "money/IndianFormat.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>

#include <algorithm>

namespace bcp::ui {

namespace {

QDateTimeEdit *dateTimeEdit(const QString &name, QWidget *parent) {
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setTimeSpec(Qt::UTC);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

QString amountText(qint64 paise) {
    return paise == 0 ? QString() : IndianFormat::money(Money::fromPaise(paise));
}

// An empty amount field means zero; anything else must read as an amount.
Result<qint64> readAmount(const QLineEdit *edit, const QString &field) {
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return qint64(0);
    auto parsed = IndianFormat::parse(text);
    if (!parsed)
        return Error::invalid(field, parsed.error().message);
    return parsed.value().paise();
}

} // namespace

CouponForm::CouponForm(const QList<Plan> &plans, bool withCode, QWidget *parent) : QWidget(parent) {
    // The marked-field rules, and the same red for the spin boxes and date fields this form also has.
    setStyleSheet(FieldMark::styleSheet() + QStringLiteral("QAbstractSpinBox[invalid=\"true\"] {"
                                                           " background: #fdecea; color: #7f1d1d; }"
                                                           "QCheckBox[invalid=\"true\"] { color: #c62828; }"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto add = [&](const QString &field, const QString &label, QWidget *widget, QLayout *row = nullptr) {
        m_fields.insert(field, widget);
        m_labels.insert(field, QString(label).remove(QLatin1Char('&')));
        auto *caption = new QLabel(label, this);
        caption->setBuddy(widget);
        m_captions << caption;
        if (row)
            form->addRow(caption, row);
        else
            form->addRow(caption, widget);
    };

    if (withCode) {
        m_code = new QLineEdit(this);
        m_code->setObjectName(QStringLiteral("couponCode"));
        m_code->setPlaceholderText(tr("e.g. DIWALI25"));
        m_code->setMaxLength(40);
        connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
            const int at = m_code->cursorPosition();
            m_code->setText(text.toUpper());
            m_code->setCursorPosition(at);
        });
        add(QStringLiteral("code"), tr("&Code"), m_code);
    }
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("couponDescription"));
    m_description->setPlaceholderText(tr("What the offer is for (shown to the vendor's staff only)"));
    add(QStringLiteral("description"), tr("&Description"), m_description);

    m_percentKind = new QRadioButton(tr("&Percent off"), this);
    m_percentKind->setObjectName(QStringLiteral("couponPercentKind"));
    m_fixedKind = new QRadioButton(tr("&Fixed amount off"), this);
    m_fixedKind->setObjectName(QStringLiteral("couponFixedKind"));
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_percentKind);
    kinds->addButton(m_fixedKind);
    m_percentKind->setChecked(true);
    m_percent = new QSpinBox(this);
    m_percent->setObjectName(QStringLiteral("couponPercent"));
    m_percent->setRange(0, 100);
    m_percent->setSuffix(tr(" %"));
    m_percent->setValue(10);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("couponAmount"));
    m_amount->setPlaceholderText(tr("\u20b9 amount"));
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_percentKind);
    kindRow->addWidget(m_percent);
    kindRow->addSpacing(12);
    kindRow->addWidget(m_fixedKind);
    kindRow->addWidget(m_amount, 1);
    m_fields.insert(QStringLiteral("kind"), m_percentKind);
    m_labels.insert(QStringLiteral("kind"), tr("Discount"));
    auto *discountCaption = new QLabel(tr("Discount"), this);
    m_captions << discountCaption;
    form->addRow(discountCaption, kindRow);
    m_fields.insert(QStringLiteral("percent"), m_percent);
    m_labels.insert(QStringLiteral("percent"), tr("Percent off"));
    m_fields.insert(QStringLiteral("amount"), m_amount);
    m_labels.insert(QStringLiteral("amount"), tr("Fixed amount off"));
    connect(m_percentKind, &QRadioButton::toggled, this, &CouponForm::updateKind);

    const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), QTimeZone::utc());
    m_validFrom = dateTimeEdit(QStringLiteral("couponValidFrom"), this);
    m_validFrom->setDateTime(today);
    add(QStringLiteral("validFrom"), tr("Valid &from (UTC)"), m_validFrom);
    m_validUntil = dateTimeEdit(QStringLiteral("couponValidUntil"), this);
    m_validUntil->setDateTime(today.addMonths(1));
    m_noEnd = new QCheckBox(tr("&No end"), this);
    m_noEnd->setObjectName(QStringLiteral("couponNoEnd"));
    connect(m_noEnd, &QCheckBox::toggled, m_validUntil, &QWidget::setDisabled);
    auto *untilRow = new QHBoxLayout;
    untilRow->addWidget(m_validUntil);
    untilRow->addWidget(m_noEnd);
    untilRow->addStretch(1);
    add(QStringLiteral("validUntil"), tr("Valid &until (UTC)"), m_validUntil, untilRow);

    m_maxUses = new QSpinBox(this);
    m_maxUses->setObjectName(QStringLiteral("couponMaxUses"));
    m_maxUses->setRange(0, 1000000);
    m_maxUses->setSpecialValueText(tr("No limit"));
    add(QStringLiteral("maxUses"), tr("Max &uses in total"), m_maxUses);
    m_perShop = new QSpinBox(this);
    m_perShop->setObjectName(QStringLiteral("couponMaxUsesPerTenant"));
    m_perShop->setRange(0, 1000);
    m_perShop->setSpecialValueText(tr("No limit"));
    m_perShop->setValue(1);
    add(QStringLiteral("maxUsesPerTenant"), tr("Max uses per &shop"), m_perShop);

    auto *planRow = new QHBoxLayout;
    for (const Plan &plan : plans) {
        auto *box = new QCheckBox(plan.current.name, this);
        box->setObjectName(QStringLiteral("couponPlan_") + plan.code);
        box->setProperty("planCode", plan.code);
        m_plans << box;
        planRow->addWidget(box);
    }
    planRow->addStretch(1);
    auto *planHint = new QLabel(tr("none ticked: every plan"), this);
    QPalette dim = planHint->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    planHint->setPalette(dim);
    planRow->addWidget(planHint);
    m_fields.insert(QStringLiteral("allowedPlans"),
                    m_plans.isEmpty() ? static_cast<QWidget *>(planHint) : m_plans.first());
    m_labels.insert(QStringLiteral("allowedPlans"), tr("Plans"));
    auto *plansCaption = new QLabel(tr("Plans"), this);
    m_captions << plansCaption;
    form->addRow(plansCaption, planRow);

    m_minimum = new QLineEdit(this);
    m_minimum->setObjectName(QStringLiteral("couponMinimum"));
    m_minimum->setPlaceholderText(tr("none"));
    add(QStringLiteral("minimumAmount"), tr("Minimum &amount (\u20b9)"), m_minimum);

    m_active = new QCheckBox(tr("Acti&ve: shops may use it"), this);
    m_active->setObjectName(QStringLiteral("couponActive"));
    m_active->setChecked(true);
    m_fields.insert(QStringLiteral("active"), m_active);
    m_labels.insert(QStringLiteral("active"), tr("Active"));
    form->addRow(QString(), m_active);

    updateKind();
}

void CouponForm::updateKind() {
    const bool percent = m_percentKind->isChecked();
    m_percent->setEnabled(percent);
    m_amount->setEnabled(!percent);
}

QCheckBox *CouponForm::planCheck(const QString &code) const {
    for (QCheckBox *box : m_plans) {
        if (box->property("planCode").toString() == code)
            return box;
    }
    return nullptr;
}

void CouponForm::setCoupon(const Coupon &coupon) {
    m_base = coupon;
    if (m_code)
        m_code->setText(coupon.code);
    m_description->setText(coupon.description);
    (coupon.kind == CouponKind::Percent ? m_percentKind : m_fixedKind)->setChecked(true);
    m_percent->setValue(coupon.percent);
    m_amount->setText(amountText(coupon.amountPaise));
    if (coupon.validFrom.isValid())
        m_validFrom->setDateTime(coupon.validFrom.toUTC());
    m_noEnd->setChecked(!coupon.validUntil.isValid());
    if (coupon.validUntil.isValid())
        m_validUntil->setDateTime(coupon.validUntil.toUTC());
    m_maxUses->setValue(coupon.maxUses);
    m_perShop->setValue(coupon.maxUsesPerTenant);
    for (QCheckBox *box : m_plans)
        box->setChecked(coupon.allowedPlans.contains(box->property("planCode").toString()));
    m_minimum->setText(amountText(coupon.minimumAmountPaise));
    m_active->setChecked(coupon.active);
    updateKind();
}

Result<Coupon> CouponForm::coupon() const {
    Coupon c = m_base;
    if (m_code)
        c.code = m_code->text().trimmed().toUpper();
    c.description = m_description->text().trimmed();
    c.kind = m_percentKind->isChecked() ? CouponKind::Percent : CouponKind::Fixed;
    c.percent = c.kind == CouponKind::Percent ? m_percent->value() : 0;
    if (c.kind == CouponKind::Fixed) {
        auto amount = readAmount(m_amount, QStringLiteral("amount"));
        if (!amount)
            return amount.error();
        c.amountPaise = amount.value();
    } else {
        c.amountPaise = 0;
    }
    c.validFrom = m_validFrom->dateTime().toUTC();
    c.validUntil = m_noEnd->isChecked() ? QDateTime() : m_validUntil->dateTime().toUTC();
    c.maxUses = m_maxUses->value();
    c.maxUsesPerTenant = m_perShop->value();
    c.allowedPlans.clear();
    for (QCheckBox *box : m_plans) {
        if (box->isChecked())
            c.allowedPlans << box->property("planCode").toString();
    }
    auto minimum = readAmount(m_minimum, QStringLiteral("minimumAmount"));
    if (!minimum)
        return minimum.error();
    c.minimumAmountPaise = minimum.value();
    c.active = m_active->isChecked();
    return c;
}

bool CouponForm::markError(const Error &error) {
    clearMarks();
    QWidget *widget = m_fields.value(error.field);
    if (!widget)
        return false;
    FieldMark::set(widget, error.message);
    widget->setFocus(Qt::OtherFocusReason);
    return true;
}

void CouponForm::clearMarks() {
    for (QWidget *widget : std::as_const(m_fields)) {
        if (FieldMark::isMarked(widget))
            FieldMark::clear(widget);
    }
}

int CouponForm::labelWidth() const {
    int widest = 0;
    for (const QLabel *caption : m_captions)
        widest = std::max(widest, caption->sizeHint().width());
    return widest;
}

void CouponForm::setLabelWidth(int width) {
    for (QLabel *caption : std::as_const(m_captions))
        caption->setMinimumWidth(width);
}

QString CouponForm::fieldLabel(const QString &field) const {
    return m_labels.value(field, field);
}

} // namespace bcp::ui
