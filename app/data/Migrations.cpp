#include "data/Migrations.h"

#include "data/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Migrations", text);
}

QString newerMessage(int found, int known) {
    return tr("this database has schema version %1 but this BoxCostPro understands only up to %2: "
              "it was upgraded by a newer BoxCostPro; install that version to use it")
        .arg(found)
        .arg(known);
}

} // namespace

QList<Migrations::Step> Migrations::available(bool sqlite) {
    const QString dir = sqlite ? QStringLiteral(":/db/sqlite") : QStringLiteral(":/db/postgres");
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Step> steps;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const auto m = pattern.match(f);
        if (m.hasMatch())
            steps.append({m.captured(1).toInt(), m.captured(2), dir + QLatin1Char('/') + f});
    }
    return steps;
}

int Migrations::latestVersion() {
    const QList<Step> steps = available(true);
    return steps.isEmpty() ? 0 : steps.last().version;
}

QStringList Migrations::splitStatements(const QString &sql) {
    QStringList out;
    QString current;
    bool inQuote = false;
    bool inLineComment = false;
    QString dollarTag; // non-empty inside $tag$ ... $tag$
    int blockDepth = 0; // BEGIN ... END nesting inside CREATE TRIGGER
    static const QRegularExpression wordRe(QStringLiteral("[A-Za-z_]+"));

    auto wordAt = [&](int i) {
        const auto m = wordRe.match(sql, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        return m.hasMatch() ? m.captured(0).toUpper() : QString();
    };

    for (int i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (inLineComment) {
            if (c == QLatin1Char('\n'))
                inLineComment = false;
            continue;
        }
        if (!dollarTag.isEmpty()) {
            if (sql.mid(i, dollarTag.size()) == dollarTag) {
                current += dollarTag;
                i += int(dollarTag.size()) - 1;
                dollarTag.clear();
            } else {
                current += c;
            }
            continue;
        }
        if (inQuote) {
            current += c;
            if (c == QLatin1Char('\''))
                inQuote = false;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('-')) {
            inLineComment = true;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            inQuote = true;
            current += c;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const int end = int(sql.indexOf(QLatin1Char('$'), i + 1));
            const QString tag = end > i ? sql.mid(i, end - i + 1) : QString();
            static const QRegularExpression tagRe(QStringLiteral("^\\$[A-Za-z_]*\\$$"));
            if (!tag.isEmpty() && tagRe.match(tag).hasMatch()) {
                dollarTag = tag;
                current += tag;
                i = end;
                continue;
            }
        }
        const bool wordStart = c.isLetter() && (i == 0 || !(sql.at(i - 1).isLetterOrNumber() || sql.at(i - 1) == QLatin1Char('_')));
        if (wordStart) {
            const QString w = wordAt(i);
            const bool inTrigger = current.simplified().toUpper().startsWith(QStringLiteral("CREATE TRIGGER"));
            if (inTrigger && (w == QStringLiteral("BEGIN") || w == QStringLiteral("CASE")))
                ++blockDepth;
            else if (inTrigger && w == QStringLiteral("END") && blockDepth > 0)
                --blockDepth;
            current += sql.mid(i, w.size());
            i += int(w.size()) - 1;
            continue;
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Result<int> Migrations::migrate(Database &db, int target) {
    const QList<Step> steps = available(db.isSqlite());
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    if (target < 0 || target > latest)
        target = latest;

    return db.write([&](Database &tx) -> Result<int> {
        if (!tx.isSqlite()) // two desktops starting at once must not both migrate
            tx.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727001)"));
        tx.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                               "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        const int current = tx.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")).toInt();
        if (current > latest)
            return Error::conflict(newerMessage(current, latest));
        // Every step not yet recorded is applied, so a database made while a lower-numbered migration was
        // still missing from the build catches up too.
        QSet<int> applied;
        QSqlQuery done = tx.exec(QStringLiteral("SELECT version FROM schema_migrations"));
        while (done.next())
            applied.insert(done.value(0).toInt());
        for (const Step &step : steps) {
            if (applied.contains(step.version) || step.version > target)
                continue;
            QFile f(step.resource);
            if (!f.open(QIODevice::ReadOnly))
                return Error::unavailable(tr("migration %1 is missing from this build").arg(step.resource));
            const QStringList statements = splitStatements(QString::fromUtf8(f.readAll()));
            for (const QString &statement : statements) {
                try {
                    tx.exec(statement);
                } catch (const DbError &e) {
                    return Error::database(tr("migration %1 (%2) failed: %3")
                                               .arg(step.version, 4, 10, QLatin1Char('0'))
                                               .arg(step.name, e.message()));
                }
            }
            tx.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                    {step.version, step.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        }
        return tx.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")).toInt();
    });
}

Result<void> Migrations::checkCurrent(Database &db) {
    const int latest = latestVersion();
    int found = 0;
    try {
        found = db.schemaVersion();
    } catch (const DbError &e) {
        return Error::database(e.message());
    }
    if (found > latest)
        return Error::conflict(newerMessage(found, latest));
    if (found < latest)
        return Error::conflict(tr("this database has schema version %1; run `boxcost db migrate` to upgrade it to %2")
                                   .arg(found)
                                   .arg(latest));
    return {};
}

} // namespace bcp
