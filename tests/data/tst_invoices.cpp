// Invoices on a real database: drafts from accepted quotes only, numbers assigned at finalisation (gapless
// with concurrent writers, a new series from 1 April), templates held to the 16-character rule, final
// invoices immutable in the service and in the database, cancellation keeping the number, credit notes,
// payments and a party's outstanding balance, the paged list against a brute-force filter, the company
// profile with its identity lock, the printed documents built from stored snapshots, permissions, tenant
// isolation and one audit row for every change.

#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "documents/DocumentRenderer.h"
#include "money/Gstin.h"
#include "services/Clock.h"
#include "services/CompanyService.h"
#include "services/DocumentBuilder.h"
#include "services/InvoiceService.h"
#include "services/MastersService.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"

#include <QBuffer>
#include <QImage>
#include <QSet>
#include <QTest>

#include <functional>

using namespace bcp;
using test::quoteItem;
using test::sessionForRole;
using test::threePlyBox;

namespace {

const QString kPassword = QStringLiteral("Corrugated#Board-2026");

InvoiceLine line(const QString &name, qint64 quantity, qint64 ratePaise, const QString &hsn = QStringLiteral("4819")) {
    InvoiceLine l;
    l.name = name;
    l.quantity = quantity;
    l.rate = Money::fromPaise(ratePaise);
    l.hsn = hsn;
    return l;
}

// A valid GSTIN from its first 14 characters.
QString gstin(const QString &first14) {
    return first14 + Gstin::checkCharacter(first14);
}

bool refusedBySql(Database &db, const QString &sql) {
    auto r = db.write([&](Database &tx) -> Result<bool> {
        tx.exec(sql);
        return true;
    });
    return !r.ok() && r.error().kind == Error::Kind::Database && r.error().message.contains(QLatin1String("immutable"));
}

} // namespace

class TestInvoices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void onlyAcceptedQuotesBecomeInvoices();
    void draftCopiesTheQuoteVersion();
    void blankDraftEditAndPreview();
    void finalizeAssignsNumberAndFreezes();
    void databaseRefusesChangesToFinalInvoices();
    void newFinancialYearStartsANewSeries();
    void templatesAreHeldToSixteenCharacters();
    void cancelKeepsTheNumber();
    void creditNotes();
    void paymentsAndOutstanding();
    void concurrentThreadsFinalizeGapless();
    void listPagesAndFilters();
    void companyProfileAndIdentityLock();
    void documentsComeFromStoredSnapshots();
    void permissionsAndTenantIsolation();
    void oneAuditRowPerChange();

private:
    Party party(const QString &name, const QString &mobile, const QString &gstinText = {}, const QString &state = {});
    Quote acceptedQuote(qint64 partyId, const QString &boxName, bool accept = true);
    Invoice draft(qint64 partyId, QList<InvoiceLine> lines, const QDate &date = {});
    Invoice finalized(qint64 partyId, const QDate &date = {}, qint64 ratePaise = 1000);
    int audits(const QString &action) { return test::auditCount(*m_db, action); }

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QuoteService> m_quotes;
    std::unique_ptr<PartyService> m_parties;
    std::unique_ptr<InvoiceService> m_invoices;
    std::unique_ptr<CompanyService> m_company;
    Session m_owner;
    int m_boxes = 0;
};

void TestInvoices::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2025, 11, 26), QTime(10, 0), QTimeZone::utc()));
    m_quotes = std::make_unique<QuoteService>(*m_db, *m_clock);
    m_parties = std::make_unique<PartyService>(*m_db, *m_clock);
    m_invoices = std::make_unique<InvoiceService>(*m_db, *m_clock);
    m_company = std::make_unique<CompanyService>(*m_db, *m_clock);
    m_owner = test::setUpSharmaPackaging(*m_db, *m_clock, kPassword);
}

void TestInvoices::cleanup() {
    m_company.reset();
    m_invoices.reset();
    m_quotes.reset();
    m_parties.reset();
    m_db.reset();
    m_t.reset();
}

Party TestInvoices::party(const QString &name, const QString &mobile, const QString &gstinText, const QString &state) {
    Party p;
    p.name = name;
    p.mobile = mobile;
    p.gstin = gstinText;
    p.billing.stateCode = state;
    p.billing.line1 = QStringLiteral("Plot 4, MIDC");
    p.billing.city = QStringLiteral("Pune");
    auto r = m_parties->create(m_owner, p);
    if (!r)
        qFatal("party failed: %s", qPrintable(r.error().text()));
    return r.value();
}

Quote TestInvoices::acceptedQuote(qint64 partyId, const QString &boxName, bool accept) {
    QuoteDraft d;
    d.partyId = partyId;
    QuoteItem a = quoteItem(boxName, threePlyBox(300 + m_boxes, 200, 150));
    a.negotiation = Negotiation::percent(10);
    QuoteItem b = quoteItem(boxName + QStringLiteral(" lid"), threePlyBox(310 + m_boxes, 210, 40, 500));
    QuoteItem unselected = quoteItem(boxName + QStringLiteral(" spare"), threePlyBox(320 + m_boxes, 220, 50, 100));
    unselected.selected = false;
    ++m_boxes;
    d.items << a << b << unselected;
    d.transport = Money::fromPaise(150000);
    auto saved = m_quotes->save(m_owner, d);
    if (!saved)
        qFatal("quote failed: %s", qPrintable(saved.error().text()));
    if (accept) {
        auto status = m_quotes->setStatus(m_owner, saved->quoteId, QuoteStatus::Accepted);
        if (!status)
            qFatal("accept failed: %s", qPrintable(status.error().text()));
    }
    return m_quotes->get(m_owner, saved->quoteId).value();
}

Invoice TestInvoices::draft(qint64 partyId, QList<InvoiceLine> lines, const QDate &date) {
    InvoiceDraft d;
    d.partyId = partyId;
    d.lines = std::move(lines);
    d.gstRatePercent = 18;
    d.date = date;
    auto r = m_invoices->saveDraft(m_owner, d);
    if (!r)
        qFatal("draft failed: %s", qPrintable(r.error().text()));
    return r.value();
}

Invoice TestInvoices::finalized(qint64 partyId, const QDate &date, qint64 ratePaise) {
    const Invoice d = draft(partyId, {line(QStringLiteral("Carton"), 100, ratePaise)}, date);
    auto r = m_invoices->finalize(m_owner, d.id, d.rowVersion);
    if (!r)
        qFatal("finalize failed: %s", qPrintable(r.error().text()));
    return r.value();
}

void TestInvoices::onlyAcceptedQuotesBecomeInvoices() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Quote q = acceptedQuote(p.id, QStringLiteral("Apple Box"), false);
    auto refused = m_invoices->createFromQuote(m_owner, q.id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("boxcost quote status %1 accepted").arg(q.number)),
             qPrintable(refused.error().message));
    QVERIFY(m_quotes->setStatus(m_owner, q.id, QuoteStatus::Sent));
    QCOMPARE(m_invoices->createFromQuoteNumber(m_owner, q.number).error().kind, Error::Kind::Conflict);
    QVERIFY(m_quotes->setStatus(m_owner, q.id, QuoteStatus::Rejected));
    QCOMPARE(m_invoices->createFromQuote(m_owner, q.id).error().kind, Error::Kind::Conflict);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM invoices")).toInt(), 0);

    const Quote accepted = acceptedQuote(p.id, QStringLiteral("Mango Box"));
    auto made = m_invoices->createFromQuoteNumber(m_owner, accepted.number, QDate(2025, 11, 27));
    QVERIFY2(made, made ? "" : qPrintable(made.error().text()));
    QCOMPARE(made->status, InvoiceStatus::Draft);
    QVERIFY(made->number.isEmpty());
    QCOMPARE(made->date, QDate(2025, 11, 27));
    QCOMPARE(made->quoteNumber, accepted.number);
    QCOMPARE(m_invoices->createFromQuoteNumber(m_owner, QStringLiteral("QT/25-26/9999")).error().kind,
             Error::Kind::NotFound);
}

void TestInvoices::draftCopiesTheQuoteVersion() {
    const Party p =
        party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"), QStringLiteral("27AAPFU0939F1ZV"));
    const Quote q = acceptedQuote(p.id, QStringLiteral("Apple Box"));
    const QuoteVersion &v = q.active;
    auto made = m_invoices->createFromQuote(m_owner, q.id);
    QVERIFY2(made, made ? "" : qPrintable(made.error().text()));
    const Invoice &inv = made.value();
    // The selected items only, at their negotiated prices.
    QCOMPARE(inv.lines.size(), 2);
    QCOMPARE(inv.lines.at(0).name, v.items.at(0).name);
    QCOMPARE(inv.lines.at(0).rate, v.items.at(0).unitPrice);
    QVERIFY(v.items.at(0).unitPrice < v.items.at(0).ratePerBox);
    QCOMPARE(inv.lines.at(0).quantity, qint64(1000));
    QCOMPARE(inv.lines.at(0).paperSpec, v.items.at(0).paperSpec);
    QCOMPARE(inv.lines.at(0).length, v.items.at(0).spec.length);
    QCOMPARE(inv.lines.at(1).quantity, qint64(500));
    QCOMPARE(inv.lines.at(1).rate, v.items.at(1).unitPrice);
    // Transport, GST and round-off as the version had them: the same totals to the paisa.
    QCOMPARE(inv.transport, v.transport);
    QCOMPARE(inv.gstRateBasisPoints, v.totals.gstRateBasisPoints);
    QCOMPARE(inv.totals.grand, v.totals.grand);
    QCOMPARE(inv.totals.taxable, v.totals.taxable);
    QCOMPARE(inv.totals.cgst, v.totals.cgst);
    QCOMPARE(inv.totals.roundOff, v.totals.roundOff);
    Money lineGst;
    for (const InvoiceLine &l : inv.lines) {
        QCOMPARE(l.taxable, l.rate * l.quantity);
        QCOMPARE(l.total, l.taxable + l.gst);
        lineGst += l.gst;
    }
    QVERIFY(lineGst < inv.totals.gst); // the rest is the freight's share
    QCOMPARE(inv.quoteVersion, v.version);
    QCOMPARE(inv.party.gstin, QStringLiteral("27AAPFU0939F1ZV"));
    QCOMPARE(inv.placeOfSupply, QStringLiteral("27"));
    QVERIFY(inv.intraState);

    // The party edited later: the draft keeps the snapshot it was made with.
    Party edited = m_parties->get(m_owner, p.id).value();
    edited.name = QStringLiteral("Ravi K. Kumar");
    QVERIFY(m_parties->update(m_owner, edited));
    QCOMPARE(m_invoices->get(m_owner, inv.id)->party.name, QStringLiteral("Ravi Kumar"));
}

void TestInvoices::blankDraftEditAndPreview() {
    const Party p =
        party(QStringLiteral("Mohan Rao"), QStringLiteral("9820022222"), gstin(QStringLiteral("29AAGCB7383J1Z")));
    auto blank = m_invoices->blankDraft(m_owner, p.id);
    QVERIFY(blank);
    QCOMPARE(blank->date, QDate(2025, 11, 26));
    QVERIFY(blank->gstRatePercent > 0);
    InvoiceDraft d = blank.value();
    d.lines << line(QStringLiteral("Die-cut tray"), 250, 1234);
    d.transport = Money::fromPaise(50000);
    auto preview = m_invoices->preview(m_owner, d);
    QVERIFY2(preview, preview ? "" : qPrintable(preview.error().text()));
    QVERIFY(!preview->intraState); // Karnataka buyer, Maharashtra seller
    QCOMPARE(preview->placeOfSupply, QStringLiteral("29"));
    QCOMPARE(preview->totals.cgst, Money());
    QCOMPARE(preview->totals.igst, preview->totals.gst);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM invoices")).toInt(), 0);

    auto saved = m_invoices->saveDraft(m_owner, d);
    QVERIFY(saved);
    QCOMPARE(saved->totals.grand, preview->totals.grand);
    InvoiceDraft edit = InvoiceDraft::of(saved.value());
    edit.lines << line(QStringLiteral("Separator"), 1000, 150, QStringLiteral("48191010"));
    edit.poNumber = QStringLiteral("PO-778");
    edit.poDate = QDate(2025, 11, 20);
    edit.dueDate = QDate(2025, 12, 26);
    edit.shipTo =
        ShipTo{QStringLiteral("Warehouse 2"),
               QString(),
               {QStringLiteral("Gate 3"), {}, QStringLiteral("Hosur"), QStringLiteral("33"), QStringLiteral("635109")},
               {}};
    auto edited = m_invoices->saveDraft(m_owner, edit);
    QVERIFY2(edited, edited ? "" : qPrintable(edited.error().text()));
    QCOMPARE(edited->lines.size(), 2);
    QCOMPARE(edited->lines.at(1).hsn, QStringLiteral("48191010"));
    QCOMPARE(edited->poNumber, QStringLiteral("PO-778"));
    QVERIFY(edited->shipTo.has_value());
    QCOMPARE(edited->shipTo->address.city, QStringLiteral("Hosur"));
    QCOMPARE(edited->rowVersion, saved->rowVersion + 1);
    // An edit started from the older row version is refused, naming who changed it.
    auto stale = m_invoices->saveDraft(m_owner, edit);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY(stale.error().message.contains(QLatin1String("ravi")));

    // Bad input names the field.
    InvoiceDraft bad = InvoiceDraft::of(edited.value());
    bad.lines[1].quantity = 0;
    QCOMPARE(m_invoices->saveDraft(m_owner, bad).error().field, QStringLiteral("lines[1].quantity"));
    bad = InvoiceDraft::of(edited.value());
    bad.lines[0].hsn = QStringLiteral("48A9");
    QCOMPARE(m_invoices->saveDraft(m_owner, bad).error().field, QStringLiteral("lines[0].hsn"));
    bad = InvoiceDraft::of(edited.value());
    bad.lines.clear();
    QCOMPARE(m_invoices->saveDraft(m_owner, bad).error().field, QStringLiteral("lines"));
    bad = InvoiceDraft::of(edited.value());
    bad.dueDate = QDate(2025, 11, 1);
    QCOMPARE(m_invoices->saveDraft(m_owner, bad).error().field, QStringLiteral("dueDate"));
    bad = InvoiceDraft::of(edited.value());
    bad.partyId = 0;
    QCOMPARE(m_invoices->saveDraft(m_owner, bad).error().field, QStringLiteral("party"));

    // A draft may be discarded; nothing of it stays.
    QVERIFY(m_invoices->discardDraft(m_owner, edited->id, edited->rowVersion));
    QCOMPARE(m_invoices->get(m_owner, edited->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM invoice_lines")).toInt(), 0);
}

void TestInvoices::finalizeAssignsNumberAndFreezes() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Invoice d = draft(p.id, {line(QStringLiteral("Carton"), 100, 1000)});
    QCOMPARE(m_invoices->nextNumber(m_owner, QDate(2025, 11, 26)).value(), QStringLiteral("INV/25-26/0001"));
    auto fin = m_invoices->finalize(m_owner, d.id, d.rowVersion);
    QVERIFY2(fin, fin ? "" : qPrintable(fin.error().text()));
    QCOMPARE(fin->number, QStringLiteral("INV/25-26/0001"));
    QCOMPARE(fin->status, InvoiceStatus::Final);
    QCOMPARE(fin->finalizedBy, QStringLiteral("ravi"));
    QCOMPARE(fin->paymentStatus, PaymentStatus::Unpaid);
    QCOMPARE(fin->balance, fin->totals.grand);
    QCOMPARE(m_invoices->getByNumber(m_owner, QStringLiteral("INV/25-26/0001"))->id, d.id);

    // The service refuses every change to a final invoice.
    QCOMPARE(m_invoices->finalize(m_owner, d.id).error().kind, Error::Kind::Conflict);
    InvoiceDraft edit = InvoiceDraft::of(fin.value());
    edit.lines[0].quantity = 1;
    auto changed = m_invoices->saveDraft(m_owner, edit);
    QCOMPARE(changed.error().kind, Error::Kind::Conflict);
    QVERIFY(changed.error().message.contains(QLatin1String("final")));
    QCOMPARE(m_invoices->discardDraft(m_owner, d.id, fin->rowVersion).error().kind, Error::Kind::Conflict);
    QCOMPARE(m_invoices->get(m_owner, d.id)->lines.at(0).quantity, qint64(100));

    // A stale row version is refused; the next invoice takes the next number.
    const Invoice d2 = draft(p.id, {line(QStringLiteral("Carton"), 10, 1000)});
    QCOMPARE(m_invoices->finalize(m_owner, d2.id, d2.rowVersion - 1).error().kind, Error::Kind::Conflict);
    QCOMPARE(m_invoices->finalize(m_owner, d2.id)->number, QStringLiteral("INV/25-26/0002"));
}

void TestInvoices::databaseRefusesChangesToFinalInvoices() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Invoice fin = finalized(p.id);
    const Invoice open = draft(p.id, {line(QStringLiteral("Tray"), 5, 500)});
    const QString id = QString::number(fin.id);
    const QStringList attacks = {
        QStringLiteral("UPDATE invoices SET grand_paise = 1 WHERE id = %1").arg(id),
        QStringLiteral("UPDATE invoices SET number = 'INV/25-26/0099' WHERE id = %1").arg(id),
        QStringLiteral("UPDATE invoices SET invoice_date = '2025-12-01' WHERE id = %1").arg(id),
        QStringLiteral("UPDATE invoices SET party_snapshot = '{}' WHERE id = %1").arg(id),
        QStringLiteral("UPDATE invoices SET status = 'draft' WHERE id = %1").arg(id),
        QStringLiteral("UPDATE invoices SET status = 'cancelled' WHERE id = %1").arg(id), // no reason
        QStringLiteral("DELETE FROM invoices WHERE id = %1").arg(id),
        QStringLiteral("UPDATE invoice_lines SET quantity = 1 WHERE invoice_id = %1").arg(id),
        QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = %1").arg(id),
        QStringLiteral("INSERT INTO invoice_lines (tenant_id, invoice_id, position, name, quantity, rate_paise, "
                       "taxable_paise, gst_paise, total_paise) VALUES (%2, %1, 9, 'Extra', 1, 1, 1, 0, 1)")
            .arg(id)
            .arg(m_owner.tenantId),
        QStringLiteral("UPDATE invoice_lines SET invoice_id = %1 WHERE invoice_id = %2").arg(id).arg(open.id),
    };
    for (const QString &sql : attacks)
        QVERIFY2(refusedBySql(*m_db, sql), qPrintable(sql));
    const Invoice after = m_invoices->get(m_owner, fin.id).value();
    QCOMPARE(after.totals.grand, fin.totals.grand);
    QCOMPARE(after.number, fin.number);
    QCOMPARE(after.status, InvoiceStatus::Final);
    QCOMPARE(after.lines.size(), 1);
    QCOMPARE(after.lines.at(0).quantity, qint64(100));

    // A draft is still free to change, and the cancel transition with a reason goes through.
    QVERIFY(!refusedBySql(*m_db,
                          QStringLiteral("UPDATE invoice_lines SET quantity = 6 WHERE invoice_id = %1").arg(open.id)));
    auto cancelled = m_db->write([&](Database &tx) -> Result<bool> {
        tx.exec(QStringLiteral("UPDATE invoices SET status = 'cancelled', cancel_reason = 'Wrong party billed' "
                               "WHERE id = ?"),
                {fin.id});
        return true;
    });
    QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().text()));
    // Once cancelled, nothing changes any more, not even back to final.
    QVERIFY(refusedBySql(*m_db, QStringLiteral("UPDATE invoices SET status = 'final' WHERE id = %1").arg(id)));
    QVERIFY(refusedBySql(*m_db, QStringLiteral("UPDATE invoices SET cancel_reason = 'x' WHERE id = %1").arg(id)));
    QVERIFY(refusedBySql(*m_db, QStringLiteral("DELETE FROM invoices WHERE id = %1").arg(id)));
}

void TestInvoices::newFinancialYearStartsANewSeries() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QCOMPARE(finalized(p.id, QDate(2026, 3, 30)).number, QStringLiteral("INV/25-26/0001"));
    QCOMPARE(finalized(p.id, QDate(2026, 3, 31)).number, QStringLiteral("INV/25-26/0002"));
    QCOMPARE(finalized(p.id, QDate(2026, 4, 1)).number, QStringLiteral("INV/26-27/0001"));
    QCOMPARE(finalized(p.id, QDate(2026, 3, 31)).number, QStringLiteral("INV/25-26/0003"));
    QCOMPARE(finalized(p.id, QDate(2026, 4, 2)).number, QStringLiteral("INV/26-27/0002"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM counters WHERE series = 'invoice'")).toInt(), 2);
}

void TestInvoices::templatesAreHeldToSixteenCharacters() {
    CompanyProfile profile = m_company->get(m_owner).value();
    QCOMPARE(profile.invoiceTemplate, QStringLiteral("INV/{FY}/{seq:4}"));
    const QString before = m_db->scalar(QStringLiteral("SELECT count(*) FROM company_profiles")).toString();

    profile.invoiceTemplate = QStringLiteral("INVOICE/{FY}/{seq:6}"); // 8 + 5 + 1 + 6 = 20 characters
    auto refused = m_company->save(m_owner, profile);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("invoiceTemplate"));
    QVERIFY2(refused.error().message.contains(QLatin1String("16")), qPrintable(refused.error().message));
    profile.invoiceTemplate = QStringLiteral("INV/{YYYY}/{seq:4}");
    QCOMPARE(m_company->save(m_owner, profile).error().field, QStringLiteral("invoiceTemplate")); // no {FY}
    profile.invoiceTemplate = QStringLiteral("INV#{FY}#{seq:4}");
    QCOMPARE(m_company->save(m_owner, profile).error().field, QStringLiteral("invoiceTemplate")); // '#'
    profile.invoiceTemplate = QStringLiteral("SP/{FY}/{seq:4}");
    profile.creditNoteTemplate = QStringLiteral("CREDITNOTE/{FY}/{seq:5}");
    QCOMPARE(m_company->save(m_owner, profile).error().field, QStringLiteral("creditNoteTemplate"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM company_profiles")).toString(), before);

    profile.creditNoteTemplate = QStringLiteral("SCN/{FY}/{seq:3}");
    auto saved = m_company->save(m_owner, profile);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().text()));
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Invoice inv = finalized(p.id);
    QCOMPARE(inv.number, QStringLiteral("SP/25-26/0001"));
    CreditNoteDraft cn;
    cn.invoiceId = inv.id;
    cn.reason = QStringLiteral("Ten cartons damaged");
    cn.lines << CreditNoteLine{0, 10};
    QCOMPARE(m_invoices->createCreditNote(m_owner, cn)->number, QStringLiteral("SCN/25-26/001"));
}

void TestInvoices::cancelKeepsTheNumber() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Invoice first = finalized(p.id);
    QCOMPARE(m_invoices->cancel(m_owner, first.id, QStringLiteral("no")).error().field, QStringLiteral("reason"));
    const Invoice open = draft(p.id, {line(QStringLiteral("Tray"), 5, 500)});
    QCOMPARE(m_invoices->cancel(m_owner, open.id, QStringLiteral("Not needed")).error().kind, Error::Kind::Conflict);
    QCOMPARE(m_invoices->cancel(m_owner, first.id, QStringLiteral("Wrong rate"), first.rowVersion - 1).error().kind,
             Error::Kind::Conflict);

    auto cancelled = m_invoices->cancel(m_owner, first.id, QStringLiteral("  Wrong party billed  "), first.rowVersion);
    QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().text()));
    QCOMPARE(cancelled->status, InvoiceStatus::Cancelled);
    QCOMPARE(cancelled->number, first.number);
    QCOMPARE(cancelled->cancelReason, QStringLiteral("Wrong party billed"));
    QCOMPARE(cancelled->cancelledBy, QStringLiteral("ravi"));
    QCOMPARE(cancelled->totals.grand, first.totals.grand);
    QCOMPARE(m_invoices->getByNumber(m_owner, first.number)->status, InvoiceStatus::Cancelled);
    QCOMPARE(m_invoices->cancel(m_owner, first.id, QStringLiteral("Again and again")).error().kind,
             Error::Kind::Conflict);
    NewPayment pay{first.id, {}, Money::fromPaise(100), PaymentMode::Cash, {}};
    QCOMPARE(m_invoices->recordPayment(m_owner, pay).error().kind, Error::Kind::Conflict);
    // The number is never reused.
    QCOMPARE(m_invoices->finalize(m_owner, open.id)->number, QStringLiteral("INV/25-26/0002"));
    QCOMPARE(m_invoices->partyOutstanding(m_owner, p.id)->invoiced, m_invoices->get(m_owner, open.id)->totals.grand);

    // An invoice with a payment is corrected by a credit note, not cancelled.
    pay.invoiceId = open.id;
    QVERIFY(m_invoices->recordPayment(m_owner, pay));
    QCOMPARE(m_invoices->cancel(m_owner, open.id, QStringLiteral("Wrong rate")).error().kind, Error::Kind::Conflict);
}

void TestInvoices::creditNotes() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Invoice d = draft(p.id, {line(QStringLiteral("Carton"), 100, 1000), line(QStringLiteral("Lid"), 50, 400)});
    InvoiceDraft withFreight = InvoiceDraft::of(d);
    withFreight.transport = Money::fromPaise(20000);
    const Invoice saved = m_invoices->saveDraft(m_owner, withFreight).value();
    CreditNoteDraft cn;
    cn.invoiceId = saved.id;
    cn.reason = QStringLiteral("Ten cartons damaged");
    cn.lines << CreditNoteLine{0, 10};
    QCOMPARE(m_invoices->createCreditNote(m_owner, cn).error().kind, Error::Kind::Conflict); // still a draft
    const Invoice inv = m_invoices->finalize(m_owner, saved.id).value();

    auto note = m_invoices->createCreditNote(m_owner, cn);
    QVERIFY2(note, note ? "" : qPrintable(note.error().text()));
    QCOMPARE(note->kind, InvoiceKind::CreditNote);
    QCOMPARE(note->status, InvoiceStatus::Final);
    QCOMPARE(note->number, QStringLiteral("CN/25-26/0001"));
    QCOMPARE(note->againstNumber, inv.number);
    QCOMPARE(note->lines.size(), 1);
    QCOMPARE(note->lines.at(0).rate, Money::fromPaise(1000));
    QCOMPARE(note->totals.taxable, Money::fromPaise(10000));
    const Invoice credited = m_invoices->get(m_owner, inv.id).value();
    QCOMPARE(credited.credited, note->totals.grand);
    QCOMPARE(credited.balance, inv.totals.grand - note->totals.grand);
    QCOMPARE(credited.paymentStatus, PaymentStatus::PartlyPaid);
    // The invoice itself is unchanged.
    QCOMPARE(credited.totals.grand, inv.totals.grand);
    QCOMPARE(credited.lines.at(0).quantity, qint64(100));

    // Lines may not exceed what is invoiced less what earlier credit notes took.
    cn.lines = {CreditNoteLine{0, 91}};
    auto tooMany = m_invoices->createCreditNote(m_owner, cn);
    QCOMPARE(tooMany.error().field, QStringLiteral("lines[0].quantity"));
    QVERIFY(tooMany.error().message.contains(QLatin1String("90")));
    cn.lines = {CreditNoteLine{2, 1}};
    QCOMPARE(m_invoices->createCreditNote(m_owner, cn).error().field, QStringLiteral("lines[0].invoiceLine"));
    cn.lines = {CreditNoteLine{1, 50}, CreditNoteLine{0, 90}};
    cn.transport = Money::fromPaise(20001);
    QCOMPARE(m_invoices->createCreditNote(m_owner, cn).error().field, QStringLiteral("transport"));
    cn.transport = Money::fromPaise(20000);
    cn.reason = QStringLiteral("x");
    QCOMPARE(m_invoices->createCreditNote(m_owner, cn).error().field, QStringLiteral("reason"));
    cn.reason = QStringLiteral("Order returned in full");
    auto rest = m_invoices->createCreditNote(m_owner, cn);
    QVERIFY2(rest, rest ? "" : qPrintable(rest.error().text()));
    QCOMPARE(rest->number, QStringLiteral("CN/25-26/0002"));
    const Invoice full = m_invoices->get(m_owner, inv.id).value();
    QCOMPARE(full.balance, Money());
    QCOMPARE(full.paymentStatus, PaymentStatus::Paid);
    QCOMPARE(m_invoices->creditNotes(m_owner, inv.id)->size(), 2);
    cn.lines = {CreditNoteLine{0, 1}};
    cn.transport = Money();
    QCOMPARE(m_invoices->createCreditNote(m_owner, cn).error().field, QStringLiteral("lines[0].quantity"));
    // Credit notes are final documents too.
    QVERIFY(refusedBySql(*m_db, QStringLiteral("UPDATE invoices SET grand_paise = 0 WHERE id = %1").arg(rest->id)));
    // Invoice numbering is its own series.
    QCOMPARE(finalized(p.id).number, QStringLiteral("INV/25-26/0002"));

    // Cancelling a credit note gives the invoice its balance back.
    auto undone = m_invoices->cancel(m_owner, rest->id, QStringLiteral("Goods were not returned"));
    QVERIFY2(undone, undone ? "" : qPrintable(undone.error().text()));
    QCOMPARE(m_invoices->get(m_owner, inv.id)->balance, rest->totals.grand);
}

void TestInvoices::paymentsAndOutstanding() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Party other = party(QStringLiteral("Mohan Rao"), QStringLiteral("9820022222"));
    const Invoice a = finalized(p.id, {}, 1000); // 100 × ₹10 + 18 % = ₹1,180
    const Invoice b = finalized(p.id, {}, 2000); // ₹2,360
    const Invoice c = finalized(other.id, {}, 500);
    draft(p.id, {line(QStringLiteral("Draft only"), 1, 99999)}); // drafts owe nothing
    QCOMPARE(a.totals.grand, Money::fromPaise(118000));
    QCOMPARE(b.totals.grand, Money::fromPaise(236000));

    auto balance = m_invoices->partyOutstanding(m_owner, p.id);
    QVERIFY(balance);
    QCOMPARE(balance->invoiced, Money::fromPaise(354000));
    QCOMPARE(balance->outstanding, Money::fromPaise(354000));
    QCOMPARE(balance->unpaidInvoices, 2);

    NewPayment pay{a.id, QDate(2025, 11, 28), Money::fromPaise(50000), PaymentMode::Upi, QStringLiteral("UTR 5521")};
    auto first = m_invoices->recordPayment(m_owner, pay);
    QVERIFY2(first, first ? "" : qPrintable(first.error().text()));
    QCOMPARE(first->invoiceNumber, a.number);
    QCOMPARE(first->mode, PaymentMode::Upi);
    QCOMPARE(first->reference, QStringLiteral("UTR 5521"));
    QCOMPARE(first->date, QDate(2025, 11, 28));
    Invoice now = m_invoices->get(m_owner, a.id).value();
    QCOMPARE(now.paymentStatus, PaymentStatus::PartlyPaid);
    QCOMPARE(now.paid, Money::fromPaise(50000));
    QCOMPARE(now.balance, Money::fromPaise(68000));

    pay.amount = Money::fromPaise(68001);
    QCOMPARE(m_invoices->recordPayment(m_owner, pay).error().field, QStringLiteral("amount"));
    pay.amount = Money();
    QCOMPARE(m_invoices->recordPayment(m_owner, pay).error().field, QStringLiteral("amount"));
    pay.amount = Money::fromPaise(68000);
    pay.mode = PaymentMode::Cheque;
    pay.reference = QStringLiteral("Chq 004512");
    QVERIFY(m_invoices->recordPayment(m_owner, pay));
    now = m_invoices->get(m_owner, a.id).value();
    QCOMPARE(now.paymentStatus, PaymentStatus::Paid);
    QCOMPARE(now.balance, Money());
    pay.amount = Money::fromPaise(1);
    QCOMPARE(m_invoices->recordPayment(m_owner, pay).error().field, QStringLiteral("amount"));

    balance = m_invoices->partyOutstanding(m_owner, p.id);
    QCOMPARE(balance->paid, Money::fromPaise(118000));
    QCOMPARE(balance->outstanding, Money::fromPaise(236000));
    QCOMPARE(balance->unpaidInvoices, 1);
    QCOMPARE(m_invoices->partyOutstanding(m_owner, other.id)->outstanding, c.totals.grand);

    QCOMPARE(m_invoices->payments(m_owner, a.id)->size(), 2);
    QCOMPARE(m_invoices->payments(m_owner, 0, p.id)->size(), 2);
    QCOMPARE(m_invoices->payments(m_owner, 0, other.id)->size(), 0);
    // Payments are append-only in the database.
    QVERIFY(!m_db->write([&](Database &tx) -> Result<bool> {
                     tx.exec(QStringLiteral("UPDATE invoice_payments SET amount_paise = 1"));
                     return true;
                 })
                 .ok());
    QVERIFY(!m_db->write([&](Database &tx) -> Result<bool> {
                     tx.exec(QStringLiteral("DELETE FROM invoice_payments"));
                     return true;
                 })
                 .ok());

    InvoiceQuery unpaid;
    unpaid.unpaidOnly = true;
    QSet<qint64> ids;
    const InvoicePage unpaidPage = m_invoices->list(m_owner, unpaid).value();
    for (const InvoiceRow &r : unpaidPage.rows)
        ids << r.id;
    QCOMPARE(ids, (QSet<qint64>{b.id, c.id}));
    unpaid.partyId = p.id;
    const QList<InvoiceRow> rows = m_invoices->list(m_owner, unpaid).value().rows;
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).balance, b.totals.grand);
    QCOMPARE(rows.at(0).paymentStatus, PaymentStatus::Unpaid);
}

void TestInvoices::concurrentThreadsFinalizeGapless() {
    constexpr int kThreads = 4;
    constexpr int kEach = 10;
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    QList<qint64> drafts;
    for (int i = 0; i < kThreads * kEach; ++i)
        drafts << draft(p.id, {line(QStringLiteral("Carton %1").arg(i), 10 + i, 1000)}).id;

    QStringList numbers[kThreads];
    QString failures[kThreads];
    m_t->runTogether(kThreads, [&](int t, Database &db) {
        InvoiceService invoices(db, *m_clock);
        // Every thread also tries the others' drafts: each draft is finalised exactly once.
        for (int k = 0; k < kThreads * kEach; ++k) {
            const qint64 id = drafts.at((k + t * kEach) % drafts.size());
            auto r = invoices.finalize(m_owner, id);
            if (r) {
                numbers[t] << r->number;
            } else if (r.error().kind != Error::Kind::Conflict) {
                failures[t] = r.error().text();
                return;
            }
        }
    });
    QStringList everything;
    for (int t = 0; t < kThreads; ++t) {
        QVERIFY2(failures[t].isEmpty(), qPrintable(failures[t]));
        everything << numbers[t];
    }
    QCOMPARE(everything.size(), kThreads * kEach);
    const QSet<QString> unique(everything.cbegin(), everything.cend());
    QCOMPARE(unique.size(), everything.size());
    for (int seq = 1; seq <= kThreads * kEach; ++seq)
        QVERIFY2(unique.contains(QStringLiteral("INV/25-26/%1").arg(seq, 4, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(seq)));
    QCOMPARE(audits(QStringLiteral("invoice.finalize")), kThreads * kEach);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'final'")).toInt(),
             kThreads * kEach);
}

void TestInvoices::listPagesAndFilters() {
    const Party ravi = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Party mohan = party(QStringLiteral("Mohan Rao"), QStringLiteral("9820022222"));
    QList<Invoice> made;
    for (int i = 0; i < 37; ++i) {
        const QDate date = QDate(2025, 10, 1).addDays(i * 3);
        const qint64 partyId = i % 3 == 0 ? mohan.id : ravi.id;
        if (i % 4 == 0)
            made << draft(partyId, {line(QStringLiteral("Box"), 10 + i, 1000 + 37 * i)}, date);
        else
            made << finalized(partyId, date, 1000 + 37 * i);
    }
    QVERIFY(m_invoices->cancel(m_owner, made.at(5).id, QStringLiteral("Duplicate entry")));
    QVERIFY(m_invoices->recordPayment(m_owner, {made.at(6).id, {}, made.at(6).totals.grand, PaymentMode::Bank, {}}));
    QVERIFY(m_invoices->recordPayment(m_owner, {made.at(7).id, {}, Money::fromPaise(100), PaymentMode::Cash, {}}));

    auto walk = [&](InvoiceQuery q, int pageSize) {
        QList<InvoiceRow> rows;
        q.limit = pageSize;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = m_invoices->list(m_owner, q);
            if (!page)
                qFatal("list failed: %s", qPrintable(page.error().text()));
            rows << page->rows;
            if (!page->hasMore)
                break;
            q.hasCursor = true;
            q.after = page->next;
        }
        return rows;
    };
    const QList<InvoiceRow> everything = walk({}, 1000);
    QCOMPARE(everything.size(), 37);

    struct Case {
        const char *name;
        InvoiceQuery query;
        std::function<bool(const InvoiceRow &)> keep;
    };
    InvoiceQuery finals;
    finals.statuses = {InvoiceStatus::Final};
    InvoiceQuery mohans;
    mohans.partyId = mohan.id;
    InvoiceQuery november;
    november.from = QDate(2025, 11, 1);
    november.to = QDate(2025, 11, 30);
    InvoiceQuery unpaid;
    unpaid.unpaidOnly = true;
    InvoiceQuery search;
    search.search = QStringLiteral("moh");
    InvoiceQuery byNumber;
    byNumber.search = QStringLiteral("inv/25-26/001");
    byNumber.sort = InvoiceSort::Number;
    byNumber.descending = false;
    InvoiceQuery byGrand;
    byGrand.sort = InvoiceSort::GrandTotal;
    InvoiceQuery byParty;
    byParty.sort = InvoiceSort::Party;
    byParty.descending = false;
    const QList<Case> cases = {
        {"finals", finals, [](const InvoiceRow &r) { return r.status == InvoiceStatus::Final; }},
        {"party", mohans, [&](const InvoiceRow &r) { return r.partyId == mohan.id; }},
        {"november", november,
         [](const InvoiceRow &r) { return r.date >= QDate(2025, 11, 1) && r.date <= QDate(2025, 11, 30); }},
        {"unpaid", unpaid, [](const InvoiceRow &r) { return r.status == InvoiceStatus::Final && r.balance > Money(); }},
        {"search", search, [](const InvoiceRow &r) { return r.partyName.startsWith(QLatin1String("Mohan")); }},
        {"number", byNumber, [](const InvoiceRow &r) { return r.number.startsWith(QLatin1String("INV/25-26/001")); }},
        {"grand", byGrand, [](const InvoiceRow &) { return true; }},
        {"partySort", byParty, [](const InvoiceRow &) { return true; }},
    };
    for (const Case &c : cases) {
        QSet<qint64> expected;
        for (const InvoiceRow &r : everything)
            if (c.keep(r))
                expected << r.id;
        const QList<InvoiceRow> paged = walk(c.query, 4);
        QSet<qint64> got;
        for (const InvoiceRow &r : paged)
            got << r.id;
        QVERIFY2(got == expected, c.name);
        QCOMPARE(paged.size(), got.size()); // no row twice across pages
        QVERIFY2(!expected.isEmpty(), c.name);
    }
    // Orders: newest first by default; numbers ascending; grand totals descending.
    const QList<InvoiceRow> byDate = walk({}, 5);
    for (int i = 1; i < byDate.size(); ++i)
        QVERIFY(byDate.at(i - 1).date > byDate.at(i).date ||
                (byDate.at(i - 1).date == byDate.at(i).date && byDate.at(i - 1).id > byDate.at(i).id));
    const QList<InvoiceRow> numbers = walk(byNumber, 3);
    for (int i = 1; i < numbers.size(); ++i)
        QVERIFY(numbers.at(i - 1).number < numbers.at(i).number);
    const QList<InvoiceRow> grands = walk(byGrand, 6);
    for (int i = 1; i < grands.size(); ++i)
        QVERIFY(grands.at(i - 1).grand >= grands.at(i).grand);
    const QList<InvoiceRow> parties = walk(byParty, 6);
    QCOMPARE(parties.first().partyName, QStringLiteral("Mohan Rao"));
    QCOMPARE(parties.last().partyName, QStringLiteral("Ravi Kumar"));
    QCOMPARE(m_invoices->list(m_owner, {QString(), {}, std::nullopt, 0, {}, {}, false, InvoiceSort::Date, true, 0})
                 .error()
                 .field,
             QStringLiteral("limit"));
}

void TestInvoices::companyProfileAndIdentityLock() {
    CompanyProfile profile = m_company->get(m_owner).value();
    QCOMPARE(profile.name, QStringLiteral("Sharma Packaging"));
    QCOMPARE(profile.stateCode, QStringLiteral("27"));
    QCOMPARE(profile.rowVersion, 0);
    QVERIFY(!profile.identityLocked);

    const QString sellerGstin = gstin(QStringLiteral("27AABCS1234A1Z"));
    profile.gstin = sellerGstin.toLower();
    profile.addressLine1 = QStringLiteral("Gala 12, Bhosari MIDC");
    profile.city = QStringLiteral("Pune");
    profile.pin = QStringLiteral("411 026");
    profile.phone = QStringLiteral("+91 20 2712 3456");
    profile.email = QStringLiteral("accounts@SHARMA.example");
    profile.bankName = QStringLiteral("State Bank of India");
    profile.bankAccount = QStringLiteral("3012 4455 6677");
    profile.bankIfsc = QStringLiteral("sbin0001234");
    profile.bankBranch = QStringLiteral("Bhosari");
    profile.upiId = QStringLiteral("sharmapack@sbi");
    profile.signatory = QStringLiteral("Ravi Sharma");
    profile.defaultTerms = QStringLiteral("Payment within 30 days.");
    QImage logo(1200, 300, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(logo.save(&buffer, "JPG"));
    profile.logoPng = jpeg;

    auto saved = m_company->save(m_owner, profile);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().text()));
    QCOMPARE(saved->gstin, sellerGstin);
    QCOMPARE(saved->pan, sellerGstin.mid(2, 10));
    QCOMPARE(saved->pin, QStringLiteral("411026"));
    QCOMPARE(saved->bankIfsc, QStringLiteral("SBIN0001234"));
    QCOMPARE(saved->bankAccount, QStringLiteral("301244556677"));
    QCOMPARE(saved->rowVersion, 1);
    const QImage stored = QImage::fromData(saved->logoPng, "PNG");
    QVERIFY(!stored.isNull());
    QCOMPARE(stored.size(), QSize(600, 150)); // scaled to fit, proportions kept
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT gstin FROM tenants WHERE id = ?"), {m_owner.tenantId}).toString(),
             sellerGstin);

    // Bad input names the field; a stale row version is a conflict.
    CompanyProfile bad = saved.value();
    bad.gstin = sellerGstin.left(14) + (sellerGstin.endsWith(QLatin1Char('A')) ? QLatin1Char('B') : QLatin1Char('A'));
    QCOMPARE(m_company->save(m_owner, bad).error().field, QStringLiteral("gstin"));
    bad = saved.value();
    bad.bankIfsc = QStringLiteral("SBIN1001234");
    QCOMPARE(m_company->save(m_owner, bad).error().field, QStringLiteral("bankIfsc"));
    bad = saved.value();
    bad.upiId = QStringLiteral("sharmapack");
    QCOMPARE(m_company->save(m_owner, bad).error().field, QStringLiteral("upiId"));
    bad = saved.value();
    bad.name = QStringLiteral("   ");
    QCOMPARE(m_company->save(m_owner, bad).error().field, QStringLiteral("name"));
    bad = saved.value();
    bad.gstin.clear();
    bad.stateCode = QStringLiteral("28");
    QCOMPARE(m_company->save(m_owner, bad).error().field, QStringLiteral("stateCode"));
    QCOMPARE(CompanyService::prepareLogo("not an image").error().field, QStringLiteral("logo"));
    CompanyProfile stale = profile;
    stale.rowVersion = 0;
    QCOMPARE(m_company->save(m_owner, stale).error().kind, Error::Kind::Conflict);

    // Before the first final invoice an admin may change the identity; afterwards only the owner.
    const Session admin = sessionForRole(*m_db, m_owner.tenantId, role::Admin, QStringLiteral("asha"));
    CompanyProfile edit = saved.value();
    edit.name = QStringLiteral("Sharma Packaging Pvt Ltd");
    auto renamed = m_company->save(admin, edit);
    QVERIFY2(renamed, renamed ? "" : qPrintable(renamed.error().text()));
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Invoice d = draft(p.id, {line(QStringLiteral("Carton"), 100, 1000)});
    QVERIFY(!m_company->get(m_owner)->identityLocked); // a draft does not lock it
    QVERIFY(m_invoices->finalize(m_owner, d.id));
    QVERIFY(m_company->identityLocked(m_owner).value());

    edit = m_company->get(m_owner).value();
    edit.gstin = gstin(QStringLiteral("27AABCS9999A1Z"));
    auto refused = m_company->save(admin, edit);
    QCOMPARE(refused.error().kind, Error::Kind::Denied);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'company.identity.update' "
                                         "AND result = 'denied'"))
                 .toInt(),
             1);
    // Everything else stays open to the admin.
    edit = m_company->get(m_owner).value();
    edit.phone = QStringLiteral("020 2712 9999");
    QVERIFY(m_company->save(admin, edit));
    edit = m_company->get(m_owner).value();
    edit.name = QStringLiteral("Sharma Packaging Private Limited");
    auto byOwner = m_company->save(m_owner, edit);
    QVERIFY2(byOwner, byOwner ? "" : qPrintable(byOwner.error().text()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'company.identity.update' "
                                         "AND result = 'ok'"))
                 .toInt(),
             1);
    QCOMPARE(audits(QStringLiteral("company.update")), 3);

    // Staff may read the profile (documents print it) but not change it.
    const Session staff = sessionForRole(*m_db, m_owner.tenantId, role::Staff, QStringLiteral("sunil"));
    QVERIFY(m_company->get(staff));
    QCOMPARE(m_company->save(staff, edit).error().kind, Error::Kind::Denied);
}

void TestInvoices::documentsComeFromStoredSnapshots() {
    CompanyProfile profile = m_company->get(m_owner).value();
    profile.gstin = gstin(QStringLiteral("27AABCS1234A1Z"));
    profile.phone = QStringLiteral("020 2712 3456");
    profile.upiId = QStringLiteral("sharmapack@sbi");
    profile.bankName = QStringLiteral("State Bank of India");
    QVERIFY(m_company->save(m_owner, profile));
    const Party p =
        party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"), QStringLiteral("27AAPFU0939F1ZV"));
    const Quote q = acceptedQuote(p.id, QStringLiteral("Apple Box"));
    const Invoice made = m_invoices->createFromQuote(m_owner, q.id).value();
    const Invoice inv = m_invoices->finalize(m_owner, made.id).value();

    profile = m_company->get(m_owner).value();
    profile.phone = QStringLiteral("020 0000 0000");
    QVERIFY(m_company->save(m_owner, profile));

    DocumentBuilder builder(*m_db, *m_clock);
    auto doc = builder.invoiceByNumber(m_owner, inv.number, documents::InvoiceDocument::Copy::Duplicate);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().text()));
    QCOMPARE(doc->number, inv.number);
    QCOMPARE(doc->copy, documents::InvoiceDocument::Copy::Duplicate);
    QCOMPARE(doc->company.phone, QStringLiteral("020 2712 3456")); // as it was when the invoice was finalised
    QCOMPARE(doc->company.gstin, profile.gstin);
    QCOMPARE(doc->company.state, QStringLiteral("Maharashtra"));
    QCOMPARE(doc->billTo.gstin, QStringLiteral("27AAPFU0939F1ZV"));
    QCOMPARE(doc->placeOfSupply, QStringLiteral("27"));
    QCOMPARE(int(doc->lines.size()), inv.lines.size());
    Money taxable;
    Money gst;
    for (std::size_t i = 0; i < doc->lines.size(); ++i) {
        QCOMPARE(doc->lines[i].taxable, inv.lines.at(int(i)).taxable);
        QCOMPARE(doc->lines[i].gstAmount, inv.lines.at(int(i)).gst);
        QVERIFY(doc->lines[i].description.startsWith(inv.lines.at(int(i)).name));
    }
    for (const HsnSummaryRow &row : doc->hsnSummary) {
        taxable += row.taxable;
        gst += row.gst;
    }
    QCOMPARE(taxable, inv.totals.taxable);
    QCOMPARE(gst, inv.totals.gst);
    QCOMPARE(doc->totals.grand, inv.totals.grand);
    QCOMPARE(documents::DocumentRenderer::paymentUri(doc.value()).isEmpty(), false);

    // A draft prints without a number; the quote document is the stored version's.
    const Invoice open = draft(p.id, {line(QStringLiteral("Tray"), 5, 500)});
    QVERIFY(builder.invoice(m_owner, open.id)->number.isEmpty());
    QCOMPARE(builder.invoice(m_owner, open.id)->company.phone, QStringLiteral("020 0000 0000"));
    auto quoteDoc = builder.quoteByNumber(m_owner, q.number);
    QVERIFY2(quoteDoc, quoteDoc ? "" : qPrintable(quoteDoc.error().text()));
    QCOMPARE(quoteDoc->number, q.number);
    QCOMPARE(int(quoteDoc->items.size()), 2); // the selected items
    QVERIFY(quoteDoc->items[0].originalRate.has_value());
    QCOMPARE(quoteDoc->items[0].rate, q.active.items.at(0).unitPrice);
    QCOMPARE(quoteDoc->totals.grand, q.active.totals.grand);
    QVERIFY(quoteDoc->items[0].technical.has_value());
    QVERIFY(quoteDoc->items[0].technical->weightKg > 0);
}

void TestInvoices::permissionsAndTenantIsolation() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Invoice fin = finalized(p.id);
    const Invoice open = draft(p.id, {line(QStringLiteral("Tray"), 5, 500)});
    const Session viewer = sessionForRole(*m_db, m_owner.tenantId, role::Viewer, QStringLiteral("vina"));
    const Session staff = sessionForRole(*m_db, m_owner.tenantId, role::Staff, QStringLiteral("sunil"));
    QVERIFY(m_invoices->get(viewer, fin.id));
    QVERIFY(m_invoices->list(viewer, {}));
    QCOMPARE(m_invoices->saveDraft(viewer, InvoiceDraft::of(open)).error().kind, Error::Kind::Denied);
    QCOMPARE(m_invoices->recordPayment(viewer, {fin.id, {}, Money::fromPaise(1), PaymentMode::Cash, {}}).error().kind,
             Error::Kind::Denied);
    QVERIFY(m_invoices->saveDraft(staff, InvoiceDraft::of(open)));
    QCOMPARE(m_invoices->finalize(staff, open.id).error().kind, Error::Kind::Denied);
    QCOMPARE(m_invoices->cancel(staff, fin.id, QStringLiteral("Wrong rate")).error().kind, Error::Kind::Denied);
    QCOMPARE(audits(QStringLiteral("permission.denied")), 4);

    const QString now = isoUtc(m_clock->nowUtc());
    const qint64 other =
        m_db->insert(QStringLiteral("INSERT INTO tenants (name, state_code, gstin, created_at, updated_at) "
                                    "VALUES ('Other Boxes', '29', '', ?, ?)"),
                     {now, now});
    const Session them = sessionForRole(*m_db, other, role::Owner, QStringLiteral("mohan"));
    QCOMPARE(m_invoices->get(them, fin.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_invoices->getByNumber(them, fin.number).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_invoices->finalize(them, open.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_invoices->cancel(them, fin.id, QStringLiteral("Wrong rate")).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_invoices->recordPayment(them, {fin.id, {}, Money::fromPaise(1), PaymentMode::Cash, {}}).error().kind,
             Error::Kind::NotFound);
    QCOMPARE(
        m_invoices->createCreditNote(them, {fin.id, {}, QStringLiteral("Returned goods"), {{0, 1}}, {}}).error().kind,
        Error::Kind::NotFound);
    QVERIFY(m_invoices->list(them, {})->rows.isEmpty());
    QCOMPARE(m_invoices->partyOutstanding(them, p.id)->invoiced, Money());
    InvoiceDraft theirs = InvoiceDraft::of(open);
    theirs.id = 0;
    QCOMPARE(m_invoices->saveDraft(them, theirs).error().field, QStringLiteral("party")); // our party is not theirs
    QCOMPARE(DocumentBuilder(*m_db, *m_clock).invoice(them, fin.id).error().kind, Error::Kind::NotFound);
    // Each shop numbers its own invoices.
    Party theirParty;
    theirParty.name = QStringLiteral("Kiran");
    theirParty.mobile = QStringLiteral("9820033333");
    theirs.partyId = m_parties->create(them, theirParty)->id;
    auto theirDraft = m_invoices->saveDraft(them, theirs);
    QVERIFY2(theirDraft, theirDraft ? "" : qPrintable(theirDraft.error().text()));
    QCOMPARE(m_invoices->finalize(them, theirDraft->id)->number, QStringLiteral("INV/25-26/0001"));
}

void TestInvoices::oneAuditRowPerChange() {
    const Party p = party(QStringLiteral("Ravi Kumar"), QStringLiteral("9820011111"));
    const Quote q = acceptedQuote(p.id, QStringLiteral("Apple Box"));
    auto countAll = [&] { return test::auditCount(*m_db); };
    int before = countAll();
    const Invoice made = m_invoices->createFromQuote(m_owner, q.id).value();
    QCOMPARE(countAll(), before + 1);
    QCOMPARE(audits(QStringLiteral("invoice.create")), 1);

    before = countAll();
    const Invoice edited = m_invoices->saveDraft(m_owner, InvoiceDraft::of(made)).value();
    QCOMPARE(countAll(), before + 1);
    QCOMPARE(audits(QStringLiteral("invoice.update")), 1);

    before = countAll();
    const Invoice fin = m_invoices->finalize(m_owner, edited.id).value();
    QCOMPARE(countAll(), before + 1);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT entity_id FROM audit_log WHERE action = 'invoice.finalize'")).toString(),
        QString::number(fin.id));

    before = countAll();
    QVERIFY(m_invoices->recordPayment(m_owner, {fin.id, {}, Money::fromPaise(100), PaymentMode::Cash, {}}));
    QCOMPARE(countAll(), before + 1);
    QCOMPARE(audits(QStringLiteral("invoice.payment")), 1);

    before = countAll();
    QVERIFY(m_invoices->createCreditNote(m_owner, {fin.id, {}, QStringLiteral("Returned goods"), {{0, 1}}, {}}));
    QCOMPARE(countAll(), before + 1);
    QCOMPARE(audits(QStringLiteral("creditnote.create")), 1);

    const Invoice other = finalized(p.id);
    before = countAll();
    QVERIFY(m_invoices->cancel(m_owner, other.id, QStringLiteral("Entered twice")));
    QCOMPARE(countAll(), before + 1);
    QCOMPARE(audits(QStringLiteral("invoice.cancel")), 1);

    const Invoice open = draft(p.id, {line(QStringLiteral("Tray"), 5, 500)});
    before = countAll();
    QVERIFY(m_invoices->discardDraft(m_owner, open.id, open.rowVersion));
    QCOMPARE(countAll(), before + 1);
    QCOMPARE(audits(QStringLiteral("invoice.discard")), 1);

    CompanyProfile profile = m_company->get(m_owner).value();
    profile.phone = QStringLiteral("020 2712 3456");
    before = countAll();
    QVERIFY(m_company->save(m_owner, profile));
    QCOMPARE(countAll(), before + 1);

    // Reads and refused input write nothing.
    before = countAll();
    QVERIFY(m_invoices->get(m_owner, fin.id));
    QVERIFY(m_invoices->list(m_owner, {}));
    QVERIFY(m_invoices->partyOutstanding(m_owner, p.id));
    QVERIFY(!m_invoices->cancel(m_owner, fin.id, QStringLiteral("no")));
    QVERIFY(!m_invoices->finalize(m_owner, fin.id));
    QCOMPARE(countAll(), before);
}

QTEST_GUILESS_MAIN(TestInvoices)
#include "tst_invoices.moc"
