#include "calculator/LayerTable.h"

#include "calculator/NumberEdit.h"
#include "costing/BoxSpec.h"
#include "costing/CostingMasters.h"
#include "costing/CostingResult.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>

#include <algorithm>

namespace bcp::ui {

namespace {

const QString kDefaultShade = QStringLiteral("Kraft/Natural");
const QString kDefaultBf = QStringLiteral("18");
const QString kDefaultGsm = QStringLiteral("150");
const QString kDefaultFlute = QStringLiteral("B");

bool isFluteRow(int index) {
    return index % 2 == 1;
}

// Selects `text` in a fixed-list combo, adding it when the list does not have it (a value saved before
// the masters changed stays visible, and the engine then says what is wrong with it).
void selectText(QComboBox *combo, const QString &text) {
    int at = combo->findText(text, Qt::MatchFixedString);
    if (at < 0) {
        combo->addItem(text);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

void refill(QComboBox *combo, const QStringList &items) {
    const QString current = combo->currentText();
    combo->clear();
    combo->addItems(items);
    if (combo->isEditable())
        combo->setEditText(current);
    else if (!current.isEmpty())
        selectText(combo, current);
}

// Flute pickers show "B flute" and carry the letter as data; an unknown letter is added the same way.
void selectFlute(QComboBox *combo, const QString &letter) {
    int at = combo->findData(letter);
    if (at < 0) {
        combo->addItem(LayerTable::tr("%1 flute").arg(letter), letter);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

QTableWidgetItem *readOnlyItem(Qt::Alignment alignment) {
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

} // namespace

LayerTable::LayerTable(QWidget *parent) : QTableWidget(parent) {
    setObjectName(QStringLiteral("layerTable"));
    setColumnCount(ColumnCount);
    // Units on a second header line keep the columns as narrow as their numbers.
    setHorizontalHeaderLabels({tr("Layer"), tr("Shade"), tr("BF"), tr("GSM"), tr("RCT\nkN/m"), tr("Manual\n₹/kg"),
                               tr("Weight\ng"), tr("Rate\n₹/kg"), tr("Source"), tr("Cost\n₹")});
    horizontalHeaderItem(NameColumn)->setToolTip(tr("Outer liner first; a flute layer shows its flute letter"));
    horizontalHeaderItem(RctColumn)->setToolTip(tr("Ring crush test of the paper in kN/m (0 when unknown)"));
    horizontalHeaderItem(ManualRateColumn)
        ->setToolTip(tr("A paper rate in ₹/kg for this layer; leave blank to use the rate from the masters"));
    horizontalHeaderItem(WeightColumn)->setToolTip(tr("Weight of this layer in one box, in grams"));
    horizontalHeaderItem(SourceColumn)->setToolTip(tr("Where the rate came from: the masters or a manual rate"));
    horizontalHeaderItem(CostColumn)->setToolTip(tr("Paper cost of this layer per box, in rupees"));
    for (int c = GsmColumn; c <= CostColumn; ++c) {
        if (c != SourceColumn)
            horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    // Editors live in the cells; the table itself only lays them out, so Tab moves editor to editor.
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setTabKeyNavigation(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(false);
    verticalHeader()->hide();

    QComboBox probeCombo;
    QLineEdit probeEdit;
    const int rowHeight = std::max(probeCombo.sizeHint().height(), probeEdit.sizeHint().height()) + 2;
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(rowHeight);

    // Columns are as wide as their contents, no wider: a stretched shade picker only moves the numbers
    // away from the names they belong to.
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Fixed);
    const QFontMetrics fm(font());
    const int arrow = style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 12;
    auto widthFor = [&](int column, const QString &sample, int extra = 0) {
        int text = fm.horizontalAdvance(sample) + extra;
        for (const QString &line : horizontalHeaderItem(column)->text().split(QLatin1Char('\n')))
            text = std::max(text, fm.horizontalAdvance(line));
        setColumnWidth(column, text + 16);
    };
    widthFor(NameColumn, tr("Middle liner 2"));
    widthFor(ShadeColumn, QStringLiteral("Duplex Grey Back (LWC)"), arrow);
    widthFor(BfColumn, QStringLiteral("000"), arrow);
    widthFor(GsmColumn, QStringLiteral("0000"));
    widthFor(RctColumn, QStringLiteral("00.00"));
    widthFor(ManualRateColumn, QStringLiteral("000.00"));
    widthFor(WeightColumn, QStringLiteral("0000.00"));
    widthFor(RateColumn, QStringLiteral("000.00"));
    widthFor(SourceColumn, tr("masters"));
    widthFor(CostColumn, QStringLiteral("00.00"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedWidth(header->length() + 2 * frameWidth());
}

LayerTable::~LayerTable() = default;

void LayerTable::setMasters(const costing::CostingMasters &masters) {
    m_fluteLetters.clear();
    m_fluteTips.clear();
    for (const costing::Flute &f : masters.flutes) {
        m_fluteLetters << QString(QLatin1Char(f.letter));
        m_fluteTips << tr("%1 flute: take-up factor %2, height %3 mm")
                           .arg(QLatin1Char(f.letter))
                           .arg(NumberEdit::format(f.factor, 3), NumberEdit::format(f.heightMm, 2));
    }
    m_shades.clear();
    for (const costing::ShadePremium &s : masters.shadePremiums)
        m_shades << QString::fromStdString(s.shade);
    m_bfs.clear();
    for (const costing::BfPrice &p : masters.bfPrices)
        m_bfs << NumberEdit::format(p.bf, 2);

    const bool wasUpdating = m_updating;
    m_updating = true;
    for (Row &row : m_rows) {
        if (row.flute)
            fillFlutes(row.flute);
        fillShades(row.shade);
        fillBfs(row.bf);
    }
    m_updating = wasUpdating;
}

void LayerTable::fillFlutes(QComboBox *combo) const {
    const QString current = combo->currentData().toString();
    combo->clear();
    for (int i = 0; i < m_fluteLetters.size(); ++i) {
        combo->addItem(tr("%1 flute").arg(m_fluteLetters[i]), m_fluteLetters[i]);
        combo->setItemData(i, m_fluteTips[i], Qt::ToolTipRole);
    }
    if (!current.isEmpty())
        selectFlute(combo, current);
}

void LayerTable::fillShades(QComboBox *combo) const {
    refill(combo, m_shades);
}

void LayerTable::fillBfs(QComboBox *combo) const {
    refill(combo, m_bfs);
}

LayerTable::RowText LayerTable::defaultText(int index) const {
    RowText t;
    if (isFluteRow(index))
        t.flute =
            m_fluteLetters.contains(kDefaultFlute) || m_fluteLetters.isEmpty() ? kDefaultFlute : m_fluteLetters.front();
    t.shade =
        m_shades.contains(kDefaultShade, Qt::CaseInsensitive) || m_shades.isEmpty() ? kDefaultShade : m_shades.front();
    t.bf = m_bfs.contains(kDefaultBf) || m_bfs.isEmpty() ? kDefaultBf : m_bfs.front();
    t.gsm = kDefaultGsm;
    return t;
}

LayerTable::RowText LayerTable::rowText(int index) const {
    const Row &row = m_rows[std::size_t(index)];
    RowText t;
    if (row.flute)
        t.flute = row.flute->currentData().toString();
    t.shade = row.shade->currentText();
    t.bf = row.bf->currentText();
    t.gsm = row.gsm->text();
    t.rct = row.rct->text();
    t.rate = row.rate->text();
    return t;
}

void LayerTable::setRowText(int index, const RowText &t) {
    Row &row = m_rows[std::size_t(index)];
    if (row.flute)
        selectFlute(row.flute, t.flute);
    selectText(row.shade, t.shade);
    row.bf->setEditText(t.bf);
    row.gsm->setText(t.gsm);
    row.rct->setText(t.rct);
    row.rate->setText(t.rate);
}

void LayerTable::setPly(int ply) {
    if (!costing::isValidPly(ply) || ply == this->ply())
        return;
    const int old = this->ply();
    std::vector<RowText> before;
    for (int i = 0; i < old; ++i)
        before.push_back(rowText(i));

    std::vector<RowText> after;
    if (before.empty()) {
        for (int i = 0; i < ply; ++i)
            after.push_back(defaultText(i));
    } else if (ply == 1) {
        after.push_back(before.front());
    } else {
        const int kept = std::min(old, ply) - 1; // every row but the inner liner, up to the new size
        after.assign(before.begin(), before.begin() + kept);
        for (int i = kept; i < ply - 1; ++i) {
            const int previous = i - 2; // the same kind of layer one step further out
            after.push_back(previous >= 0 && (!isFluteRow(i) || previous >= 1) ? after[std::size_t(previous)]
                                                                               : defaultText(i));
        }
        after.push_back(before.back());
    }

    const bool wasUpdating = m_updating;
    m_updating = true;
    resizeRows(ply);
    for (int i = 0; i < ply; ++i)
        setRowText(i, after[std::size_t(i)]);
    m_updating = wasUpdating;
    notifyEdited();
}

void LayerTable::setLayers(const costing::BoxSpec &spec) {
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int count = std::clamp(spec.layerCount, 0, costing::kMaxLayers);
    resizeRows(std::max(count, 1));
    for (int i = 0; i < ply(); ++i) {
        RowText t;
        if (i < count) {
            const costing::LayerSpec &l = spec.layers[std::size_t(i)];
            const std::size_t k = std::size_t(i / 2);
            if (isFluteRow(i))
                t.flute = k < spec.flutes.size() ? QString(QLatin1Char(spec.flutes[k])) : QString();
            t.shade = QString::fromStdString(l.shade);
            t.bf = l.bf > 0 ? NumberEdit::format(l.bf) : QString();
            t.gsm = l.gsm > 0 ? NumberEdit::format(l.gsm) : QString();
            t.rct = l.rct != 0 ? NumberEdit::format(l.rct) : QString();
            t.rate = l.rate ? NumberEdit::format(*l.rate) : QString();
        } else {
            t = defaultText(i);
        }
        setRowText(i, t);
    }
    m_updating = wasUpdating;
}

void LayerTable::readInto(costing::BoxSpec &spec) const {
    spec.layerCount = ply();
    spec.flutes.clear();
    for (int i = 0; i < ply(); ++i) {
        const Row &row = m_rows[std::size_t(i)];
        costing::LayerSpec &l = spec.layers[std::size_t(i)];
        if (row.flute) {
            const QString letter = row.flute->currentData().toString();
            spec.flutes += letter.size() == 1 ? char(letter.front().toLatin1()) : '?';
        }
        l.shade = row.shade->currentText().toStdString();
        l.bf = NumberEdit::parse(row.bf->currentText()).value_or(0);
        l.gsm = row.gsm->value().value_or(0);
        l.rct = row.rct->value().value_or(0);
        l.rate = row.rate->value();
    }
}

QString LayerTable::firstBlankField() const {
    for (int i = 0; i < ply(); ++i) {
        const Row &row = m_rows[std::size_t(i)];
        if (row.bf->currentText().trimmed().isEmpty())
            return QStringLiteral("layers[%1].bf").arg(i);
        if (row.gsm->isBlank())
            return QStringLiteral("layers[%1].gsm").arg(i);
    }
    return {};
}

void LayerTable::showResult(const costing::CostingResult &result) {
    for (int i = 0; i < ply() && i < result.layerCount; ++i) {
        const costing::LayerResult &l = result.layers[std::size_t(i)];
        item(i, WeightColumn)->setText(QString::number(l.weightKg * 1000.0, 'f', 2));
        item(i, RateColumn)->setText(QString::number(l.rate, 'f', 2));
        item(i, SourceColumn)->setText(l.rateSource == costing::RateSource::Manual ? tr("manual") : tr("masters"));
        item(i, CostColumn)->setText(QString::number(l.cost, 'f', 2));
        if (l.rateSource == costing::RateSource::Master)
            m_rows[std::size_t(i)].rate->setPlaceholderText(QString::number(l.rate, 'f', 2));
    }
}

void LayerTable::clearResult() {
    const QString none = QStringLiteral("–");
    for (int i = 0; i < ply(); ++i) {
        for (int c = WeightColumn; c <= CostColumn; ++c)
            item(i, c)->setText(none);
        // The grey hint is a masters rate worked out for the last good input: without a result it would be stale.
        m_rows[std::size_t(i)].rate->setPlaceholderText(tr("masters"));
    }
}

QWidget *LayerTable::editor(int index, const QString &name) const {
    if (index < 0 || index >= ply())
        return nullptr;
    const Row &row = m_rows[std::size_t(index)];
    if (name == QLatin1String("flute"))
        return row.flute;
    if (name == QLatin1String("shade"))
        return row.shade;
    if (name == QLatin1String("bf"))
        return row.bf;
    if (name == QLatin1String("gsm"))
        return row.gsm;
    if (name == QLatin1String("rct"))
        return row.rct;
    if (name == QLatin1String("rate"))
        return row.rate;
    return nullptr;
}

QList<QWidget *> LayerTable::editors() const {
    QList<QWidget *> list;
    for (const Row &row : m_rows) {
        if (row.flute)
            list << row.flute;
        list << row.shade << row.bf << row.gsm << row.rct << row.rate;
    }
    return list;
}

int LayerTable::fittingHeight() const {
    return horizontalHeader()->sizeHint().height() + rowCount() * verticalHeader()->defaultSectionSize() +
           2 * frameWidth();
}

void LayerTable::resizeRows(int count) {
    const int before = ply();
    while (ply() > count) {
        removeRow(rowCount() - 1); // deletes the row's editors with it
        m_rows.pop_back();
    }
    while (ply() < count)
        addRow();
    updateNames();
    setFixedHeight(fittingHeight());
    if (before != count)
        emit rowsResized();
}

void LayerTable::addRow() {
    const int index = rowCount();
    insertRow(index);
    const QString prefix = QStringLiteral("layers[%1].").arg(index);
    Row row;

    // A flute layer's name cell holds its flute picker; the item under it still names the layer.
    setItem(index, NameColumn, readOnlyItem(Qt::AlignLeft));
    if (isFluteRow(index)) {
        row.flute = new QComboBox;
        row.flute->setObjectName(QStringLiteral("flutes[%1]").arg(index / 2));
        row.flute->setToolTip(tr("Flute of this layer; factors and heights come from the masters"));
        fillFlutes(row.flute);
        setCellWidget(index, NameColumn, row.flute);
        connect(row.flute, &QComboBox::currentIndexChanged, this, &LayerTable::notifyEdited);
    }

    row.shade = new QComboBox;
    row.shade->setObjectName(prefix + QStringLiteral("shade"));
    fillShades(row.shade);
    setCellWidget(index, ShadeColumn, row.shade);
    // The offer comes first, so the recalculation that follows already uses it.
    connect(row.shade, &QComboBox::currentIndexChanged, this, [this, index] { offerRememberedRate(index); });
    connect(row.shade, &QComboBox::currentIndexChanged, this, &LayerTable::notifyEdited);

    row.bf = new QComboBox;
    row.bf->setObjectName(prefix + QStringLiteral("bf"));
    row.bf->setEditable(true);
    row.bf->setInsertPolicy(QComboBox::NoInsert);
    row.bf->lineEdit()->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.bf->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}(\\.[0-9]{0,2})?")), row.bf));
    row.bf->setToolTip(tr("Bursting factor; pick one from the price list or type another (it then needs a "
                          "manual rate or a price in the masters)"));
    fillBfs(row.bf);
    setCellWidget(index, BfColumn, row.bf);
    connect(row.bf, &QComboBox::editTextChanged, this, [this, index] { offerRememberedRate(index); });
    connect(row.bf, &QComboBox::editTextChanged, this, &LayerTable::notifyEdited);

    row.gsm = new NumberEdit;
    row.gsm->setObjectName(prefix + QStringLiteral("gsm"));
    row.rct = new NumberEdit;
    row.rct->setObjectName(prefix + QStringLiteral("rct"));
    row.rct->setPlaceholderText(QStringLiteral("0"));
    row.rate = new NumberEdit;
    row.rate->setObjectName(prefix + QStringLiteral("rate"));
    row.rate->setToolTip(tr("Leave blank to use the masters rate (shown in grey)"));
    row.rate->setPlaceholderText(tr("masters"));
    const std::pair<NumberEdit *, int> edits[] = {
        {row.gsm, GsmColumn}, {row.rct, RctColumn}, {row.rate, ManualRateColumn}};
    for (const auto &[edit, column] : edits) {
        setCellWidget(index, column, edit);
        connect(edit, &QLineEdit::textChanged, this, &LayerTable::notifyEdited);
    }

    for (int c = WeightColumn; c <= CostColumn; ++c) {
        QTableWidgetItem *result = readOnlyItem(c == SourceColumn ? Qt::AlignLeft : Qt::AlignRight);
        result->setText(QStringLiteral("–"));
        result->setBackground(palette().brush(QPalette::AlternateBase));
        setItem(index, c, result);
    }
    m_rows.push_back(row);
}

void LayerTable::updateNames() {
    const int count = ply();
    const int flutes = (count - 1) / 2;
    for (int i = 0; i < count; ++i) {
        QString name;
        if (count == 1)
            name = tr("Liner");
        else if (i == 0)
            name = tr("Outer liner");
        else if (i == count - 1)
            name = tr("Inner liner");
        else if (isFluteRow(i))
            name = flutes == 1 ? tr("Flute") : tr("Flute %1").arg(i / 2 + 1);
        else
            name = count == 5 ? tr("Middle liner") : tr("Middle liner %1").arg(i / 2);
        item(i, NameColumn)->setText(name);
    }
}

void LayerTable::setRateMemory(RateMemory memory) {
    m_rateMemory = std::move(memory);
}

void LayerTable::offerRememberedRate(int index) {
    if (m_updating || !m_rateMemory || index >= ply())
        return;
    Row &row = m_rows[std::size_t(index)];
    const QString typed = row.rate->text();
    if (!typed.isEmpty() && typed != row.offered)
        return; // a rate the user typed is theirs to change
    const std::optional<double> bf = NumberEdit::parse(row.bf->currentText());
    const std::optional<double> remembered = bf ? m_rateMemory(*bf, row.shade->currentText()) : std::nullopt;
    row.offered = remembered ? NumberEdit::format(*remembered) : QString();
    row.rate->setToolTip(remembered ? tr("The rate last used for BF %1 %2; type over it, or clear it to use the "
                                         "masters rate")
                                          .arg(row.bf->currentText(), row.shade->currentText())
                                    : tr("Leave blank to use the masters rate (shown in grey)"));
    if (row.offered == typed)
        return;
    m_updating = true; // the edit that triggered the offer recalculates once for both
    row.rate->setText(row.offered);
    m_updating = false;
}

void LayerTable::notifyEdited() {
    if (!m_updating)
        emit edited();
}

} // namespace bcp::ui
