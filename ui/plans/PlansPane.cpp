#include "plans/PlansPane.h"

#include "accounts/MessageLabel.h"
#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "plans/PlanMatrixDelegate.h"
#include "plans/PlanMatrixModel.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/PlanService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bcp::ui {

PlansPane::PlansPane(Database &db, const Session &session, QWidget *parent)
    : PlansPane(db, session, Clock::system(), parent) {}

PlansPane::PlansPane(Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_session(session), m_plans(std::make_unique<PlanService>(db, clock)) {
    m_model = new PlanMatrixModel(this);
    build();
    reload();
}

PlansPane::~PlansPane() = default;

void PlansPane::build() {
    setObjectName(QStringLiteral("plansPane"));

    auto *title = makePaneTitle(tr("Plans & features"), this);
    auto *subtitle = makePaneSubtitle(tr("Tick what each plan includes and set its limits (double-click a number). "
                                         "Saving makes a new version of every changed plan; shops keep the version "
                                         "they are on until they renew."),
                                      this);

    m_banner = new MessageLabel(this);
    m_banner->setObjectName(QStringLiteral("plansBanner"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("plansMatrix"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlanMatrixDelegate(m_view));
    setUpCellGrid(m_view, 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("plansNote"));
    m_note->setPlaceholderText(tr("Why the plans change, e.g. \u201cPro gets WhatsApp from January\u201d"));
    m_note->setMaxLength(200);
    auto *noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setBuddy(m_note);
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("plansRevert"));
    m_revert->setToolTip(tr("Forget the edits not saved yet"));
    m_save = new QPushButton(tr("&Save as new versions"), this);
    m_save->setObjectName(QStringLiteral("plansSave"));
    m_save->setToolTip(tr("Ctrl+S"));
    m_save->setDefault(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(noteLabel);
    actions->addWidget(m_note, 1);
    actions->addWidget(m_revert);
    actions->addWidget(m_save);

    m_versions = new QLabel(this);
    m_versions->setObjectName(QStringLiteral("plansVersions"));
    m_versions->setWordWrap(true);
    dimText(m_versions);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_versions);
    layout->addLayout(actions);

    connect(addPaneShortcut(this, QKeySequence::Save), &QAction::triggered, this, &PlansPane::save);

    connect(m_save, &QPushButton::clicked, this, &PlansPane::save);
    connect(m_revert, &QPushButton::clicked, this, &PlansPane::revert);
    connect(m_model, &PlanMatrixModel::changedStateChanged, this, &PlansPane::updateButtons);

    const bool editable = m_session.can(perm::PlatformPlans);
    m_save->setVisible(editable);
    m_revert->setVisible(editable);
    m_note->setVisible(editable);
    noteLabel->setVisible(editable);
    if (!editable)
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void PlansPane::reload() {
    auto features = m_plans->features(m_session);
    if (!features) {
        m_banner->showError(features.error().message);
        return;
    }
    auto plans = m_plans->plans(m_session);
    if (!plans) {
        m_banner->showError(plans.error().message);
        return;
    }
    m_model->load(features.value(), plans.value());
    m_view->clearSpans();
    for (int row : m_model->categoryRows())
        m_view->setSpan(row, 0, 1, m_model->columnCount());
    // The plan headers carry two lines: name, then version and shops.
    m_view->horizontalHeader()->setMinimumHeight(m_view->fontMetrics().height() * 2 + 10);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    m_view->setColumnWidth(0, 19 * em);
    updateVersions();
    updateButtons();
}

void PlansPane::updateButtons() {
    const bool changed = m_model->hasChanges();
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
}

void PlansPane::updateVersions() {
    QStringList parts;
    const QLocale india(QLocale::English, QLocale::India);
    for (const Plan &p : m_model->plans()) {
        QString text = tr("%1 v%2").arg(p.current.name).arg(p.current.version);
        if (p.current.createdAt.isValid())
            text += tr(" of %1").arg(
                india.toString(p.current.createdAt.toLocalTime().date(), QStringLiteral("d MMM yyyy")));
        if (!p.current.note.isEmpty())
            text += QStringLiteral(" (") + p.current.note + QLatin1Char(')');
        parts << text;
    }
    m_versions->setText(tr("Current versions: %1").arg(parts.join(QStringLiteral(" \u00b7 "))));
}

void PlansPane::revert() {
    reload();
    m_banner->clearMessage();
}

bool PlansPane::save() {
    if (!m_model->hasChanges())
        return false;
    const QString note = m_note->text().trimmed();
    QStringList saved;
    for (int i = 0; i < m_model->plans().size(); ++i) {
        if (!m_model->isChanged(i))
            continue;
        const QString name = m_model->plans().at(i).current.name;
        auto version = m_plans->saveVersion(m_session, m_model->edit(i, note));
        if (!version) {
            const Error &e = version.error();
            QString text = e.field == QLatin1String("note") ? tr("Note: %1").arg(e.message) : e.text();
            if (!saved.isEmpty())
                text = tr("Saved %1. %2 was not saved: %3").arg(saved.join(QStringLiteral(", ")), name, text);
            else
                text = tr("%1 was not saved: %2").arg(name, text);
            m_banner->showError(text);
            if (e.field == QLatin1String("note"))
                m_note->setFocus();
            if (!saved.isEmpty()) {
                // What was saved is saved: show it, keeping the failed plan's edits would mix versions.
                reload();
            }
            return false;
        }
        saved << tr("%1 as version %2").arg(name).arg(version->version);
    }
    reload();
    m_note->clear();
    m_banner->showSuccess(tr("Saved %1. Shops already on these plans keep their version until they renew.")
                              .arg(saved.join(QStringLiteral(", "))));
    return true;
}

} // namespace bcp::ui
