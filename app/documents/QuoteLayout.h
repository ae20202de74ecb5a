#pragma once
// A quotation laid out for a device (DOCUMENTS.md "PDF documents", Quote).

#include "documents/DocumentData.h"
#include "documents/DocumentLayout.h"

#include <QCoreApplication>

namespace bcp::documents {

class QuoteLayout : public DocumentLayout {
    Q_DECLARE_TR_FUNCTIONS(QuoteLayout)

public:
    QuoteLayout(QPagedPaintDevice &device, const QuoteDocument &quote, const RenderOptions &options);

private:
    Block details() const;
    void addItems();
    Block closing() const;
    Block termsBlock(qreal width) const;
    QString technicalText(const TechnicalDetails &technical) const;

    const QuoteDocument &m_quote;
};

} // namespace bcp::documents
