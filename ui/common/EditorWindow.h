#pragma once
// Documents are edited in windows of their own, one window per saved document: opening a document that already
// has a window brings that window forward instead of loading it a second time.

#include <QWidget>

#include <functional>

namespace bcp::ui {

// The open top-level window that `showsDocument` accepts, restored if minimised and brought to the front; null
// when there is none.
QWidget *raiseOpenWindow(const std::function<bool(const QWidget *)> &showsDocument);

// Makes `editor` a window of its own of `size` that is deleted when closed.
void makeEditorWindow(QWidget *editor, const QSize &size);

// Shows a new window in front of the others, with the focus.
void showInFront(QWidget *window);

// The window of document `id` (0: a new document, which never shares a window). An open Editor whose `documentIdOf`
// is `id` is brought to the front; otherwise `create()` makes an editor, which becomes a window of `size`, is given
// its document by `load(editor)` and is shown in front.
template <class Editor, class DocumentIdOf, class Create, class Load>
Editor *openEditorWindow(qint64 id, DocumentIdOf documentIdOf, const QSize &size, Create create, Load load) {
    if (id > 0) {
        QWidget *open = raiseOpenWindow([&](const QWidget *window) {
            const auto *editor = qobject_cast<const Editor *>(window);
            return editor && documentIdOf(*editor) == id;
        });
        if (open)
            return static_cast<Editor *>(open);
    }
    Editor *editor = create();
    makeEditorWindow(editor, size);
    load(*editor);
    showInFront(editor);
    return editor;
}

} // namespace bcp::ui
