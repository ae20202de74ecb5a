#include "coupons/BulkCouponDialog.h"

#include "accounts/MessageLabel.h"
#include "calculator/FieldMark.h"
#include "coupons/CouponForm.h"
#include "services/CouponService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace bcp::ui {

BulkCouponDialog::BulkCouponDialog(CouponService &coupons, const Session &session, const QList<Plan> &plans,
                                   QWidget *parent)
    : QDialog(parent), m_coupons(coupons), m_session(session) {
    setObjectName(QStringLiteral("bulkCouponDialog"));
    setWindowTitle(tr("Generate coupon codes"));
    setStyleSheet(FieldMark::styleSheet() + QStringLiteral("QAbstractSpinBox[invalid=\"true\"] {"
                                                           " background: #fdecea; color: #7f1d1d; }"));

    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("bulkPrefix"));
    m_prefix->setPlaceholderText(tr("2 to 12 letters or digits, e.g. EXPO26"));
    m_prefix->setMaxLength(12);
    m_prefix->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,12}")), m_prefix));
    connect(m_prefix, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int at = m_prefix->cursorPosition();
        m_prefix->setText(text.toUpper());
        m_prefix->setCursorPosition(at);
    });
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("bulkCount"));
    m_count->setRange(1, CouponService::kMaxBulk);
    m_count->setValue(50);
    auto *sample = new QLabel(this);
    QPalette dim = sample->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    sample->setPalette(dim);
    auto showSample = [this, sample] {
        sample->setText(tr("Codes look like %1-%2")
                            .arg(prefix().isEmpty() ? tr("PREFIX") : prefix(),
                                 QString(CouponService::kRandomLength, QLatin1Char('X'))));
    };
    connect(m_prefix, &QLineEdit::textChanged, this, showSample);
    showSample();

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *prefixLabel = new QLabel(tr("&Prefix"), this);
    prefixLabel->setBuddy(m_prefix);
    top->addRow(prefixLabel, m_prefix);
    top->addRow(QString(), sample);
    auto *countLabel = new QLabel(tr("&Number of codes"), this);
    countLabel->setBuddy(m_count);
    top->addRow(countLabel, m_count);

    m_form = new CouponForm(plans, false, this);
    // Both forms' captions in one column.
    const int captions =
        std::max({m_form->labelWidth(), prefixLabel->sizeHint().width(), countLabel->sizeHint().width()});
    m_form->setLabelWidth(captions);
    prefixLabel->setMinimumWidth(captions);
    countLabel->setMinimumWidth(captions);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("bulkMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("bulkGenerate"));
    m_generate->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkCouponDialog::generate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *pattern = new QLabel(tr("Every code gets:"), this);
    QFont bold = pattern->font();
    bold.setBold(true);
    pattern->setFont(bold);
    layout->addSpacing(6);
    layout->addWidget(pattern);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString BulkCouponDialog::prefix() const {
    return m_prefix->text().trimmed().toUpper();
}

bool BulkCouponDialog::generate() {
    m_form->clearMarks();
    FieldMark::clear(m_prefix);
    FieldMark::clear(m_count);
    auto pattern = m_form->coupon();
    Result<QStringList> made = pattern ? Result<QStringList>(QStringList()) : Result<QStringList>(pattern.error());
    if (pattern) {
        BulkCouponInput in;
        in.prefix = prefix();
        in.count = m_count->value();
        in.pattern = pattern.value();
        made = m_coupons.generate(m_session, in);
    }
    if (!made) {
        const Error &e = made.error();
        QString label;
        if (e.field == QLatin1String("prefix")) {
            FieldMark::set(m_prefix, e.message);
            m_prefix->setFocus();
            label = tr("Prefix");
        } else if (e.field == QLatin1String("count")) {
            FieldMark::set(m_count, e.message);
            m_count->setFocus();
            label = tr("Number of codes");
        } else if (!e.field.isEmpty()) {
            m_form->markError(e);
            label = m_form->fieldLabel(e.field);
        }
        m_message->showError(label.isEmpty() ? e.message : label + QStringLiteral(": ") + e.message);
        return false;
    }
    m_codes = made.value();
    accept();
    return true;
}

} // namespace bcp::ui
