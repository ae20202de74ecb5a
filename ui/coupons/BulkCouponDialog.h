#pragma once
// Generating N coupons at once: a prefix (PREFIX-XXXXXXXX, from characters no customer can misread), a
// count, and every other field of the coupon as a pattern. One service call, one audit row.

#include "services/PlanTypes.h"
#include "services/Session.h"

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bcp {
class CouponService;
}

namespace bcp::ui {

class CouponForm;
class MessageLabel;

class BulkCouponDialog : public QDialog {
    Q_OBJECT
public:
    BulkCouponDialog(CouponService &coupons, const Session &session, const QList<Plan> &plans,
                     QWidget *parent = nullptr);

    // Generates; true (and accepted) when the codes were made.
    bool generate();
    const QStringList &codes() const { return m_codes; }
    QString prefix() const;

    QLineEdit *prefixEdit() const { return m_prefix; }
    QSpinBox *countSpin() const { return m_count; }
    CouponForm *form() const { return m_form; }
    MessageLabel *message() const { return m_message; }
    QPushButton *generateButton() const { return m_generate; }

private:
    CouponService &m_coupons;
    Session m_session;
    QStringList m_codes;
    QLineEdit *m_prefix = nullptr;
    QSpinBox *m_count = nullptr;
    CouponForm *m_form = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_generate = nullptr;
};

} // namespace bcp::ui
