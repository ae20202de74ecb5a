#include "quotes/QuoteItemEditor.h"

#include "calculator/BoxCalculatorWidget.h"
#include "calculator/FieldMark.h"
#include "calculator/NumberEdit.h"
#include "money/IndianFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

QuoteItemEditor::QuoteItemEditor(const costing::CostingMasters &masters, QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("quoteItemEditor"));
    m_loading = true;

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("itemName"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. Apple Box 3P"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("itemDescription"));
    m_description->setMaxLength(2000);
    m_description->setPlaceholderText(tr("Printed under the box name"));
    m_remarks = new QLineEdit(this);
    m_remarks->setObjectName(QStringLiteral("itemRemarks"));
    m_remarks->setMaxLength(2000);
    m_remarks->setPlaceholderText(tr("For the shop"));
    m_hsn = new QLineEdit(this);
    m_hsn->setObjectName(QStringLiteral("itemHsn"));
    m_hsn->setMaxLength(8);
    m_hsn->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_hsn));
    m_hsn->setFixedWidth(m_hsn->fontMetrics().horizontalAdvance(QStringLiteral("00000000")) + 18);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("itemUnit"));
    m_unit->setEditable(true);
    m_unit->addItems({QStringLiteral("Pcs"), QStringLiteral("Nos"), QStringLiteral("Box"), QStringLiteral("Set")});
    m_unit->setFixedWidth(m_unit->fontMetrics().horizontalAdvance(QStringLiteral("Pcs.....")) + 36);
    m_selected = new QCheckBox(tr("&Include in totals"), this);
    m_selected->setObjectName(QStringLiteral("itemSelected"));
    m_selected->setToolTip(tr("Unticked items stay in the quote but are left out of the totals and documents"));

    m_negotiationKind = new QComboBox(this);
    m_negotiationKind->setObjectName(QStringLiteral("negotiationKind"));
    m_negotiationKind->addItem(tr("No negotiation"), int(NegotiationKind::None));
    m_negotiationKind->addItem(tr("Percent off"), int(NegotiationKind::Percent));
    m_negotiationKind->addItem(tr("Fixed rate"), int(NegotiationKind::Fixed));
    m_negotiationValue = new NumberEdit(this);
    m_negotiationValue->setObjectName(QStringLiteral("negotiationValue"));
    m_negotiationValue->setFixedWidth(m_negotiationValue->fontMetrics().horizontalAdvance(QStringLiteral("000000.00")) +
                                      16);
    m_negotiationUnit = new QLabel(this);
    m_negotiationUnit->setMinimumWidth(m_negotiationUnit->fontMetrics().horizontalAdvance(QStringLiteral("₹/box")) + 4);
    m_pricing = new QLabel(this);
    m_pricing->setObjectName(QStringLiteral("itemPricing"));
    m_pricing->setTextFormat(Qt::RichText);

    m_calculator = new BoxCalculatorWidget(masters, this);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(10, 8, 10, 4);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(caption(tr("Box &name"), m_name, this), 0, 0);
    grid->addWidget(m_name, 0, 1);
    auto *codes = new QHBoxLayout;
    codes->setSpacing(8);
    codes->addWidget(caption(tr("&HSN"), m_hsn, this));
    codes->addWidget(m_hsn);
    codes->addSpacing(6);
    codes->addWidget(caption(tr("&Unit"), m_unit, this));
    codes->addWidget(m_unit);
    codes->addSpacing(6);
    codes->addWidget(m_selected);
    codes->addStretch();
    grid->addLayout(codes, 0, 2, 1, 2);
    grid->addWidget(caption(tr("&Description"), m_description, this), 1, 0);
    grid->addWidget(m_description, 1, 1);
    grid->addWidget(caption(tr("&Remarks"), m_remarks, this), 1, 2);
    grid->addWidget(m_remarks, 1, 3);
    grid->addWidget(caption(tr("Ne&gotiation"), m_negotiationKind, this), 2, 0);
    auto *negotiation = new QHBoxLayout;
    negotiation->setSpacing(6);
    negotiation->addWidget(m_negotiationKind);
    negotiation->addWidget(m_negotiationValue);
    negotiation->addWidget(m_negotiationUnit);
    negotiation->addSpacing(10);
    negotiation->addWidget(m_pricing, 1);
    grid->addLayout(negotiation, 2, 1, 1, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(grid);
    layout->addWidget(m_calculator, 1);

    for (QLineEdit *edit : {m_name, m_description, m_remarks, m_hsn})
        connect(edit, &QLineEdit::textChanged, this, &QuoteItemEditor::changed);
    connect(m_unit, &QComboBox::currentTextChanged, this, &QuoteItemEditor::changed);
    connect(m_selected, &QCheckBox::toggled, this, &QuoteItemEditor::changed);
    connect(m_negotiationKind, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &QuoteItemEditor::negotiationKindChanged);
    connect(m_negotiationValue, &QLineEdit::textChanged, this, &QuoteItemEditor::changed);
    connect(m_calculator, &BoxCalculatorWidget::resultChanged, this, &QuoteItemEditor::changed);

    const QList<QWidget *> order = {
        m_name,      m_hsn, m_unit, m_selected, m_description, m_remarks, m_negotiationKind, m_negotiationValue,
        m_calculator};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    negotiationKindChanged();
    m_loading = false;
}

void QuoteItemEditor::setMasters(const costing::CostingMasters &masters) {
    const bool wasLoading = m_loading;
    m_loading = true;
    m_calculator->setMasters(masters);
    m_loading = wasLoading;
}

void QuoteItemEditor::negotiationKindChanged() {
    const auto kind = NegotiationKind(m_negotiationKind->currentData().toInt());
    m_negotiationValue->setEnabled(kind != NegotiationKind::None);
    m_negotiationValue->setPlaceholderText(kind == NegotiationKind::Percent ? tr("e.g. 10")
                                           : kind == NegotiationKind::Fixed ? tr("e.g. 10.50")
                                                                            : QString());
    m_negotiationUnit->setText(kind == NegotiationKind::Percent ? tr("% off")
                               : kind == NegotiationKind::Fixed ? tr("\u20b9/box")
                                                                : QString());
    if (kind == NegotiationKind::None && !m_loading) {
        const QSignalBlocker block(m_negotiationValue);
        m_negotiationValue->clear();
    }
    changed();
}

void QuoteItemEditor::changed() {
    if (!m_loading)
        Q_EMIT edited();
}

void QuoteItemEditor::setItem(const QuoteItem &item) {
    m_loading = true;
    clearMarks();
    m_name->setText(item.name);
    m_description->setText(item.description);
    m_remarks->setText(item.remarks);
    m_hsn->setText(item.hsn);
    m_unit->setCurrentText(item.unit);
    m_selected->setChecked(item.selected);
    switch (item.negotiation.kind()) {
    case Negotiation::Kind::None:
        m_negotiationKind->setCurrentIndex(m_negotiationKind->findData(int(NegotiationKind::None)));
        m_negotiationValue->clear();
        break;
    case Negotiation::Kind::Percent:
        m_negotiationKind->setCurrentIndex(m_negotiationKind->findData(int(NegotiationKind::Percent)));
        m_negotiationValue->setValue(item.negotiation.percentOff());
        break;
    case Negotiation::Kind::Fixed:
        m_negotiationKind->setCurrentIndex(m_negotiationKind->findData(int(NegotiationKind::Fixed)));
        m_negotiationValue->setText(IndianFormat::plain(item.negotiation.fixedRate()));
        break;
    }
    m_calculator->setSpec(item.spec);
    m_loading = false;
}

QuoteItem QuoteItemEditor::item() const {
    QuoteItem item;
    item.name = m_name->text();
    item.description = m_description->text();
    item.remarks = m_remarks->text();
    item.hsn = m_hsn->text();
    item.unit = m_unit->currentText();
    item.selected = m_selected->isChecked();
    item.spec = m_calculator->spec();
    const std::optional<double> value = m_negotiationValue->value();
    switch (NegotiationKind(m_negotiationKind->currentData().toInt())) {
    case NegotiationKind::Percent:
        if (value)
            item.negotiation = Negotiation::percent(*value);
        break;
    case NegotiationKind::Fixed:
        if (value)
            item.negotiation = Negotiation::fixed(Money::fromRupees(*value));
        break;
    case NegotiationKind::None:
        break;
    }
    return item;
}

void QuoteItemEditor::showPricing(const QuoteItem &priced, const QString &problem) {
    if (!problem.isEmpty()) {
        m_pricing->setText(QStringLiteral("<span style=\"color:#b3261e\">%1</span>").arg(problem.toHtmlEscaped()));
        return;
    }
    const QString rate = IndianFormat::money(priced.ratePerBox, IndianFormat::Symbol::Rupee);
    if (priced.negotiation.isNone()) {
        m_pricing->setText(tr("Costed rate <b>%1</b> a box").arg(rate));
        return;
    }
    m_pricing->setText(tr("<span style=\"color:#808080\"><s>%1</s></span> &rarr; <b>%2</b> a box")
                           .arg(rate, IndianFormat::money(priced.unitPrice, IndianFormat::Symbol::Rupee)));
}

void QuoteItemEditor::markField(const QString &field, const QString &message) {
    QWidget *target = nullptr;
    if (field == QLatin1String("name"))
        target = m_name;
    else if (field == QLatin1String("description"))
        target = m_description;
    else if (field == QLatin1String("remarks"))
        target = m_remarks;
    else if (field == QLatin1String("hsn"))
        target = m_hsn;
    else if (field == QLatin1String("unit"))
        target = m_unit;
    else if (field.startsWith(QLatin1String("negotiation")))
        target = m_negotiationValue;
    if (!target)
        return;
    FieldMark::set(target, message);
    m_marked << target;
}

void QuoteItemEditor::clearMarks() {
    for (const QPointer<QWidget> &w : std::as_const(m_marked)) {
        if (w)
            FieldMark::clear(w);
    }
    m_marked.clear();
}

} // namespace bcp::ui
