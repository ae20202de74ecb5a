#pragma once
// A document number template being typed (`INV/{FY}/{seq:4}`), checked on every keystroke against the
// series' rules (GST rule 46(b): at most 16 characters of A-Z a-z 0-9 / -), with the next number it would
// give shown underneath, so the shop sees what its customers will read before it saves.

#include "money/DocumentNumber.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace bcp::ui {

class NumberTemplateField : public QWidget {
    Q_OBJECT
public:
    explicit NumberTemplateField(NumberSeries series, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // The sequence and date the preview numbers with (the next number of the current financial year).
    // Until it is called the preview shows the year's first number.
    void setNext(qint64 sequence, const QDate &date);

    // True while the template passes DocumentNumber::validate.
    bool isAcceptable() const { return m_acceptable; }
    // The check's verdict: the preview, or why the template is refused.
    QString feedback() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *feedbackLabel() const { return m_feedback; }

Q_SIGNALS:
    void edited();

private:
    void check();

    NumberSeries m_series;
    qint64 m_sequence = 1;
    bool m_sequenceKnown = false;
    QDate m_date;
    bool m_acceptable = false;
    QLineEdit *m_edit = nullptr;
    QLabel *m_feedback = nullptr;
};

} // namespace bcp::ui
