#pragma once
// GST identification numbers: validation exactly as the GST portal checks them (pattern, state code,
// mod-36 check character), the state code table, and what a valid GSTIN tells us (state, PAN).

#include "Result.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace bcp {

struct IndianState {
    QString code; // two digits, "27"
    QString name; // official English name, as printed on tax documents
};

class Gstin {
public:
    static constexpr int kLength = 15;

    // Upper-cased and trimmed, the form stored and compared.
    static QString normalise(const QString &text);

    // Normalises and validates. The error (field `field`) says what is wrong: the length, which characters
    // break the pattern, an unknown state code, or "The check character should be N, not M".
    static Result<Gstin> parse(const QString &text, const QString &field = QStringLiteral("gstin"));
    static bool isValid(const QString &text) { return parse(text).ok(); }

    // The check character for the first 14 characters (digits and upper-case letters); a null QChar when
    // the input is not 14 such characters.
    static QChar checkCharacter(QStringView first14);

    // Every state and union territory code GST uses, in code order.
    static const std::vector<IndianState> &states();
    // Name for a two-digit code ("27" -> "Maharashtra"); empty when the code is not in the table.
    static QString stateName(const QString &code);
    static bool isStateCode(const QString &code) { return !stateName(code).isEmpty(); }

    const QString &text() const { return m_text; }
    QString stateCode() const { return m_text.left(2); }
    QString stateName() const { return stateName(stateCode()); }
    QString pan() const { return m_text.mid(2, 10); }

private:
    explicit Gstin(QString text) : m_text(std::move(text)) {}
    QString m_text;
};

} // namespace bcp
