#include "parties/PartyDialog.h"

#include "accounts/MessageLabel.h"
#include "calculator/FieldMark.h"
#include "money/Gstin.h"
#include "money/Validators.h"
#include "services/PartyService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bcp::ui {

namespace {

const char *const kErrorStyle = "QLabel { color: #b3261e; }";
const char *const kHintStyle = "QLabel { color: #6b6b6b; }";
const char *const kGoodStyle = "QLabel { color: #2e7d32; }";

enum class Verdict { Ok, Incomplete, Wrong };

// Digits only once spaces and the +91 / 0 prefixes people type are set aside.
QString bareDigits(const QString &text) {
    QString s = text;
    s.remove(QRegularExpression(QStringLiteral("[\\s\\-()]")));
    if (s.startsWith(QStringLiteral("+91")))
        s.remove(0, 3);
    return s;
}

bool allDigits(const QString &s) {
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// Pattern check of a GSTIN still being typed: only what the characters so far can already get wrong.
QString gstinPrefixProblem(const QString &g) {
    for (qsizetype i = 0; i < g.size(); ++i) {
        const QChar c = g.at(i);
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool letter = c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        if (!digit && !letter)
            return PartyDialog::tr("A GSTIN has only letters and digits; character %1 is \"%2\".").arg(i + 1).arg(c);
        if (i < 2 && !digit)
            return PartyDialog::tr("Characters 1-2 of a GSTIN are the state code (two digits).");
        if (((i >= 2 && i < 7) || i == 11) && !letter)
            return PartyDialog::tr("Character %1 of a GSTIN is a letter of the PAN.").arg(i + 1);
        if (i >= 7 && i < 11 && !digit)
            return PartyDialog::tr("Character %1 of a GSTIN is a digit of the PAN.").arg(i + 1);
        if (i == 13 && c != QLatin1Char('Z'))
            return PartyDialog::tr("Character 14 of a GSTIN is always Z, not \"%1\".").arg(c);
    }
    if (g.size() >= 2 && !Gstin::isStateCode(g.left(2)))
        return PartyDialog::tr("%1 is not a GST state code.").arg(g.left(2));
    return {};
}

} // namespace

PartyDialog::PartyDialog(PartyService &parties, const Session &session, QWidget *parent)
    : QDialog(parent), m_parties(parties), m_session(session) {
    build();
}

PartyDialog::PartyDialog(PartyService &parties, const Session &session, const Party &party, QWidget *parent)
    : QDialog(parent), m_parties(parties), m_session(session), m_original(party) {
    build();
    load(party);
}

PartyDialog::~PartyDialog() {
    // Closing hands the focus away, and a field losing it is checked: not once this dialog's fields are gone.
    const QList<QWidget *> inputs = findChildren<QWidget *>();
    for (QWidget *input : inputs)
        input->disconnect(this);
}

QLineEdit *PartyDialog::lineEdit(const QString &field, int maxLength, const QString &placeholder) {
    auto *edit = new QLineEdit(this);
    edit->setObjectName(field);
    edit->setMaxLength(maxLength);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textEdited, this, [this, field] {
        if (!m_loading)
            check(field);
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, field] {
        if (!m_loading)
            check(field, true);
    });
    return edit;
}

QComboBox *PartyDialog::stateCombo(const QString &field) {
    auto *combo = new QComboBox(this);
    combo->setObjectName(field);
    combo->addItem(tr("\u2014 Not given \u2014"), QString());
    std::vector<IndianState> states = Gstin::states();
    std::sort(states.begin(), states.end(), [](const IndianState &a, const IndianState &b) { return a.name < b.name; });
    for (const IndianState &s : states)
        combo->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.code), s.code);
    combo->setMaxVisibleItems(16);
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, field] {
        if (!m_loading)
            check(field);
    });
    return combo;
}

QLabel *PartyDialog::noteLabel(const QString &field) {
    auto *note = new QLabel(this);
    note->setObjectName(field + QStringLiteral(".note"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    note->setFont(small);
    return note;
}

void PartyDialog::addField(QFormLayout *form, const QString &label, const QString &field, QWidget *input) {
    // The message is a row of its own under the field, shown only while there is something to say: the form
    // then gives it exactly the height it needs.
    form->addRow(label, input);
    QLabel *note = noteLabel(field);
    form->addRow(QString(), note);
    form->setRowVisible(note, false);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(input)))
        buddy->setBuddy(input);
    m_fields.insert(field, {input, note, form});
}

QWidget *PartyDialog::addressGroup(const QString &prefix, QLineEdit *&line1, QLineEdit *&line2, QLineEdit *&city,
                                   QComboBox *&state, QLineEdit *&pin) {
    line1 = lineEdit(prefix + QStringLiteral(".line1"), 200, tr("Building, street"));
    line2 = lineEdit(prefix + QStringLiteral(".line2"), 200, tr("Area, landmark"));
    city = lineEdit(prefix + QStringLiteral(".city"), 200);
    state = stateCombo(prefix + QStringLiteral(".state"));
    pin = lineEdit(prefix + QStringLiteral(".pin"), 7, tr("6 digits"));
    pin->setMaximumWidth(pin->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) * 2);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, tr("Address"), prefix + QStringLiteral(".line1"), line1);
    addField(form, QString(), prefix + QStringLiteral(".line2"), line2);
    addField(form, tr("City"), prefix + QStringLiteral(".city"), city);
    addField(form, tr("State"), prefix + QStringLiteral(".state"), state);
    addField(form, tr("PIN code"), prefix + QStringLiteral(".pin"), pin);
    auto *widget = new QWidget(this);
    widget->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);
    return widget;
}

void PartyDialog::build() {
    setWindowTitle(isNew() ? tr("New party") : tr("Edit party"));
    setStyleSheet(FieldMark::styleSheet());

    auto *title = new QLabel(isNew() ? tr("New party") : tr("Edit %1").arg(m_original.name), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    auto *subtitle =
        new QLabel(tr("Name and mobile number are required. A valid GSTIN fills in the state and the PAN."), this);
    subtitle->setStyleSheet(QString::fromLatin1(kHintStyle));

    m_name = lineEdit(QStringLiteral("name"), 200, tr("Person to address"));
    m_designation = lineEdit(QStringLiteral("designation"), 200, tr("Optional"));
    m_company = lineEdit(QStringLiteral("company"), 200, tr("Optional"));
    m_mobile = lineEdit(QStringLiteral("mobile"), 20, tr("10 digits, +91 optional"));
    m_email = lineEdit(QStringLiteral("email"), 254, tr("Optional"));
    m_gstin = lineEdit(QStringLiteral("gstin"), 15, tr("15 characters, optional"));
    m_pan = lineEdit(QStringLiteral("pan"), 10, tr("Optional"));
    connect(m_gstin, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Typed the way it is stored, keeping the caret where it was.
        const QString upper = text.toUpper();
        if (upper != text) {
            const int pos = m_gstin->cursorPosition();
            m_gstin->setText(upper);
            m_gstin->setCursorPosition(pos);
        }
    });

    auto *contact = new QGroupBox(tr("Contact"), this);
    auto *contactForm = new QFormLayout(contact);
    contactForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(contactForm, tr("&Name *"), QStringLiteral("name"), m_name);
    addField(contactForm, tr("&Designation"), QStringLiteral("designation"), m_designation);
    addField(contactForm, tr("&Company"), QStringLiteral("company"), m_company);
    addField(contactForm, tr("&Mobile *"), QStringLiteral("mobile"), m_mobile);
    addField(contactForm, tr("&E-mail"), QStringLiteral("email"), m_email);

    auto *tax = new QGroupBox(tr("GST registration"), this);
    auto *taxForm = new QFormLayout(tax);
    taxForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(taxForm, tr("&GSTIN"), QStringLiteral("gstin"), m_gstin);
    addField(taxForm, tr("&PAN"), QStringLiteral("pan"), m_pan);

    auto *billing = new QGroupBox(tr("Billing address"), this);
    auto *billingLayout = new QVBoxLayout(billing);
    billingLayout->addWidget(
        addressGroup(QStringLiteral("billing"), m_billLine1, m_billLine2, m_billCity, m_billState, m_billPin));

    auto *shipping = new QGroupBox(tr("Shipping address"), this);
    auto *shippingLayout = new QVBoxLayout(shipping);
    m_sameShipping = new QCheckBox(tr("Same as the billing address"), this);
    m_sameShipping->setObjectName(QStringLiteral("shippingSame"));
    m_sameShipping->setChecked(true);
    m_shippingGroup =
        addressGroup(QStringLiteral("shipping"), m_shipLine1, m_shipLine2, m_shipCity, m_shipState, m_shipPin);
    shippingLayout->addWidget(m_sameShipping);
    shippingLayout->addWidget(m_shippingGroup);
    connect(m_sameShipping, &QCheckBox::toggled, this, &PartyDialog::shippingToggled);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Anything the shop should remember about this party"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    auto *notesBox = new QGroupBox(tr("Notes"), this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    auto *notesForm = new QFormLayout;
    notesForm->setContentsMargins(0, 0, 0, 0);
    notesForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    notesForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    notesLayout->addLayout(notesForm);
    addField(notesForm, QString(), QStringLiteral("notes"), m_notes);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("partyMessage"));

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(isNew() ? tr("&Add party") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("partySave"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartyDialog::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(contact);
    left->addWidget(tax);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(billing);
    right->addWidget(shipping);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    // Messages appear under the fields as they are typed: the dialog grows with them instead of squeezing.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(4);
    layout->addLayout(columns);
    layout->addWidget(notesBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    const QList<QWidget *> order = {m_name,      m_designation, m_company,      m_mobile,    m_email,
                                    m_gstin,     m_pan,         m_billLine1,    m_billLine2, m_billCity,
                                    m_billState, m_billPin,     m_sameShipping, m_shipLine1, m_shipLine2,
                                    m_shipCity,  m_shipState,   m_shipPin,      m_notes};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    shippingToggled();
    growToFit();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    contact->setMinimumWidth(34 * em);
    billing->setMinimumWidth(34 * em);
    m_name->setFocus();
}

void PartyDialog::load(const Party &p) {
    m_loading = true;
    m_name->setText(p.name);
    m_designation->setText(p.designation);
    m_company->setText(p.company);
    m_mobile->setText(p.mobile);
    m_email->setText(p.email);
    m_gstin->setText(p.gstin);
    m_pan->setText(p.pan);
    m_billLine1->setText(p.billing.line1);
    m_billLine2->setText(p.billing.line2);
    m_billCity->setText(p.billing.city);
    m_billState->setCurrentIndex(qMax(0, m_billState->findData(p.billing.stateCode)));
    m_billPin->setText(p.billing.pin);
    m_sameShipping->setChecked(p.shippingSameAsBilling);
    m_shipLine1->setText(p.shipping.line1);
    m_shipLine2->setText(p.shipping.line2);
    m_shipCity->setText(p.shipping.city);
    m_shipState->setCurrentIndex(qMax(0, m_shipState->findData(p.shipping.stateCode)));
    m_shipPin->setText(p.shipping.pin);
    m_notes->setPlainText(p.notes);
    m_loading = false;
    checkGstin();
}

void PartyDialog::prefill(const QString &typed) {
    const QString text = typed.simplified();
    if (text.isEmpty())
        return;
    const QString digits = bareDigits(text);
    if (allDigits(digits) && !digits.isEmpty()) {
        m_mobile->setText(text);
        check(QStringLiteral("mobile"));
        m_name->setFocus();
    } else {
        m_name->setText(text);
        m_mobile->setFocus();
    }
}

Party PartyDialog::enteredParty() const {
    Party p = m_original;
    p.name = m_name->text();
    p.designation = m_designation->text();
    p.company = m_company->text();
    p.mobile = m_mobile->text();
    p.email = m_email->text();
    p.gstin = m_gstin->text();
    p.pan = m_pan->text();
    p.billing = {m_billLine1->text(), m_billLine2->text(), m_billCity->text(), m_billState->currentData().toString(),
                 m_billPin->text()};
    p.shippingSameAsBilling = m_sameShipping->isChecked();
    p.shipping = p.shippingSameAsBilling ? Address()
                                         : Address{m_shipLine1->text(), m_shipLine2->text(), m_shipCity->text(),
                                                   m_shipState->currentData().toString(), m_shipPin->text()};
    p.notes = m_notes->toPlainText();
    return p;
}

QWidget *PartyDialog::fieldWidget(const QString &field) const {
    return m_fields.value(field).input;
}

QString PartyDialog::fieldMessage(const QString &field) const {
    const Field f = m_fields.value(field);
    return f.note && f.form->isRowVisible(f.note) ? f.note->text() : QString();
}

bool PartyDialog::isFieldMarked(const QString &field) const {
    return FieldMark::isMarked(fieldWidget(field));
}

void PartyDialog::setNote(const QString &field, const QString &text, bool isError) {
    const Field f = m_fields.value(field);
    if (!f.input)
        return;
    if (isError)
        FieldMark::set(f.input, text);
    else
        FieldMark::clear(f.input);
    f.note->setText(text);
    f.note->setStyleSheet(QString::fromLatin1(isError ? kErrorStyle : kHintStyle));
    f.form->setRowVisible(f.note, !text.isEmpty());
    growToFit();
}

void PartyDialog::check(const QString &field, bool strict) {
    if (field == QLatin1String("gstin")) {
        checkGstin();
        if (strict && m_gstin->text().trimmed().size() > 0 && m_gstin->text().trimmed().size() < Gstin::kLength) {
            auto parsed = Gstin::parse(m_gstin->text());
            setNote(field, parsed.error().message, true);
        }
        return;
    }
    Verdict verdict = Verdict::Ok;
    QString message;
    auto judge = [&](const Result<QString> &r, bool incomplete) {
        if (r.ok())
            return;
        verdict = incomplete ? Verdict::Incomplete : Verdict::Wrong;
        message = r.error().message;
    };

    if (field == QLatin1String("name")) {
        if (m_name->text().trimmed().isEmpty()) {
            verdict = Verdict::Incomplete;
            message = tr("Enter the party's name.");
        }
    } else if (field == QLatin1String("mobile")) {
        const QString digits = bareDigits(m_mobile->text());
        if (m_mobile->text().trimmed().isEmpty()) {
            verdict = Verdict::Incomplete;
            message = tr("Enter the mobile number.");
        } else {
            judge(Validators::mobile(m_mobile->text()), allDigits(digits) && digits.size() < 10);
            if (verdict == Verdict::Incomplete)
                message = tr("%1 of 10 digits").arg(digits.size());
        }
    } else if (field == QLatin1String("email")) {
        if (!m_email->text().trimmed().isEmpty())
            judge(Validators::email(m_email->text()), true);
    } else if (field == QLatin1String("pan")) {
        if (!m_pan->isReadOnly() && !m_pan->text().trimmed().isEmpty())
            judge(Validators::pan(m_pan->text()), m_pan->text().trimmed().size() < 10);
    } else if (field.endsWith(QLatin1String(".pin"))) {
        const QLineEdit *pin = field.startsWith(QLatin1String("billing")) ? m_billPin : m_shipPin;
        const QString digits = pin->text().simplified().remove(QLatin1Char(' '));
        if (!digits.isEmpty())
            judge(Validators::pinCode(pin->text()), allDigits(digits) && digits.size() < 6);
    }

    if (verdict == Verdict::Ok)
        setNote(field, QString(), false);
    else if (verdict == Verdict::Wrong || strict)
        setNote(field, message, true);
    else
        setNote(field, field == QLatin1String("name") ? QString() : message, false);
}

void PartyDialog::checkGstin() {
    const QString g = Gstin::normalise(m_gstin->text());
    auto unlock = [this] {
        m_pan->setReadOnly(false);
        m_pan->setToolTip(QString());
        m_billState->setEnabled(true);
        m_billState->setToolTip(QString());
    };
    if (g.isEmpty()) {
        unlock();
        setNote(QStringLiteral("gstin"), QString(), false);
        return;
    }
    if (g.size() < Gstin::kLength) {
        unlock();
        const QString problem = gstinPrefixProblem(g);
        if (!problem.isEmpty())
            setNote(QStringLiteral("gstin"), problem, true);
        else
            setNote(QStringLiteral("gstin"), tr("%1 of 15 characters").arg(g.size()), false);
        return;
    }
    auto parsed = Gstin::parse(g);
    if (!parsed) {
        unlock();
        setNote(QStringLiteral("gstin"), parsed.error().message, true);
        return;
    }
    // A valid GSTIN decides the state and the PAN; the fields show them and stay locked while it is valid.
    const QString fromGstin = tr("From the GSTIN");
    m_pan->setText(parsed->pan());
    m_pan->setReadOnly(true);
    m_pan->setToolTip(fromGstin);
    setNote(QStringLiteral("pan"), QString(), false);
    {
        const QSignalBlocker block(m_billState);
        m_billState->setCurrentIndex(qMax(0, m_billState->findData(parsed->stateCode())));
    }
    m_billState->setEnabled(false);
    m_billState->setToolTip(fromGstin);
    setNote(QStringLiteral("billing.state"), QString(), false);
    const Field f = m_fields.value(QStringLiteral("gstin"));
    FieldMark::clear(f.input);
    f.note->setText(
        tr("\u2713 Valid \u00b7 %1 (%2) \u00b7 PAN %3").arg(parsed->stateName(), parsed->stateCode(), parsed->pan()));
    f.note->setStyleSheet(QString::fromLatin1(kGoodStyle));
    f.form->setRowVisible(f.note, true);
    growToFit();
}

void PartyDialog::growToFit() {
    // Once the new message rows are laid out, the dialog takes the height they need rather than squeezing
    // the fields to their minimum.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            resize(size().expandedTo(sizeHint()));
    });
}

void PartyDialog::shippingToggled() {
    const bool same = m_sameShipping->isChecked();
    m_shippingGroup->setVisible(!same);
    if (same) {
        for (const QString &f :
             {QStringLiteral("shipping.line1"), QStringLiteral("shipping.line2"), QStringLiteral("shipping.city"),
              QStringLiteral("shipping.state"), QStringLiteral("shipping.pin")})
            setNote(f, QString(), false);
    }
}

bool PartyDialog::checkAll() {
    QStringList order = {QStringLiteral("name"),  QStringLiteral("mobile"), QStringLiteral("email"),
                         QStringLiteral("gstin"), QStringLiteral("pan"),    QStringLiteral("billing.pin")};
    if (!m_sameShipping->isChecked())
        order << QStringLiteral("shipping.pin");
    QWidget *first = nullptr;
    for (const QString &field : order) {
        check(field, true);
        if (!first && isFieldMarked(field))
            first = fieldWidget(field);
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        m_message->showError(tr("Correct the marked fields."));
        return false;
    }
    return true;
}

void PartyDialog::showError(const Error &error) {
    QString field = error.field;
    if (field.startsWith(QLatin1String("party.")))
        field = field.mid(6);
    if (QWidget *input = fieldWidget(field)) {
        setNote(field, MessageLabel::sentence(error.message), true);
        input->setFocus(Qt::OtherFocusReason);
    }
    m_message->showError(error.message);
}

void PartyDialog::accept() {
    m_message->clearMessage();
    if (!checkAll())
        return;
    const Party entered = enteredParty();
    auto normalised = PartyService::normalise(entered);
    if (!normalised) {
        showError(normalised.error());
        return;
    }
    auto saved = isNew() ? m_parties.create(m_session, entered) : m_parties.update(m_session, entered);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace bcp::ui
