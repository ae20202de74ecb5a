#pragma once
// Which panes the signed-in user gets, in navigation order. A pane is added only when the user's role
// may use it; the services check again on every call.

namespace bcp {
class AccountService;
class Clock;
class Database;
struct Session;
} // namespace bcp

namespace bcp::ui {

class MainWindow;

void addPanes(MainWindow &window, Database &db, const Session &session, AccountService &accounts, const Clock &clock);

} // namespace bcp::ui
