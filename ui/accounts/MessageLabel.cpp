#include "accounts/MessageLabel.h"

namespace bcp::ui {

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLabel::showMessage(Tone tone, const QString &text) {
    m_tone = tone;
    const char *style = nullptr;
    switch (tone) {
    case Tone::Info:
        style = "background: #e8f1fb; color: #0d3c61; border-left: 3px solid #1e6fbf;";
        break;
    case Tone::Success:
        style = "background: #eaf5ea; color: #1b4d1e; border-left: 3px solid #2e7d32;";
        break;
    case Tone::Warning:
        style = "background: #fff4e0; color: #5f3b00; border-left: 3px solid #e68a00;";
        break;
    case Tone::Error:
        style = "background: #fdecea; color: #7f1d1d; border-left: 3px solid #c62828;";
        break;
    }
    setStyleSheet(QStringLiteral("QLabel { %1 padding: 6px 8px; border-radius: 2px; }").arg(QLatin1String(style)));
    setText(tone == Tone::Error ? sentence(text) : text);
    setVisible(!text.isEmpty());
}

QString MessageLabel::sentence(const QString &text) {
    QString s = text.trimmed();
    if (s.isEmpty())
        return s;
    s[0] = s.at(0).toUpper();
    const QChar last = s.back();
    if (last != QLatin1Char('.') && last != QLatin1Char('!') && last != QLatin1Char('?') && last != QLatin1Char(':'))
        s += QLatin1Char('.');
    return s;
}

void MessageLabel::clearMessage() {
    clear();
    hide();
}

} // namespace bcp::ui
