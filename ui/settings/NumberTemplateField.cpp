#include "settings/NumberTemplateField.h"

#include "calculator/FieldMark.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bcp::ui {

NumberTemplateField::NumberTemplateField(NumberSeries series, QWidget *parent)
    : QWidget(parent), m_series(series), m_date(QDate::currentDate()) {
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(DocumentNumber::defaultTemplate(series));
    m_edit->setToolTip(tr("Tokens: {FY} financial year (25-26), {YYYY} and {YY} the year, {seq:N} the running number "
                          "with N digits"));
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        check();
        Q_EMIT edited();
    });
    check();
}

QString NumberTemplateField::text() const {
    return m_edit->text().trimmed();
}

void NumberTemplateField::setText(const QString &text) {
    m_edit->setText(text);
    check();
}

void NumberTemplateField::setNext(qint64 sequence, const QDate &date) {
    m_sequenceKnown = true;
    m_sequence = qMax<qint64>(1, sequence);
    m_date = date.isValid() ? date : QDate::currentDate();
    check();
}

QString NumberTemplateField::feedback() const {
    return m_feedback->text();
}

void NumberTemplateField::check() {
    const QString numberTemplate = text();
    auto info = DocumentNumber::validate(numberTemplate, m_series);
    QString message;
    if (info) {
        auto next = DocumentNumber::format(numberTemplate, m_series, m_date, m_sequence);
        if (next) {
            m_acceptable = true;
            const QString number = m_sequenceKnown ? tr("Next number: %1").arg(next.value())
                                                   : tr("First number of the year: %1").arg(next.value());
            message = DocumentNumber::followsRule46(m_series) ? tr("%1 (up to %2 of %3 characters)")
                                                                    .arg(number)
                                                                    .arg(info->maxLength)
                                                                    .arg(DocumentNumber::kRule46MaxLength)
                                                              : number;
        } else {
            m_acceptable = false;
            message = next.error().message;
        }
    } else {
        m_acceptable = false;
        message = info.error().message;
    }
    m_feedback->setText(message);
    m_feedback->setStyleSheet(m_acceptable ? QStringLiteral("QLabel { color: #2e6b30; }")
                                           : QStringLiteral("QLabel { color: #b3261e; }"));
    if (m_acceptable)
        FieldMark::clear(m_edit);
    else
        FieldMark::set(m_edit, message);
}

} // namespace bcp::ui
