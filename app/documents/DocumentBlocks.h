#pragma once
// The building blocks quotes and invoices share: letterhead, captioned panels, label/value lists, the
// totals panel, the signature, and what is drawn on every page (continuation header, "Page x of y"
// footer, DRAFT / CANCELLED marks). Each returns a Block laid out for the width it is given.

#include "documents/Block.h"
#include "documents/DocumentData.h"
#include "documents/DocumentStyle.h"

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

class QRectF;

namespace bcp::documents {

class DocumentBlocks {
    Q_DECLARE_TR_FUNCTIONS(DocumentBlocks)

public:
    using Pairs = std::vector<std::pair<QString, QString>>;

    explicit DocumentBlocks(const DocumentStyle &style) : m_style(style) {}

    Block text(const QString &text, DocumentStyle::Type type, qreal width, Qt::Alignment align = Qt::AlignLeft,
               bool muted = false) const;
    Block accentText(const QString &text, DocumentStyle::Type type, qreal width, Qt::Alignment align) const;
    static Block space(qreal height);

    // Company name, address, contacts and tax identity beside the logo; the title (and the copy marker)
    // on the right; an accent rule underneath.
    Block letterhead(const CompanyProfile &company, const QString &title, const QString &marker, bool showLogo,
                     qreal width) const;
    // A panel with a caption: a shaded caption band and a frame in the classic layout, a small caption over
    // open text in the compact one. `content` is built for the inner width it is given.
    // `minHeight` lets panels side by side share one height.
    Block panel(const QString &caption, const std::function<Block(qreal)> &content, qreal width,
                qreal minHeight = 0) const;
    // A frame with padding around `content` in the classic layout; the content alone in the compact one.
    Block framed(const std::function<Block(qreal)> &content, qreal width, qreal minHeight = 0) const;
    // Two panels side by side with a gap, framed to the same height.
    Block panelPair(const QString &leftCaption, const std::function<Block(qreal)> &left, qreal leftWidth,
                    const QString &rightCaption, const std::function<Block(qreal)> &right, qreal width) const;
    // Label and value on each line, labels in a column `labelWidth` wide.
    Block pairs(const Pairs &pairs, qreal width, qreal labelWidth) const;
    // Label/value pairs run on as "Label: value" items wrapped across the width (the compact detail line).
    Block inlinePairs(const Pairs &pairs, qreal width) const;
    Block party(const PartyBlock &party, qreal width, bool withContacts = true) const;
    // Subtotal, transport, taxable value, CGST/SGST or IGST with rates, round-off and the grand total.
    Block totals(const Totals &totals, qreal width) const;
    Block amountInWords(Money grand, qreal width) const;
    Block numberedLines(const QStringList &lines, qreal width) const;
    // "For {company}", room to sign, the signatory; at least `minHeight` tall with the names at the bottom.
    Block signature(const CompanyProfile &company, qreal width, qreal minHeight = 0) const;

    // Page furniture, painted in the content area `area` of page `page` (1-based) of `pages`.
    qreal runningHeaderHeight() const;
    void paintRunningHeader(QPainter &painter, const QRectF &area, const QString &company,
                            const QString &document) const;
    qreal footerHeight() const;
    void paintFooter(QPainter &painter, const QRectF &area, const QString &left, int page, int pages) const;
    void paintMark(QPainter &painter, const QRectF &area, const QString &mark, const QColor &color) const;

private:
    const DocumentStyle &m_style;
};

} // namespace bcp::documents
