#include "shell/Startup.h"

#include "data/Database.h"
#include "data/Migrations.h"
#include "services/SecretStore.h"
#include "shell/FirstRunDialog.h"

#include <QMessageBox>
#include <QSettings>

namespace bcp::ui {

namespace {
const QString kUrlKey = QStringLiteral("database/url");
}

Result<std::unique_ptr<Database>> openAndMigrate(const DbUrl &url, const QString &password) {
    auto db = Database::open(url, password);
    if (!db)
        return db.error();
    auto migrated = Migrations::migrate(*db.value());
    if (!migrated)
        return migrated.error();
    return db;
}

std::optional<DbUrl> savedDatabase() {
    const QString text = QSettings().value(kUrlKey).toString();
    if (text.isEmpty())
        return std::nullopt;
    auto url = DbUrl::parse(text);
    if (!url)
        return std::nullopt;
    return url.value();
}

void rememberDatabase(const DbUrl &url, const QString &password) {
    QSettings().setValue(kUrlKey, url.toString());
    if (url.isSqlite() || password.isEmpty())
        return;
    auto stored = SecretStore::instance().write(url.secretKey(), password);
    if (!stored || stored.value() == SecretStore::Storage::Memory)
        QMessageBox::information(nullptr, QObject::tr("BoxCostPro"),
                                 QObject::tr("The system keychain is not available (%1), so the server password "
                                             "is kept only until BoxCostPro closes; you will be asked for it "
                                             "next time.").arg(SecretStore::instance().keychainProblem()));
}

std::unique_ptr<Database> connectInteractively(QWidget *parent) {
    if (auto saved = savedDatabase()) {
        auto db = openAndMigrate(*saved, Database::passwordFromEnvironmentOrKeychain(*saved));
        if (db)
            return std::move(db).value();
        QMessageBox::warning(parent, QObject::tr("BoxCostPro"),
                             QObject::tr("The database used last time could not be opened:\n\n%1\n\n"
                                         "Choose where the data is.").arg(db.error().text()));
    }
    for (;;) {
        FirstRunDialog dialog(parent);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        auto db = openAndMigrate(dialog.url(), dialog.password());
        if (db) {
            rememberDatabase(dialog.url(), dialog.password());
            return std::move(db).value();
        }
        QMessageBox::critical(parent, QObject::tr("BoxCostPro"), db.error().text());
    }
}

} // namespace bcp::ui
