#include "calculator/BoxCalculatorWidget.h"

#include "calculator/FieldMark.h"
#include "calculator/LayerTable.h"
#include "calculator/NumberEdit.h"
#include "costing/CostingEngine.h"
#include "money/IndianFormat.h"
#include "money/Money.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <tuple>
#include <utility>

namespace bcp::ui {

namespace {

using costing::MeasuredOn;
using costing::Style;
using costing::Unit;

constexpr double kMmPerInch = 25.4;

QString rupeesFromPaise(qint64 paise) {
    return IndianFormat::money(Money::fromPaise(paise), IndianFormat::Symbol::Rupee);
}

QString rupees(double amount) {
    return IndianFormat::rupees(amount, IndianFormat::Symbol::Rupee);
}

// Rupees with four decimals and Indian grouping, for the unrounded cost that explains the rounded rate.
QString rupees4(double amount) {
    const QString fixed = QString::number(std::fabs(amount), 'f', 4);
    const qsizetype dot = fixed.indexOf(QLatin1Char('.'));
    const QString whole = IndianFormat::grouped(fixed.left(dot).toLongLong());
    return (amount < 0 ? QStringLiteral("-₹") : QStringLiteral("₹")) + whole + fixed.mid(dot);
}

QString fixed(double value, int decimals) {
    return QString::number(value, 'f', decimals);
}

QLabel *valueLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(QStringLiteral("–"), parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *unitLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("boxes")) + 4);
    return label;
}

QWidget *withUnit(QWidget *field, QLabel *unit, QWidget *parent) {
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(field);
    row->addWidget(unit);
    row->addStretch();
    return box;
}

QFormLayout *compactForm(QWidget *parent) {
    auto *form = new QFormLayout(parent);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    return form;
}

// Field names the engine uses for the inputs that are simple widgets.
const QRegularExpression &layerFieldPattern() {
    static const QRegularExpression pattern(QStringLiteral("^layers\\[(\\d+)\\]\\.(\\w+)$"));
    return pattern;
}

} // namespace

BoxCalculatorWidget::BoxCalculatorWidget(const costing::CostingMasters &masters, QWidget *parent)
    : QWidget(parent), m_masters(masters) {
    setObjectName(QStringLiteral("boxCalculator"));
    setWindowTitle(tr("Box calculator"));
    setStyleSheet(FieldMark::styleSheet() +
                  QStringLiteral("QFrame#priceBox { background: #eef5ee; border: 1px solid #a5d0a8;"
                                 " border-radius: 6px; }"
                                 "QFrame#priceBox QLabel { background: transparent; border: none; }"
                                 "QLabel#rateCaption { color: #2e5e31; font-weight: bold; letter-spacing: 1px; }"
                                 "QLabel#ratePerBox { color: #1b5e20; font-size: 26pt; font-weight: bold; }"
                                 "QLabel#ratePerBox:disabled, QLabel#orderValue:disabled { color: #9e9e9e; }"
                                 "QLabel#orderValue { font-size: 12pt; font-weight: bold; }"
                                 "QLabel#costPerBox, QLabel#orderCaption { color: #555555; }"
                                 "QLabel#message[error=\"true\"] { color: #b71c1c; background: #fdecea;"
                                 " border: 1px solid #ef9a9a; border-radius: 4px; padding: 6px; }"
                                 "QLabel#message[error=\"false\"] { color: #455a64; background: #eceff1;"
                                 " border: 1px solid #cfd8dc; border-radius: 4px; padding: 6px; }"
                                 "QLabel#construction[twoPiece=\"true\"] { color: #e65100; font-weight: bold; }"));
    m_loading = true;

    auto *inputs = new QWidget;
    inputs->setObjectName(QStringLiteral("calculatorInputs"));
    auto *inputLayout = new QVBoxLayout(inputs);
    inputLayout->setContentsMargins(10, 10, 6, 10);
    inputLayout->setSpacing(10);
    inputLayout->addWidget(buildBoxGroup());
    inputLayout->addWidget(buildBoardGroup());
    auto *addOns = new QHBoxLayout;
    addOns->setSpacing(10);
    addOns->addWidget(buildPrintingGroup(), 1);
    addOns->addWidget(buildLaminationGroup(), 1);
    addOns->addWidget(buildOtherCostsGroup(), 1);
    inputLayout->addLayout(addOns);
    inputLayout->addWidget(buildOverridesGroup());
    inputLayout->addStretch();

    auto *inputScroll = new QScrollArea(this);
    inputScroll->setObjectName(QStringLiteral("calculatorInputScroll"));
    inputScroll->setWidget(inputs);
    inputScroll->setWidgetResizable(true);
    inputScroll->setFrameShape(QFrame::NoFrame);
    inputScroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    inputScroll->setFocusPolicy(Qt::NoFocus); // Tab goes field to field; the area follows the focus
    // Wider than the layer table, the groups would only spread their fields apart.
    inputs->setMaximumWidth(m_layers->width() + 60);

    auto *resultScroll = new QScrollArea(this);
    resultScroll->setWidget(buildResults());
    resultScroll->setWidgetResizable(true);
    resultScroll->setFrameShape(QFrame::NoFrame);
    resultScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    resultScroll->setFocusPolicy(Qt::NoFocus);
    resultScroll->setFixedWidth(m_resultsPanel->minimumWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(inputScroll, 1);
    auto *divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(divider);
    layout->addWidget(resultScroll);

    m_layers->setMasters(m_masters);
    m_layers->setPly(3);
    m_ply->setCurrentIndex(m_ply->findData(3));
    m_quantity->setValue(1000);
    connect(m_layers, &LayerTable::edited, this, &BoxCalculatorWidget::recalculate);
    connect(m_layers, &LayerTable::rowsResized, this, &BoxCalculatorWidget::updateTabOrder);

    styleChanged();
    unitChanged();
    updatePlaceholders();
    updateTabOrder();
    // Focusing the calculator (or tabbing into it from a surrounding form) starts at the length.
    setFocusProxy(m_length);
    m_length->setFocus();
    m_loading = false;
    recalculate();
}

BoxCalculatorWidget::~BoxCalculatorWidget() = default;

NumberEdit *BoxCalculatorWidget::numberEdit(const QString &field, const QString &placeholder) {
    const bool integer = field == QLatin1String("quantity") || field == QLatin1String("printing.moq");
    auto *edit = new NumberEdit(this, integer ? NumberEdit::Kind::Integer : NumberEdit::Kind::Decimal);
    edit->setObjectName(field);
    edit->setPlaceholderText(placeholder);
    edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000000.00")) + 16);
    m_fields.insert(field, edit);
    connect(edit, &QLineEdit::textChanged, this, &BoxCalculatorWidget::recalculate);
    return edit;
}

QWidget *BoxCalculatorWidget::buildBoxGroup() {
    auto *group = new QGroupBox(tr("Box"), this);
    m_length = numberEdit(QStringLiteral("length"));
    m_width = numberEdit(QStringLiteral("width"));
    m_height = numberEdit(QStringLiteral("height"));
    m_quantity = numberEdit(QStringLiteral("quantity"));
    const char *const unitNames[] = {"lengthUnit", "widthUnit", "heightUnit"};
    for (std::size_t i = 0; i < m_dimensionUnits.size(); ++i) {
        m_dimensionUnits[i] = unitLabel(QStringLiteral("mm"), group);
        m_dimensionUnits[i]->setObjectName(QLatin1String(unitNames[i]));
    }

    m_style = new QComboBox(group);
    m_style->setObjectName(QStringLiteral("style"));
    m_style->addItem(tr("0201 – Regular slotted (RSC)"), int(Style::Rsc0201));
    m_style->addItem(tr("0200 – Half slotted (HSC)"), int(Style::Hsc0200));
    m_style->addItem(tr("0203 – Full overlap (FOL)"), int(Style::Fol0203));
    m_style->addItem(tr("0204 – Centre special slotted"), int(Style::Css0204));
    m_style->addItem(tr("Flat sheet"), int(Style::Sheet));
    m_unit = new QComboBox(group);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("Millimetres (mm)"), int(Unit::Mm));
    m_unit->addItem(tr("Inches (in)"), int(Unit::In));
    m_measuredOn = new QComboBox(group);
    m_measuredOn->setObjectName(QStringLiteral("measuredOn"));
    m_measuredOn->addItem(tr("Inside (ID)"), int(MeasuredOn::Inside));
    m_measuredOn->addItem(tr("Outside (OD)"), int(MeasuredOn::Outside));
    m_measuredOn->setToolTip(tr("Outside dimensions are reduced by the board thickness of the ply (masters)"));
    for (QComboBox *combo : {m_style, m_unit, m_measuredOn}) {
        m_fields.insert(combo->objectName(), combo);
        combo->setMinimumWidth(combo->fontMetrics().horizontalAdvance(tr("0204 – Centre special slotted")) + 40);
    }

    auto *grid = new QGridLayout(group);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    const std::pair<QString, NumberEdit *> dims[] = {
        {tr("&Length"), m_length}, {tr("&Width"), m_width}, {tr("&Height"), m_height}};
    int row = 0;
    for (const auto &[text, edit] : dims) {
        auto *label = new QLabel(text, group);
        label->setBuddy(edit);
        grid->addWidget(label, row, 0);
        grid->addWidget(withUnit(edit, m_dimensionUnits[std::size_t(row)], group), row, 1);
        ++row;
    }
    auto *quantityLabel = new QLabel(tr("&Quantity"), group);
    quantityLabel->setBuddy(m_quantity);
    grid->addWidget(quantityLabel, row, 0);
    grid->addWidget(withUnit(m_quantity, unitLabel(tr("boxes"), group), group), row, 1);

    const std::pair<QString, QComboBox *> combos[] = {
        {tr("&Style"), m_style}, {tr("&Dimensions in"), m_unit}, {tr("&Measured"), m_measuredOn}};
    row = 0;
    for (const auto &[text, combo] : combos) {
        auto *label = new QLabel(text, group);
        label->setBuddy(combo);
        grid->addWidget(label, row, 3);
        grid->addWidget(combo, row, 4);
        ++row;
    }
    grid->setColumnMinimumWidth(2, 24);
    grid->setColumnStretch(5, 1);

    connect(m_style, &QComboBox::currentIndexChanged, this, &BoxCalculatorWidget::styleChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &BoxCalculatorWidget::unitChanged);
    connect(m_measuredOn, &QComboBox::currentIndexChanged, this, &BoxCalculatorWidget::recalculate);
    return group;
}

QWidget *BoxCalculatorWidget::buildBoardGroup() {
    auto *group = new QGroupBox(tr("Board"), this);
    m_ply = new QComboBox(group);
    m_ply->setObjectName(QStringLiteral("ply"));
    for (int ply : {1, 3, 5, 7, 9})
        m_ply->addItem(tr("%1-ply").arg(ply), ply);
    m_fields.insert(QStringLiteral("ply"), m_ply);
    m_fields.insert(QStringLiteral("layers"), m_ply);
    m_layers = new LayerTable(group);

    auto *plyLabel = new QLabel(tr("&Ply"), group);
    plyLabel->setBuddy(m_ply);
    auto *hint = new QLabel(tr("Outer liner first. Leave a manual rate blank to use the masters rate."), group);
    hint->setObjectName(QStringLiteral("layerHint"));
    hint->setStyleSheet(QStringLiteral("color: #607d8b;"));
    auto *top = new QHBoxLayout;
    top->addWidget(plyLabel);
    top->addWidget(m_ply);
    top->addSpacing(16);
    top->addWidget(hint);
    top->addStretch();

    auto *layout = new QVBoxLayout(group);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_layers, 0, Qt::AlignLeft);
    connect(m_ply, &QComboBox::currentIndexChanged, this, &BoxCalculatorWidget::plyChanged);
    return group;
}

QWidget *BoxCalculatorWidget::buildPrintingGroup() {
    m_printing = new QGroupBox(tr("P&rinting"), this);
    m_printing->setObjectName(QStringLiteral("printing"));
    m_printing->setCheckable(true);
    m_printing->setChecked(false);
    m_costPerPrint = numberEdit(QStringLiteral("printing.costPerPrint"), QStringLiteral("0.00"));
    m_plateCost = numberEdit(QStringLiteral("printing.plateCost"), QStringLiteral("0.00"));
    m_moq = numberEdit(QStringLiteral("printing.moq"), QStringLiteral("0"));
    m_moq->setToolTip(tr("Minimum prints charged: a shorter run still pays for this many"));
    m_colors = new QSpinBox(m_printing);
    m_colors->setObjectName(QStringLiteral("printing.colors"));
    m_colors->setRange(0, 12);
    m_colors->setAlignment(Qt::AlignRight);
    m_colors->setFixedWidth(m_costPerPrint->width());
    m_fields.insert(m_colors->objectName(), m_colors);
    m_printType = new QComboBox(m_printing);
    m_printType->setObjectName(QStringLiteral("printing.type"));
    m_printType->setEditable(true);
    m_printType->setInsertPolicy(QComboBox::NoInsert);
    m_printType->addItems({tr("Flexo"), tr("Offset"), tr("Screen"), tr("Digital")});
    m_printType->setFixedWidth(m_costPerPrint->width());
    m_fields.insert(m_printType->objectName(), m_printType);

    auto *form = compactForm(m_printing);
    form->addRow(tr("Cost per print"),
                 withUnit(m_costPerPrint, unitLabel(QStringLiteral("₹"), m_printing), m_printing));
    form->addRow(tr("Plate cost"), withUnit(m_plateCost, unitLabel(QStringLiteral("₹"), m_printing), m_printing));
    form->addRow(tr("MOQ"), withUnit(m_moq, unitLabel(tr("prints"), m_printing), m_printing));
    form->addRow(tr("Colours"), m_colors);
    form->addRow(tr("Type"), m_printType);

    connect(m_printing, &QGroupBox::toggled, this, &BoxCalculatorWidget::recalculate);
    connect(m_colors, &QSpinBox::valueChanged, this, &BoxCalculatorWidget::recalculate);
    connect(m_printType, &QComboBox::editTextChanged, this, &BoxCalculatorWidget::recalculate);
    return m_printing;
}

QWidget *BoxCalculatorWidget::buildLaminationGroup() {
    m_lamination = new QGroupBox(tr("Lami&nation"), this);
    m_lamination->setObjectName(QStringLiteral("lamination"));
    m_lamination->setCheckable(true);
    m_lamination->setChecked(false);
    m_laminationRate = numberEdit(QStringLiteral("lamination.ratePer100SqIn"), QStringLiteral("0.00"));
    m_laminationLength = numberEdit(QStringLiteral("lamination.lengthIn"));
    m_laminationWidth = numberEdit(QStringLiteral("lamination.widthIn"));
    m_laminationLength->setToolTip(tr("Leave blank to laminate the whole sheet length"));
    m_laminationWidth->setToolTip(tr("Leave blank to laminate the whole sheet width"));

    auto *form = compactForm(m_lamination);
    form->addRow(tr("Rate"), withUnit(m_laminationRate, unitLabel(tr("₹/100 sq in"), m_lamination), m_lamination));
    form->addRow(tr("Length"), withUnit(m_laminationLength, unitLabel(tr("in"), m_lamination), m_lamination));
    form->addRow(tr("Width"), withUnit(m_laminationWidth, unitLabel(tr("in"), m_lamination), m_lamination));
    connect(m_lamination, &QGroupBox::toggled, this, &BoxCalculatorWidget::recalculate);
    return m_lamination;
}

QWidget *BoxCalculatorWidget::buildOtherCostsGroup() {
    auto *group = new QGroupBox(tr("Other costs"), this);
    m_varnish = numberEdit(QStringLiteral("varnishPerBox"), QStringLiteral("0.00"));
    m_dieCost = numberEdit(QStringLiteral("dieCost"), QStringLiteral("0.00"));
    m_punching = numberEdit(QStringLiteral("punchingPerBox"), QStringLiteral("0.00"));
    m_dieCost->setToolTip(tr("The die for the whole order; it is spread over the quantity"));
    auto *form = compactForm(group);
    form->addRow(tr("Varnish"), withUnit(m_varnish, unitLabel(tr("₹/box"), group), group));
    form->addRow(tr("Die (order)"), withUnit(m_dieCost, unitLabel(QStringLiteral("₹"), group), group));
    form->addRow(tr("Punching"), withUnit(m_punching, unitLabel(tr("₹/box"), group), group));
    return group;
}

QWidget *BoxCalculatorWidget::buildOverridesGroup() {
    auto *group = new QGroupBox(tr("Allowances and business rates (blank = masters value, shown in grey)"), this);
    group->setObjectName(QStringLiteral("overrides"));
    m_glueFlap = numberEdit(QStringLiteral("glueFlapMm"));
    m_deckle = numberEdit(QStringLiteral("deckleMm"));
    m_maxLength = numberEdit(QStringLiteral("maxLengthMm"));
    m_sheetAllowance = numberEdit(QStringLiteral("sheetAllowanceMm"));
    m_conversion = numberEdit(QStringLiteral("conversionPerKg"));
    m_markup = numberEdit(QStringLiteral("markupPercent"));
    m_maxLength->setToolTip(tr("A longer sheet is made in two pieces with an extra joint flap; 0 = no limit"));

    auto *grid = new QGridLayout(group);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    const std::tuple<QString, NumberEdit *, QString> cells[] = {
        {tr("Glue flap"), m_glueFlap, QStringLiteral("mm")},
        {tr("Deckle allowance"), m_deckle, QStringLiteral("mm")},
        {tr("Max sheet length"), m_maxLength, QStringLiteral("mm")},
        {tr("Sheet allowance"), m_sheetAllowance, QStringLiteral("mm")},
        {tr("Conversion"), m_conversion, tr("₹/kg")},
        {tr("Markup"), m_markup, QStringLiteral("%")}};
    int i = 0;
    for (const auto &[text, edit, unit] : cells) {
        const int row = i % 2;
        const int column = (i / 2) * 3;
        auto *label = new QLabel(text, group);
        label->setBuddy(edit);
        grid->addWidget(label, row, column);
        grid->addWidget(withUnit(edit, unitLabel(unit, group), group), row, column + 1);
        ++i;
    }
    grid->setColumnMinimumWidth(2, 12);
    grid->setColumnMinimumWidth(5, 12);
    grid->setColumnStretch(8, 1);
    return group;
}

QWidget *BoxCalculatorWidget::buildResults() {
    m_resultsPanel = new QWidget;
    m_resultsPanel->setObjectName(QStringLiteral("results"));
    auto *layout = new QVBoxLayout(m_resultsPanel);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(10);

    m_message = new QLabel(m_resultsPanel);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setProperty("error", false);
    m_message->hide();
    layout->addWidget(m_message);

    auto *price = new QFrame(m_resultsPanel);
    price->setObjectName(QStringLiteral("priceBox"));
    auto *priceLayout = new QVBoxLayout(price);
    priceLayout->setContentsMargins(14, 10, 14, 10);
    priceLayout->setSpacing(2);
    auto *caption = new QLabel(tr("RATE PER BOX"), price);
    caption->setObjectName(QStringLiteral("rateCaption"));
    m_ratePerBox = valueLabel(QStringLiteral("ratePerBox"), price);
    m_ratePerBox->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_costPerBox = valueLabel(QStringLiteral("costPerBox"), price);
    m_costPerBox->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_orderCaption = new QLabel(tr("Order value"), price);
    m_orderCaption->setObjectName(QStringLiteral("orderCaption"));
    m_orderValue = valueLabel(QStringLiteral("orderValue"), price);
    priceLayout->addWidget(caption);
    priceLayout->addWidget(m_ratePerBox);
    priceLayout->addWidget(m_costPerBox);
    auto *line = new QFrame(price);
    line->setFrameShape(QFrame::HLine);
    line->setStyleSheet(QStringLiteral("color: #a5d0a8;"));
    priceLayout->addSpacing(4);
    priceLayout->addWidget(line);
    // Caption and amount on lines of their own: a crore-sized order still fits the narrow panel.
    priceLayout->addWidget(m_orderCaption);
    priceLayout->addWidget(m_orderValue);
    layout->addWidget(price);

    auto *sheet = new QGroupBox(tr("Sheet and board"), m_resultsPanel);
    auto *sheetForm = new QFormLayout(sheet);
    sheetForm->setVerticalSpacing(5);
    m_sheetMm = valueLabel(QStringLiteral("sheetMm"), sheet);
    m_sheetIn = valueLabel(QStringLiteral("sheetIn"), sheet);
    m_construction = valueLabel(QStringLiteral("construction"), sheet);
    m_weight = valueLabel(QStringLiteral("weight"), sheet);
    m_burst = valueLabel(QStringLiteral("burstStrength"), sheet);
    m_thickness = valueLabel(QStringLiteral("boardThickness"), sheet);
    m_ect = valueLabel(QStringLiteral("ect"), sheet);
    m_bct = valueLabel(QStringLiteral("bct"), sheet);
    // Short captions keep the panel narrow enough to sit beside the inputs in the main window; the full
    // names are in the tooltips.
    const std::pair<QString, QString> captions[] = {
        {tr("Sheet size"), tr("Cutting length × deckle (reel) width of the blank")},
        {QString(), QString()},
        {tr("Construction"), tr("Two-piece when the sheet is longer than the one-piece maximum")},
        {tr("Weight"), tr("Board weight of one box")},
        {tr("Burst (BS)"), tr("Bursting strength of the board")},
        {tr("Thickness"), tr("Board thickness: the sum of the flute heights")},
        {tr("ECT"), tr("Edge crush test of the board")},
        {tr("BCT"), tr("Box compression strength (McKee), from the ECT, the board thickness and the perimeter")}};
    QLabel *const values[] = {m_sheetMm, m_sheetIn, m_construction, m_weight, m_burst, m_thickness, m_ect, m_bct};
    for (std::size_t i = 0; i < std::size(values); ++i) {
        auto *label = new QLabel(captions[i].first, sheet);
        label->setToolTip(captions[i].second);
        values[i]->setToolTip(captions[i].second);
        sheetForm->addRow(label, values[i]);
    }
    layout->addWidget(sheet);

    auto *costs = new QGroupBox(tr("Cost per box"), m_resultsPanel);
    auto *costForm = new QFormLayout(costs);
    costForm->setVerticalSpacing(5);
    m_paperCost = valueLabel(QStringLiteral("cost.paper"), costs);
    m_printingCost = valueLabel(QStringLiteral("cost.printing"), costs);
    m_laminationCost = valueLabel(QStringLiteral("cost.lamination"), costs);
    m_varnishCost = valueLabel(QStringLiteral("cost.varnish"), costs);
    m_dieCostPerBox = valueLabel(QStringLiteral("cost.die"), costs);
    m_punchingCost = valueLabel(QStringLiteral("cost.punching"), costs);
    m_markupCost = valueLabel(QStringLiteral("cost.markup"), costs);
    m_conversionCost = valueLabel(QStringLiteral("cost.conversion"), costs);
    m_markupCaption = new QLabel(tr("Markup"), costs);
    m_conversionCaption = new QLabel(tr("Conversion"), costs);
    costForm->addRow(tr("Paper"), m_paperCost);
    costForm->addRow(tr("Printing"), m_printingCost);
    costForm->addRow(tr("Lamination"), m_laminationCost);
    costForm->addRow(tr("Varnish"), m_varnishCost);
    costForm->addRow(tr("Die"), m_dieCostPerBox);
    costForm->addRow(tr("Punching"), m_punchingCost);
    costForm->addRow(m_markupCaption, m_markupCost);
    costForm->addRow(m_conversionCaption, m_conversionCost);
    layout->addWidget(costs);
    layout->addStretch();

    m_resultGroups = {sheet, costs};
    // Wide enough for the usual values; longer ones wrap at their spaces instead of widening the panel.
    const QFontMetrics fm = m_resultsPanel->fontMetrics();
    m_resultsPanel->setFixedWidth(fm.horizontalAdvance(tr("Construction")) +
                                  fm.horizontalAdvance(QStringLiteral("0.2087 kg (208.7 g)")) + 76);
    for (QLabel *value : values)
        value->setWordWrap(true);
    return m_resultsPanel;
}

void BoxCalculatorWidget::setMasters(const costing::CostingMasters &masters) {
    m_masters = masters;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_layers->setMasters(m_masters);
    updatePlaceholders();
    m_loading = wasLoading;
    recalculate();
}

void BoxCalculatorWidget::setRateMemory(std::function<std::optional<double>(double bf, const QString &shade)> memory) {
    m_layers->setRateMemory(std::move(memory));
}

void BoxCalculatorWidget::setSpec(const costing::BoxSpec &spec) {
    m_loading = true;
    m_style->setCurrentIndex(std::max(0, m_style->findData(int(spec.style))));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(int(spec.unit))));
    m_measuredOn->setCurrentIndex(std::max(0, m_measuredOn->findData(int(spec.measuredOn))));
    auto positiveOrBlank = [](double v) { return v > 0 ? std::optional<double>(v) : std::nullopt; };
    m_length->setValue(positiveOrBlank(spec.length));
    m_width->setValue(positiveOrBlank(spec.width));
    m_height->setValue(spec.style == Style::Sheet ? std::nullopt : positiveOrBlank(spec.height));
    m_quantity->setValue(double(spec.quantity));
    m_layers->setLayers(spec);
    m_ply->setCurrentIndex(std::max(0, m_ply->findData(m_layers->ply())));

    m_glueFlap->setValue(spec.glueFlapMm);
    m_deckle->setValue(spec.deckleMm);
    m_maxLength->setValue(spec.maxLengthMm);
    m_sheetAllowance->setValue(spec.sheetAllowanceMm);
    m_conversion->setValue(spec.conversionPerKg);
    m_markup->setValue(spec.markupPercent);

    const costing::PrintingSpec printing = spec.printing.value_or(costing::PrintingSpec{});
    m_printing->setChecked(spec.printing.has_value());
    m_costPerPrint->setValue(spec.printing ? std::optional<double>(printing.costPerPrint) : std::nullopt);
    m_plateCost->setValue(spec.printing ? std::optional<double>(printing.plateCost) : std::nullopt);
    m_moq->setValue(spec.printing ? std::optional<double>(double(printing.moq)) : std::nullopt);
    m_colors->setValue(printing.colors);
    m_printType->setEditText(QString::fromStdString(printing.type));

    m_lamination->setChecked(spec.lamination.has_value());
    m_laminationRate->setValue(spec.lamination ? std::optional<double>(spec.lamination->ratePer100SqIn) : std::nullopt);
    m_laminationLength->setValue(spec.lamination ? spec.lamination->lengthIn : std::nullopt);
    m_laminationWidth->setValue(spec.lamination ? spec.lamination->widthIn : std::nullopt);

    auto nonZeroOrBlank = [](double v) { return v != 0 ? std::optional<double>(v) : std::nullopt; };
    m_varnish->setValue(nonZeroOrBlank(spec.varnishPerBox));
    m_dieCost->setValue(nonZeroOrBlank(spec.dieCost));
    m_punching->setValue(nonZeroOrBlank(spec.punchingPerBox));

    styleChanged();
    unitChanged();
    updatePlaceholders();
    m_loading = false;
    recalculate();
}

QWidget *BoxCalculatorWidget::fieldWidget(const QString &field) const {
    if (QWidget *w = m_fields.value(field))
        return w;
    const QRegularExpressionMatch layer = layerFieldPattern().match(field);
    if (layer.hasMatch())
        return m_layers->editor(layer.captured(1).toInt(), layer.captured(2));
    if (field == QLatin1String("flutes")) {
        QWidget *first = nullptr;
        for (int i = 1; i < m_layers->ply(); i += 2) {
            auto *combo = qobject_cast<QComboBox *>(m_layers->editor(i, QStringLiteral("flute")));
            const QString letter = combo ? combo->currentData().toString() : QString();
            if (combo && (letter.size() != 1 || !m_masters.flute(char(letter.front().toLatin1()))))
                return combo;
            if (!first)
                first = combo;
        }
        return first;
    }
    return nullptr;
}

QString BoxCalculatorWidget::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

QString BoxCalculatorWidget::fieldLabel(const QString &field) const {
    const QRegularExpressionMatch layer = layerFieldPattern().match(field);
    if (layer.hasMatch()) {
        const QString part = layer.captured(2);
        const QString name = part == QLatin1String("gsm")    ? tr("GSM")
                             : part == QLatin1String("bf")   ? tr("BF")
                             : part == QLatin1String("rct")  ? tr("RCT")
                             : part == QLatin1String("rate") ? tr("manual rate")
                                                             : tr("shade");
        return tr("Layer %1 %2").arg(layer.captured(1).toInt() + 1).arg(name);
    }
    static const QHash<QString, const char *> names = {
        {QStringLiteral("style"), QT_TR_NOOP("Style")},
        {QStringLiteral("unit"), QT_TR_NOOP("Dimensions in")},
        {QStringLiteral("measuredOn"), QT_TR_NOOP("Measured")},
        {QStringLiteral("length"), QT_TR_NOOP("Length")},
        {QStringLiteral("width"), QT_TR_NOOP("Width")},
        {QStringLiteral("height"), QT_TR_NOOP("Height")},
        {QStringLiteral("ply"), QT_TR_NOOP("Ply")},
        {QStringLiteral("layers"), QT_TR_NOOP("Layers")},
        {QStringLiteral("flutes"), QT_TR_NOOP("Flute")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("glueFlapMm"), QT_TR_NOOP("Glue flap")},
        {QStringLiteral("deckleMm"), QT_TR_NOOP("Deckle allowance")},
        {QStringLiteral("maxLengthMm"), QT_TR_NOOP("Max sheet length")},
        {QStringLiteral("sheetAllowanceMm"), QT_TR_NOOP("Sheet allowance")},
        {QStringLiteral("conversionPerKg"), QT_TR_NOOP("Conversion")},
        {QStringLiteral("markupPercent"), QT_TR_NOOP("Markup")},
        {QStringLiteral("printing.costPerPrint"), QT_TR_NOOP("Printing cost per print")},
        {QStringLiteral("printing.plateCost"), QT_TR_NOOP("Plate cost")},
        {QStringLiteral("printing.moq"), QT_TR_NOOP("Printing MOQ")},
        {QStringLiteral("printing.colors"), QT_TR_NOOP("Printing colours")},
        {QStringLiteral("lamination.ratePer100SqIn"), QT_TR_NOOP("Lamination rate")},
        {QStringLiteral("lamination.lengthIn"), QT_TR_NOOP("Lamination length")},
        {QStringLiteral("lamination.widthIn"), QT_TR_NOOP("Lamination width")},
        {QStringLiteral("varnishPerBox"), QT_TR_NOOP("Varnish")},
        {QStringLiteral("dieCost"), QT_TR_NOOP("Die cost")},
        {QStringLiteral("punchingPerBox"), QT_TR_NOOP("Punching")},
        {QStringLiteral("costPerBox"), QT_TR_NOOP("Cost per box")},
    };
    const char *name = names.value(field);
    return name ? tr(name) : field;
}

void BoxCalculatorWidget::readSpec() {
    costing::BoxSpec &s = m_spec;
    s.style = Style(m_style->currentData().toInt());
    s.unit = Unit(m_unit->currentData().toInt());
    s.measuredOn = MeasuredOn(m_measuredOn->currentData().toInt());
    s.length = m_length->value().value_or(0);
    s.width = m_width->value().value_or(0);
    s.height = s.style == Style::Sheet ? 0 : m_height->value().value_or(0);
    s.ply = m_ply->currentData().toInt();
    m_layers->readInto(s);
    s.quantity = std::llround(m_quantity->value().value_or(0));
    s.glueFlapMm = m_glueFlap->value();
    s.deckleMm = m_deckle->value();
    s.maxLengthMm = m_maxLength->value();
    s.sheetAllowanceMm = m_sheetAllowance->value();
    s.conversionPerKg = m_conversion->value();
    s.markupPercent = m_markup->value();
    if (m_printing->isChecked()) {
        costing::PrintingSpec p;
        p.costPerPrint = m_costPerPrint->value().value_or(0);
        p.plateCost = m_plateCost->value().value_or(0);
        p.moq = std::llround(m_moq->value().value_or(0));
        p.colors = m_colors->value();
        p.type = m_printType->currentText().trimmed().toStdString();
        s.printing = std::move(p);
    } else {
        s.printing.reset();
    }
    if (m_lamination->isChecked())
        s.lamination = costing::LaminationSpec{m_laminationRate->value().value_or(0), m_laminationLength->value(),
                                               m_laminationWidth->value()};
    else
        s.lamination.reset();
    s.varnishPerBox = m_varnish->value().value_or(0);
    s.dieCost = m_dieCost->value().value_or(0);
    s.punchingPerBox = m_punching->value().value_or(0);
}

void BoxCalculatorWidget::recalculate() {
    if (m_loading)
        return;
    readSpec();

    // A required field still blank is work in progress, not a mistake: ask for it without turning it red.
    QString blank;
    for (NumberEdit *edit : {m_length, m_width, m_height, m_quantity}) {
        if (edit->isBlank() && edit->isEnabled()) {
            blank = edit->objectName();
            break;
        }
    }
    if (blank.isEmpty())
        blank = m_layers->firstBlankField();

    if (!blank.isEmpty()) {
        m_hasResult = false;
        m_error = costing::CostingError{blank.toStdString(), "needs a value"};
        markField(QString(), QString());
        clearResults();
        showMessage(tr("Fill in “%1” to see the price.").arg(fieldLabel(blank)), false);
    } else if (costing::computeCosting(m_spec, m_masters, m_result, m_error)) {
        m_hasResult = true;
        markField(QString(), QString());
        showMessage(QString(), false);
        showResult();
    } else {
        m_hasResult = false;
        const QString field = QString::fromStdString(m_error.field);
        const QString text = QString::fromStdString(m_error.message);
        markField(field, text);
        clearResults();
        showMessage(field.isEmpty() ? text : tr("%1: %2").arg(fieldLabel(field), text), true);
    }
    emit resultChanged();
}

void BoxCalculatorWidget::markField(const QString &field, const QString &message) {
    QWidget *target = field.isEmpty() ? nullptr : fieldWidget(field);
    if (m_marked && m_marked != target)
        FieldMark::clear(m_marked);
    m_marked = target;
    if (target)
        FieldMark::set(target, message);
}

void BoxCalculatorWidget::showMessage(const QString &text, bool isError) {
    if (text.isEmpty()) {
        m_message->hide();
        return;
    }
    if (m_message->property("error").toBool() != isError) {
        m_message->setProperty("error", isError);
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
    }
    m_message->setText(text);
    m_message->show();
}

void BoxCalculatorWidget::showResult() {
    const costing::CostingResult &r = m_result;
    for (QGroupBox *group : std::as_const(m_resultGroups))
        group->setEnabled(true);
    m_ratePerBox->setEnabled(true);
    m_orderValue->setEnabled(true);

    m_ratePerBox->setText(rupeesFromPaise(r.ratePerBoxPaise));
    m_costPerBox->setText(tr("Before rounding: %1").arg(rupees4(r.costPerBox)));
    m_orderCaption->setText(tr("Order value · %1 boxes").arg(IndianFormat::grouped(m_spec.quantity)));
    m_orderValue->setText(rupeesFromPaise(r.totalValuePaise));

    m_sheetMm->setText(
        tr("%1 × %2 mm").arg(NumberEdit::format(r.sheet.lengthMm, 1), NumberEdit::format(r.sheet.widthMm, 1)));
    m_sheetIn->setText(
        tr("%1 × %2 in").arg(fixed(r.sheet.lengthMm / kMmPerInch, 2), fixed(r.sheet.widthMm / kMmPerInch, 2)));
    const bool twoPiece = r.sheet.extraFlap;
    m_construction->setText(twoPiece ? tr("Two-piece (extra joint flap)") : tr("One piece"));
    if (m_construction->property("twoPiece").toBool() != twoPiece) {
        m_construction->setProperty("twoPiece", twoPiece);
        m_construction->style()->unpolish(m_construction);
        m_construction->style()->polish(m_construction);
    }
    m_weight->setText(tr("%1 kg (%2 g)").arg(fixed(r.weightKg, 4), fixed(r.weightKg * 1000.0, 1)));
    m_burst->setText(tr("%1 kg/cm²").arg(fixed(r.burstStrength, 2)));
    m_thickness->setText(tr("%1 mm").arg(NumberEdit::format(r.boardThicknessMm, 2)));
    if (r.ectKnPerM > 0) {
        m_ect->setText(tr("%1 kN/m").arg(fixed(r.ectKnPerM, 2)));
        m_bct->setText(tr("%1 kgf (%2 N)").arg(fixed(r.bctKgf, 1), IndianFormat::grouped(std::llround(r.bctN))));
    } else {
        // Without ring crush values the strength is unknown, not zero.
        m_ect->setText(tr("needs RCT"));
        m_bct->setText(tr("needs RCT"));
    }

    const costing::CostBreakdown &c = r.costs;
    m_paperCost->setText(rupees(c.paper));
    m_printingCost->setText(rupees(c.printing));
    m_laminationCost->setText(rupees(c.lamination));
    m_varnishCost->setText(rupees(c.varnish));
    m_dieCostPerBox->setText(rupees(c.die));
    m_punchingCost->setText(rupees(c.punching));
    m_markupCost->setText(rupees(c.markup));
    m_conversionCost->setText(rupees(c.conversion));
    const double markup = m_spec.markupPercent.value_or(m_masters.markupPercent);
    const double conversion = m_spec.conversionPerKg.value_or(m_masters.conversionPerKg);
    m_markupCaption->setText(tr("Markup (%1 %)").arg(NumberEdit::format(markup, 2)));
    m_conversionCaption->setText(tr("Conversion (₹%1/kg)").arg(NumberEdit::format(conversion, 2)));

    m_layers->showResult(r);
    const QString sheetLength = fixed(r.sheet.lengthMm / kMmPerInch, 2);
    const QString sheetWidth = fixed(r.sheet.widthMm / kMmPerInch, 2);
    m_laminationLength->setPlaceholderText(sheetLength);
    m_laminationWidth->setPlaceholderText(sheetWidth);
}

void BoxCalculatorWidget::clearResults() {
    const QString none = QStringLiteral("–");
    for (QGroupBox *group : std::as_const(m_resultGroups))
        group->setEnabled(false);
    m_ratePerBox->setEnabled(false);
    m_orderValue->setEnabled(false);
    m_ratePerBox->setText(none);
    m_costPerBox->setText(QString());
    m_orderCaption->setText(tr("Order value"));
    for (QLabel *label : {m_orderValue, m_sheetMm, m_sheetIn, m_construction, m_weight, m_burst, m_thickness, m_ect,
                          m_bct, m_paperCost, m_printingCost, m_laminationCost, m_varnishCost, m_dieCostPerBox,
                          m_punchingCost, m_markupCost, m_conversionCost})
        label->setText(none);
    m_layers->clearResult();
    m_laminationLength->setPlaceholderText(tr("sheet"));
    m_laminationWidth->setPlaceholderText(tr("sheet"));
}

void BoxCalculatorWidget::styleChanged() {
    const bool sheet = Style(m_style->currentData().toInt()) == Style::Sheet;
    m_height->setEnabled(!sheet);
    m_dimensionUnits[2]->setEnabled(!sheet);
    m_measuredOn->setEnabled(!sheet);
    m_glueFlap->setEnabled(!sheet);
    m_deckle->setEnabled(!sheet);
    m_maxLength->setEnabled(!sheet);
    m_sheetAllowance->setEnabled(sheet);
    recalculate();
}

void BoxCalculatorWidget::unitChanged() {
    const QString unit = Unit(m_unit->currentData().toInt()) == Unit::In ? tr("in") : tr("mm");
    for (QLabel *label : m_dimensionUnits)
        label->setText(unit);
    recalculate();
}

void BoxCalculatorWidget::plyChanged() {
    updatePlaceholders();
    m_layers->setPly(m_ply->currentData().toInt()); // recalculates through LayerTable::edited
}

void BoxCalculatorWidget::updatePlaceholders() {
    const int ply = m_ply->currentData().toInt();
    const std::size_t pi = std::size_t(costing::isValidPly(ply) ? costing::plyIndex(ply) : 1);
    m_glueFlap->setPlaceholderText(NumberEdit::format(m_masters.glueFlapMm[pi], 2));
    m_deckle->setPlaceholderText(NumberEdit::format(m_masters.deckleMm[pi], 2));
    m_maxLength->setPlaceholderText(NumberEdit::format(m_masters.maxLengthMm, 2));
    m_sheetAllowance->setPlaceholderText(NumberEdit::format(m_masters.sheetAllowanceMm, 2));
    m_conversion->setPlaceholderText(fixed(m_masters.conversionPerKg, 2));
    m_markup->setPlaceholderText(NumberEdit::format(m_masters.markupPercent, 2));
}

void BoxCalculatorWidget::updateTabOrder() {
    QList<QWidget *> chain = {m_length, m_width, m_height, m_quantity, m_style, m_unit, m_measuredOn, m_ply};
    chain += m_layers->editors();
    chain +=
        {m_printing,       m_costPerPrint,     m_plateCost,       m_moq,        m_colors,  m_printType, m_lamination,
         m_laminationRate, m_laminationLength, m_laminationWidth, m_varnish,    m_dieCost, m_punching,  m_glueFlap,
         m_deckle,         m_maxLength,        m_sheetAllowance,  m_conversion, m_markup};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

} // namespace bcp::ui
