#pragma once
// The one-line (or wrapped) notice under a form: what the service refused, what just succeeded, or a
// warning. Hidden while empty so forms stay compact; the tone sets its colours.

#include <QLabel>

namespace bcp::ui {

class MessageLabel : public QLabel {
    Q_OBJECT
public:
    enum class Tone { Info, Success, Warning, Error };

    explicit MessageLabel(QWidget *parent = nullptr);

    void showMessage(Tone tone, const QString &text);
    void showError(const QString &text) { showMessage(Tone::Error, text); }
    void showSuccess(const QString &text) { showMessage(Tone::Success, text); }
    void showInfo(const QString &text) { showMessage(Tone::Info, text); }
    void showWarning(const QString &text) { showMessage(Tone::Warning, text); }
    void clearMessage();

    Tone tone() const { return m_tone; }

    // Services word their refusals as clauses ("the two passwords differ") so they can follow a field name;
    // on their own they read better as a sentence: capital first letter, closing full stop. Errors are shown
    // this way.
    static QString sentence(const QString &text);

private:
    Tone m_tone = Tone::Info;
};

} // namespace bcp::ui
