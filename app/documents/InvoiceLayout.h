#pragma once
// A tax invoice (or credit note) laid out for a device: GST rule 46 particulars, HSN-wise summary, bank
// details and the UPI payment QR code (DOCUMENTS.md "PDF documents", Invoice).

#include "documents/DocumentData.h"
#include "documents/DocumentLayout.h"

#include <QCoreApplication>

namespace bcp::documents {

class InvoiceLayout : public DocumentLayout {
    Q_DECLARE_TR_FUNCTIONS(InvoiceLayout)

public:
    InvoiceLayout(QPagedPaintDevice &device, const InvoiceDocument &invoice, const RenderOptions &options);

    // The UPI link the invoice's QR code carries; empty when it has none (no UPI ID, a draft, cancelled,
    // a credit note, nothing to pay).
    static QString paymentUri(const InvoiceDocument &invoice);

private:
    Block notice(const QString &text, const QColor &color) const;
    QString poText() const;
    Block details() const;
    Block parties() const;
    void addLines();
    Block payment(qreal width) const;
    Block closing() const;
    Block hsnSummary();
    Block termsAndSignature() const;

    const InvoiceDocument &m_invoice;
    bool m_creditNote = false;
};

} // namespace bcp::documents
