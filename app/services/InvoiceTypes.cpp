#include "services/InvoiceTypes.h"

#include <QCoreApplication>

#include <utility>

namespace bcp {

namespace {

template <class E, std::size_t N> QString codeOf(E value, const std::pair<E, const char *> (&table)[N]) {
    for (const auto &[v, code] : table) {
        if (v == value)
            return QLatin1String(code);
    }
    return QString();
}

template <class E, std::size_t N>
std::optional<E> parseCode(const QString &code, const std::pair<E, const char *> (&table)[N]) {
    for (const auto &[v, c] : table) {
        if (code == QLatin1String(c))
            return v;
    }
    return std::nullopt;
}

const std::pair<InvoiceStatus, const char *> kStatusCodes[] = {
    {InvoiceStatus::Draft, "draft"},
    {InvoiceStatus::Final, "final"},
    {InvoiceStatus::Cancelled, "cancelled"},
};

const std::pair<InvoiceKind, const char *> kKindCodes[] = {
    {InvoiceKind::Invoice, "invoice"},
    {InvoiceKind::CreditNote, "credit_note"},
};

const std::pair<PaymentStatus, const char *> kPaymentStatusCodes[] = {
    {PaymentStatus::Unpaid, "unpaid"},
    {PaymentStatus::PartlyPaid, "partly_paid"},
    {PaymentStatus::Paid, "paid"},
};

const std::pair<PaymentMode, const char *> kModeCodes[] = {
    {PaymentMode::Cash, "cash"},
    {PaymentMode::Upi, "upi"},
    {PaymentMode::Bank, "bank"},
    {PaymentMode::Cheque, "cheque"},
};

QString tr(const char *text) {
    return QCoreApplication::translate("Invoices", text);
}

} // namespace

QString invoiceStatusCode(InvoiceStatus status) {
    return codeOf(status, kStatusCodes);
}

std::optional<InvoiceStatus> parseInvoiceStatus(const QString &code) {
    return parseCode(code, kStatusCodes);
}

QString invoiceStatusLabel(InvoiceStatus status) {
    switch (status) {
    case InvoiceStatus::Draft:
        return tr("Draft");
    case InvoiceStatus::Final:
        return tr("Final");
    case InvoiceStatus::Cancelled:
        break;
    }
    return tr("Cancelled");
}

QString invoiceKindCode(InvoiceKind kind) {
    return codeOf(kind, kKindCodes);
}

std::optional<InvoiceKind> parseInvoiceKind(const QString &code) {
    return parseCode(code, kKindCodes);
}

QString invoiceKindLabel(InvoiceKind kind) {
    return kind == InvoiceKind::CreditNote ? tr("Credit note") : tr("Tax invoice");
}

QString paymentStatusCode(PaymentStatus status) {
    return codeOf(status, kPaymentStatusCodes);
}

QString paymentStatusLabel(PaymentStatus status) {
    switch (status) {
    case PaymentStatus::Unpaid:
        return tr("Unpaid");
    case PaymentStatus::PartlyPaid:
        return tr("Partly paid");
    case PaymentStatus::Paid:
        break;
    }
    return tr("Paid");
}

QString paymentModeCode(PaymentMode mode) {
    return codeOf(mode, kModeCodes);
}

std::optional<PaymentMode> parsePaymentMode(const QString &code) {
    return parseCode(code, kModeCodes);
}

QString paymentModeLabel(PaymentMode mode) {
    switch (mode) {
    case PaymentMode::Cash:
        return tr("Cash");
    case PaymentMode::Upi:
        return tr("UPI");
    case PaymentMode::Bank:
        return tr("Bank transfer");
    case PaymentMode::Cheque:
        break;
    }
    return tr("Cheque");
}

QList<PaymentMode> allPaymentModes() {
    return {PaymentMode::Cash, PaymentMode::Upi, PaymentMode::Bank, PaymentMode::Cheque};
}

TotalsInput Invoice::totalsInput() const {
    TotalsInput in;
    for (const InvoiceLine &l : lines)
        in.lines.push_back({l.rate, l.quantity, true, l.hsn});
    in.transport = transport;
    in.gstRatePercent = gstRateBasisPoints / 100.0;
    in.intraState = intraState;
    in.roundOff = roundOff;
    return in;
}

InvoiceDraft InvoiceDraft::of(const Invoice &invoice) {
    InvoiceDraft d;
    d.id = invoice.id;
    d.rowVersion = invoice.rowVersion;
    d.partyId = invoice.partyId;
    d.date = invoice.date;
    d.dueDate = invoice.dueDate;
    d.poNumber = invoice.poNumber;
    d.poDate = invoice.poDate;
    d.shipTo = invoice.shipTo;
    d.reverseCharge = invoice.reverseCharge;
    d.lines = invoice.lines;
    d.transport = invoice.transport;
    d.gstRatePercent = invoice.gstRateBasisPoints / 100.0;
    d.roundOff = invoice.roundOff;
    d.terms = invoice.terms;
    d.notes = invoice.notes;
    return d;
}

} // namespace bcp
