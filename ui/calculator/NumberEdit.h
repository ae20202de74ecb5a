#pragma once
// A right-aligned line edit for one number. Blank is a value of its own ("not given": take the master
// value, no manual rate), so optional inputs need no separate check box.

#include <QLineEdit>

#include <optional>

namespace bcp::ui {

class NumberEdit : public QLineEdit {
    Q_OBJECT
public:
    enum class Kind { Decimal, Integer };
    enum class Sign { NonNegative, Any };

    explicit NumberEdit(QWidget *parent = nullptr, Kind kind = Kind::Decimal, Sign sign = Sign::NonNegative);

    bool isBlank() const;
    // The number typed; nullopt when blank or when the text is not a number yet ("." or "-").
    std::optional<double> value() const;
    // Writes the number the way people type it (no trailing zeros); nullopt clears the field.
    void setValue(std::optional<double> value);

    // 1045 -> "1045", 1.8 -> "1.8", 0.45 -> "0.45": at most `decimals` places, trailing zeros dropped.
    static QString format(double value, int decimals = 6);
    // The C-locale reading used by every NumberEdit ("12.5"); nullopt when `text` is not a finite number.
    static std::optional<double> parse(const QString &text);

private:
    Kind m_kind;
};

} // namespace bcp::ui
