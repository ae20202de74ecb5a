#pragma once
// The Coupons pane's list: the vendor's coupons matching the pane's filters, newest first, through
// CouponService keyset pages.

#include "common/PagedRowModel.h"
#include "services/PlanTypes.h"
#include "services/Session.h"

namespace bcp {
class CouponService;
}

namespace bcp::ui {

class CouponListModel : public PagedRowModel<Coupon> {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        DiscountColumn,
        ValidColumn,
        UsesColumn,
        PlansColumn,
        MinimumColumn,
        GivenColumn,
        ActiveColumn,
        ColumnCount
    };
    enum DataRole { IdRole = Qt::UserRole + 1, ActiveRole };

    CouponListModel(CouponService &coupons, const Session &session, QObject *parent = nullptr);

    void setQuery(const CouponQuery &query);
    const CouponQuery &query() const { return m_query; }

    qint64 idAt(int row) const { return rowAt(row).id; }
    // -1 when the coupon is not among the loaded rows.
    int rowOfId(qint64 id) const;

    // "10 %" or "₹500.00": the discount as the list and the analytics show it.
    static QString discountText(const Coupon &coupon);
    // "1 Nov 2026 – 31 Dec 2026", "from 1 Nov 2026".
    static QString validityText(const Coupon &coupon);

protected:
    QVariant cell(const Coupon &row, int column, int role) const override;

private:
    CouponService &m_coupons;
    Session m_session;
    CouponQuery m_query;
};

} // namespace bcp::ui
