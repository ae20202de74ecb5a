#pragma once
// CSV for spreadsheets (RFC 4180): fields separated by commas, rows ended by CRLF, a field quoted when it
// holds a comma, a quote, CR or LF, quotes inside doubled. Text cells that a spreadsheet would run as a
// formula (first character = + - @, also after leading spaces, tabs or CRs, or a leading tab or CR itself)
// get a single quote in front, so an exported name like "=HYPERLINK(...)" stays text when opened.
// Exports and reports write through this class so every CSV file the product makes is neutralised.

#include <QByteArray>
#include <QString>

class QIODevice;

namespace bcp {

class CsvWriter {
public:
    // Writes to `out` (open for writing). With `byteOrderMark`, the file starts with the UTF-8 BOM, which
    // spreadsheet programs on Windows need to read non-ASCII text (₹, Devanagari) correctly.
    explicit CsvWriter(QIODevice &out, bool byteOrderMark = true);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // A text cell: neutralised, then quoted as needed.
    void addText(const QString &text);
    // A number cell, written as is (a negative number is a value, not a formula).
    void addNumber(qint64 value);
    // Ends the row (CRLF) and hands full buffers to the device.
    void endRow();
    // Writes what is buffered; false when the device refused (disk full, closed).
    bool flush();
    bool ok() const { return m_ok; }

    // "=1+2" -> "'=1+2"; anything else unchanged.
    static QString neutralised(const QString &cell);
    // RFC 4180 quoting of one field (no neutralising).
    static QString quoted(const QString &field);

private:
    QIODevice &m_out;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_ok = true;
};

} // namespace bcp
