// boxcost audit verify|export
//
// `audit verify` does not sign in. It is the check an admin runs when something looks wrong, and it has to
// work then: on every tenant's chain at once (no shop session can see them all), and when the users table
// itself may be what was tampered with. It reads only what the database's own credentials already allow,
// writes nothing and prints positions (tenant, seq, id) and what is wrong, never the rows' contents.
// `audit export` prints business data, so it signs in like the GUI and needs audit.export.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "data/Database.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"
#include "services/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <cstdio>

namespace bcp::cli {

namespace {

const QString kUsage = QStringLiteral(
    "usage: boxcost audit verify [--tenant ID] [--json] [--db URL] | "
    "audit export --format csv|json [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE] --as USERNAME [--db URL]");

QJsonObject reportJson(const ChainReport &r) {
    QJsonObject o{
        {QStringLiteral("tenant"), r.tenantId}, {QStringLiteral("rows"), r.rows}, {QStringLiteral("holds"), r.holds()}};
    if (r.broken) {
        o.insert(QStringLiteral("seq"), r.broken->seq);
        o.insert(QStringLiteral("id"), r.broken->id);
        o.insert(QStringLiteral("problem"), r.broken->problem);
    }
    return o;
}

int runVerify(const Args &args) {
    qint64 onlyTenant = -1;
    if (args.has(QStringLiteral("tenant"))) {
        bool ok = false;
        onlyTenant = args.opt(QStringLiteral("tenant")).toLongLong(&ok);
        if (!ok || onlyTenant < 0)
            return fail(QStringLiteral("--tenant: give the tenant's number, e.g. --tenant 1"));
    }
    auto opened = openCurrentDatabase(args);
    if (!opened)
        return fail(opened.error());
    AuditVerifier verifier(*opened.value());

    QList<qint64> tenants;
    if (onlyTenant >= 0) {
        tenants << onlyTenant;
    } else {
        auto all = verifier.tenants();
        if (!all)
            return fail(all.error());
        tenants = all.value();
    }

    QJsonArray reports;
    bool holds = true;
    for (qint64 tenant : tenants) {
        auto report = verifier.verify(tenant);
        if (!report)
            return fail(report.error());
        if (args.flag(QStringLiteral("json")))
            reports.append(reportJson(report.value()));
        else
            out(report->text());
        // Report the first broken chain and stop: that row is where the investigation starts.
        if (!report->holds()) {
            holds = false;
            break;
        }
    }
    if (args.flag(QStringLiteral("json")))
        outJson(QJsonDocument(QJsonObject{{QStringLiteral("holds"), holds}, {QStringLiteral("chains"), reports}}));
    else if (tenants.isEmpty())
        out(QStringLiteral("the audit log is empty"));
    return holds ? 0 : 1;
}

// --from/--to are calendar days in UTC, the time zone the log is stored in; --to includes its whole day.
Result<QDateTime> dayStart(const Args &args, const QString &option, int addDays) {
    const QDate day = QDate::fromString(args.opt(option), Qt::ISODate);
    if (!day.isValid())
        return Error::invalid(QStringLiteral("--") + option, QStringLiteral("use a date like 2026-04-01"));
    return QDateTime(day.addDays(addDays), QTime(0, 0), QTimeZone::utc());
}

int runExport(const Args &args) {
    const QString formatText = args.opt(QStringLiteral("format"));
    if (formatText != QStringLiteral("csv") && formatText != QStringLiteral("json"))
        return fail(kUsage);
    const AuditExportFormat format =
        formatText == QStringLiteral("csv") ? AuditExportFormat::Csv : AuditExportFormat::Json;
    AuditFilter filter;
    if (args.has(QStringLiteral("from"))) {
        auto from = dayStart(args, QStringLiteral("from"), 0);
        if (!from)
            return fail(from.error());
        filter.from = from.value();
    }
    if (args.has(QStringLiteral("to"))) {
        auto to = dayStart(args, QStringLiteral("to"), 1);
        if (!to)
            return fail(to.error());
        filter.to = to.value();
    }
    if (args.flag(QStringLiteral("out")))
        return fail(QStringLiteral("--out: needs a file name"));

    auto signedIn = openAndSignIn(args);
    if (!signedIn)
        return fail(signedIn.error());
    const Session &session = signedIn->session;
    AuditService audit(*signedIn->db);

    const QString path = args.opt(QStringLiteral("out"));
    if (path.isEmpty()) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write to standard output"));
        auto exported = audit.exportRows(session, filter, format, stdoutFile);
        stdoutFile.flush();
        if (!exported)
            return fail(exported.error());
        return 0;
    }
    // A file appears only complete: a failed export leaves nothing half-written behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    auto exported = audit.exportRows(session, filter, format, file);
    if (!exported) {
        file.cancelWriting();
        return fail(exported.error());
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray note = QStringLiteral("exported %1 audit rows to %2\n").arg(exported->rows).arg(path).toUtf8();
    std::fwrite(note.constData(), 1, size_t(note.size()), stderr);
    return 0;
}

} // namespace

int runAudit(const Args &args) {
    const QString action = args.positional.value(0);
    if (action == QStringLiteral("verify") && args.positional.size() == 1)
        return runVerify(args);
    if (action == QStringLiteral("export") && args.positional.size() == 1)
        return runExport(args);
    return fail(kUsage);
}

} // namespace bcp::cli
