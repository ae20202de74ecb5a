#pragma once
// Marks an input the engine or the masters rules refused: a dynamic property the style sheet turns red,
// and the message as the tooltip, so the problem shows where the user is looking.

#include <QString>

class QWidget;

namespace bcp::ui {

class FieldMark {
public:
    // The rules for marked inputs; set once on the top widget of a screen.
    static QString styleSheet();

    static void set(QWidget *widget, const QString &message);
    // Removes the mark and restores the tooltip the widget had before it was marked.
    static void clear(QWidget *widget);
    static bool isMarked(const QWidget *widget);
};

} // namespace bcp::ui
