// boxcost setup … and boxcost user add|passwd|unlock|disable|enable|list|shop-key

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "data/Database.h"
#include "data/Migrations.h"
#include "services/AccountService.h"
#include "services/Permissions.h"
#include "services/ShopKeyService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bcp::cli {

namespace {

QJsonObject userJson(const UserInfo &u) {
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("username"), u.username},
            {QStringLiteral("displayName"), u.displayName},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("role"), u.role},
            {QStringLiteral("status"), u.status},
            {QStringLiteral("locked"), u.lockedUntil.isValid() && u.lockedUntil > QDateTime::currentDateTimeUtc()},
            {QStringLiteral("twoFactor"), u.totpEnabled},
            {QStringLiteral("mustChangePassword"), u.mustChangePassword}};
}

// Installing the shop key needs the password of an owner or admin but not the two-factor step, which cannot be
// checked on a computer without the key; a code given with --totp is still checked when it can be.
Result<Session> signInForKeyInstall(Database &db, const Args &args) {
    const QString username = args.opt(QStringLiteral("as"));
    if (username.isEmpty())
        return Error::invalid(QStringLiteral("--as"),
                              QStringLiteral("sign in with --as USERNAME (password from BOXCOST_PASSWORD or standard input)"));
    AccountService accounts(db);
    auto signedIn = accounts.signIn(username, signInPassword());
    if (!signedIn)
        return signedIn.error();
    if (signedIn->mustChangePassword)
        return Error::denied(QStringLiteral("%1 must change the one-time password first: boxcost user passwd %1 --as %1").arg(username));
    if (signedIn->needsTotp && args.has(QStringLiteral("totp"))) {
        auto completed = accounts.completeTotp(signedIn.value(), args.opt(QStringLiteral("totp")));
        if (!completed && !ShopKeyService::isMissingKey(completed.error())) {
            Error error = completed.error();
            if (error.field == QStringLiteral("code"))
                error.field = QStringLiteral("--totp");
            return error;
        }
    }
    return signedIn->session;
}

int runShopKey(const Args &args) {
    const QString what = args.positional.value(1);
    if (what != QStringLiteral("show") && what != QStringLiteral("install"))
        return fail(QStringLiteral("usage: boxcost user shop-key show | install   (--as USERNAME of an owner or admin; install reads "
                                   "the key from standard input, after the password unless BOXCOST_PASSWORD is set)"));
    auto opened = openCurrentDatabase(args);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    const bool install = what == QStringLiteral("install");
    auto session = install ? signInForKeyInstall(db, args) : signIn(db, args);
    if (!session)
        return fail(session.error());
    AccountService accounts(db);
    if (!install) {
        auto shown = accounts.shopKeys().show(session.value());
        if (!shown)
            return fail(shown.error());
        out(shown.value());
        return 0;
    }
    auto stored = accounts.shopKeys().install(session.value(), stdinLine());
    if (!stored)
        return fail(stored.error());
    if (stored.value() != SecretStore::Storage::Keychain)
        return fail(QStringLiteral("the shop key is right, but the system keychain cannot be used (%1), so it was not saved")
                        .arg(SecretStore::instance().keychainProblem()));
    out(QStringLiteral("shop key installed in this computer's keychain"));
    return 0;
}

} // namespace

int runSetup(const Args &args) {
    for (const char *required : {"company", "state", "owner"}) {
        if (args.opt(QString::fromLatin1(required)).isEmpty())
            return fail(QStringLiteral("usage: boxcost setup --company NAME --state CODE --owner USERNAME [--name TEXT] [--gstin GSTIN]"));
    }
    auto opened = openDatabase(args);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    if (auto migrated = Migrations::migrate(db); !migrated)
        return fail(migrated.error());

    AccountService accounts(db);
    AccountService::SetupInput in;
    in.company = args.opt(QStringLiteral("company"));
    in.stateCode = args.opt(QStringLiteral("state"));
    in.gstin = args.opt(QStringLiteral("gstin"));
    in.username = args.opt(QStringLiteral("owner"));
    in.displayName = args.opt(QStringLiteral("name"));
    in.password = signInPassword();
    in.passwordRepeat = in.password;
    auto session = accounts.setup(in);
    if (!session)
        return fail(session.error());
    out(QStringLiteral("created shop \"%1\" with owner %2").arg(in.company.simplified(), session->username));
    return 0;
}

int runUser(const Args &args) {
    const QString action = args.positional.value(0);
    const QString target = args.positional.value(1);
    static const QStringList actions = {QStringLiteral("add"),     QStringLiteral("passwd"),
                                        QStringLiteral("unlock"),  QStringLiteral("disable"),
                                        QStringLiteral("enable"),  QStringLiteral("list"),
                                        QStringLiteral("shop-key")};
    if (!actions.contains(action) || (action != QStringLiteral("list") && target.isEmpty()))
        return fail(QStringLiteral("usage: boxcost user add USERNAME --role ROLE [--name TEXT] | passwd USERNAME | unlock USERNAME | "
                                   "disable USERNAME | enable USERNAME | list [--json] | shop-key show|install   "
                                   "(sign in with --as USERNAME)"));
    if (action == QStringLiteral("shop-key"))
        return runShopKey(args);
    auto opened = openCurrentDatabase(args);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    const bool selfPasswordChange = action == QStringLiteral("passwd") &&
                                    target.compare(args.opt(QStringLiteral("as")), Qt::CaseInsensitive) == 0;
    auto session = signIn(db, args, selfPasswordChange);
    if (!session)
        return fail(session.error());
    AccountService accounts(db);

    if (action == QStringLiteral("list")) {
        auto users = accounts.listUsers(session.value());
        if (!users)
            return fail(users.error());
        if (args.flag(QStringLiteral("json"))) {
            QJsonArray list;
            for (const UserInfo &u : users.value())
                list.append(userJson(u));
            outJson(QJsonDocument(list));
        } else {
            for (const UserInfo &u : users.value())
                out(QStringLiteral("%1\t%2\t%3\t%4").arg(u.username, u.role, u.status, u.displayName));
        }
        return 0;
    }
    if (action == QStringLiteral("add")) {
        AccountService::NewUser in;
        in.username = target;
        in.role = args.opt(QStringLiteral("role"));
        in.displayName = args.opt(QStringLiteral("name"));
        in.email = args.opt(QStringLiteral("email"));
        in.password = stdinLine();
        auto id = accounts.addUser(session.value(), in);
        if (!id)
            return fail(id.error());
        out(QStringLiteral("added %1 (%2); the password must be changed at first sign-in").arg(target, in.role));
        return 0;
    }
    if (selfPasswordChange) {
        const QString next = stdinLine();
        auto changed = accounts.changeOwnPassword(session.value(), signInPassword(), next, next);
        if (!changed)
            return fail(changed.error());
        out(QStringLiteral("password changed for %1").arg(target));
        return 0;
    }
    auto user = accounts.findUser(session.value(), target);
    if (!user)
        return fail(user.error());
    Result<void> done;
    if (action == QStringLiteral("passwd"))
        done = accounts.resetPassword(session.value(), user->id, stdinLine());
    else if (action == QStringLiteral("unlock"))
        done = accounts.unlock(session.value(), user->id);
    else
        done = accounts.setDisabled(session.value(), user->id, action == QStringLiteral("disable"));
    if (!done)
        return fail(done.error());
    out(QStringLiteral("%1: %2 done").arg(target, action));
    return 0;
}

} // namespace bcp::cli
