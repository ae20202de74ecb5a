#pragma once
// Shared plumbing of the `boxcost` command line: argument parsing, output, errors, opening the database.

#include "Result.h"
#include "services/Session.h"

#include <QMap>
#include <QSet>
#include <QStringList>

#include <memory>

class QJsonDocument;

namespace bcp {
class Database;
}

namespace bcp::cli {

struct Args {
    QStringList positional;      // words after the command, in order
    QMap<QString, QString> opts; // --name VALUE
    QSet<QString> flags;         // --json and other switches without a value

    bool has(const QString &name) const { return opts.contains(name) || flags.contains(name); }
    QString opt(const QString &name, const QString &fallback = {}) const { return opts.value(name, fallback); }
    bool flag(const QString &name) const { return flags.contains(name); }
};

// Options that never take a value.
Args parseArgs(const QStringList &words, const QSet<QString> &switches = {QStringLiteral("json")});

// Prints "boxcost: MESSAGE" on stderr and returns exit status 2.
int fail(const QString &message);
int fail(const Error &error);

void out(const QString &line);
void outJson(const QJsonDocument &doc);

// Reads FILE, or standard input for "-" or no file.
Result<QByteArray> readInput(const QString &fileOrDash);

// Opens the database named by --db (default: the app's own file) without migrating it.
Result<std::unique_ptr<Database>> openDatabase(const Args &args);
// The same, and refuses a database whose schema is not this build's (it says how to migrate).
Result<std::unique_ptr<Database>> openCurrentDatabase(const Args &args);

// The next line of standard input (without the line break); empty at the end of input.
QString stdinLine();

// The signing-in password: BOXCOST_PASSWORD, else the first line of standard input (read once).
QString signInPassword();

// Signs in exactly like the GUI: --as USERNAME, the password from BOXCOST_PASSWORD or the first line of
// standard input, --totp CODE when two-factor is on. Same lockout, permissions and audit. A user who must
// change a one-time password is refused unless `forPasswordChange` (the `user passwd` command).
Result<Session> signIn(Database &db, const Args &args, bool forPasswordChange = false);

struct SignedIn {
    std::unique_ptr<Database> db;
    Session session;
};

// openCurrentDatabase() then signIn(): how the commands that act as a user start.
Result<SignedIn> openAndSignIn(const Args &args);

} // namespace bcp::cli
