#include "shell/AboutDialog.h"

#include "data/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

// The SQLite library Qt's driver was built with, even when the shop runs on PostgreSQL.
QString sqliteLibraryVersion() {
    const QString name = QStringLiteral("bcp-about-sqlite");
    QString version;
    {
        QSqlDatabase mem = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        mem.setDatabaseName(QStringLiteral(":memory:"));
        if (mem.open()) {
            QSqlQuery q(mem);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version.isEmpty() ? QObject::tr("unavailable") : version;
}

} // namespace

AboutDialog::AboutDialog(Database &db, QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("About BoxCostPro"));
    QString server = tr("not connected");
    if (!db.isSqlite()) {
        try {
            server = db.engineVersion();
        } catch (const DbError &e) {
            server = e.message();
        }
    }
    m_versions = tr("BoxCostPro %1\nQt %2\nSQLite %3\nPostgreSQL server: %4")
                     .arg(QStringLiteral(BOXCOST_VERSION), QString::fromLatin1(qVersion()), sqliteLibraryVersion(), server);

    auto *title = new QLabel(tr("<h2>BoxCostPro</h2><p>Costing, quotations and GST invoices for corrugated box makers.</p>"), this);
    auto *versions = new QLabel(m_versions, this);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

} // namespace bcp::ui
