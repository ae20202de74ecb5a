#include "accounts/SetupWizard.h"

#include "accounts/BrandMark.h"
#include "accounts/MessageLabel.h"
#include "accounts/PasswordStrengthMeter.h"
#include "calculator/FieldMark.h"
#include "money/Gstin.h"
#include "services/AccountService.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QRadioButton>
#include <QWizardPage>

namespace bcp::ui {

namespace {

QLabel *hintLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    label->setFont(small);
    return label;
}

void setHint(QLabel *label, const QString &text, const QColor &colour = {}) {
    QPalette palette = label->parentWidget()->palette();
    if (colour.isValid())
        palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    label->setText(text);
}

// A form row whose field carries a note right below it (validation, strength), closer than the next row.
void addNotedRow(QFormLayout *form, const QString &text, QWidget *field, QWidget *note) {
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    auto *column = new QVBoxLayout;
    column->setSpacing(3);
    column->addWidget(field);
    column->addWidget(note);
    form->addRow(label, column);
}

const QColor kBad(0xc6, 0x28, 0x28);
const QColor kGood(0x2e, 0x7d, 0x32);

} // namespace

SetupWizard::SetupWizard(AccountService &accounts, QWidget *parent) : QWizard(parent), m_accounts(accounts) {
    setWindowTitle(tr("Set up BoxCostPro"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("&Create shop"));
    setMinimumSize(640, 520);
    setPixmap(QWizard::LogoPixmap, BrandMark::pixmap(48, devicePixelRatioF()));
    setStyleSheet(FieldMark::styleSheet());
    setPage(ShopPage, createShopPage());
    setPage(OwnerPage, createOwnerPage());
    setStartId(ShopPage);
}

QWizardPage *SetupWizard::createShopPage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your shop"));
    page->setSubTitle(tr("The company as it appears on quotes and invoices. The full profile (address, bank, "
                         "logo) can be completed later in Settings."));

    m_company = new QLineEdit(page);
    m_company->setObjectName(QStringLiteral("company"));
    m_company->setMaxLength(200);
    m_company->setPlaceholderText(tr("e.g. Shree Ganesh Packaging"));

    m_state = new QComboBox(page);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setMaxVisibleItems(16);
    m_state->addItem(tr("Choose the state…"), QString());
    for (const IndianState &state : Gstin::states())
        m_state->addItem(QStringLiteral("%1 – %2").arg(state.code, state.name), state.code);

    m_gstin = new QLineEdit(page);
    m_gstin->setObjectName(QStringLiteral("gstin"));
    m_gstin->setMaxLength(Gstin::kLength);
    m_gstin->setPlaceholderText(tr("Optional"));
    QFont mono = m_gstin->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_gstin->setFont(mono);
    m_gstinStatus = hintLabel(page);
    m_gstinStatus->setObjectName(QStringLiteral("gstinStatus"));

    m_shopMessage = new MessageLabel(page);
    m_shopMessage->setObjectName(QStringLiteral("shopMessage"));

    m_fresh = new QRadioButton(tr("A &fresh shop, to start work"), page);
    m_fresh->setObjectName(QStringLiteral("freshShop"));
    m_fresh->setChecked(true);
    m_demo = new QRadioButton(tr("A &demo shop with sample parties and quotes, to try BoxCostPro"), page);
    m_demo->setObjectName(QStringLiteral("demoShop"));
    m_demo->setToolTip(tr("Another shop can be set up later on a new database; the demo data stays in this one"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    auto *choice = new QVBoxLayout;
    choice->setSpacing(4);
    choice->addWidget(m_fresh);
    choice->addWidget(m_demo);
    form->addRow(tr("Start with:"), choice);
    form->addRow(tr("&Company name:"), m_company);
    form->addRow(tr("&State:"), m_state);
    addNotedRow(form, tr("&GSTIN:"), m_gstin, m_gstinStatus);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_shopMessage);

    connect(m_gstin, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString upper = text.toUpper();
        if (upper != text) {
            const int cursor = m_gstin->cursorPosition();
            m_gstin->setText(upper);
            m_gstin->setCursorPosition(cursor);
        }
        checkGstin();
    });
    connect(m_state, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        FieldMark::clear(m_state);
        checkGstin();
    });
    connect(m_company, &QLineEdit::textEdited, this, [this] { FieldMark::clear(m_company); });
    // A demo needs no decisions: it gets a name and a state unless the user typed their own.
    connect(m_demo, &QRadioButton::toggled, this, [this](bool demo) {
        if (!demo)
            return;
        if (m_company->text().trimmed().isEmpty())
            m_company->setText(tr("Demo Box Works"));
        if (m_state->currentData().toString().isEmpty())
            m_state->setCurrentIndex(m_state->findData(QStringLiteral("27")));
    });
    checkGstin();
    return page;
}

QWizardPage *SetupWizard::createOwnerPage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Owner account"));
    page->setSubTitle(tr("The owner signs in to BoxCostPro and manages users and settings. There is no way to "
                         "recover a forgotten owner password, so choose one you will remember."));

    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_displayName = new QLineEdit(page);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setMaxLength(200);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_meter = new PasswordStrengthMeter(page);
    m_repeat = new QLineEdit(page);
    m_repeat->setObjectName(QStringLiteral("passwordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeatStatus = hintLabel(page);
    m_ownerMessage = new MessageLabel(page);
    m_ownerMessage->setObjectName(QStringLiteral("ownerMessage"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("Your &name:"), m_displayName);
    addNotedRow(form, tr("&Password:"), m_password, m_meter);
    addNotedRow(form, tr("&Repeat password:"), m_repeat, m_repeatStatus);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_ownerMessage);

    for (QLineEdit *edit : {m_username, m_displayName, m_password, m_repeat}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            FieldMark::clear(edit);
            updateStrength();
            updateRepeat();
        });
    }
    updateStrength();
    updateRepeat();
    return page;
}

void SetupWizard::checkGstin() {
    const QString text = Gstin::normalise(m_gstin->text());
    FieldMark::clear(m_gstin);
    if (text.isEmpty()) {
        setHint(m_gstinStatus, tr("Leave empty if the shop is not registered for GST."));
        return;
    }
    if (text.size() < Gstin::kLength) {
        setHint(m_gstinStatus, tr("%1 of %2 characters").arg(text.size()).arg(Gstin::kLength));
        return;
    }
    const auto parsed = Gstin::parse(text);
    if (!parsed) {
        setHint(m_gstinStatus, MessageLabel::sentence(parsed.error().message), kBad);
        return;
    }
    const QString chosen = m_state->currentData().toString();
    if (chosen.isEmpty()) {
        // The GSTIN says where the shop is registered; saves looking the state up in the list.
        m_state->setCurrentIndex(m_state->findData(parsed->stateCode()));
        return; // the index change checks again
    }
    if (chosen != parsed->stateCode()) {
        setHint(m_gstinStatus,
                tr("This GSTIN is registered in %1 (%2), not in %3.")
                    .arg(parsed->stateName(), parsed->stateCode(), Gstin::stateName(chosen)),
                kBad);
        return;
    }
    setHint(m_gstinStatus, tr("✓ Valid GSTIN, registered in %1.").arg(parsed->stateName()), kGood);
}

void SetupWizard::updateStrength() {
    m_meter->setIdentity(m_username->text().trimmed(), m_displayName->text().trimmed());
    m_meter->setPassword(m_password->text());
}

void SetupWizard::updateRepeat() {
    if (m_repeat->text().isEmpty())
        setHint(m_repeatStatus, QString());
    else if (m_repeat->text() == m_password->text())
        setHint(m_repeatStatus, tr("✓ The passwords match."), kGood);
    else
        setHint(m_repeatStatus, tr("The passwords do not match yet."), kBad);
}

bool SetupWizard::demoChosen() const {
    return m_demo->isChecked();
}

bool SetupWizard::validateCurrentPage() {
    if (currentId() == ShopPage)
        return validateShop();
    if (currentId() == OwnerPage)
        return createShopAndOwner();
    return true;
}

bool SetupWizard::validateShop() {
    m_shopMessage->clearMessage();
    auto refuse = [this](QWidget *field, const QString &message) {
        FieldMark::set(field, message);
        m_shopMessage->showError(message);
        field->setFocus();
        return false;
    };
    if (m_company->text().trimmed().isEmpty())
        return refuse(m_company, tr("Enter the company name."));
    const QString state = m_state->currentData().toString();
    if (state.isEmpty())
        return refuse(m_state, tr("Choose the state the shop is registered in."));
    const QString gstin = Gstin::normalise(m_gstin->text());
    if (!gstin.isEmpty()) {
        const auto parsed = Gstin::parse(gstin);
        if (!parsed)
            return refuse(m_gstin, MessageLabel::sentence(parsed.error().message));
        if (parsed->stateCode() != state)
            return refuse(m_gstin, tr("This GSTIN is registered in %1 (%2), not in %3.")
                                       .arg(parsed->stateName(), parsed->stateCode(), Gstin::stateName(state)));
    }
    return true;
}

bool SetupWizard::createShopAndOwner() {
    clearMarks();
    m_ownerMessage->clearMessage();
    m_shopMessage->clearMessage();

    AccountService::SetupInput input;
    input.company = m_company->text().trimmed();
    input.stateCode = m_state->currentData().toString();
    input.gstin = Gstin::normalise(m_gstin->text());
    input.username = m_username->text().trimmed();
    input.displayName = m_displayName->text().trimmed();
    input.password = m_password->text();
    input.passwordRepeat = m_repeat->text();

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_accounts.setup(input);
    QApplication::restoreOverrideCursor();
    if (result) {
        m_session = result.value();
        return true;
    }

    const Error &error = result.error();
    QWidget *field = widgetForField(error.field);
    if (field)
        FieldMark::set(field, MessageLabel::sentence(error.message));
    const bool onShopPage = field && page(ShopPage)->isAncestorOf(field);
    if (onShopPage) {
        m_shopMessage->showError(error.message);
        back();
    } else {
        m_ownerMessage->showError(error.message);
    }
    if (field)
        field->setFocus();
    return false;
}

QWidget *SetupWizard::widgetForField(const QString &field) const {
    const QString f = field.toLower();
    if (f.isEmpty())
        return nullptr;
    if (f.contains(QLatin1String("repeat")))
        return m_repeat;
    if (f.contains(QLatin1String("password")))
        return m_password;
    if (f.contains(QLatin1String("display")))
        return m_displayName;
    if (f.contains(QLatin1String("user")))
        return m_username;
    if (f.contains(QLatin1String("gstin")))
        return m_gstin;
    if (f.contains(QLatin1String("state")))
        return m_state;
    if (f.contains(QLatin1String("company")) || f == QLatin1String("name"))
        return m_company;
    return nullptr;
}

void SetupWizard::clearMarks() {
    for (QWidget *w :
         {static_cast<QWidget *>(m_company), static_cast<QWidget *>(m_state), static_cast<QWidget *>(m_gstin),
          static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_displayName), static_cast<QWidget *>(m_password),
          static_cast<QWidget *>(m_repeat)})
        FieldMark::clear(w);
}

} // namespace bcp::ui
