#include "quotes/QuoteTotalsView.h"

#include "money/Gstin.h"
#include "money/IndianFormat.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bcp::ui {

QuoteTotalsView::QuoteTotalsView(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("quoteTotals"));
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("totalsCard"));
    setStyleSheet(
        QStringLiteral("QFrame#totalsCard { background: #f7f9fb; border: 1px solid #d5dde5; border-radius: 6px; }"
                       "QFrame#totalsCard QLabel { background: transparent; }"
                       "QLabel#grandCaption { font-weight: bold; font-size: 11pt; }"
                       "QLabel#grand { font-weight: bold; font-size: 17pt; color: #0d47a1; }"
                       "QFrame#totalsRule { color: #d5dde5; }"
                       "QLineEdit#transport { background: white; border: 1px solid #c3ccd5; border-radius: 3px;"
                       " padding: 1px 4px; }"
                       "QLineEdit#transport:focus { border-color: #1e6fbf; }"
                       "QLineEdit#transport[invalid=\"true\"] { border-color: #c62828; background: #fdecea; }"));
    m_grid = new QGridLayout(card);
    m_grid->setContentsMargins(14, 12, 14, 12);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(5);
    m_grid->setColumnStretch(0, 1);

    addLine(QStringLiteral("subtotal"), tr("Subtotal"));
    addLine(QStringLiteral("transport"), tr("&Transport (\u20b9)"));
    addLine(QStringLiteral("taxable"), tr("Taxable value"), true);
    addLine(QStringLiteral("cgst"), tr("CGST"));
    addLine(QStringLiteral("sgst"), tr("SGST"));
    addLine(QStringLiteral("igst"), tr("IGST"));
    addLine(QStringLiteral("roundOff"), tr("Round-off"));
    auto *rule = new QFrame(card);
    rule->setObjectName(QStringLiteral("totalsRule"));
    rule->setFrameShape(QFrame::HLine);
    m_grid->addWidget(rule, m_grid->rowCount(), 0, 1, 2);
    addLine(QStringLiteral("grand"), tr("Grand total"), true);
    m_lines[QStringLiteral("grand")].caption->setObjectName(QStringLiteral("grandCaption"));

    m_supply = new QLabel(card);
    m_supply->setObjectName(QStringLiteral("placeOfSupply"));
    m_supply->setWordWrap(true);
    m_supply->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    m_grid->addWidget(m_supply, m_grid->rowCount(), 0, 1, 2);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("totalsNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(card);
    layout->addWidget(m_note);
    clear();
}

void QuoteTotalsView::addLine(const QString &key, const QString &caption, bool emphasised) {
    QWidget *card = m_grid->parentWidget();
    auto *c = new QLabel(caption, card);
    c->setObjectName(key + QStringLiteral("Caption"));
    const int row = m_grid->rowCount();
    m_grid->addWidget(c, row, 0);
    if (key == QLatin1String("transport")) {
        m_transport = new QLineEdit(card);
        m_transport->setObjectName(key);
        m_transport->setAlignment(Qt::AlignRight);
        m_transport->setPlaceholderText(QStringLiteral("0.00"));
        m_transport->setToolTip(tr("Freight charged to the party, in rupees; it is part of the taxable value"));
        m_transport->setFixedWidth(m_transport->fontMetrics().horizontalAdvance(QStringLiteral("0,00,00,000.00")) + 14);
        c->setBuddy(m_transport);
        m_grid->addWidget(m_transport, row, 1, Qt::AlignRight);
        m_lines.insert(key, {c, nullptr});
        return;
    }
    auto *a = new QLabel(card);
    a->setObjectName(key);
    a->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    a->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (emphasised) {
        QFont bold = c->font();
        bold.setBold(true);
        c->setFont(bold);
        a->setFont(bold);
    }
    m_grid->addWidget(a, row, 1);
    m_lines.insert(key, {c, a});
}

void QuoteTotalsView::setLine(const QString &key, const QString &caption, const QString &amount, bool visible) {
    const Line line = m_lines.value(key);
    if (!caption.isEmpty())
        line.caption->setText(caption);
    line.caption->setVisible(visible);
    if (!line.amount)
        return;
    line.amount->setText(amount);
    line.amount->setVisible(visible);
}

void QuoteTotalsView::setTotals(const Totals &t, bool roundOff, const QString &placeOfSupply,
                                const QString &sellerState) {
    auto money = [](Money m) { return IndianFormat::money(m, IndianFormat::Symbol::Rupee); };
    const QString half = GstTotals::halfPercentText(t.gstRateBasisPoints);
    setLine(QStringLiteral("subtotal"), QString(), money(t.subtotal), true);
    m_transportText = money(t.transport);
    setLine(QStringLiteral("taxable"), QString(), money(t.taxable), true);
    setLine(QStringLiteral("cgst"), tr("CGST @ %1 %").arg(half), money(t.cgst), t.intraState);
    setLine(QStringLiteral("sgst"), tr("SGST @ %1 %").arg(half), money(t.sgst), t.intraState);
    setLine(QStringLiteral("igst"), tr("IGST @ %1 %").arg(GstTotals::percentText(t.gstRateBasisPoints)), money(t.igst),
            !t.intraState);
    const QString signedRoundOff =
        t.roundOff.isNegative() || t.roundOff.isZero() ? money(t.roundOff) : QStringLiteral("+") + money(t.roundOff);
    setLine(QStringLiteral("roundOff"), QString(), signedRoundOff, roundOff);
    setLine(QStringLiteral("grand"), QString(), money(t.grand), true);

    auto state = [](const QString &code) {
        const QString name = Gstin::stateName(code);
        return name.isEmpty() ? code : tr("%1 (%2)").arg(name, code);
    };
    if (placeOfSupply.isEmpty())
        m_supply->setText(tr("Place of supply not known: CGST + SGST"));
    else if (t.intraState)
        m_supply->setText(tr("Supply within %1: CGST + SGST").arg(state(placeOfSupply)));
    else
        m_supply->setText(tr("Supply to %1 from %2: IGST").arg(state(placeOfSupply), state(sellerState)));
}

void QuoteTotalsView::setNote(const QString &text, bool isError) {
    m_note->setText(text);
    m_note->setStyleSheet(isError ? QStringLiteral("QLabel { color: #b3261e; }")
                                  : QStringLiteral("QLabel { color: #8a5300; }"));
    m_note->setVisible(!text.isEmpty());
}

void QuoteTotalsView::clear() {
    setTotals(Totals(), true, QString(), QString());
    m_supply->clear();
    setNote(QString(), false);
}

QString QuoteTotalsView::amountText(const QString &line) const {
    if (line == QLatin1String("transport"))
        return m_transportText;
    const Line l = m_lines.value(line);
    return l.amount && !l.amount->isHidden() ? l.amount->text() : QString();
}

QString QuoteTotalsView::captionText(const QString &line) const {
    const Line l = m_lines.value(line);
    return l.caption ? l.caption->text() : QString();
}

} // namespace bcp::ui
