#include "cli/Cli.h"

#include "data/Database.h"
#include "data/DbUrl.h"
#include "data/Migrations.h"
#include "services/AccountService.h"
#include "services/SecretStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

namespace bcp::cli {

Args parseArgs(const QStringList &words, const QSet<QString> &switches) {
    Args a;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.startsWith(QStringLiteral("--")) && w.size() > 2) {
            QString name = w.mid(2);
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq > 0) {
                a.opts.insert(name.left(eq), name.mid(eq + 1));
            } else if (switches.contains(name) || i + 1 >= words.size()) {
                a.flags.insert(name);
            } else {
                a.opts.insert(name, words.at(++i));
            }
        } else {
            a.positional << w;
        }
    }
    return a;
}

int fail(const QString &message) {
    const QByteArray line = QStringLiteral("boxcost: %1\n").arg(message.simplified()).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return 2;
}

int fail(const Error &error) {
    return fail(error.text());
}

void out(const QString &line) {
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void outJson(const QJsonDocument &doc) {
    const QByteArray bytes = doc.toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

Result<QByteArray> readInput(const QString &fileOrDash) {
    QFile f;
    if (fileOrDash.isEmpty() || fileOrDash == QStringLiteral("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            return Error::unavailable(QStringLiteral("cannot read standard input"));
    } else {
        f.setFileName(fileOrDash);
        if (!f.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("FILE"),
                                  QStringLiteral("cannot read %1: %2").arg(fileOrDash, f.errorString()));
    }
    return f.readAll();
}

Result<std::unique_ptr<Database>> openDatabase(const Args &args) {
    DbUrl url = DbUrl::defaultLocal();
    if (args.opts.contains(QStringLiteral("db"))) {
        auto parsed = DbUrl::parse(args.opt(QStringLiteral("db")));
        if (!parsed)
            return parsed.error();
        url = parsed.value();
    } else if (args.flag(QStringLiteral("db"))) {
        return Error::invalid(QStringLiteral("--db"), QStringLiteral("needs a URL"));
    }
    return Database::open(url, Database::passwordFromEnvironmentOrKeychain(url));
}

Result<std::unique_ptr<Database>> openCurrentDatabase(const Args &args) {
    auto db = openDatabase(args);
    if (!db)
        return db;
    if (auto current = Migrations::checkCurrent(*db.value()); !current)
        return current.error();
    return db;
}

QString stdinLine() {
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    QString text = QString::fromStdString(line);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

QString signInPassword() {
    static const QString password = [] {
        const QByteArray env = qgetenv("BOXCOST_PASSWORD");
        return env.isEmpty() ? stdinLine() : QString::fromUtf8(env);
    }();
    return password;
}

Result<Session> signIn(Database &db, const Args &args, bool forPasswordChange) {
    const QString username = args.opt(QStringLiteral("as"));
    if (username.isEmpty())
        return Error::invalid(
            QStringLiteral("--as"),
            QStringLiteral("sign in with --as USERNAME (password from BOXCOST_PASSWORD or standard input)"));
    AccountService accounts(db);
    auto signedIn = accounts.signIn(username, signInPassword());
    if (!signedIn)
        return signedIn.error();
    auto state = signedIn.value();
    if (state.needsTotp) {
        if (!args.has(QStringLiteral("totp")))
            return Error::invalid(QStringLiteral("--totp"),
                                  QStringLiteral("two-factor sign-in is on for %1: add --totp CODE").arg(username));
        auto completed = accounts.completeTotp(state, args.opt(QStringLiteral("totp")));
        if (!completed) {
            // The code came from --totp, so that is what a malformed one is reported against.
            Error error = completed.error();
            if (error.field == QStringLiteral("code"))
                error.field = QStringLiteral("--totp");
            return error;
        }
        state = completed.value();
    }
    if (state.mustChangePassword && !forPasswordChange)
        return Error::denied(
            QStringLiteral("%1 must change the one-time password first: boxcost user passwd %1 --as %1").arg(username));
    return state.session;
}

Result<SignedIn> openAndSignIn(const Args &args) {
    auto opened = openCurrentDatabase(args);
    if (!opened)
        return opened.error();
    auto session = signIn(*opened.value(), args);
    if (!session)
        return session.error();
    return SignedIn{std::move(opened.value()), session.value()};
}

} // namespace bcp::cli
