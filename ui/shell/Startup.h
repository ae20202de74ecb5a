#pragma once
// From launch to an open, current database: the saved choice, else the first-run dialog; errors are shown
// and the user may choose again. Nothing is remembered until the database opened and migrated.

#include "Result.h"
#include "data/DbUrl.h"

#include <memory>
#include <optional>

class QWidget;

namespace bcp {
class Database;
}

namespace bcp::ui {

// Opens the database and brings its schema up to date (refusing one newer than this app).
Result<std::unique_ptr<Database>> openAndMigrate(const DbUrl &url, const QString &password);

// The database chosen on an earlier run (QSettings), if any.
std::optional<DbUrl> savedDatabase();
// Remembers the choice: the URL in QSettings, a server password only in the keychain.
void rememberDatabase(const DbUrl &url, const QString &password);

// The saved database, else the first-run dialog, until one opens or the user cancels (nullptr).
std::unique_ptr<Database> connectInteractively(QWidget *parent = nullptr);

} // namespace bcp::ui
