#pragma once
// Every field of a coupon (PLATFORM.md): code, description, percent or fixed amount, validity window, limits
// in total and per shop, allowed plans, minimum amount and the active flag. Shared by the coupon editor and
// the bulk generator (which hides the code: it makes the codes itself). A refusal from the service marks the
// field it names and shows its message.

#include "Result.h"
#include "services/PlanTypes.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QDateTimeEdit;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace bcp::ui {

class CouponForm : public QWidget {
    Q_OBJECT
public:
    // `plans`: the plans a coupon may be limited to, cheapest first.
    CouponForm(const QList<Plan> &plans, bool withCode, QWidget *parent = nullptr);

    void setCoupon(const Coupon &coupon);
    // The coupon the fields describe, or the first field that cannot be read (an amount that is not one).
    Result<Coupon> coupon() const;

    // Marks the field a service error names (`percent`, `validUntil` ...) and focuses it; false when the
    // field is not on this form.
    bool markError(const Error &error);
    void clearMarks();
    // The label a field has on this form, for messages ("Percent off").
    QString fieldLabel(const QString &field) const;
    QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }
    // The width of the captions' column, and a minimum for it, so a form above this one can line up with it.
    int labelWidth() const;
    void setLabelWidth(int width);

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QRadioButton *percentRadio() const { return m_percentKind; }
    QRadioButton *fixedRadio() const { return m_fixedKind; }
    QSpinBox *percentSpin() const { return m_percent; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateTimeEdit *validFromEdit() const { return m_validFrom; }
    QDateTimeEdit *validUntilEdit() const { return m_validUntil; }
    QCheckBox *noEndCheck() const { return m_noEnd; }
    QSpinBox *maxUsesSpin() const { return m_maxUses; }
    QSpinBox *perShopSpin() const { return m_perShop; }
    QCheckBox *planCheck(const QString &code) const;
    QLineEdit *minimumEdit() const { return m_minimum; }
    QCheckBox *activeCheck() const { return m_active; }

private:
    void updateKind();

    Coupon m_base;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_description = nullptr;
    QRadioButton *m_percentKind = nullptr;
    QRadioButton *m_fixedKind = nullptr;
    QSpinBox *m_percent = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateTimeEdit *m_validFrom = nullptr;
    QDateTimeEdit *m_validUntil = nullptr;
    QCheckBox *m_noEnd = nullptr;
    QSpinBox *m_maxUses = nullptr;
    QSpinBox *m_perShop = nullptr;
    QList<QCheckBox *> m_plans;
    QLineEdit *m_minimum = nullptr;
    QCheckBox *m_active = nullptr;
    QList<QLabel *> m_captions;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QString> m_labels;
};

} // namespace bcp::ui
