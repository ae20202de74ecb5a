#include "documents/DocumentBlocks.h"

#include "documents/DocumentText.h"
#include "documents/TextBox.h"
#include "money/AmountInWords.h"

#include <QFontMetricsF>
#include <QImage>
#include <QMutex>
#include <QPainter>
#include <QPen>

#include <algorithm>

namespace bcp::documents {

namespace {

using Type = DocumentStyle::Type;

Block boxBlock(const TextBox &box) {
    if (box.isEmpty())
        return {};
    return {box.height(), [box](QPainter &p, const QPointF &at) { box.draw(p, at); }};
}

// Logos are stored at whatever size they were uploaded. Printed at 300 dpi of their size on the page and
// flattened onto white they stay sharp, while the PDF stores a few kilobytes instead of a large image and
// its transparency mask (which made writing a PDF several times slower). The last result is kept, as bulk
// exports draw the same logo again and again.
QImage printableLogo(const QImage &logo, const QSizeF &sizeMm) {
    const QSize pixels(qMax(1, qRound(sizeMm.width() / 25.4 * 300)), qMax(1, qRound(sizeMm.height() / 25.4 * 300)));
    static QMutex mutex;
    static qint64 cachedKey = 0;
    static QSize cachedSize;
    static QImage cached;
    const QMutexLocker lock(&mutex);
    if (cachedKey == logo.cacheKey() && cachedSize == pixels)
        return cached;
    const QImage scaled = logo.width() > pixels.width() || logo.height() > pixels.height()
                              ? logo.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              : logo;
    QImage flat(scaled.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, scaled);
    painter.end();
    cachedKey = logo.cacheKey();
    cachedSize = pixels;
    cached = flat;
    return flat;
}

// "Label: value   Label: value" with muted labels; pairs without a value are left out.
std::vector<TextBox::Run> labelledRuns(const DocumentBlocks::Pairs &items, bool boldValues) {
    std::vector<TextBox::Run> runs;
    for (const auto &[label, value] : items) {
        if (value.trimmed().isEmpty())
            continue;
        if (!runs.empty())
            runs.push_back({QStringLiteral("   ")});
        runs.push_back({label, false, true});
        runs.push_back({value.trimmed(), boldValues});
    }
    return runs;
}

} // namespace

Block DocumentBlocks::text(const QString &text, Type type, qreal width, Qt::Alignment align, bool muted) const {
    return boxBlock(
        TextBox(text, m_style.font(type), muted ? m_style.muted() : m_style.ink(), width, align, m_style.device()));
}

Block DocumentBlocks::accentText(const QString &text, Type type, qreal width, Qt::Alignment align) const {
    return boxBlock(TextBox(text, m_style.font(type), m_style.accent(), width, align, m_style.device()));
}

Block DocumentBlocks::space(qreal height) {
    return {height, [](QPainter &, const QPointF &) {}};
}

Block DocumentBlocks::letterhead(const CompanyProfile &company, const QString &title, const QString &marker,
                                 bool showLogo, qreal width) const {
    const bool compact = m_style.compact();
    const qreal gap = m_style.mm(compact ? 3 : 4);

    QImage logo;
    QSizeF logoSize;
    if (showLogo && !company.logo.isNull()) {
        const QSizeF box(compact ? 26 : 36, compact ? 14 : 20); // millimetres
        const QSizeF mm = QSizeF(company.logo.size()).scaled(box, Qt::KeepAspectRatio);
        logo = printableLogo(company.logo, mm);
        logoSize = QSizeF(m_style.mm(mm.width()), m_style.mm(mm.height()));
    }
    const qreal logoSpace = logo.isNull() ? 0 : logoSize.width() + gap;
    QPaintDevice *device = m_style.device();
    // The title column is as wide as the title (or the copy marker), the company gets the rest.
    const qreal markerPad = m_style.mm(1.5);
    const qreal titleWidth =
        std::max(TextBox::naturalWidth(title, m_style.font(Type::Title), device),
                 marker.isEmpty() ? 0.0
                                  : TextBox::naturalWidth(marker, m_style.font(Type::Label), device) + 2 * markerPad) +
        m_style.pt(1);
    const qreal textWidth = std::max<qreal>(m_style.mm(40), width - logoSpace - titleWidth - gap);

    const QStringList address = DocumentText::companyAddress(company);
    const std::vector<TextBox::Run> contact =
        labelledRuns({{tr("Phone: "), company.phone}, {tr("E-mail: "), company.email}}, false);
    const std::vector<TextBox::Run> identity =
        labelledRuns({{tr("GSTIN: "), company.gstin}, {tr("PAN: "), company.pan}}, true);

    const QFont detailFont = m_style.font(compact ? Type::Small : Type::Body);
    std::vector<Block> lines;
    lines.push_back(accentText(company.name, Type::Company, textWidth, Qt::AlignLeft));
    lines.push_back(
        text(address.join(QStringLiteral(", ")), compact ? Type::Small : Type::Body, textWidth, Qt::AlignLeft, true));
    lines.push_back(
        boxBlock(TextBox(contact, detailFont, m_style.ink(), m_style.muted(), textWidth, Qt::AlignLeft, device)));
    lines.push_back(
        boxBlock(TextBox(identity, detailFont, m_style.ink(), m_style.muted(), textWidth, Qt::AlignLeft, device)));
    const Block left = Block::stacked(std::move(lines), m_style.pt(1));

    std::vector<Block> right;
    right.push_back(accentText(title, Type::Title, titleWidth, Qt::AlignRight));
    if (!marker.isEmpty()) {
        const TextBox box(marker, m_style.font(Type::Label), m_style.ink(), titleWidth, Qt::AlignLeft, device);
        const qreal padX = markerPad;
        const qreal padY = m_style.mm(0.7);
        const QSizeF frame(box.usedWidth() + 2 * padX, box.height() + 2 * padY);
        const DocumentStyle &style = m_style;
        right.push_back({frame.height(), [box, frame, padX, padY, titleWidth, &style](QPainter &p, const QPointF &at) {
                             const QRectF r(at.x() + titleWidth - frame.width(), at.y(), frame.width(), frame.height());
                             p.setPen(QPen(style.frame(), style.framePen()));
                             p.setBrush(Qt::NoBrush);
                             p.drawRect(r);
                             box.draw(p, r.topLeft() + QPointF(padX, padY));
                         }});
    }
    const Block titleBlock = Block::stacked(std::move(right), m_style.mm(1.5));

    const qreal contentHeight = std::max({logoSize.height(), left.height, titleBlock.height});
    const qreal ruleGap = m_style.mm(compact ? 1.5 : 2.5);
    const qreal rule = m_style.pt(compact ? 1.0 : 1.6);
    const DocumentStyle &style = m_style;
    return {contentHeight + ruleGap + rule, [=, &style](QPainter &p, const QPointF &at) {
                if (!logo.isNull()) {
                    p.save();
                    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
                    // Lossless: logos are flat artwork that JPEG would smear.
                    p.setRenderHint(QPainter::LosslessImageRendering, true);
                    p.drawImage(QRectF(at, logoSize), logo);
                    p.restore();
                }
                left.paintAt(p, at + QPointF(logoSpace, 0));
                titleBlock.paintAt(p, at + QPointF(width - titleWidth, 0));
                p.fillRect(QRectF(at.x(), at.y() + contentHeight + ruleGap, width, rule), style.accent());
            }};
}

Block DocumentBlocks::panel(const QString &caption, const std::function<Block(qreal)> &content, qreal width,
                            qreal minHeight) const {
    const DocumentStyle &style = m_style;
    if (m_style.compact()) {
        std::vector<Block> parts;
        parts.push_back(text(caption.toUpper(), Type::Label, width, Qt::AlignLeft, true));
        parts.push_back(content(width));
        Block b = Block::stacked(std::move(parts), m_style.pt(1.5));
        b.height = std::max(b.height, minHeight);
        return b;
    }
    const qreal padX = m_style.padX();
    const qreal padY = m_style.padY();
    const Block head = text(caption.toUpper(), Type::Label, width - 2 * padX, Qt::AlignLeft, true);
    const qreal headHeight = head.height + 2 * padY;
    const Block body = content(width - 2 * padX);
    const qreal h = std::max(minHeight, headHeight + body.height + 2 * padY);
    return {h, [=, &style](QPainter &p, const QPointF &at) {
                p.fillRect(QRectF(at, QSizeF(width, headHeight)), style.fill());
                head.paintAt(p, at + QPointF(padX, padY));
                body.paintAt(p, at + QPointF(padX, headHeight + padY));
                p.setPen(QPen(style.frame(), style.framePen()));
                p.setBrush(Qt::NoBrush);
                p.drawLine(at + QPointF(0, headHeight), at + QPointF(width, headHeight));
                p.drawRect(QRectF(at, QSizeF(width, h)));
            }};
}

Block DocumentBlocks::framed(const std::function<Block(qreal)> &content, qreal width, qreal minHeight) const {
    if (m_style.compact()) {
        Block b = content(width);
        b.height = std::max(b.height, minHeight);
        return b;
    }
    const DocumentStyle &style = m_style;
    const qreal padX = m_style.padX();
    const qreal padY = m_style.padY() * 1.5;
    const Block body = content(width - 2 * padX);
    const qreal h = std::max(minHeight, body.height + 2 * padY);
    return {h, [=, &style](QPainter &p, const QPointF &at) {
                body.paintAt(p, at + QPointF(padX, padY));
                p.setPen(QPen(style.frame(), style.framePen()));
                p.setBrush(Qt::NoBrush);
                p.drawRect(QRectF(at, QSizeF(width, h)));
            }};
}

Block DocumentBlocks::panelPair(const QString &leftCaption, const std::function<Block(qreal)> &left, qreal leftWidth,
                                const QString &rightCaption, const std::function<Block(qreal)> &right,
                                qreal width) const {
    const qreal gap = m_style.mm(m_style.compact() ? 4 : 3);
    const qreal rightWidth = width - leftWidth - gap;
    Block l = panel(leftCaption, left, leftWidth);
    Block r = panel(rightCaption, right, rightWidth);
    if (!m_style.compact() && l.height != r.height) {
        const qreal h = std::max(l.height, r.height);
        l = panel(leftCaption, left, leftWidth, h);
        r = panel(rightCaption, right, rightWidth, h);
    }
    return Block::beside({{0, std::move(l)}, {leftWidth + gap, std::move(r)}});
}

Block DocumentBlocks::pairs(const Pairs &pairs, qreal width, qreal labelWidth) const {
    QPaintDevice *device = m_style.device();
    const QFont labelFont = m_style.font(Type::Small);
    const QFont valueFont = m_style.font(Type::BodyBold);
    // Labels are smaller than values: line them up on the baseline, not the top.
    const qreal drop = QFontMetricsF(valueFont, device).ascent() - QFontMetricsF(labelFont, device).ascent();
    std::vector<Block> rows;
    for (const auto &[label, value] : pairs) {
        const TextBox l(label, labelFont, m_style.muted(), labelWidth, Qt::AlignLeft, device);
        const TextBox v(value.isEmpty() ? QStringLiteral("-") : value, valueFont, m_style.ink(), width - labelWidth,
                        Qt::AlignLeft, device);
        rows.push_back(
            {std::max(l.height() + drop, v.height()), [l, v, drop, labelWidth](QPainter &p, const QPointF &at) {
                 l.draw(p, at + QPointF(0, drop));
                 v.draw(p, at + QPointF(labelWidth, 0));
             }});
    }
    return Block::stacked(std::move(rows), m_style.pt(1.2));
}

Block DocumentBlocks::inlinePairs(const Pairs &pairs, qreal width) const {
    std::vector<TextBox::Run> runs;
    for (const auto &[label, value] : pairs) {
        if (!runs.empty())
            runs.push_back({QStringLiteral("    ")});
        QString keptLabel = label + QLatin1Char(':');
        keptLabel.replace(QLatin1Char(' '), QChar::Nbsp);
        runs.push_back({keptLabel + QLatin1Char(' '), false, true});
        // Non-breaking spaces keep each value on one line when the list wraps.
        QString kept = value.isEmpty() ? QStringLiteral("-") : value;
        kept.replace(QLatin1Char(' '), QChar::Nbsp);
        runs.push_back({kept, true});
    }
    return boxBlock(TextBox(runs, m_style.font(Type::Body), m_style.ink(), m_style.muted(), width, Qt::AlignLeft,
                            m_style.device()));
}

Block DocumentBlocks::party(const PartyBlock &party, qreal width, bool withContacts) const {
    QPaintDevice *device = m_style.device();
    const QFont small = m_style.font(Type::Small);
    std::vector<Block> lines;
    lines.push_back(text(party.name, Type::BodyBold, width));
    if (!party.company.trimmed().isEmpty() && party.company.trimmed() != party.name.trimmed())
        lines.push_back(text(party.company, Type::Body, width));
    lines.push_back(text(DocumentText::partyAddress(party).join(QLatin1Char('\n')), Type::Small, width));

    const auto labelled = [&](const DocumentBlocks::Pairs &items, bool boldValues) {
        return boxBlock(TextBox(labelledRuns(items, boldValues), small, m_style.ink(), m_style.muted(), width,
                                Qt::AlignLeft, device));
    };
    lines.push_back(labelled(
        {{tr("GSTIN: "), party.gstin}, {tr("State: "), DocumentText::state(party.state, party.stateCode)}}, true));
    if (withContacts)
        lines.push_back(labelled({{tr("Mobile: "), party.mobile}, {tr("E-mail: "), party.email}}, false));
    return Block::stacked(std::move(lines), m_style.pt(0.8));
}

Block DocumentBlocks::totals(const Totals &totals, qreal width) const {
    struct Line {
        QString label;
        QString amount;
    };
    std::vector<Line> lines;
    lines.push_back({tr("Sub Total"), DocumentText::money(totals.subtotal)});
    if (!totals.transport.isZero()) {
        lines.push_back({tr("Transport / Freight"), DocumentText::money(totals.transport)});
        lines.push_back({tr("Taxable Value"), DocumentText::money(totals.taxable)});
    }
    if (totals.intraState) {
        const QString rate = GstTotals::halfPercentText(totals.gstRateBasisPoints) + QLatin1Char('%');
        lines.push_back({tr("CGST @ %1").arg(rate), DocumentText::money(totals.cgst)});
        lines.push_back({tr("SGST @ %1").arg(rate), DocumentText::money(totals.sgst)});
    } else {
        lines.push_back(
            {tr("IGST @ %1").arg(DocumentText::percent(totals.gstRateBasisPoints)), DocumentText::money(totals.igst)});
    }
    if (!totals.roundOff.isZero())
        lines.push_back({tr("Round Off"), DocumentText::signedMoney(totals.roundOff)});

    const bool compact = m_style.compact();
    const qreal padX = m_style.padX();
    const qreal padY = m_style.padY();
    const qreal inner = width - 2 * padX;
    const DocumentStyle &style = m_style;
    std::vector<Block> rows;
    for (const Line &line : lines) {
        const Block label = text(line.label, Type::Body, inner * 0.6);
        const Block amount = text(line.amount, Type::Body, inner * 0.4, Qt::AlignRight);
        rows.push_back(Block::beside({{padX, label}, {padX + inner * 0.6, amount}}));
    }
    Block body = Block::stacked(std::move(rows), m_style.pt(1.5));
    body.height += 2 * padY;

    const TextBox grandLabel(tr("Grand Total"), m_style.font(Type::Emphasis),
                             compact ? m_style.ink() : m_style.onAccent(), inner * 0.45, Qt::AlignLeft,
                             m_style.device());
    const TextBox grandAmount(DocumentText::rupees(totals.grand), m_style.font(Type::Emphasis),
                              compact ? m_style.ink() : m_style.onAccent(), inner * 0.55, Qt::AlignRight,
                              m_style.device());
    const qreal grandHeight = std::max(grandLabel.height(), grandAmount.height()) + 2 * padY;
    const qreal h = body.height + grandHeight;
    return {h, [=, &style](QPainter &p, const QPointF &at) {
                body.paintAt(p, at + QPointF(0, padY));
                const QRectF band(at.x(), at.y() + body.height, width, grandHeight);
                if (compact) {
                    p.setPen(QPen(style.ink(), style.framePen()));
                    p.drawLine(band.topLeft(), band.topRight());
                    p.drawLine(band.bottomLeft(), band.bottomRight());
                } else {
                    p.fillRect(band, style.accent());
                    p.setPen(QPen(style.frame(), style.framePen()));
                    p.setBrush(Qt::NoBrush);
                    p.drawRect(QRectF(at, QSizeF(width, h)));
                }
                grandLabel.draw(p, band.topLeft() + QPointF(padX, padY));
                grandAmount.draw(p, band.topLeft() + QPointF(padX + inner * 0.45, padY));
            }};
}

Block DocumentBlocks::amountInWords(Money grand, qreal width) const {
    return Block::stacked({text(tr("Amount in words"), Type::Label, width, Qt::AlignLeft, true),
                           text(AmountInWords::text(grand), Type::BodyBold, width)},
                          m_style.pt(1));
}

Block DocumentBlocks::numberedLines(const QStringList &lines, qreal width) const {
    const QFont font = m_style.font(Type::Small);
    const qreal numberWidth =
        TextBox::naturalWidth(QStringLiteral("%1.").arg(lines.size()), font, m_style.device()) + m_style.mm(1.5);
    std::vector<Block> rows;
    for (int i = 0; i < lines.size(); ++i) {
        const Block number = text(QStringLiteral("%1.").arg(i + 1), Type::Small, numberWidth);
        const Block body = text(lines[i], Type::Small, width - numberWidth);
        rows.push_back(Block::beside({{0, number}, {numberWidth, body}}));
    }
    return Block::stacked(std::move(rows), m_style.pt(0.8));
}

Block DocumentBlocks::signature(const CompanyProfile &company, qreal width, qreal minHeight) const {
    const Block head = text(tr("For %1").arg(company.name), Type::BodyBold, width, Qt::AlignRight);
    std::vector<Block> foot;
    if (!company.signatory.trimmed().isEmpty())
        foot.push_back(text(company.signatory, Type::Small, width, Qt::AlignRight));
    foot.push_back(text(tr("Authorised Signatory"), Type::Small, width, Qt::AlignRight, true));
    const Block tail = Block::stacked(std::move(foot), m_style.pt(1));
    // Room to sign, more when the block is stretched beside something taller.
    const qreal room = std::max(m_style.mm(m_style.compact() ? 10 : 13), minHeight - head.height - tail.height);
    return Block::stacked({head, space(room), tail});
}

qreal DocumentBlocks::runningHeaderHeight() const {
    return m_style.mm(m_style.compact() ? 8 : 10);
}

void DocumentBlocks::paintRunningHeader(QPainter &painter, const QRectF &area, const QString &company,
                                        const QString &document) const {
    const qreal half = area.width() / 2;
    const TextBox name(company, m_style.font(Type::BodyBold), m_style.accent(), half, Qt::AlignLeft, m_style.device());
    const TextBox doc(document, m_style.font(Type::Small), m_style.muted(), half, Qt::AlignRight, m_style.device());
    name.draw(painter, area.topLeft());
    doc.draw(painter, area.topLeft() + QPointF(half, name.height() - doc.height()));
    const qreal y = area.top() + std::max(name.height(), doc.height()) + m_style.mm(1);
    painter.setPen(QPen(m_style.accent(), m_style.pt(0.8)));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
}

qreal DocumentBlocks::footerHeight() const {
    return m_style.mm(7);
}

void DocumentBlocks::paintFooter(QPainter &painter, const QRectF &area, const QString &left, int page,
                                 int pages) const {
    const qreal top = area.bottom() - footerHeight() + m_style.mm(2.5);
    painter.setPen(QPen(m_style.hairline(), m_style.hairlinePen()));
    painter.drawLine(QPointF(area.left(), top), QPointF(area.right(), top));
    const QFont font = m_style.font(Type::Footer);
    const qreal half = area.width() / 2;
    const TextBox l(left, font, m_style.muted(), half * 1.4, Qt::AlignLeft, m_style.device());
    const TextBox r(tr("Page %1 of %2").arg(page).arg(pages), font, m_style.ink(), half * 0.6, Qt::AlignRight,
                    m_style.device());
    l.draw(painter, QPointF(area.left(), top + m_style.mm(1)));
    r.draw(painter, QPointF(area.left() + half * 1.4, top + m_style.mm(1)));
}

void DocumentBlocks::paintMark(QPainter &painter, const QRectF &area, const QString &mark, const QColor &color) const {
    painter.save();
    painter.translate(area.center());
    painter.rotate(-35);
    painter.setFont(m_style.font(Type::Watermark));
    painter.setPen(color);
    const QFontMetricsF metrics(painter.font(), m_style.device());
    const qreal w = metrics.horizontalAdvance(mark);
    painter.drawText(QPointF(-w / 2, metrics.ascent() / 2 - metrics.descent() / 2), mark);
    painter.restore();
}

} // namespace bcp::documents
