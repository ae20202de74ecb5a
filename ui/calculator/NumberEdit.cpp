#include "calculator/NumberEdit.h"

#include <QRegularExpression>
#include <QRegularExpressionValidator>

#include <cmath>

namespace bcp::ui {

NumberEdit::NumberEdit(QWidget *parent, Kind kind, Sign sign) : QLineEdit(parent), m_kind(kind) {
    // The validator only keeps out characters that can never form a number; range rules (> 0, not
    // negative) belong to the engine and the masters rules, which report them with a message.
    const QString signPart = sign == Sign::Any ? QStringLiteral("-?") : QString();
    const QString pattern = kind == Kind::Integer ? signPart + QStringLiteral("[0-9]{0,15}")
                                                  : signPart + QStringLiteral("[0-9]{0,12}(\\.[0-9]{0,6})?");
    setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), this));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setClearButtonEnabled(false);
}

bool NumberEdit::isBlank() const {
    return text().trimmed().isEmpty();
}

std::optional<double> NumberEdit::value() const {
    return parse(text());
}

void NumberEdit::setValue(std::optional<double> value) {
    const QString text = value ? format(m_kind == Kind::Integer ? std::round(*value) : *value) : QString();
    if (text != this->text())
        setText(text);
}

QString NumberEdit::format(double value, int decimals) {
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

std::optional<double> NumberEdit::parse(const QString &text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace bcp::ui
