#pragma once
// Document numbers from templates such as `INV/{FY}/{seq:4}`, financial years (April-March), and the
// checks that keep tax document numbers legal under GST rule 46(b): at most 16 characters, only
// A-Z a-z 0-9 / and -.
//
// Tokens: {FY} the financial year of the document date ("25-26"), {YYYY} and {YY} its calendar year,
// {seq:N} the sequence zero-padded to N digits (`{seq:04}` means the same as `{seq:4}`). A template has
// exactly one {seq:N}.

#include "Result.h"

#include <QString>

class QDate;

namespace bcp {

enum class NumberSeries { Quote, Invoice, CreditNote, Ticket };

struct NumberTemplateInfo {
    int sequenceWidth = 0;
    // Length of the longest number with the sequence at its full width.
    int maxLength = 0;
    // Largest sequence the template can number under the series' rules: for rule 46 series the sequence
    // may outgrow its width while the whole number still fits 16 characters.
    qint64 maxSequence = 0;
};

class DocumentNumber {
public:
    static constexpr int kRule46MaxLength = 16;
    static constexpr int kMaxSequenceWidth = 12;

    // "25-26" for any date from 1 April 2025 to 31 March 2026; empty for an invalid date.
    static QString financialYear(const QDate &date);
    // The calendar year the financial year starts in (2025 for "25-26"); counters are keyed by it.
    static int financialYearStart(const QDate &date);

    // QT/{FY}/{seq:4}, INV/{FY}/{seq:4}, CN/{FY}/{seq:4}, TKT-{YYYY}-{seq:6}.
    static QString defaultTemplate(NumberSeries series);
    // Quotes, invoices and credit notes are GST documents; tickets are internal.
    static bool followsRule46(NumberSeries series);
    // Quotes, invoices and credit notes restart at 1 every financial year, so their templates must carry
    // {FY} or numbers would repeat from the second year on.
    static bool restartsEachFinancialYear(NumberSeries series);

    // Checks a template before it is saved. Errors (field "template") say what is wrong; for rule 46 they
    // give the longest number the template can produce, e.g. "... up to 18 characters; GST rule 46(b)
    // allows at most 16".
    static Result<NumberTemplateInfo> validate(const QString &numberTemplate, NumberSeries series);

    // The number for `sequence` (>= 1) issued on `date`. A sequence wider than {seq:N} is written in
    // full, never cut; for rule 46 series it is refused when the number would exceed 16 characters.
    static Result<QString> format(const QString &numberTemplate, NumberSeries series, const QDate &date,
                                  qint64 sequence);
};

} // namespace bcp
