#pragma once
// The totals of a quote as DOCUMENTS.md "Totals" computes them: subtotal of the included items, transport,
// taxable value, CGST + SGST or IGST with their rates, the signed round-off and the grand total, with the
// place of supply that decided between CGST/SGST and IGST. The transport amount is edited in place.

#include "money/GstTotals.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace bcp::ui {

class QuoteTotalsView : public QWidget {
    Q_OBJECT
public:
    explicit QuoteTotalsView(QWidget *parent = nullptr);

    // `placeOfSupply` is a state code ("" when unknown), `roundOff` whether the masters round to the rupee.
    void setTotals(const Totals &totals, bool roundOff, const QString &placeOfSupply, const QString &sellerState);
    // Totals that cannot be computed (the reason), or a note below valid totals.
    void setNote(const QString &text, bool isError);
    void clear();

    // The amount shown on a line: "subtotal", "transport", "taxable", "cgst", "sgst", "igst", "roundOff",
    // "grand" (empty when the line is hidden).
    QString amountText(const QString &line) const;
    QString captionText(const QString &line) const;

    // Transport is typed straight into its line of the totals.
    QLineEdit *transportEdit() const { return m_transport; }

private:
    void addLine(const QString &key, const QString &caption, bool emphasised = false);
    void setLine(const QString &key, const QString &caption, const QString &amount, bool visible);

    struct Line {
        QLabel *caption = nullptr;
        QLabel *amount = nullptr;
    };
    QGridLayout *m_grid = nullptr;
    QHash<QString, Line> m_lines;
    QLineEdit *m_transport = nullptr;
    QString m_transportText;
    QLabel *m_supply = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace bcp::ui
