#pragma once
// A laid-out rectangle of a document page: its height for the width it was built for, and how to paint it
// with its top-left corner at a point. Letterheads, panels and table rows are composed from blocks.

#include <QPointF>

#include <functional>
#include <utility>
#include <vector>

class QPainter;

namespace bcp::documents {

struct Block {
    qreal height = 0;
    std::function<void(QPainter &, const QPointF &)> paint;

    bool isEmpty() const { return !paint; }
    void paintAt(QPainter &painter, const QPointF &topLeft) const {
        if (paint)
            paint(painter, topLeft);
    }

    // Blocks one below the other, `gap` apart; empty blocks are skipped.
    static Block stacked(std::vector<Block> blocks, qreal gap = 0) {
        std::vector<std::pair<qreal, Block>> placed;
        qreal y = 0;
        for (Block &b : blocks) {
            if (b.isEmpty())
                continue;
            if (!placed.empty())
                y += gap;
            const qreal h = b.height;
            placed.emplace_back(y, std::move(b));
            y += h;
        }
        if (placed.empty())
            return {};
        return {y, [placed](QPainter &p, const QPointF &at) {
                    for (const auto &[dy, b] : placed)
                        b.paintAt(p, at + QPointF(0, dy));
                }};
    }

    // Blocks side by side, each at its x offset; as tall as the tallest.
    static Block beside(std::vector<std::pair<qreal, Block>> columns) {
        qreal h = 0;
        for (const auto &column : columns)
            h = std::max(h, column.second.height);
        return {h, [columns](QPainter &p, const QPointF &at) {
                    for (const auto &[x, b] : columns)
                        b.paintAt(p, at + QPointF(x, 0));
                }};
    }
};

} // namespace bcp::documents
