#include "coupons/CouponDialog.h"

#include "accounts/MessageLabel.h"
#include "coupons/CouponForm.h"
#include "services/CouponService.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

CouponDialog::CouponDialog(CouponService &coupons, const Session &session, const QList<Plan> &plans,
                           const Coupon &coupon, QWidget *parent)
    : QDialog(parent), m_coupons(coupons), m_session(session), m_saved(coupon) {
    setObjectName(QStringLiteral("couponDialog"));
    setWindowTitle(coupon.id == 0 ? tr("New coupon") : tr("Coupon %1").arg(coupon.code));
    m_form = new CouponForm(plans, true, this);
    m_form->setCoupon(coupon);
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("couponMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(coupon.id == 0 ? tr("&Create coupon") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("couponSave"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CouponDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

bool CouponDialog::save() {
    m_form->clearMarks();
    auto read = m_form->coupon();
    Result<Coupon> saved = read ? m_coupons.save(m_session, read.value()) : Result<Coupon>(read.error());
    if (!saved) {
        const Error &e = saved.error();
        m_form->markError(e);
        const QString text =
            e.field.isEmpty() ? e.message : m_form->fieldLabel(e.field) + QStringLiteral(": ") + e.message;
        m_message->showError(text);
        return false;
    }
    m_saved = saved.value();
    accept();
    return true;
}

} // namespace bcp::ui
