#pragma once
// Creating or editing one coupon. Save goes through CouponService::save; a refusal keeps the dialog open,
// marks the field it names and says what is wrong with it ("Percent off: ...").

#include "services/PlanTypes.h"
#include "services/Session.h"

#include <QDialog>

class QPushButton;

namespace bcp {
class CouponService;
}

namespace bcp::ui {

class CouponForm;
class MessageLabel;

class CouponDialog : public QDialog {
    Q_OBJECT
public:
    // `coupon.id` 0 creates a new coupon.
    CouponDialog(CouponService &coupons, const Session &session, const QList<Plan> &plans, const Coupon &coupon,
                 QWidget *parent = nullptr);

    // Saves; true (and accepted) when the service took it.
    bool save();
    const Coupon &saved() const { return m_saved; }

    CouponForm *form() const { return m_form; }
    MessageLabel *message() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }

private:
    CouponService &m_coupons;
    Session m_session;
    Coupon m_saved;
    CouponForm *m_form = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace bcp::ui
