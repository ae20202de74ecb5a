#pragma once
// The Audit log pane (audit.view; platform staff: platform.audit): every recorded change of the shop, newest
// first, paged from the database so a million rows open at once. Filters for date range (local calendar
// days), actor, action, entity type and free text (entity id, before, after; applied after a short typing
// pause); the selected entry's before and after side by side with the changed fields highlighted; export of
// the filtered rows to CSV or JSON (audit.export) and a check of the hash chain, both off the UI thread
// behind a progress dialog with Cancel.

#include "services/AuditService.h"
#include "services/Session.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace bcp {
class Database;
}

namespace bcp::ui {

class AuditDetailView;
class AuditJob;
class AuditLogModel;

class AuditPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 300;

    AuditPane(Database &db, const Session &session, QWidget *parent = nullptr);
    ~AuditPane() override;

    // The filter the controls describe.
    AuditFilter currentFilter() const;
    // Applies the controls now (the search box otherwise waits for a pause in typing).
    void applyFilter();
    // Reads the actor, action and entity lists again (new kinds of entries appear as the shop works).
    void reloadFacets();
    void clearFilters();

    // Asks for a file and exports the filtered rows.
    void exportCsv();
    void exportJson();
    // Exports the filtered rows to `path` in the background; exportFinished reports the outcome.
    void exportTo(AuditExportFormat format, const QString &path);
    // Checks this shop's hash chain in the background; verifyFinished reports the outcome.
    void verifyChain();
    bool isBusy() const;

    // Exposed for the offscreen tests.
    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    AuditDetailView *detail() const { return m_detail; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *actorCombo() const { return m_actor; }
    QComboBox *actionCombo() const { return m_action; }
    QComboBox *entityCombo() const { return m_entity; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportJsonButton() const { return m_exportJson; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *statusLabel() const { return m_status; }
    QProgressDialog *progressDialog() const; // while a job runs

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    void verifyFinished(bool holds, const QString &message);

private:
    void build();
    void showSelected();
    void updateStatus();
    void setFacet(QComboBox *combo, const QStringList &values);
    void runJob(const QString &label,
                std::function<Result<QString>(Database &, const std::function<bool(qint64, qint64)> &)> work,
                std::function<void(bool, const QString &)> done);

    Database &m_db;
    Session m_session;
    std::unique_ptr<AuditService> m_audit;
    AuditLogModel *m_model;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchPause = nullptr;
    QTableView *m_view = nullptr;
    AuditDetailView *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_verify = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<AuditJob> m_job;
};

} // namespace bcp::ui
