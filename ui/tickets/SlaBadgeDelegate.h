#pragma once
// Paints the SLA column as a coloured badge with the time left: green on track, amber at warning (25 % of
// the time left), orange when critical (10 % left), red once breached; grey for the final state of a
// resolved or closed ticket.

#include "services/TicketTypes.h"

#include <QStyledItemDelegate>

namespace bcp::ui {

class SlaBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SlaBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Badge fill and text colours for a state; `stopped` greys out a final state that was met.
    static QColor fill(SlaState state, bool stopped);
    static QColor text(SlaState state, bool stopped);
};

} // namespace bcp::ui
