#pragma once
// How values read on a document: Indian money, dates, box sizes, states, the copy marker. Shared by the
// quote and invoice layouts so both print a figure the same way.

#include "documents/DocumentData.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bcp::documents {

class DocumentText {
    Q_DECLARE_TR_FUNCTIONS(DocumentText)

public:
    static QString money(Money amount);       // "1,23,456.00"
    static QString rupees(Money amount);      // "₹1,23,456.00"
    static QString signedMoney(Money amount); // "+0.40", "-0.10", "0.00": the round-off line
    static QString quantity(qint64 quantity);
    static QString date(const QDate &date);  // "26-11-2025"; "-" when not set
    static QString percent(int basisPoints); // "5%", "2.5%"
    // Up to `decimals` places without trailing zeros: 150 -> "150", 9.80 -> "9.8".
    static QString decimal(double value, int decimals);
    static QString size(const BoxSize &size);                       // "300 × 200 × 150 mm (ID)"
    static QString sizeFigures(const BoxSize &size);                // "300 × 200 × 150"
    static QString sizeBasis(const BoxSize &size);                  // "mm (ID)"
    static QString state(const QString &name, const QString &code); // "Karnataka (29)"
    static QString copyMarker(InvoiceDocument::Copy copy);
    // Address lines ending with "City - PIN" and the state.
    static QStringList companyAddress(const CompanyProfile &company);
    static QStringList partyAddress(const PartyBlock &party);
    // The terms to print: the override, else the document's, else the company's default; one entry a line.
    static QStringList termLines(const std::optional<QString> &override, const QString &document,
                                 const QString &companyDefault);
};

} // namespace bcp::documents
