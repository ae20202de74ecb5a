#include "settings/CompanyProfileDialog.h"

#include "accounts/MessageLabel.h"
#include "calculator/FieldMark.h"
#include "money/DocumentNumber.h"
#include "money/Gstin.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "settings/LogoPicker.h"
#include "settings/NumberTemplateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

namespace bcp::ui {

namespace {

const QString kStateField = QStringLiteral("stateCode");
const QString kLogoField = QStringLiteral("logo");
const QString kTermsField = QStringLiteral("defaultTerms");

} // namespace

CompanyProfileDialog::CompanyProfileDialog(Database &db, const Session &session, QWidget *parent)
    : CompanyProfileDialog(db, session, Clock::system(), parent) {}

CompanyProfileDialog::CompanyProfileDialog(Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_company(std::make_unique<CompanyService>(db, clock)) {
    build();
    reload();
}

CompanyProfileDialog::~CompanyProfileDialog() = default;

QLineEdit *CompanyProfileDialog::addEdit(const QString &field, const QString &placeholder, int maxLength) {
    auto *edit = new QLineEdit(this);
    edit->setObjectName(field);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(maxLength);
    m_edits.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, edit, [edit] { FieldMark::clear(edit); });
    return edit;
}

void CompanyProfileDialog::build() {
    setObjectName(QStringLiteral("companyProfileDialog"));
    setWindowTitle(tr("Company profile"));
    setStyleSheet(FieldMark::styleSheet() +
                  QStringLiteral("QLabel#profileTitle { font-size: 14pt; font-weight: bold; }"
                                 "QLineEdit[readOnly=\"true\"] { background: #f1f3f5; color: #37474f; }"
                                 "QLabel#profileLock { background: #fff4e0; color: #5f3b00;"
                                 " border-left: 3px solid #e68a00; padding: 6px 8px; }"));

    m_labels = {
        {QStringLiteral("name"), tr("Legal name")},
        {QStringLiteral("addressLine1"), tr("Address")},
        {QStringLiteral("addressLine2"), tr("Address line 2")},
        {QStringLiteral("city"), tr("City")},
        {kStateField, tr("State")},
        {QStringLiteral("pin"), tr("PIN code")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("email"), tr("E-mail")},
        {kLogoField, tr("Logo")},
        {QStringLiteral("gstin"), tr("GSTIN")},
        {QStringLiteral("pan"), tr("PAN")},
        {QStringLiteral("bankName"), tr("Bank")},
        {QStringLiteral("bankAccount"), tr("Account number")},
        {QStringLiteral("bankIfsc"), tr("IFSC")},
        {QStringLiteral("bankBranch"), tr("Branch")},
        {QStringLiteral("upiId"), tr("UPI ID")},
        {QStringLiteral("signatory"), tr("Signatory")},
        {QStringLiteral("quoteTemplate"), tr("Quote numbers")},
        {QStringLiteral("invoiceTemplate"), tr("Invoice numbers")},
        {QStringLiteral("creditNoteTemplate"), tr("Credit note numbers")},
        {kTermsField, tr("Default terms")},
    };

    auto *title = new QLabel(tr("Company profile"), this);
    title->setObjectName(QStringLiteral("profileTitle"));
    auto *subtitle = new QLabel(tr("What every quote and tax invoice prints: letterhead, tax identity, bank and UPI "
                                   "details, numbering and terms."),
                                this);
    subtitle->setWordWrap(true);
    m_lockNote = new QLabel(this);
    m_lockNote->setObjectName(QStringLiteral("profileLock"));
    m_lockNote->setWordWrap(true);
    m_lockNote->hide();

    // Company and letterhead.
    auto *company = new QGroupBox(tr("Company"), this);
    auto *companyForm = new QFormLayout(company);
    companyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    companyForm->addRow(m_labels.value(QStringLiteral("name")), addEdit(QStringLiteral("name"), {}, 120));
    companyForm->addRow(m_labels.value(QStringLiteral("addressLine1")),
                        addEdit(QStringLiteral("addressLine1"), tr("Building, street")));
    companyForm->addRow(QString(), addEdit(QStringLiteral("addressLine2"), tr("Area, landmark")));
    companyForm->addRow(m_labels.value(QStringLiteral("city")), addEdit(QStringLiteral("city"), {}, 80));
    m_state = new QComboBox(this);
    m_state->setObjectName(kStateField);
    m_state->addItem(tr("Choose the state"), QString());
    for (const IndianState &s : Gstin::states())
        m_state->addItem(QStringLiteral("%1 %2").arg(s.code, s.name), s.code);
    m_state->setMaxVisibleItems(16);
    connect(m_state, qOverload<int>(&QComboBox::activated), m_state, [this] { FieldMark::clear(m_state); });
    auto *statePin = new QHBoxLayout;
    statePin->addWidget(m_state, 1);
    auto *pinLabel = new QLabel(m_labels.value(QStringLiteral("pin")), this);
    QLineEdit *pin = addEdit(QStringLiteral("pin"), QStringLiteral("411026"), 7);
    pin->setMaximumWidth(90);
    pinLabel->setBuddy(pin);
    statePin->addWidget(pinLabel);
    statePin->addWidget(pin);
    companyForm->addRow(m_labels.value(kStateField), statePin);
    companyForm->addRow(m_labels.value(QStringLiteral("phone")), addEdit(QStringLiteral("phone"), {}, 40));
    companyForm->addRow(m_labels.value(QStringLiteral("email")),
                        addEdit(QStringLiteral("email"), tr("accounts@example.in"), 120));
    m_logo = new LogoPicker(this);
    m_logo->setObjectName(kLogoField);
    connect(m_logo, &LogoPicker::loadFailed, this, [this](const QString &message) {
        m_message->showError(tr("%1: %2").arg(m_labels.value(kLogoField), message));
    });
    connect(m_logo, &LogoPicker::changed, this, [this] { m_message->clearMessage(); });
    companyForm->addRow(m_labels.value(kLogoField), m_logo);

    auto *terms = new QGroupBox(m_labels.value(kTermsField), this);
    auto *termsLayout = new QVBoxLayout(terms);
    m_terms = new QPlainTextEdit(this);
    m_terms->setObjectName(kTermsField);
    m_terms->setPlaceholderText(tr("Printed on quotes and invoices unless a document has its own terms"));
    m_terms->setTabChangesFocus(true);
    termsLayout->addWidget(m_terms);

    // Tax identity, bank and UPI.
    auto *tax = new QGroupBox(tr("Tax identity"), this);
    auto *taxForm = new QFormLayout(tax);
    taxForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QLineEdit *gstin = addEdit(QStringLiteral("gstin"), tr("15 characters, such as 27AAPFU0939F1ZV"), 15);
    m_gstinFeedback = new QLabel(this);
    m_gstinFeedback->setObjectName(QStringLiteral("gstinFeedback"));
    m_gstinFeedback->setWordWrap(true);
    auto *gstinBox = new QVBoxLayout;
    gstinBox->setSpacing(2);
    gstinBox->addWidget(gstin);
    gstinBox->addWidget(m_gstinFeedback);
    taxForm->addRow(m_labels.value(QStringLiteral("gstin")), gstinBox);
    taxForm->addRow(m_labels.value(QStringLiteral("pan")),
                    addEdit(QStringLiteral("pan"), tr("From the GSTIN; else 10 characters"), 10));
    connect(gstin, &QLineEdit::textChanged, this, &CompanyProfileDialog::gstinEdited);

    auto *bank = new QGroupBox(tr("Bank, UPI and signature"), this);
    auto *bankForm = new QFormLayout(bank);
    bankForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    bankForm->addRow(m_labels.value(QStringLiteral("bankName")), addEdit(QStringLiteral("bankName"), {}, 80));
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(addEdit(QStringLiteral("bankAccount"), {}, 40), 3);
    auto *ifscLabel = new QLabel(m_labels.value(QStringLiteral("bankIfsc")), this);
    QLineEdit *ifsc = addEdit(QStringLiteral("bankIfsc"), QStringLiteral("HDFC0001234"), 11);
    ifscLabel->setBuddy(ifsc);
    accountRow->addWidget(ifscLabel);
    accountRow->addWidget(ifsc, 2);
    bankForm->addRow(m_labels.value(QStringLiteral("bankAccount")), accountRow);
    bankForm->addRow(m_labels.value(QStringLiteral("bankBranch")), addEdit(QStringLiteral("bankBranch"), {}, 80));
    bankForm->addRow(m_labels.value(QStringLiteral("upiId")),
                     addEdit(QStringLiteral("upiId"), QStringLiteral("shop@okicici"), 120));
    bankForm->addRow(m_labels.value(QStringLiteral("signatory")), addEdit(QStringLiteral("signatory"), {}, 80));

    auto *numbering = new QGroupBox(tr("Numbering"), this);
    auto *numberingForm = new QFormLayout(numbering);
    numberingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const struct {
        const char *field;
        NumberSeries series;
    } series[] = {{"quoteTemplate", NumberSeries::Quote},
                  {"invoiceTemplate", NumberSeries::Invoice},
                  {"creditNoteTemplate", NumberSeries::CreditNote}};
    for (const auto &s : series) {
        const QString field = QLatin1String(s.field);
        auto *t = new NumberTemplateField(s.series, this);
        t->setObjectName(field);
        t->lineEdit()->setObjectName(field + QStringLiteral("Edit"));
        m_templates.insert(field, t);
        numberingForm->addRow(m_labels.value(field), t);
    }

    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("profileUpdated"));
    QPalette dim = m_updated->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_updated->setPalette(dim);
    subtitle->setPalette(dim);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_save->setEnabled(m_session.can(perm::SettingsEdit));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *right = new QVBoxLayout;
    right->addWidget(tax);
    right->addWidget(bank);
    right->addWidget(numbering);
    right->addStretch();
    auto *columns = new QGridLayout;
    columns->setHorizontalSpacing(14);
    columns->addWidget(company, 0, 0);
    columns->addWidget(terms, 1, 0);
    columns->addLayout(right, 0, 1, 2, 1);
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 1);
    columns->setRowStretch(1, 1);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_updated, 1);
    footer->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_lockNote);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addLayout(footer);
    resize(1000, 660);
}

QString CompanyProfileDialog::fieldLabel(const QString &field) const {
    return m_labels.value(field, field);
}

QWidget *CompanyProfileDialog::fieldWidget(const QString &field) const {
    if (QLineEdit *edit = m_edits.value(field))
        return edit;
    if (NumberTemplateField *t = m_templates.value(field))
        return t->lineEdit();
    if (field == kStateField)
        return m_state;
    if (field == kLogoField)
        return m_logo;
    if (field == kTermsField)
        return m_terms;
    return nullptr;
}

bool CompanyProfileDialog::identityEditable() const {
    return m_session.can(perm::SettingsEdit) && (!m_profile.identityLocked || m_session.role == role::Owner);
}

bool CompanyProfileDialog::reload() {
    auto profile = m_company->get(m_session);
    if (!profile) {
        m_message->showError(profile.error().message);
        return false;
    }
    m_profile = profile.value();
    display(m_profile);
    return true;
}

void CompanyProfileDialog::display(const CompanyProfile &p) {
    const std::pair<const char *, QString> texts[] = {
        {"name", p.name},
        {"addressLine1", p.addressLine1},
        {"addressLine2", p.addressLine2},
        {"city", p.city},
        {"pin", p.pin},
        {"phone", p.phone},
        {"email", p.email},
        {"gstin", p.gstin},
        {"pan", p.pan},
        {"bankName", p.bankName},
        {"bankAccount", p.bankAccount},
        {"bankIfsc", p.bankIfsc},
        {"bankBranch", p.bankBranch},
        {"upiId", p.upiId},
        {"signatory", p.signatory},
    };
    for (const auto &[field, value] : texts)
        m_edits.value(QLatin1String(field))->setText(value);
    m_state->setCurrentIndex(qMax(0, m_state->findData(p.stateCode)));
    m_templates.value(QStringLiteral("quoteTemplate"))->setText(p.quoteTemplate);
    m_templates.value(QStringLiteral("invoiceTemplate"))->setText(p.invoiceTemplate);
    m_templates.value(QStringLiteral("creditNoteTemplate"))->setText(p.creditNoteTemplate);
    m_terms->setPlainText(p.defaultTerms);
    m_logo->setPng(p.logoPng);
    if (p.updatedAt.isValid())
        m_updated->setText(
            tr("Last saved %1 by %2")
                .arg(p.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), p.updatedBy));
    else
        m_updated->setText(tr("Not saved yet: the shop's name and state come from its setup."));
    clearMarks();
    m_message->clearMessage();
    applyLock();
    gstinEdited();
    updateNextNumbers();
}

void CompanyProfileDialog::applyLock() {
    const bool mayEdit = m_session.can(perm::SettingsEdit);
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->setReadOnly(!mayEdit);
    for (NumberTemplateField *t : std::as_const(m_templates))
        t->lineEdit()->setReadOnly(!mayEdit);
    m_terms->setReadOnly(!mayEdit);
    m_logo->setReadOnly(!mayEdit);

    const bool identity = identityEditable();
    for (const char *field : {"name", "gstin", "pan"})
        m_edits.value(QLatin1String(field))->setReadOnly(!identity);
    m_state->setEnabled(identity);
    for (QLineEdit *edit : std::as_const(m_edits)) {
        edit->style()->unpolish(edit);
        edit->style()->polish(edit);
    }
    if (m_profile.identityLocked && !identity) {
        m_lockNote->setText(tr("This shop has issued a final tax invoice, so its legal name, GSTIN, PAN and state are "
                               "locked: invoices already issued carry them. Only the owner can change them, and "
                               "each change is recorded in the audit log."));
        m_lockNote->show();
    } else if (m_profile.identityLocked) {
        m_lockNote->setText(tr("This shop has issued a final tax invoice. As the owner you may still correct the "
                               "legal name, GSTIN, PAN and state; the change is recorded in the audit log and "
                               "invoices already issued keep the details they were issued with."));
        m_lockNote->show();
    } else {
        m_lockNote->hide();
    }
}

void CompanyProfileDialog::gstinEdited() {
    QLineEdit *gstin = m_edits.value(QStringLiteral("gstin"));
    QLineEdit *pan = m_edits.value(QStringLiteral("pan"));
    const QString text = Gstin::normalise(gstin->text());
    const bool identity = identityEditable();
    QString feedback;
    QString color = QStringLiteral("#5f6368");
    if (text.isEmpty()) {
        feedback = tr("Leave empty if the shop is not registered for GST.");
        pan->setReadOnly(!identity);
        pan->style()->unpolish(pan);
        pan->style()->polish(pan);
        m_state->setEnabled(identity);
    } else if (text.size() < Gstin::kLength) {
        feedback = tr("%1 of %2 characters").arg(text.size()).arg(Gstin::kLength);
    } else {
        auto parsed = Gstin::parse(text);
        if (parsed) {
            FieldMark::clear(gstin);
            feedback = tr("Valid: %1, PAN %2").arg(parsed->stateName(), parsed->pan());
            color = QStringLiteral("#2e6b30");
            // A registered seller's state and PAN are part of its GSTIN.
            pan->setText(parsed->pan());
            pan->setReadOnly(true);
            pan->style()->unpolish(pan);
            pan->style()->polish(pan);
            m_state->setCurrentIndex(qMax(0, m_state->findData(parsed->stateCode())));
            m_state->setEnabled(false);
        } else {
            feedback = parsed.error().message;
            color = QStringLiteral("#b3261e");
        }
    }
    m_gstinFeedback->setText(feedback);
    m_gstinFeedback->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
}

void CompanyProfileDialog::updateNextNumbers() {
    if (!m_session.can(perm::SettingsEdit))
        return;
    const QDate today = QDate::currentDate();
    auto next = m_company->nextSequences(m_session, today);
    if (!next)
        return;
    m_templates.value(QStringLiteral("quoteTemplate"))->setNext(next->quote, today);
    m_templates.value(QStringLiteral("invoiceTemplate"))->setNext(next->invoice, today);
    m_templates.value(QStringLiteral("creditNoteTemplate"))->setNext(next->creditNote, today);
}

CompanyProfile CompanyProfileDialog::entered() const {
    CompanyProfile p = m_profile;
    auto text = [this](const char *field) { return m_edits.value(QLatin1String(field))->text().trimmed(); };
    p.name = text("name");
    p.addressLine1 = text("addressLine1");
    p.addressLine2 = text("addressLine2");
    p.city = text("city");
    p.stateCode = m_state->currentData().toString();
    p.pin = text("pin");
    p.phone = text("phone");
    p.email = text("email");
    p.gstin = Gstin::normalise(text("gstin"));
    p.pan = text("pan").toUpper();
    p.logoPng = m_logo->png();
    p.bankName = text("bankName");
    p.bankAccount = text("bankAccount");
    p.bankIfsc = text("bankIfsc").toUpper();
    p.bankBranch = text("bankBranch");
    p.upiId = text("upiId");
    p.signatory = text("signatory");
    p.quoteTemplate = m_templates.value(QStringLiteral("quoteTemplate"))->text();
    p.invoiceTemplate = m_templates.value(QStringLiteral("invoiceTemplate"))->text();
    p.creditNoteTemplate = m_templates.value(QStringLiteral("creditNoteTemplate"))->text();
    p.defaultTerms = m_terms->toPlainText().trimmed();
    return p;
}

void CompanyProfileDialog::clearMarks() {
    for (QLineEdit *edit : std::as_const(m_edits))
        FieldMark::clear(edit);
    FieldMark::clear(m_state);
}

void CompanyProfileDialog::showError(const Error &error) {
    QString text = MessageLabel::sentence(error.message);
    if (!error.field.isEmpty())
        text = tr("%1: %2").arg(fieldLabel(error.field), text);
    m_message->showError(text);
    if (QWidget *w = fieldWidget(error.field)) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w))
            FieldMark::set(w, error.message);
        w->setFocus();
    }
}

bool CompanyProfileDialog::isModified() const {
    const CompanyProfile now = entered();
    return CompanyService::toJson(now) != CompanyService::toJson(m_profile) || now.logoPng != m_profile.logoPng;
}

void CompanyProfileDialog::reject() {
    if (m_session.can(perm::SettingsEdit) && isModified()) {
        QMessageBox box(QMessageBox::Warning, tr("Company profile"), tr("Save the changes to the company profile?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("profileUnsaved"));
        QPushButton *saveButton = box.addButton(tr("Save"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveButton);
        box.exec();
        if (box.clickedButton() == saveButton) {
            if (save())
                accept();
            return;
        }
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

bool CompanyProfileDialog::save() {
    clearMarks();
    m_message->clearMessage();
    // A template the field already refuses is named here, before the service says the same.
    for (auto it = m_templates.cbegin(); it != m_templates.cend(); ++it) {
        if (!it.value()->text().isEmpty() && !it.value()->isAcceptable()) {
            showError(Error::invalid(it.key(), it.value()->feedback()));
            return false;
        }
    }
    auto saved = m_company->save(m_session, entered());
    if (!saved) {
        showError(saved.error());
        return false;
    }
    m_profile = saved.value();
    display(m_profile);
    m_message->showSuccess(tr("Company profile saved."));
    return true;
}

} // namespace bcp::ui
