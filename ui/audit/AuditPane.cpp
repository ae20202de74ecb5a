#include "audit/AuditPane.h"

#include "audit/AuditDetailView.h"
#include "audit/AuditJob.h"
#include "audit/AuditLogModel.h"
#include "common/FilterWidgets.h"
#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "data/Database.h"
#include "money/IndianFormat.h"
#include "services/Permissions.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

QComboBox *facetCombo(const QString &name, const QString &anyText, QWidget *parent) {
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(anyText, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(10);
    return combo;
}

} // namespace

AuditPane::AuditPane(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_audit(std::make_unique<AuditService>(db)),
      m_model(new AuditLogModel(*m_audit, m_session, this)) {
    build();
    reloadFacets();
    applyFilter();
}

AuditPane::~AuditPane() {
    // The job's thread must end before the widgets it reports to go away.
    delete m_job.data();
    delete m_progress.data();
}

void AuditPane::build() {
    setObjectName(QStringLiteral("auditPane"));

    auto *title = makePaneTitle(tr("Audit log"), this);
    auto *subtitle =
        makePaneSubtitle(tr("Every change made in this shop, who made it, where and when. Entries cannot be "
                            "edited or deleted, and each one seals the one before it."),
                         this);

    m_from = makeBoundDateEdit(QStringLiteral("auditFrom"), QStringLiteral("yyyy-MM-dd"), this);
    m_to = makeBoundDateEdit(QStringLiteral("auditTo"), QStringLiteral("yyyy-MM-dd"), this);
    m_actor = facetCombo(QStringLiteral("auditActor"), tr("Anyone"), this);
    m_action = facetCombo(QStringLiteral("auditAction"), tr("Any action"), this);
    m_entity = facetCombo(QStringLiteral("auditEntity"), tr("Anything"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search entity id, before or after"));
    m_search->setToolTip(tr("Finds the entries where each word you type starts a word of the entity id, the before "
                            "or the after values, e.g. \"kum\" finds Kumar Traders and \"0001\" finds QT/25-26/0001"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    auto *clear = new QPushButton(tr("C&lear filters"), this);
    clear->setObjectName(QStringLiteral("auditClear"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(makeCaption(tr("&From"), m_from, this));
    filters->addWidget(m_from);
    filters->addWidget(makeCaption(tr("&To"), m_to, this));
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(makeCaption(tr("&Actor"), m_actor, this));
    filters->addWidget(m_actor);
    filters->addWidget(makeCaption(tr("Acti&on"), m_action, this));
    filters->addWidget(m_action);
    filters->addWidget(makeCaption(tr("&Entity"), m_entity, this));
    filters->addWidget(m_entity);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);
    filters->addWidget(clear);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    setUpRowList(m_view, RowSelection::Single, 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(AuditLogModel::TimeColumn, 12 * em);
    m_view->setColumnWidth(AuditLogModel::ActorColumn, 9 * em);
    m_view->setColumnWidth(AuditLogModel::WorkstationColumn, 9 * em);
    m_view->setColumnWidth(AuditLogModel::ActionColumn, 13 * em);
    m_view->setColumnWidth(AuditLogModel::EntityColumn, 11 * em);

    m_detail = new AuditDetailView(this);

    auto *splitter = makeListDetailSplitter(Qt::Vertical, m_view, m_detail, 3, 2, this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify = new QPushButton(tr("C&heck chain"), this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setToolTip(tr("Recompute every entry's seal and report the first one that does not hold"));
    m_exportCsv = new QPushButton(tr("Export &CSV\u2026"), this);
    m_exportCsv->setObjectName(QStringLiteral("auditExportCsv"));
    m_exportJson = new QPushButton(tr("Export &JSON\u2026"), this);
    m_exportJson->setObjectName(QStringLiteral("auditExportJson"));
    const bool mayExport = m_session.can(perm::AuditExport);
    m_exportCsv->setVisible(mayExport);
    m_exportJson->setVisible(mayExport);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_verify);
    actions->addWidget(m_exportCsv);
    actions->addWidget(m_exportJson);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    addSearchShortcut(this, m_search);

    m_searchPause = makeSearchPause(m_search, kSearchPauseMs, this);
    connect(m_searchPause, &QTimer::timeout, this, &AuditPane::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &AuditPane::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPane::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPane::applyFilter);
    for (QComboBox *combo : {m_actor, m_action, m_entity})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &AuditPane::applyFilter);
    connect(clear, &QPushButton::clicked, this, &AuditPane::clearFilters);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPane::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &AuditDetailView::clear);
    connect(m_model, &PagedTableModel::pageLoaded, this, &AuditPane::updateStatus);
    connect(m_model, &PagedTableModel::fetchFailed, this, &AuditPane::updateStatus);

    connect(m_verify, &QPushButton::clicked, this, &AuditPane::verifyChain);
    connect(m_exportCsv, &QPushButton::clicked, this, &AuditPane::exportCsv);
    connect(m_exportJson, &QPushButton::clicked, this, &AuditPane::exportJson);
}

AuditFilter AuditPane::currentFilter() const {
    AuditFilter f;
    // Calendar days of this computer's clock, as the list shows times.
    if (const QDate from = boundDate(m_from); from.isValid())
        f.from = QDateTime(from, QTime(0, 0)).toUTC();
    if (const QDate to = boundDate(m_to); to.isValid())
        f.to = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    f.actor = m_actor->currentData().toString();
    f.action = m_action->currentData().toString();
    f.entityType = m_entity->currentData().toString();
    f.text = m_search->text().trimmed();
    return f;
}

void AuditPane::applyFilter() {
    m_searchPause->stop();
    m_model->setFilter(currentFilter());
    updateStatus();
}

void AuditPane::clearFilters() {
    const QSignalBlocker blockFrom(m_from), blockTo(m_to), blockActor(m_actor), blockAction(m_action),
        blockEntity(m_entity), blockSearch(m_search);
    clearBoundDate(m_from);
    clearBoundDate(m_to);
    m_actor->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_entity->setCurrentIndex(0);
    m_search->clear();
    applyFilter();
}

void AuditPane::setFacet(QComboBox *combo, const QStringList &values) {
    const QSignalBlocker block(combo);
    const QString current = combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(combo->count() - 1);
    for (const QString &value : values)
        combo->addItem(value, value);
    // A value chosen earlier stays chosen even if its entries are no longer there.
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(current, current);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void AuditPane::reloadFacets() {
    auto facets = m_audit->facets(m_session);
    if (!facets) {
        m_status->setText(facets.error().text());
        return;
    }
    setFacet(m_actor, facets->actors);
    setFacet(m_action, facets->actions);
    setFacet(m_entity, facets->entityTypes);
}

void AuditPane::updateStatus() {
    if (!m_model->errorText().isEmpty()) {
        m_status->setText(m_model->errorText());
        return;
    }
    const QString count = IndianFormat::grouped(m_model->rowCount());
    if (m_model->rowCount() == 0)
        m_status->setText(m_model->filter().isEmpty() ? tr("The audit log is empty.")
                                                      : tr("No entries match the filters."));
    else if (m_model->atEnd())
        m_status->setText(m_model->rowCount() == 1 ? tr("1 entry") : tr("%1 entries").arg(count));
    else
        m_status->setText(tr("Newest %1 entries shown; older ones load as you scroll").arg(count));
}

void AuditPane::showSelected() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    auto entry = m_audit->entry(m_session, m_model->idAt(current.row()));
    if (!entry) {
        m_detail->showMessage(entry.error().text());
        return;
    }
    m_detail->showEntry(entry.value());
}

QProgressDialog *AuditPane::progressDialog() const {
    return m_progress.data();
}

bool AuditPane::isBusy() const {
    return !m_job.isNull();
}

void AuditPane::exportCsv() {
    const QString name =
        QStringLiteral("audit-log-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QDir::home().filePath(name),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(AuditExportFormat::Csv, path);
}

void AuditPane::exportJson() {
    const QString name =
        QStringLiteral("audit-log-%1.json").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QDir::home().filePath(name),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(AuditExportFormat::Json, path);
}

void AuditPane::exportTo(AuditExportFormat format, const QString &path) {
    if (isBusy())
        return;
    // Exactly what the list shows.
    const AuditFilter filter = m_model->filter();
    const Session session = m_session;
    auto work = [session, filter, format, path](Database &db, const AuditJob::Progress &progress) -> Result<QString> {
        // A file appears only complete; a cancelled or failed export leaves nothing behind.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error::unavailable(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        AuditService audit(db);
        auto exported = audit.exportRows(session, filter, format, file, progress);
        if (!exported) {
            file.cancelWriting();
            return exported.error();
        }
        if (exported->cancelled) {
            file.cancelWriting();
            return Error::conflict(tr("The export was cancelled; no file was written."));
        }
        if (!file.commit())
            return Error::unavailable(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return tr("Exported %1 entries to %2.")
            .arg(IndianFormat::grouped(exported->rows), QDir::toNativeSeparators(path));
    };
    runJob(tr("Exporting the audit log\u2026"), work, [this](bool ok, const QString &message) {
        m_status->setText(message);
        reloadFacets();
        Q_EMIT exportFinished(ok, message);
    });
}

void AuditPane::verifyChain() {
    if (isBusy())
        return;
    const Session session = m_session;
    auto work = [session](Database &db, const AuditJob::Progress &progress) -> Result<QString> {
        AuditService audit(db);
        auto report = audit.verify(session, session.tenantId, progress);
        if (!report)
            return report.error();
        if (report->cancelled)
            return Error::conflict(
                tr("The check was cancelled after %1 entries.").arg(IndianFormat::grouped(report->rows)));
        if (report->broken) {
            const ChainBreak &b = *report->broken;
            return Error::conflict(
                b.id > 0 ? tr("The audit log has been tampered with at seq %1 (entry %2): %3")
                               .arg(b.seq)
                               .arg(b.id)
                               .arg(b.problem)
                         : tr("The audit log has been tampered with at seq %1: %2").arg(b.seq).arg(b.problem));
        }
        return tr("The audit chain holds: %1 entries checked.").arg(IndianFormat::grouped(report->rows));
    };
    runJob(tr("Checking the audit chain\u2026"), work, [this](bool ok, const QString &message) {
        m_status->setText(message);
        Q_EMIT verifyFinished(ok, message);
    });
}

void AuditPane::runJob(const QString &label,
                       std::function<Result<QString>(Database &, const std::function<bool(qint64, qint64)> &)> work,
                       std::function<void(bool, const QString &)> done) {
    auto *job = new AuditJob(m_db.url(), m_db.connection().password(), std::move(work), this);
    m_job = job;
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 1000, this);
    dialog->setObjectName(QStringLiteral("auditProgress"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    m_progress = dialog;
    m_verify->setEnabled(false);
    m_exportCsv->setEnabled(false);
    m_exportJson->setEnabled(false);

    QPointer<QProgressDialog> guard(dialog);
    connect(dialog, &QProgressDialog::canceled, job, &AuditJob::cancel);
    connect(job, &AuditJob::progress, dialog, [guard, job, label](qint64 doneRows, qint64 total) {
        if (!guard || job->isCancelled())
            return;
        guard->setLabelText(label + QLatin1Char('\n') +
                            tr("%1 of %2 entries").arg(IndianFormat::grouped(doneRows), IndianFormat::grouped(total)));
        guard->setValue(total > 0 ? int(qMin<qint64>(1000, doneRows * 1000 / total)) : 0);
    });
    connect(job, &AuditJob::finished, this, [this, job, guard, done](bool ok, const QString &message) {
        if (guard) {
            guard->close();
            guard->deleteLater();
        }
        job->deleteLater();
        m_job = nullptr;
        m_verify->setEnabled(true);
        m_exportCsv->setEnabled(true);
        m_exportJson->setEnabled(true);
        done(ok, message);
    });
    job->start();
}

} // namespace bcp::ui
