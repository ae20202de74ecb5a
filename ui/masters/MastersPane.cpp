#include "masters/MastersPane.h"

#include "calculator/FieldMark.h"
#include "calculator/NumberEdit.h"
#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "masters/BfPriceModel.h"
#include "masters/FluteModel.h"
#include "masters/MastersItemDelegate.h"
#include "masters/MastersStore.h"
#include "masters/PlyDefaultsModel.h"
#include "masters/ServiceMastersStore.h"
#include "masters/ShadePremiumModel.h"
#include "services/Permissions.h"
#include "services/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bcp::ui {

namespace {

QWidget *withUnit(QWidget *field, const QString &unit, QWidget *parent) {
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(field);
    row->addWidget(new QLabel(unit, box));
    row->addStretch();
    return box;
}

} // namespace

MastersPane::MastersPane(std::unique_ptr<MastersStore> store, bool editable, QWidget *parent)
    : QWidget(parent), m_store(std::move(store)), m_editable(editable), m_bfModel(new BfPriceModel(m_edit, this)),
      m_shadeModel(new ShadePremiumModel(m_edit, this)), m_fluteModel(new FluteModel(m_edit, this)),
      m_plyModel(new PlyDefaultsModel(m_edit, this)) {
    setObjectName(QStringLiteral("mastersPane"));
    setWindowTitle(tr("Masters"));
    setStyleSheet(FieldMark::styleSheet() +
                  QStringLiteral("QLabel#message[tone=\"error\"] { color: #b71c1c; background: #fdecea;"
                                 " border: 1px solid #ef9a9a; border-radius: 4px; padding: 6px; }"
                                 "QLabel#message[tone=\"good\"] { color: #1b5e20; background: #e8f5e9;"
                                 " border: 1px solid #a5d6a7; border-radius: 4px; padding: 6px; }"
                                 "QLabel#message[tone=\"info\"] { color: #455a64; background: #eceff1;"
                                 " border: 1px solid #cfd8dc; border-radius: 4px; padding: 6px; }"));

    auto *title = makePaneTitle(tr("Masters"), this);
    title->setObjectName(QStringLiteral("mastersTitle"));
    auto *subtitle = makePaneSubtitle(tr("Paper prices and costing defaults for new calculations. Saved quotes keep "
                                         "the values they were made with."),
                                      this);
    subtitle->setObjectName(QStringLiteral("mastersSubtitle"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revert"));
    m_revert->setToolTip(tr("Drop the changes that are not saved"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Save the masters (Ctrl+S)"));
    m_save->setDefault(true);
    m_lastSaved = new QLabel(this);
    m_lastSaved->setObjectName(QStringLiteral("lastSaved"));
    dimText(m_lastSaved);
    m_lastSaved->hide();
    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(subtitle);
    heading->addWidget(m_lastSaved);
    auto *top = new QHBoxLayout;
    top->addLayout(heading, 1);
    top->addWidget(m_revert, 0, Qt::AlignBottom);
    top->addWidget(m_save, 0, Qt::AlignBottom);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setProperty("tone", QStringLiteral("info"));
    m_message->hide();

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    grid->addWidget(buildTable(tr("Paper base price by BF"), m_bfModel, m_bfView, 11, &m_addBf, &m_removeBf), 0, 0);
    grid->addWidget(buildTable(tr("Shades and premiums"), m_shadeModel, m_shadeView, 11, &m_addShade, &m_removeShade),
                    0, 1);
    grid->addWidget(buildGsmRules(), 0, 2);
    grid->addWidget(buildTable(tr("Flutes"), m_fluteModel, m_fluteView, 5), 1, 0);
    grid->addWidget(buildTable(tr("Per ply (mm)"), m_plyModel, m_plyView, 5), 1, 1);
    grid->addWidget(buildBusiness(), 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    grid->setRowStretch(2, 1);
    m_addBf->setObjectName(QStringLiteral("addBf"));
    m_removeBf->setObjectName(QStringLiteral("removeBf"));
    m_addShade->setObjectName(QStringLiteral("addShade"));
    m_removeShade->setObjectName(QStringLiteral("removeShade"));
    m_bfView->setObjectName(QStringLiteral("bfPrices"));
    m_shadeView->setObjectName(QStringLiteral("shadePremiums"));
    m_fluteView->setObjectName(QStringLiteral("flutes"));
    m_plyView->setObjectName(QStringLiteral("plyDefaults"));
    m_shadeView->setItemDelegateForColumn(ShadePremiumModel::ShadeColumn,
                                          new MastersItemDelegate(MastersItemDelegate::Kind::Text, m_shadeView));

    auto *scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_message);
    if (!m_editable) {
        auto *note = new QLabel(tr("Read-only: changing masters needs the “edit paper and costing masters” "
                                   "permission (owner or admin)."),
                                this);
        note->setObjectName(QStringLiteral("readOnlyNote"));
        dimText(note);
        layout->addWidget(note);
    }
    layout->addWidget(scroll, 1);

    for (MastersTableModel *model :
         std::initializer_list<MastersTableModel *>{m_bfModel, m_shadeModel, m_fluteModel, m_plyModel}) {
        model->setEditable(m_editable);
        connect(model, &MastersTableModel::edited, this, &MastersPane::edited);
    }
    for (QTableView *view : {m_bfView, m_shadeView, m_fluteView, m_plyView}) {
        if (!m_editable)
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    for (const Scalar &s : m_scalars)
        s.edit->setReadOnly(!m_editable);
    m_gst->setEnabled(m_editable);
    m_roundOff->setEnabled(m_editable);
    for (QPushButton *button : {m_save, m_revert, m_addBf, m_removeBf, m_addShade, m_removeShade})
        button->setVisible(m_editable);

    connect(m_save, &QPushButton::clicked, this, &MastersPane::save);
    connect(m_revert, &QPushButton::clicked, this, &MastersPane::revert);
    connect(m_addBf, &QPushButton::clicked, this, &MastersPane::addBf);
    connect(m_removeBf, &QPushButton::clicked, this, &MastersPane::removeBf);
    connect(m_addShade, &QPushButton::clicked, this, &MastersPane::addShade);
    connect(m_removeShade, &QPushButton::clicked, this, &MastersPane::removeShade);
    connect(addPaneShortcut(this, QKeySequence::Save), &QAction::triggered, this, &MastersPane::save);

    reload();
}

MastersPane::MastersPane(Database &db, const Session &session, QWidget *parent)
    : MastersPane(std::make_unique<ServiceMastersStore>(db, session), session.can(perm::MastersEdit), parent) {}

MastersPane::MastersPane(Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : MastersPane(std::make_unique<ServiceMastersStore>(db, session, clock), session.can(perm::MastersEdit), parent) {}

MastersPane::~MastersPane() {
    // The tables' models read m_edit, a member that is gone by the time QWidget deletes the children (and
    // hiding a table asks its model for sizes): the children go first, while everything they read is alive.
    qDeleteAll(findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly));
}

QWidget *MastersPane::buildTable(const QString &title, MastersTableModel *model, QTableView *&view, int visibleRows,
                                 QPushButton **add, QPushButton **remove) {
    auto *group = new QGroupBox(title, this);
    view = new QTableView(group);
    view->setModel(model);
    view->setItemDelegate(new MastersItemDelegate(MastersItemDelegate::Kind::Number, view));
    setUpCellGrid(view, 10);
    // The first column (BF, shade, flute, ply) as wide as its values, the others sharing the rest: equal shares
    // would cut off a long title ("Take-up factor") beside a short first one ("Flute").
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view->setAlternatingRowColors(true);
    // Tab leaves the table for the next field, as in the rest of the form.
    view->setTabKeyNavigation(false);
    // Never narrower than the column titles: a stretched header would otherwise cut them off.
    int titles = 2 * view->frameWidth() + view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int c = 0; c < model->columnCount(); ++c)
        titles += view->horizontalHeader()->sectionSizeHint(c);
    view->setMinimumWidth(titles);
    view->setMinimumHeight(view->horizontalHeader()->sizeHint().height() +
                           visibleRows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth());

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(view);
    if (add && remove) {
        *add = new QPushButton(tr("Add"), group);
        *remove = new QPushButton(tr("Remove"), group);
        (*add)->setToolTip(tr("Add a row and start typing it"));
        (*remove)->setToolTip(tr("Remove the selected row"));
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(*add);
        buttons->addWidget(*remove);
        buttons->addStretch();
        layout->addLayout(buttons);
    }
    return group;
}

NumberEdit *MastersPane::scalarEdit(const QString &field, double &(*value)(costing::CostingMasters &), int decimals) {
    auto *edit = new NumberEdit(this, NumberEdit::Kind::Decimal, NumberEdit::Sign::Any);
    edit->setObjectName(field);
    edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("000000.00")) + 16);
    m_scalars.push_back(Scalar{edit, value, decimals});
    const std::size_t at = m_scalars.size() - 1;
    connect(edit, &QLineEdit::textChanged, this, [this, at] { scalarEdited(m_scalars[at]); });
    return edit;
}

QWidget *MastersPane::buildGsmRules() {
    auto *group = new QGroupBox(tr("GSM rules and market"), this);
    auto *lowLimit = scalarEdit(QStringLiteral("gsmRules.lowLimit"),
                                [](costing::CostingMasters &m) -> double & { return m.gsmRules.lowLimit; });
    auto *lowAdj = scalarEdit(
        QStringLiteral("gsmRules.lowAdj"), [](costing::CostingMasters &m) -> double & { return m.gsmRules.lowAdj; }, 2);
    auto *highLimit = scalarEdit(QStringLiteral("gsmRules.highLimit"),
                                 [](costing::CostingMasters &m) -> double & { return m.gsmRules.highLimit; });
    auto *highAdj = scalarEdit(
        QStringLiteral("gsmRules.highAdj"), [](costing::CostingMasters &m) -> double & { return m.gsmRules.highAdj; },
        2);
    auto *market = scalarEdit(
        QStringLiteral("gsmRules.market"), [](costing::CostingMasters &m) -> double & { return m.gsmRules.market; }, 2);
    market->setToolTip(tr("Added to every masters paper rate; negative for a market discount"));

    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Light paper up to"), withUnit(lowLimit, tr("GSM"), group));
    form->addRow(tr("adds"), withUnit(lowAdj, tr("₹/kg"), group));
    form->addRow(tr("Heavy paper from"), withUnit(highLimit, tr("GSM"), group));
    form->addRow(tr("adds"), withUnit(highAdj, tr("₹/kg"), group));
    form->addRow(tr("Market adjustment"), withUnit(market, tr("₹/kg"), group));
    return group;
}

QWidget *MastersPane::buildBusiness() {
    auto *group = new QGroupBox(tr("Sheet and business defaults"), this);
    auto *maxLength =
        scalarEdit(QStringLiteral("maxLengthMm"), [](costing::CostingMasters &m) -> double & { return m.maxLengthMm; });
    maxLength->setToolTip(tr("Longest one-piece sheet; a longer box gets an extra joint flap. 0 = no limit"));
    auto *allowance = scalarEdit(QStringLiteral("sheetAllowanceMm"),
                                 [](costing::CostingMasters &m) -> double & { return m.sheetAllowanceMm; });
    auto *conversion = scalarEdit(
        QStringLiteral("conversionPerKg"), [](costing::CostingMasters &m) -> double & { return m.conversionPerKg; }, 2);
    auto *markup = scalarEdit(QStringLiteral("markupPercent"),
                              [](costing::CostingMasters &m) -> double & { return m.markupPercent; });
    m_gst = new QComboBox(group);
    m_gst->setObjectName(QStringLiteral("gstPercent"));
    for (double rate : costing::kGstRates)
        m_gst->addItem(tr("%1 %").arg(NumberEdit::format(rate, 2)), rate);
    m_gst->setToolTip(tr("GST rate of boxes (HSN 4819) on quotes and invoices"));
    m_roundOff = new QCheckBox(tr("Round invoice totals to the rupee"), group);
    m_roundOff->setObjectName(QStringLiteral("roundOff"));

    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Max sheet length"), withUnit(maxLength, tr("mm"), group));
    form->addRow(tr("Flat sheet allowance"), withUnit(allowance, tr("mm"), group));
    form->addRow(tr("Conversion cost"), withUnit(conversion, tr("₹/kg"), group));
    form->addRow(tr("Markup"), withUnit(markup, tr("%"), group));
    form->addRow(tr("GST"), m_gst);
    form->addRow(QString(), m_roundOff);

    connect(m_gst, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_edit.gstPercent = m_gst->currentData().toDouble();
        edited();
    });
    connect(m_roundOff, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        m_edit.roundOff = on;
        edited();
    });
    return group;
}

bool MastersPane::reload() {
    Result<costing::CostingMasters> loaded = m_store->load();
    if (!loaded) {
        showMessage(tr("The masters could not be loaded: %1").arg(loaded.error().text()), Tone::Error);
        m_save->setEnabled(false);
        m_revert->setEnabled(false);
        return false;
    }
    m_saved = std::move(loaded).value();
    m_edit = m_saved;
    showMasters();
    showMessage(QString(), Tone::Info);
    m_lastSaved->setText(m_store->lastSaved());
    m_lastSaved->setVisible(!m_lastSaved->text().isEmpty());
    return true;
}

void MastersPane::revert() {
    if (reload())
        return;
    // The store cannot be read just now (its error is on screen): at least drop the edits.
    m_edit = m_saved;
    showMasters();
}

void MastersPane::showMasters() {
    m_loading = true;
    clearMarks();
    for (MastersTableModel *model :
         std::initializer_list<MastersTableModel *>{m_bfModel, m_shadeModel, m_fluteModel, m_plyModel})
        model->reload();
    for (const Scalar &s : m_scalars)
        s.edit->setText(s.decimals < 0 ? NumberEdit::format(s.value(m_edit))
                                       : QString::number(s.value(m_edit), 'f', s.decimals));
    int gst = m_gst->findData(m_edit.gstPercent);
    if (gst < 0) {
        // A rate outside the legal list can only come from old data: show it so validation can name it.
        m_gst->addItem(tr("%1 %").arg(NumberEdit::format(m_edit.gstPercent, 2)), m_edit.gstPercent);
        gst = m_gst->count() - 1;
    }
    m_gst->setCurrentIndex(gst);
    m_roundOff->setChecked(m_edit.roundOff);
    m_loading = false;
    updateButtons();
}

void MastersPane::scalarEdited(const Scalar &scalar) {
    if (m_loading)
        return;
    if (const std::optional<double> v = scalar.edit->value())
        scalar.value(m_edit) = *v;
    edited();
}

void MastersPane::edited() {
    if (m_loading)
        return;
    const Result<void> valid = validate();
    if (!valid) {
        showError(valid.error().field, valid.error().message);
    } else {
        clearMarks();
        showMessage(isModified() ? tr("Changes not saved yet (Ctrl+S saves).") : QString(), Tone::Info);
    }
    updateButtons();
}

Result<void> MastersPane::validate() const {
    for (const Scalar &s : m_scalars) {
        if (!s.edit->value())
            return Error::invalid(s.edit->objectName(), tr("enter a number"));
    }
    return m_store->check(m_edit);
}

bool MastersPane::isModified() const {
    if (m_edit != m_saved)
        return true;
    // Every number typed reaches m_edit at once; a cleared field does not, but it is still a change.
    return std::any_of(m_scalars.begin(), m_scalars.end(), [](const Scalar &s) { return !s.edit->value(); });
}

bool MastersPane::save() {
    if (!m_editable)
        return false;
    std::stable_sort(m_edit.bfPrices.begin(), m_edit.bfPrices.end(),
                     [](const costing::BfPrice &a, const costing::BfPrice &b) { return a.bf < b.bf; });
    m_bfModel->reload();
    const Result<void> valid = validate();
    if (!valid) {
        showError(valid.error().field, valid.error().message);
        return false;
    }
    const Result<void> saved = m_store->save(m_edit);
    if (!saved) {
        if (saved.error().field.isEmpty())
            showMessage(tr("The masters were not saved: %1").arg(saved.error().message), Tone::Error);
        else
            showError(saved.error().field, saved.error().message);
        return false;
    }
    m_saved = m_edit;
    showMasters();
    showMessage(tr("Masters saved. New calculations use them from now on."), Tone::Good);
    m_lastSaved->setText(m_store->lastSaved());
    m_lastSaved->setVisible(!m_lastSaved->text().isEmpty());
    emit mastersSaved(m_saved);
    return true;
}

void MastersPane::showError(const QString &field, const QString &message) {
    clearMarks();
    for (auto [model, view] : {std::pair<MastersTableModel *, QTableView *>{m_bfModel, m_bfView},
                               {m_shadeModel, m_shadeView},
                               {m_fluteModel, m_fluteView},
                               {m_plyModel, m_plyView}}) {
        if (model->markField(field, message)) {
            view->scrollTo(model->indexOf(field));
            break;
        }
    }
    QWidget *widget = findChild<QWidget *>(field);
    if (widget && (widget == m_gst || qobject_cast<NumberEdit *>(widget))) {
        FieldMark::set(widget, message);
        m_marked = widget;
    }
    showMessage(field.isEmpty() ? message : tr("%1: %2").arg(fieldLabel(field), message), Tone::Error);
}

void MastersPane::clearMarks() {
    for (MastersTableModel *model :
         std::initializer_list<MastersTableModel *>{m_bfModel, m_shadeModel, m_fluteModel, m_plyModel})
        model->clearMark();
    if (m_marked) {
        FieldMark::clear(m_marked);
        m_marked = nullptr;
    }
}

void MastersPane::showMessage(const QString &text, Tone tone) {
    if (text.isEmpty()) {
        m_message->hide();
        m_message->clear();
        return;
    }
    const char *name = tone == Tone::Error ? "error" : tone == Tone::Good ? "good" : "info";
    if (m_message->property("tone").toString() != QLatin1String(name)) {
        m_message->setProperty("tone", QString::fromLatin1(name));
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
    }
    m_message->setText(text);
    m_message->show();
}

QString MastersPane::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void MastersPane::updateButtons() {
    const bool modified = m_editable && isModified();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    m_removeBf->setEnabled(m_editable && m_bfModel->rowCount() > 0);
    m_removeShade->setEnabled(m_editable && m_shadeModel->rowCount() > 0);
}

QString MastersPane::fieldLabel(const QString &field) const {
    static const QRegularExpression path(QStringLiteral("^(\\w+)(?:\\.(.+?))?(?:\\.(factor|heightMm))?$"));
    const QRegularExpressionMatch m = path.match(field);
    const QString head = m.captured(1);
    const QString key = m.captured(2);
    const QString tail = m.captured(3);
    if (head == QLatin1String("bfPrices"))
        return tr("Price of BF %1").arg(key);
    if (head == QLatin1String("shadePremiums"))
        return key.isEmpty() ? tr("Shades") : tr("Shade “%1”").arg(key);
    if (head == QLatin1String("flutes")) {
        if (tail == QLatin1String("factor"))
            return tr("Flute %1 take-up factor").arg(key);
        if (tail == QLatin1String("heightMm"))
            return tr("Flute %1 height").arg(key);
        return key.isEmpty() ? tr("Flutes") : tr("Flute %1").arg(key);
    }
    if (head == QLatin1String("plyThicknessMm"))
        return tr("%1-ply board thickness").arg(key);
    if (head == QLatin1String("glueFlapMm"))
        return tr("%1-ply glue flap").arg(key);
    if (head == QLatin1String("deckleMm"))
        return tr("%1-ply deckle allowance").arg(key);
    if (head == QLatin1String("extraFlapMm"))
        return tr("%1-ply extra joint flap").arg(key);
    if (head == QLatin1String("gsmRules")) {
        if (key == QLatin1String("lowLimit"))
            return tr("Light paper GSM limit");
        if (key == QLatin1String("lowAdj"))
            return tr("Light paper adjustment");
        if (key == QLatin1String("highLimit"))
            return tr("Heavy paper GSM limit");
        if (key == QLatin1String("highAdj"))
            return tr("Heavy paper adjustment");
        return tr("Market adjustment");
    }
    if (head == QLatin1String("maxLengthMm"))
        return tr("Max sheet length");
    if (head == QLatin1String("sheetAllowanceMm"))
        return tr("Flat sheet allowance");
    if (head == QLatin1String("conversionPerKg"))
        return tr("Conversion cost");
    if (head == QLatin1String("markupPercent"))
        return tr("Markup");
    if (head == QLatin1String("gstPercent"))
        return tr("GST");
    return field;
}

void MastersPane::addBf() {
    const QModelIndex at = m_bfModel->appendRow();
    if (!at.isValid())
        return;
    m_bfView->setCurrentIndex(at);
    m_bfView->setFocus();
    m_bfView->edit(at);
}

void MastersPane::removeBf() {
    const QModelIndex current = m_bfView->currentIndex();
    const int row = current.isValid() ? current.row() : m_bfModel->rowCount() - 1;
    if (row >= 0)
        m_bfModel->removeRows(row, 1);
}

void MastersPane::addShade() {
    const QModelIndex at = m_shadeModel->appendRow();
    if (!at.isValid())
        return;
    m_shadeView->setCurrentIndex(at);
    m_shadeView->setFocus();
    m_shadeView->edit(at);
}

void MastersPane::removeShade() {
    const QModelIndex current = m_shadeView->currentIndex();
    const int row = current.isValid() ? current.row() : m_shadeModel->rowCount() - 1;
    if (row >= 0)
        m_shadeModel->removeRows(row, 1);
}

} // namespace bcp::ui
