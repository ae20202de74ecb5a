#include "coupons/CouponListModel.h"

#include "money/IndianFormat.h"
#include "services/CouponService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bcp::ui {

namespace {

QString day(const QDateTime &t) {
    return QLocale(QLocale::English, QLocale::India).toString(t.toUTC().date(), QStringLiteral("d MMM yy"));
}

} // namespace

CouponListModel::CouponListModel(CouponService &coupons, const Session &session, QObject *parent)
    : PagedRowModel<Coupon>(
          {tr("Code"), tr("Discount"), tr("Valid"), tr("Uses"), tr("Plans"), tr("Minimum"), tr("Given"), tr("Active")},
          parent),
      m_coupons(coupons), m_session(session) {
    setFetch([this](const QVariant &afterKey, int limit) -> Result<Page> {
        CouponQuery q = m_query;
        q.afterId = afterKey.isValid() ? afterKey.toLongLong() : 0;
        q.limit = limit;
        auto page = m_coupons.list(m_session, q);
        if (!page)
            return page.error();
        Page out;
        out.rows = std::move(page.value().rows);
        if (!out.rows.isEmpty())
            out.lastKey = out.rows.last().id;
        return out;
    });
}

void CouponListModel::setQuery(const CouponQuery &query) {
    m_query = query;
    reload();
}

int CouponListModel::rowOfId(qint64 id) const {
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).id == id)
            return row;
    }
    return -1;
}

QString CouponListModel::discountText(const Coupon &coupon) {
    if (coupon.kind == CouponKind::Percent)
        return tr("%1 %").arg(coupon.percent);
    return IndianFormat::money(Money::fromPaise(coupon.amountPaise), IndianFormat::Symbol::Rupee);
}

QString CouponListModel::validityText(const Coupon &coupon) {
    if (!coupon.validUntil.isValid())
        return tr("from %1").arg(day(coupon.validFrom));
    // validUntil is exclusive: the last valid day is the one before it when it falls on midnight.
    QDateTime last = coupon.validUntil;
    if (last.toUTC().time() == QTime(0, 0))
        last = last.addDays(-1);
    return tr("%1 \u2013 %2").arg(day(coupon.validFrom), day(last));
}

QVariant CouponListModel::cell(const Coupon &c, int column, int role) const {
    if (role == IdRole)
        return c.id;
    if (role == ActiveRole)
        return c.active;
    if (role == Qt::ForegroundRole && !c.active)
        return QBrush(QColor(0x75, 0x75, 0x75));
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case DiscountColumn:
        case UsesColumn:
        case MinimumColumn:
        case GivenColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole && column == CodeColumn)
        return c.description.isEmpty() ? QVariant() : QVariant(c.description);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case CodeColumn:
        return c.code;
    case DiscountColumn:
        return discountText(c);
    case ValidColumn:
        return validityText(c);
    case UsesColumn:
        return c.maxUses > 0 ? tr("%1 / %2").arg(c.usedCount).arg(c.maxUses) : QString::number(c.usedCount);
    case PlansColumn: {
        if (c.allowedPlans.isEmpty())
            return tr("Any");
        QStringList names;
        for (const QString &code : c.allowedPlans)
            names << (code.isEmpty() ? code : code.left(1).toUpper() + code.mid(1));
        return names.join(QStringLiteral(", "));
    }
    case MinimumColumn:
        return c.minimumAmountPaise > 0
                   ? IndianFormat::money(Money::fromPaise(c.minimumAmountPaise), IndianFormat::Symbol::Rupee)
                   : QStringLiteral("\u2014");
    case GivenColumn:
        return IndianFormat::money(Money::fromPaise(c.discountGivenPaise), IndianFormat::Symbol::Rupee);
    case ActiveColumn:
        return c.active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

} // namespace bcp::ui
