// boxcost quote create FILE [--date YYYY-MM-DD] | show NUMBER [--json] | status NUMBER sent|accepted|rejected |
// list [--search TEXT] [--status S] [--limit N] [--json]. Signed in like the GUI; the same services,
// permissions and audit.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "data/Database.h"
#include "money/IndianFormat.h"
#include "services/PartyService.h"
#include "services/QuoteCalculator.h"
#include "services/QuoteJson.h"
#include "services/QuoteService.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace bcp::cli {

namespace {

struct QuoteText {
    Q_DECLARE_TR_FUNCTIONS(QuoteCommands)
};

QString usageText() {
    return QuoteText::tr(
        "usage: boxcost quote create FILE [--date YYYY-MM-DD] | show NUMBER [--json] | "
        "status NUMBER sent|accepted|rejected | list [--search TEXT] [--status STATUS] [--limit N] [--json]   "
        "(sign in with --as USERNAME)");
}

void warn(const QString &message) {
    const QByteArray line = QStringLiteral("boxcost: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

int create(Database &db, const Session &session, const Args &args) {
    if (args.positional.size() != 2)
        return fail(usageText());
    QDate date;
    if (args.has(QStringLiteral("date"))) {
        date = QDate::fromString(args.opt(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return fail(Error::invalid(QStringLiteral("--date"), QuoteText::tr("use the form YYYY-MM-DD")));
    }
    auto bytes = readInput(args.positional.at(1));
    if (!bytes)
        return fail(bytes.error());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QuoteText::tr("input is not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(QuoteText::tr("input must be one JSON object with party and items"));
    auto input = QuoteJson::readInput(doc.object());
    if (!input)
        return fail(input.error());

    QuoteService quotes(db);
    PartyService parties(db);
    auto masters = quotes.currentMasters(session);
    if (!masters)
        return fail(masters.error());
    // Every item is priced before anything is stored, so a bad box never leaves a new party behind.
    QList<QuoteItem> items = input->items;
    if (auto priced = QuoteCalculator::priceAll(items, masters.value()); !priced)
        return fail(priced.error());

    QuoteDraft draft;
    draft.items = input->items;
    draft.transport = input->transport;
    draft.terms = input->terms;
    draft.notes = input->notes;
    draft.masters = masters.value();
    draft.date = date;
    if (auto checked = QuoteService::checkDraft(draft); !checked)
        return fail(checked.error());

    auto existing = parties.findByMobile(session, input->party.mobile);
    if (!existing)
        return fail(existing.error());
    qint64 partyId = 0;
    if (existing->has_value()) {
        partyId = existing->value().id;
    } else {
        auto created = parties.create(session, input->party);
        if (created) {
            partyId = created->id;
        } else {
            // Another script may have created this party a moment ago: then it is the one to use.
            auto raced = parties.findByMobile(session, input->party.mobile);
            if (!raced || !raced->has_value()) {
                Error e = created.error();
                if (!e.field.isEmpty())
                    e.field = QStringLiteral("party.") + e.field;
                return fail(e);
            }
            partyId = raced->value().id;
        }
    }

    draft.partyId = partyId;
    auto saved = quotes.save(session, draft);
    if (!saved)
        return fail(saved.error());
    if (saved->duplicate)
        warn(
            QuoteText::tr("%1 (saved as version %2 of %3)").arg(saved->warning).arg(saved->version).arg(saved->number));
    out(saved->number);
    return 0;
}

QString money(Money m) {
    return IndianFormat::money(m);
}

void printQuote(const Quote &q) {
    const QuoteVersion &v = q.active;
    out(QuoteText::tr("%1  version %2  %3  date %4  valid until %5")
            .arg(q.number)
            .arg(v.version)
            .arg(quoteStatusCode(q.status), v.date.toString(Qt::ISODate), v.validUntil.toString(Qt::ISODate)));
    QString party = v.party.name;
    if (!v.party.company.isEmpty())
        party += QStringLiteral(" (%1)").arg(v.party.company);
    party += QStringLiteral("  ") + v.party.mobile;
    if (!v.party.gstin.isEmpty())
        party += QStringLiteral("  GSTIN ") + v.party.gstin;
    out(QuoteText::tr("party: %1").arg(party));
    for (qsizetype i = 0; i < v.items.size(); ++i) {
        const QuoteItem &item = v.items.at(i);
        QString rate = money(item.unitPrice);
        if (item.unitPrice != item.ratePerBox)
            rate += QuoteText::tr(" (costed %1)").arg(money(item.ratePerBox));
        out(QStringLiteral("%1. %2  %3 %4 x %5 = %6  %7%8")
                .arg(i + 1)
                .arg(item.name)
                .arg(item.spec.quantity)
                .arg(item.unit, rate, money(item.amount), item.paperSpec,
                     item.selected ? QString() : QuoteText::tr("  (not selected)")));
    }
    const Totals &t = v.totals;
    out(QuoteText::tr("subtotal %1  transport %2  taxable %3")
            .arg(money(t.subtotal), money(t.transport), money(t.taxable)));
    if (t.intraState)
        out(QuoteText::tr("CGST %1 %  %2  SGST %1 %  %3")
                .arg(GstTotals::halfPercentText(t.gstRateBasisPoints), money(t.cgst), money(t.sgst)));
    else
        out(QuoteText::tr("IGST %1 %  %2").arg(GstTotals::percentText(t.gstRateBasisPoints), money(t.igst)));
    out(QuoteText::tr("round-off %1  grand total %2").arg(money(t.roundOff), money(t.grand)));
}

int show(QuoteService &quotes, const Session &session, const Args &args) {
    if (args.positional.size() != 2)
        return fail(usageText());
    auto quote = quotes.getByNumber(session, args.positional.at(1));
    if (!quote)
        return fail(quote.error());
    if (args.flag(QStringLiteral("json")))
        outJson(QJsonDocument(QuoteJson::show(quote.value())));
    else
        printQuote(quote.value());
    return 0;
}

int status(QuoteService &quotes, const Session &session, const Args &args) {
    if (args.positional.size() != 3)
        return fail(usageText());
    const auto target = parseQuoteStatus(args.positional.at(2));
    if (!target ||
        (*target != QuoteStatus::Sent && *target != QuoteStatus::Accepted && *target != QuoteStatus::Rejected))
        return fail(Error::invalid(QStringLiteral("STATUS"), QuoteText::tr("use sent, accepted or rejected")));
    auto quote = quotes.getByNumber(session, args.positional.at(1));
    if (!quote)
        return fail(quote.error());
    auto changed = quotes.setStatus(session, quote->id, *target);
    if (!changed)
        return fail(changed.error());
    out(QStringLiteral("%1 %2").arg(changed->number, quoteStatusCode(changed->status)));
    return 0;
}

int list(QuoteService &quotes, const Session &session, const Args &args) {
    QuoteQuery query;
    query.search = args.opt(QStringLiteral("search"));
    if (args.has(QStringLiteral("status"))) {
        const auto s = parseQuoteStatus(args.opt(QStringLiteral("status")));
        if (!s)
            return fail(Error::invalid(QStringLiteral("--status"),
                                       QuoteText::tr("use draft, sent, accepted, rejected or expired")));
        query.statuses << *s;
    }
    bool ok = true;
    query.limit = args.has(QStringLiteral("limit")) ? args.opt(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || query.limit < 1 || query.limit > 1000)
        return fail(Error::invalid(QStringLiteral("--limit"), QuoteText::tr("use 1 to 1000")));
    auto page = quotes.list(session, query);
    if (!page)
        return fail(page.error());
    if (args.flag(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const QuoteRow &r : page->rows)
            rows.append(QJsonObject{{QStringLiteral("number"), r.number},
                                    {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                                    {QStringLiteral("party"), r.partyName},
                                    {QStringLiteral("items"), r.itemCount},
                                    {QStringLiteral("grandPaise"), r.grand.paise()},
                                    {QStringLiteral("status"), quoteStatusCode(r.status)},
                                    {QStringLiteral("version"), r.version}});
        outJson(QJsonDocument(rows));
        return 0;
    }
    for (const QuoteRow &r : page->rows)
        out(QStringLiteral("%1  %2  %3  %4  %5  %6  v%7")
                .arg(r.number, r.date.toString(Qt::ISODate), r.partyName)
                .arg(r.itemCount)
                .arg(money(r.grand), quoteStatusCode(r.status))
                .arg(r.version));
    return 0;
}

} // namespace

int runQuote(const Args &args) {
    const QString action = args.positional.value(0);
    static const QStringList actions = {QStringLiteral("create"), QStringLiteral("show"), QStringLiteral("status"),
                                        QStringLiteral("list")};
    if (!actions.contains(action))
        return fail(usageText());
    auto signedIn = openAndSignIn(args);
    if (!signedIn)
        return fail(signedIn.error());
    Database &db = *signedIn->db;
    const Session &session = signedIn->session;
    QuoteService quotes(db);
    if (action == QLatin1String("create"))
        return create(db, session, args);
    if (action == QLatin1String("show"))
        return show(quotes, session, args);
    if (action == QLatin1String("status"))
        return status(quotes, session, args);
    return list(quotes, session, args);
}

} // namespace bcp::cli
