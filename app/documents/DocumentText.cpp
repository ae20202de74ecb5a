#include "documents/DocumentText.h"

#include "money/GstTotals.h"
#include "money/Gstin.h"
#include "money/IndianFormat.h"

#include <QLocale>

namespace bcp::documents {

QString DocumentText::money(Money amount) {
    return IndianFormat::money(amount);
}

QString DocumentText::rupees(Money amount) {
    return IndianFormat::money(amount, IndianFormat::Symbol::Rupee);
}

QString DocumentText::signedMoney(Money amount) {
    return amount.paise() > 0 ? QStringLiteral("+") + IndianFormat::money(amount) : IndianFormat::money(amount);
}

QString DocumentText::quantity(qint64 quantity) {
    return IndianFormat::grouped(quantity);
}

QString DocumentText::date(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QStringLiteral("-");
}

QString DocumentText::percent(int basisPoints) {
    return GstTotals::percentText(basisPoints) + QLatin1Char('%');
}

QString DocumentText::decimal(double value, int decimals) {
    QString text = QLocale::c().toString(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QString DocumentText::sizeFigures(const BoxSize &size) {
    if (size.isEmpty())
        return {};
    const QString times = QStringLiteral(" \u00d7 ");
    QString text = decimal(size.length, 2) + times + decimal(size.width, 2);
    if (size.height > 0)
        text += times + decimal(size.height, 2);
    return text;
}

QString DocumentText::sizeBasis(const BoxSize &size) {
    if (size.isEmpty())
        return {};
    QString text = size.unit.isEmpty() ? QStringLiteral("mm") : size.unit;
    if (size.height > 0)
        text += size.outside ? tr(" (OD)") : tr(" (ID)");
    return text;
}

QString DocumentText::size(const BoxSize &size) {
    if (size.isEmpty())
        return {};
    return sizeFigures(size) + QLatin1Char(' ') + sizeBasis(size);
}

QString DocumentText::state(const QString &name, const QString &code) {
    const QString shown = name.isEmpty() ? Gstin::stateName(code) : name;
    if (shown.isEmpty())
        return code;
    return code.isEmpty() ? shown : QStringLiteral("%1 (%2)").arg(shown, code);
}

QString DocumentText::copyMarker(InvoiceDocument::Copy copy) {
    switch (copy) {
    case InvoiceDocument::Copy::Original:
        return tr("ORIGINAL FOR RECIPIENT");
    case InvoiceDocument::Copy::Duplicate:
        return tr("DUPLICATE FOR TRANSPORTER");
    case InvoiceDocument::Copy::Triplicate:
        return tr("TRIPLICATE FOR SUPPLIER");
    case InvoiceDocument::Copy::None:
        break;
    }
    return {};
}

namespace {

QStringList addressLines(const QStringList &lines, const QString &city, const QString &pin) {
    QStringList out;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    QString place = city.trimmed();
    if (!pin.trimmed().isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(" - ")) + pin.trimmed();
    if (!place.isEmpty())
        out << place;
    return out;
}

} // namespace

QStringList DocumentText::companyAddress(const CompanyProfile &company) {
    QStringList lines = addressLines(company.addressLines, company.city, company.pin);
    const QString st = state(company.state, company.stateCode);
    if (!st.isEmpty())
        lines << st;
    return lines;
}

QStringList DocumentText::partyAddress(const PartyBlock &party) {
    return addressLines(party.addressLines, party.city, party.pin);
}

QStringList DocumentText::termLines(const std::optional<QString> &override, const QString &document,
                                    const QString &companyDefault) {
    const QString text = override ? *override : (document.trimmed().isEmpty() ? companyDefault : document);
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

} // namespace bcp::documents
