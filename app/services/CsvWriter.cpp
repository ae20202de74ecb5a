#include "services/CsvWriter.h"

#include <QIODevice>

namespace bcp {

namespace {

// Large enough that a million-row export makes few device calls, small enough to stay out of sight.
constexpr int kFlushBytes = 64 * 1024;

bool isFormulaStart(QChar c) {
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@');
}

bool isLeadingBlank(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

CsvWriter::CsvWriter(QIODevice &out, bool byteOrderMark) : m_out(out) {
    m_buffer.reserve(kFlushBytes + 4096);
    if (byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter() {
    flush();
}

QString CsvWriter::neutralised(const QString &cell) {
    if (cell.isEmpty())
        return cell;
    // Spreadsheets treat a leading tab or CR as a formula start too, and skip blanks before "=".
    const QChar first = cell.at(0);
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r') || isFormulaStart(first))
        return QLatin1Char('\'') + cell;
    for (const QChar c : cell) {
        if (isLeadingBlank(c))
            continue;
        if (isFormulaStart(c))
            return QLatin1Char('\'') + cell;
        break;
    }
    return cell;
}

QString CsvWriter::quoted(const QString &field) {
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString text = field;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::addText(const QString &text) {
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
    m_buffer.append(quoted(neutralised(text)).toUtf8());
}

void CsvWriter::addNumber(qint64 value) {
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
    m_buffer.append(QByteArray::number(value));
}

void CsvWriter::endRow() {
    m_buffer.append("\r\n");
    m_rowStarted = false;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

bool CsvWriter::flush() {
    if (!m_buffer.isEmpty() && m_ok) {
        if (m_out.write(m_buffer) != m_buffer.size())
            m_ok = false;
    }
    m_buffer.resize(0); // keeps the capacity for the next rows
    return m_ok;
}

} // namespace bcp
