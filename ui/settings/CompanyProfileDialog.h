#pragma once
// Settings > Company profile (settings.edit): the letterhead, tax identity, bank and UPI details, signatory,
// number templates and default terms every quote and invoice prints. Fields are checked as they are typed
// where a mistake is easy (GSTIN check character, number templates against GST rule 46(b), with the next
// number shown) and again by the service on Save; a refusal names the field and marks it. Once the shop has
// a final invoice, the legal name, GSTIN, PAN and state are locked for everyone but the owner, and the
// dialog says why.

#include "services/CompanyService.h"
#include "services/Session.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bcp {
class Clock;
class Database;
} // namespace bcp

namespace bcp::ui {

class LogoPicker;
class MessageLabel;
class NumberTemplateField;

class CompanyProfileDialog : public QDialog {
    Q_OBJECT
public:
    CompanyProfileDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    CompanyProfileDialog(Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~CompanyProfileDialog() override;

    // Reads the stored profile into the fields; false with the reason shown when it cannot be read.
    bool reload();
    // Checks and saves the fields; false with the refused field marked and named in the message.
    bool save();

    const CompanyProfile &profile() const { return m_profile; }
    // True when a field differs from the stored profile.
    bool isModified() const;
    // Close: with unsaved changes, asks first.
    void reject() override;
    // The fields as entered.
    CompanyProfile entered() const;
    bool identityEditable() const;

    // Exposed for the offscreen tests. Field names are the service's ("gstin", "bankIfsc", ...).
    QLineEdit *lineEdit(const QString &field) const { return m_edits.value(field); }
    QWidget *fieldWidget(const QString &field) const;
    QComboBox *stateCombo() const { return m_state; }
    QLabel *gstinFeedback() const { return m_gstinFeedback; }
    NumberTemplateField *templateField(const QString &field) const { return m_templates.value(field); }
    QPlainTextEdit *termsEdit() const { return m_terms; }
    LogoPicker *logoPicker() const { return m_logo; }
    QLabel *lockNote() const { return m_lockNote; }
    MessageLabel *message() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }

private:
    void build();
    QLineEdit *addEdit(const QString &field, const QString &placeholder = {}, int maxLength = 200);
    QString fieldLabel(const QString &field) const;
    void display(const CompanyProfile &profile);
    void gstinEdited();
    void applyLock();
    void showError(const Error &error);
    void clearMarks();
    void updateNextNumbers();

    Database &m_db;
    Session m_session;
    std::unique_ptr<CompanyService> m_company;
    CompanyProfile m_profile;

    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, NumberTemplateField *> m_templates;
    QHash<QString, QString> m_labels;
    QComboBox *m_state = nullptr;
    QLabel *m_gstinFeedback = nullptr;
    QPlainTextEdit *m_terms = nullptr;
    LogoPicker *m_logo = nullptr;
    QLabel *m_lockNote = nullptr;
    QLabel *m_updated = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bcp::ui
