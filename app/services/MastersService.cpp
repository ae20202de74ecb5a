#include "services/MastersService.h"

#include "data/Database.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/CostingJson.h"
#include "services/Permissions.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

namespace bcp {

using costing::CostingMasters;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastersService)
};

// Shade names match case-insensitively in ASCII, like the engine; the key column holds this form so the
// rule does not depend on either database's idea of lower case.
QString shadeKey(const QString &name) {
    QString key = name;
    for (QChar &c : key) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return key;
}

// Rupee values are stored as whole paise; validate() has made sure no fraction of a paisa is lost.
qint64 toPaise(double rupees) {
    return qint64(std::llround(rupees * 100.0));
}

double fromPaise(const QVariant &paise) {
    return double(paise.toLongLong()) / 100.0;
}

bool isWholePaise(double rupees) {
    const double paise = rupees * 100.0;
    return std::isfinite(paise) && std::fabs(paise) < 9.0e15 && std::fabs(paise - std::round(paise)) < 1e-6;
}

QString bfText(double bf) {
    return QString::number(bf, 'g', 15);
}

// The changed top-level master groups only, in their JSON form, for the audit row.
void diff(const CostingMasters &before, const CostingMasters &after, QJsonObject &was, QJsonObject &now) {
    const QJsonObject b = CostingJson::mastersToJson(before);
    const QJsonObject a = CostingJson::mastersToJson(after);
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        if (b.value(it.key()) != it.value()) {
            was.insert(it.key(), b.value(it.key()));
            now.insert(it.key(), it.value());
        }
    }
}

Result<void> requireCostingOrView(Database &db, const Session &session, const Clock &clock) {
    if (session.can(perm::CostingUse) || session.can(perm::MastersView))
        return {};
    return requirePermission(db, session, perm::CostingUse, clock);
}

void writeAll(Database &tx, qint64 tenantId, const CostingMasters &m) {
    for (const char *table : {"masters_bf_prices", "masters_shades", "masters_flutes", "masters_ply"})
        tx.exec(QStringLiteral("DELETE FROM %1 WHERE tenant_id = ?").arg(QLatin1String(table)), {tenantId});
    for (const costing::BfPrice &p : m.bfPrices)
        tx.exec(QStringLiteral("INSERT INTO masters_bf_prices (tenant_id, bf, price_paise) VALUES (?, ?, ?)"),
                {tenantId, p.bf, toPaise(p.price)});
    int order = 0;
    for (const costing::ShadePremium &s : m.shadePremiums) {
        const QString name = QString::fromStdString(s.shade);
        tx.exec(QStringLiteral("INSERT INTO masters_shades (tenant_id, name_key, name, premium_paise, sort_order) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {tenantId, shadeKey(name), name, toPaise(s.premium), ++order});
    }
    order = 0;
    for (const costing::Flute &f : m.flutes)
        tx.exec(QStringLiteral("INSERT INTO masters_flutes (tenant_id, letter, factor, height_mm, sort_order) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {tenantId, QString(QLatin1Char(f.letter)), f.factor, f.heightMm, ++order});
    const int plies[] = {1, 3, 5, 7, 9};
    for (std::size_t i = 0; i < std::size(plies); ++i)
        tx.exec(QStringLiteral("INSERT INTO masters_ply (tenant_id, ply, thickness_mm, glue_flap_mm, deckle_mm, "
                               "extra_flap_mm) VALUES (?, ?, ?, ?, ?, ?)"),
                {tenantId, plies[i], m.plyThicknessMm[i], m.glueFlapMm[i], m.deckleMm[i], m.extraFlapMm[i]});
    const costing::GsmRules &g = m.gsmRules;
    tx.exec(QStringLiteral("UPDATE masters_gsm_rules SET low_limit = ?, low_adj_paise = ?, high_limit = ?, "
                           "high_adj_paise = ?, market_paise = ? WHERE tenant_id = ?"),
            {g.lowLimit, toPaise(g.lowAdj), g.highLimit, toPaise(g.highAdj), toPaise(g.market), tenantId});
}

} // namespace

MastersService::MastersService(Database &db) : m_db(db), m_clock(Clock::system()) {}

MastersService::MastersService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

void MastersService::seedTenant(Database &tx, qint64 tenantId) {
    // Never overwrites: a shop that already has masters keeps them.
    if (tx.scalar(QStringLiteral("SELECT count(*) FROM masters_business WHERE tenant_id = ?"), {tenantId}).toInt() > 0)
        return;
    tx.exec(QStringLiteral("INSERT INTO masters_bf_prices (tenant_id, bf, price_paise) "
                           "SELECT ?, bf, price_paise FROM masters_bf_prices WHERE tenant_id = 0"),
            {tenantId});
    tx.exec(
        QStringLiteral("INSERT INTO masters_shades (tenant_id, name_key, name, premium_paise, sort_order) "
                       "SELECT ?, name_key, name, premium_paise, sort_order FROM masters_shades WHERE tenant_id = 0"),
        {tenantId});
    tx.exec(QStringLiteral("INSERT INTO masters_gsm_rules (tenant_id, low_limit, low_adj_paise, high_limit, "
                           "high_adj_paise, market_paise) SELECT ?, low_limit, low_adj_paise, high_limit, "
                           "high_adj_paise, market_paise FROM masters_gsm_rules WHERE tenant_id = 0"),
            {tenantId});
    tx.exec(QStringLiteral("INSERT INTO masters_flutes (tenant_id, letter, factor, height_mm, sort_order) "
                           "SELECT ?, letter, factor, height_mm, sort_order FROM masters_flutes WHERE tenant_id = 0"),
            {tenantId});
    tx.exec(QStringLiteral("INSERT INTO masters_ply (tenant_id, ply, thickness_mm, glue_flap_mm, deckle_mm, "
                           "extra_flap_mm) SELECT ?, ply, thickness_mm, glue_flap_mm, deckle_mm, extra_flap_mm "
                           "FROM masters_ply WHERE tenant_id = 0"),
            {tenantId});
    tx.exec(QStringLiteral("INSERT INTO masters_business (tenant_id, max_length_mm, sheet_allowance_mm, "
                           "conversion_paise_per_kg, markup_percent, gst_percent, round_off) SELECT ?, max_length_mm, "
                           "sheet_allowance_mm, conversion_paise_per_kg, markup_percent, gst_percent, round_off "
                           "FROM masters_business WHERE tenant_id = 0"),
            {tenantId});
}

Result<CostingMasters> MastersService::loadTenant(Database &tx, qint64 tenantId) {
    // Each query lives in its own block: PostgreSQL's driver drops a query's unread results when the next
    // one runs on the connection, so one must be finished before the next starts.
    CostingMasters m;
    {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT max_length_mm, sheet_allowance_mm, conversion_paise_per_kg, "
                                             "markup_percent, gst_percent, round_off FROM masters_business "
                                             "WHERE tenant_id = ?"),
                              {tenantId});
        if (!q.next())
            return Error::notFound(Text::tr("this shop has no costing masters"));
        m.maxLengthMm = q.value(0).toDouble();
        m.sheetAllowanceMm = q.value(1).toDouble();
        m.conversionPerKg = fromPaise(q.value(2));
        m.markupPercent = q.value(3).toDouble();
        m.gstPercent = q.value(4).toDouble();
        m.roundOff = q.value(5).toInt() != 0;
    }
    {
        QSqlQuery q =
            tx.exec(QStringLiteral("SELECT low_limit, low_adj_paise, high_limit, high_adj_paise, market_paise "
                                   "FROM masters_gsm_rules WHERE tenant_id = ?"),
                    {tenantId});
        if (!q.next())
            return Error::notFound(Text::tr("this shop's GSM rules are missing from its costing masters"));
        m.gsmRules = costing::GsmRules{q.value(0).toDouble(), fromPaise(q.value(1)), q.value(2).toDouble(),
                                       fromPaise(q.value(3)), fromPaise(q.value(4))};
    }
    {
        QSqlQuery q =
            tx.exec(QStringLiteral("SELECT bf, price_paise FROM masters_bf_prices WHERE tenant_id = ? ORDER BY bf"),
                    {tenantId});
        while (q.next())
            m.bfPrices.push_back({q.value(0).toDouble(), fromPaise(q.value(1))});
    }
    {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT name, premium_paise FROM masters_shades WHERE tenant_id = ? "
                                             "ORDER BY sort_order, name_key"),
                              {tenantId});
        while (q.next())
            m.shadePremiums.push_back({q.value(0).toString().toStdString(), fromPaise(q.value(1))});
    }
    {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT letter, factor, height_mm FROM masters_flutes WHERE tenant_id = ? "
                                             "ORDER BY sort_order, letter"),
                              {tenantId});
        while (q.next()) {
            const QString letter = q.value(0).toString();
            m.flutes.push_back(
                {letter.isEmpty() ? '?' : char(letter.at(0).toLatin1()), q.value(1).toDouble(), q.value(2).toDouble()});
        }
    }
    int found = 0;
    {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT ply, thickness_mm, glue_flap_mm, deckle_mm, extra_flap_mm "
                                             "FROM masters_ply WHERE tenant_id = ? ORDER BY ply"),
                              {tenantId});
        while (q.next()) {
            const int ply = q.value(0).toInt();
            if (!costing::isValidPly(ply))
                continue;
            const std::size_t i = std::size_t(costing::plyIndex(ply));
            m.plyThicknessMm[i] = q.value(1).toDouble();
            m.glueFlapMm[i] = q.value(2).toDouble();
            m.deckleMm[i] = q.value(3).toDouble();
            m.extraFlapMm[i] = q.value(4).toDouble();
            ++found;
        }
    }
    if (found != 5)
        return Error::notFound(Text::tr("this shop's per-ply defaults are incomplete in its costing masters"));
    return m;
}

Result<void> MastersService::validate(const CostingMasters &m) {
    const costing::CostingError invalid = costing::validateMasters(m);
    if (invalid.isError())
        return Error::invalid(QString::fromStdString(invalid.field), QString::fromStdString(invalid.message));
    const QString paiseMessage = Text::tr("use whole paise (at most two decimals)");
    for (const costing::BfPrice &p : m.bfPrices) {
        if (!isWholePaise(p.price))
            return Error::invalid(QStringLiteral("bfPrices.") + bfText(p.bf), paiseMessage);
    }
    for (const costing::ShadePremium &s : m.shadePremiums) {
        if (!isWholePaise(s.premium))
            return Error::invalid(QStringLiteral("shadePremiums.") + QString::fromStdString(s.shade), paiseMessage);
    }
    const std::pair<const char *, double> rupees[] = {{"gsmRules.lowAdj", m.gsmRules.lowAdj},
                                                      {"gsmRules.highAdj", m.gsmRules.highAdj},
                                                      {"gsmRules.market", m.gsmRules.market},
                                                      {"conversionPerKg", m.conversionPerKg}};
    for (const auto &[field, value] : rupees) {
        if (!isWholePaise(value))
            return Error::invalid(QLatin1String(field), paiseMessage);
    }
    return {};
}

Result<CostingMasters> MastersService::load(const Session &session) {
    if (auto ok = requireCostingOrView(m_db, session, m_clock); !ok)
        return ok.error();
    return m_db.read([&](Database &tx) { return loadTenant(tx, session.tenantId); });
}

Result<MastersService::Editable> MastersService::loadForEdit(const Session &session) {
    if (auto ok = requirePermission(m_db, session, perm::MastersView, m_clock); !ok)
        return ok.error();
    return m_db.read([&](Database &tx) -> Result<Editable> {
        auto masters = loadTenant(tx, session.tenantId);
        if (!masters)
            return masters.error();
        Editable e;
        e.masters = std::move(masters).value();
        QString at;
        {
            QSqlQuery q = tx.exec(QStringLiteral("SELECT row_version, updated_by, updated_at FROM masters_business "
                                                 "WHERE tenant_id = ?"),
                                  {session.tenantId});
            if (q.next()) {
                e.rowVersion = q.value(0).toInt();
                e.updatedBy = q.value(1).toString();
                at = q.value(2).toString();
            }
        }
        e.updatedAt = at.isEmpty() ? QDateTime() : fromIsoUtc(at);
        return e;
    });
}

Result<int> MastersService::save(const Session &session, const CostingMasters &masters, int rowVersion) {
    if (auto ok = requirePermission(m_db, session, perm::MastersEdit, m_clock); !ok)
        return ok.error();
    if (auto ok = validate(masters); !ok)
        return ok.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<int> {
        auto before = loadTenant(tx, session.tenantId);
        if (!before)
            return before.error();
        QJsonObject was;
        QJsonObject changed;
        diff(before.value(), masters, was, changed);
        if (changed.isEmpty()) {
            // Nothing to change: no write and no audit row, but a stale editor still hears about it.
            const int current =
                tx.scalar(QStringLiteral("SELECT row_version FROM masters_business WHERE tenant_id = ?"),
                          {session.tenantId})
                    .toInt();
            if (current != rowVersion)
                return Error::conflict(Text::tr("the masters were changed by someone else; reload them and try again"));
            return rowVersion;
        }
        // The conditional update comes first: it takes the row lock, and on PostgreSQL a concurrent saver
        // that committed meanwhile makes it match no row instead of being overwritten.
        const int updated =
            tx.exec(QStringLiteral("UPDATE masters_business SET max_length_mm = ?, sheet_allowance_mm = ?, "
                                   "conversion_paise_per_kg = ?, markup_percent = ?, gst_percent = ?, "
                                   "round_off = ?, updated_at = ?, updated_by = ?, "
                                   "row_version = row_version + 1 WHERE tenant_id = ? AND row_version = ?"),
                    {masters.maxLengthMm, masters.sheetAllowanceMm, toPaise(masters.conversionPerKg),
                     masters.markupPercent, masters.gstPercent, masters.roundOff ? 1 : 0, isoUtc(now), session.username,
                     session.tenantId, rowVersion})
                .numRowsAffected();
        if (updated != 1) {
            QString by;
            QString at;
            {
                QSqlQuery who = tx.exec(QStringLiteral("SELECT updated_by, updated_at FROM masters_business "
                                                       "WHERE tenant_id = ?"),
                                        {session.tenantId});
                if (who.next()) {
                    by = who.value(0).toString();
                    at = who.value(1).toString();
                }
            }
            if (!by.isEmpty())
                return Error::conflict(Text::tr("the masters were changed by %1 at %2; reload them and try again")
                                           .arg(by, fromIsoUtc(at).toLocalTime().toString(Qt::ISODate)));
            return Error::conflict(Text::tr("the masters were changed by someone else; reload them and try again"));
        }
        writeAll(tx, session.tenantId, masters);
        AuditLog::append(tx, session,
                         {QStringLiteral("masters.update"), QStringLiteral("masters"),
                          QString::number(session.tenantId), was, changed},
                         now);
        return rowVersion + 1;
    });
}

Result<std::optional<double>> MastersService::rememberedRate(const Session &session, double bf, const QString &shade) {
    if (auto ok = requirePermission(m_db, session, perm::CostingUse, m_clock); !ok)
        return ok.error();
    return m_db.read([&](Database &tx) -> Result<std::optional<double>> {
        const QVariant paise =
            tx.scalar(QStringLiteral("SELECT rate_paise FROM masters_rate_memory WHERE tenant_id = ? "
                                     "AND bf = ? AND shade_key = ?"),
                      {session.tenantId, bf, shadeKey(shade.trimmed())});
        if (!paise.isValid() || paise.isNull())
            return std::optional<double>();
        return std::optional<double>(fromPaise(paise));
    });
}

Result<void> MastersService::rememberRate(const Session &session, double bf, const QString &shade, double rate) {
    if (auto ok = requirePermission(m_db, session, perm::CostingUse, m_clock); !ok)
        return ok;
    if (!(std::isfinite(bf) && bf > 0))
        return Error::invalid(QStringLiteral("bf"), Text::tr("BF must be a number greater than 0"));
    if (!(std::isfinite(rate) && rate >= 0))
        return Error::invalid(QStringLiteral("rate"), Text::tr("the rate must not be negative"));
    if (!isWholePaise(rate))
        return Error::invalid(QStringLiteral("rate"), Text::tr("use whole paise (at most two decimals)"));
    const QString name = shade.trimmed();
    const QDateTime now = m_clock.nowUtc();
    auto saved = m_db.write([&](Database &tx) -> Result<bool> {
        const QString key = shadeKey(name);
        const QVariant old = tx.scalar(QStringLiteral("SELECT rate_paise FROM masters_rate_memory WHERE tenant_id = ? "
                                                      "AND bf = ? AND shade_key = ?"),
                                       {session.tenantId, bf, key});
        tx.exec(QStringLiteral("DELETE FROM masters_rate_memory WHERE tenant_id = ? AND bf = ? AND shade_key = ?"),
                {session.tenantId, bf, key});
        tx.exec(
            QStringLiteral("INSERT INTO masters_rate_memory (tenant_id, bf, shade_key, shade, rate_paise, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {session.tenantId, bf, key, name, toPaise(rate), isoUtc(now)});
        QJsonObject before;
        if (old.isValid() && !old.isNull())
            before.insert(QStringLiteral("rate"), fromPaise(old));
        AuditLog::append(tx, session,
                         {QStringLiteral("masters.rate_memory"), QStringLiteral("rate_memory"),
                          QStringLiteral("BF %1 %2").arg(bfText(bf), name), before,
                          QJsonObject{{QStringLiteral("rate"), rate}}},
                         now);
        return true;
    });
    if (!saved)
        return saved.error();
    return {};
}

} // namespace bcp
