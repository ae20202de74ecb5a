#pragma once
// Adds or edits a party (DOCUMENTS.md "Parties"): every field, checked as it is typed with the field and its
// message marked in place. A valid GSTIN fills the billing state and the PAN. Saving goes through
// PartyService, whose refusals (a mobile number another party has, a change made meanwhile) mark the
// field they name.

#include "services/PartyTypes.h"
#include "services/Session.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace bcp {
class PartyService;
struct Error;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;

class PartyDialog : public QDialog {
    Q_OBJECT
public:
    // A new party.
    PartyDialog(PartyService &parties, const Session &session, QWidget *parent = nullptr);
    // Edits `party` (as loaded, with its row version).
    PartyDialog(PartyService &parties, const Session &session, const Party &party, QWidget *parent = nullptr);
    ~PartyDialog() override;

    // Starts a new party from what was typed in a search box: digits go to the mobile, words to the name.
    void prefill(const QString &typed);

    // The party as the form describes it (not yet normalised).
    Party enteredParty() const;
    // The saved party, once the dialog was accepted.
    const Party &savedParty() const { return m_saved; }
    bool isNew() const { return m_original.id == 0; }

    // The input for a service field name ("mobile", "billing.pin", …) and its message under it.
    QWidget *fieldWidget(const QString &field) const;
    QString fieldMessage(const QString &field) const;
    bool isFieldMarked(const QString &field) const;
    QPushButton *saveButton() const { return m_save; }
    MessageLabel *message() const { return m_message; }

    void accept() override;

private:
    struct Field {
        QWidget *input = nullptr;
        QLabel *note = nullptr;
        QFormLayout *form = nullptr;
    };

    void build();
    void load(const Party &party);
    QLabel *noteLabel(const QString &field);
    void addField(QFormLayout *form, const QString &label, const QString &field, QWidget *input);
    QLineEdit *lineEdit(const QString &field, int maxLength, const QString &placeholder = {});
    QComboBox *stateCombo(const QString &field);
    QWidget *addressGroup(const QString &prefix, QLineEdit *&line1, QLineEdit *&line2, QLineEdit *&city,
                          QComboBox *&state, QLineEdit *&pin);

    // Checks one field as the user types; `strict` also flags required fields left blank.
    void check(const QString &field, bool strict = false);
    bool checkAll();
    void checkGstin();
    void setNote(const QString &field, const QString &text, bool isError);
    void showError(const Error &error);
    void shippingToggled();
    void growToFit();

    PartyService &m_parties;
    Session m_session;
    Party m_original;
    Party m_saved;
    QHash<QString, Field> m_fields;
    bool m_loading = false;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_designation = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_gstin = nullptr;
    QLineEdit *m_pan = nullptr;
    QLineEdit *m_billLine1 = nullptr;
    QLineEdit *m_billLine2 = nullptr;
    QLineEdit *m_billCity = nullptr;
    QComboBox *m_billState = nullptr;
    QLineEdit *m_billPin = nullptr;
    QCheckBox *m_sameShipping = nullptr;
    QWidget *m_shippingGroup = nullptr;
    QLineEdit *m_shipLine1 = nullptr;
    QLineEdit *m_shipLine2 = nullptr;
    QLineEdit *m_shipCity = nullptr;
    QComboBox *m_shipState = nullptr;
    QLineEdit *m_shipPin = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace bcp::ui
