#include "money/DocumentNumber.h"

#include <QCoreApplication>
#include <QDate>

#include <limits>
#include <vector>

namespace bcp {
namespace {

enum class PieceKind { Literal, FinancialYear, Year4, Year2, Sequence };

struct Piece {
    PieceKind kind = PieceKind::Literal;
    QString text;
    int width = 0;
};

constexpr int kFinancialYearLength = 5; // "25-26"

QString translated(const char *text) {
    return QCoreApplication::translate("bcp::DocumentNumber", text);
}

Error templateError(const QString &message) {
    return Error::invalid(QStringLiteral("template"), message);
}

bool rule46Character(QChar c) {
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('/') || c == QLatin1Char('-');
}

Result<Piece> parseToken(const QString &token) {
    if (token == QLatin1String("FY"))
        return Piece{PieceKind::FinancialYear, {}, 0};
    if (token == QLatin1String("YYYY"))
        return Piece{PieceKind::Year4, {}, 0};
    if (token == QLatin1String("YY"))
        return Piece{PieceKind::Year2, {}, 0};
    if (token == QLatin1String("seq"))
        return templateError(
            translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber", "{seq} needs a width, like {seq:4}.")));
    if (token.startsWith(QLatin1String("seq:"))) {
        const QString digits = token.mid(4);
        bool ok = !digits.isEmpty() && digits.size() <= 3;
        for (const QChar c : digits)
            ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const int width = ok ? digits.toInt() : 0;
        if (width < 1 || width > DocumentNumber::kMaxSequenceWidth)
            return templateError(
                translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber", "In {%1} the width must be a number from 1 to %2."))
                    .arg(token)
                    .arg(DocumentNumber::kMaxSequenceWidth));
        return Piece{PieceKind::Sequence, {}, width};
    }
    return templateError(
        translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber", "Unknown token {%1}: use {FY}, {YYYY}, {YY} or {seq:N}."))
            .arg(token));
}

Result<std::vector<Piece>> parseTemplate(const QString &tmpl) {
    std::vector<Piece> pieces;
    QString literal;
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const QChar c = tmpl[i];
        if (c == QLatin1Char('}'))
            return templateError(
                translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber", "A } in the template has no matching {.")));
        if (c != QLatin1Char('{')) {
            literal += c;
            continue;
        }
        const qsizetype close = tmpl.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            return templateError(
                translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber", "A { in the template is not closed.")));
        const QString token = tmpl.mid(i + 1, close - i - 1);
        if (token.contains(QLatin1Char('{')))
            return templateError(
                translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber", "A { in the template is not closed.")));
        const Result<Piece> piece = parseToken(token);
        if (!piece)
            return piece.error();
        if (!literal.isEmpty()) {
            pieces.push_back({PieceKind::Literal, literal, 0});
            literal.clear();
        }
        pieces.push_back(*piece);
        i = close;
    }
    if (!literal.isEmpty())
        pieces.push_back({PieceKind::Literal, literal, 0});
    return pieces;
}

int pieceLength(const Piece &piece) {
    switch (piece.kind) {
    case PieceKind::Literal:
        return static_cast<int>(piece.text.size());
    case PieceKind::FinancialYear:
        return kFinancialYearLength;
    case PieceKind::Year4:
        return 4;
    case PieceKind::Year2:
        return 2;
    case PieceKind::Sequence:
        return piece.width;
    }
    return 0;
}

qint64 allNines(int digits) {
    qint64 value = 0;
    for (int i = 0; i < digits; ++i)
        value = value * 10 + 9;
    return value;
}

struct CheckedTemplate {
    std::vector<Piece> pieces;
    NumberTemplateInfo info;
};

Result<CheckedTemplate> check(const QString &tmpl, NumberSeries series) {
    if (tmpl.trimmed().isEmpty())
        return templateError(translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber", "Enter a number template.")));
    const Result<std::vector<Piece>> parsed = parseTemplate(tmpl);
    if (!parsed)
        return parsed.error();

    CheckedTemplate out;
    out.pieces = *parsed;
    int sequences = 0;
    bool hasFinancialYear = false;
    for (const Piece &piece : out.pieces) {
        out.info.maxLength += pieceLength(piece);
        if (piece.kind == PieceKind::Sequence) {
            ++sequences;
            out.info.sequenceWidth = piece.width;
        }
        hasFinancialYear = hasFinancialYear || piece.kind == PieceKind::FinancialYear;
        if (piece.kind != PieceKind::Literal)
            continue;
        for (const QChar c : piece.text) {
            if (c.isSpace() || !c.isPrint())
                return templateError(translated(QT_TRANSLATE_NOOP(
                    "bcp::DocumentNumber", "Spaces and control characters cannot be part of a document number.")));
            if (DocumentNumber::followsRule46(series) && !rule46Character(c))
                return templateError(translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber",
                                                                  "\"%1\" cannot be part of a GST document number: "
                                                                  "only A-Z, a-z, 0-9, / and - are allowed."))
                                         .arg(c));
        }
    }
    if (sequences == 0)
        return templateError(translated(QT_TRANSLATE_NOOP(
            "bcp::DocumentNumber", "The template needs {seq:N} for the running number, like {seq:4}.")));
    if (sequences > 1)
        return templateError(
            translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber", "The template can contain {seq:N} only once.")));
    if (DocumentNumber::restartsEachFinancialYear(series) && !hasFinancialYear)
        return templateError(translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber",
                                                          "The template needs {FY}: numbering restarts every "
                                                          "financial year, so numbers without it would repeat.")));
    if (DocumentNumber::followsRule46(series)) {
        if (out.info.maxLength > DocumentNumber::kRule46MaxLength)
            return templateError(translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber",
                                                              "This template makes numbers of up to %1 characters; "
                                                              "GST rule 46(b) allows at most %2."))
                                     .arg(out.info.maxLength)
                                     .arg(DocumentNumber::kRule46MaxLength));
        const int digits = out.info.sequenceWidth + DocumentNumber::kRule46MaxLength - out.info.maxLength;
        out.info.maxSequence = allNines(digits);
    } else {
        out.info.maxSequence = std::numeric_limits<qint64>::max();
    }
    return out;
}

} // namespace

QString DocumentNumber::financialYear(const QDate &date) {
    if (!date.isValid())
        return {};
    const int start = financialYearStart(date);
    const auto twoDigits = [](int year) {
        return QStringLiteral("%1").arg(((year % 100) + 100) % 100, 2, 10, QLatin1Char('0'));
    };
    return twoDigits(start) + QLatin1Char('-') + twoDigits(start + 1);
}

int DocumentNumber::financialYearStart(const QDate &date) {
    if (!date.isValid())
        return 0;
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QString DocumentNumber::defaultTemplate(NumberSeries series) {
    switch (series) {
    case NumberSeries::Quote:
        return QStringLiteral("QT/{FY}/{seq:4}");
    case NumberSeries::Invoice:
        return QStringLiteral("INV/{FY}/{seq:4}");
    case NumberSeries::CreditNote:
        return QStringLiteral("CN/{FY}/{seq:4}");
    case NumberSeries::Ticket:
        return QStringLiteral("TKT-{YYYY}-{seq:6}");
    }
    return {};
}

bool DocumentNumber::followsRule46(NumberSeries series) {
    return series != NumberSeries::Ticket;
}

bool DocumentNumber::restartsEachFinancialYear(NumberSeries series) {
    return series != NumberSeries::Ticket;
}

Result<NumberTemplateInfo> DocumentNumber::validate(const QString &numberTemplate, NumberSeries series) {
    const Result<CheckedTemplate> checked = check(numberTemplate, series);
    if (!checked)
        return checked.error();
    return checked->info;
}

Result<QString> DocumentNumber::format(const QString &numberTemplate, NumberSeries series, const QDate &date,
                                       qint64 sequence) {
    const Result<CheckedTemplate> checked = check(numberTemplate, series);
    if (!checked)
        return checked.error();
    if (!date.isValid())
        return Error::invalid(QStringLiteral("date"),
                              translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber", "The document date is not valid.")));
    if (sequence < 1)
        return Error::invalid(QStringLiteral("sequence"),
                              translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber", "Sequence numbers start at 1.")));
    if (sequence > checked->info.maxSequence)
        return Error::invalid(QStringLiteral("sequence"),
                              translated(QT_TRANSLATE_NOOP("bcp::DocumentNumber",
                                                           "Number %1 does not fit this template within %2 characters "
                                                           "(GST rule 46(b)); shorten the template's fixed text."))
                                  .arg(sequence)
                                  .arg(kRule46MaxLength));

    QString number;
    for (const Piece &piece : checked->pieces) {
        switch (piece.kind) {
        case PieceKind::Literal:
            number += piece.text;
            break;
        case PieceKind::FinancialYear:
            number += financialYear(date);
            break;
        case PieceKind::Year4:
            number += QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'));
            break;
        case PieceKind::Year2:
            number += QStringLiteral("%1").arg(date.year() % 100, 2, 10, QLatin1Char('0'));
            break;
        case PieceKind::Sequence:
            number += QStringLiteral("%1").arg(sequence, piece.width, 10, QLatin1Char('0'));
            break;
        }
    }
    return number;
}

} // namespace bcp
