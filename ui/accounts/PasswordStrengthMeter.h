#pragma once
// A four-segment strength bar with a one-word verdict and, below it, the first password rule still broken.
// Used wherever a new password is chosen (setup wizard, password changes, new users) so the rules are seen
// while typing rather than discovered after pressing OK.

#include <QWidget>

class QLabel;

namespace bcp::ui {

class PasswordStrengthMeter : public QWidget {
    Q_OBJECT
public:
    explicit PasswordStrengthMeter(QWidget *parent = nullptr);

    // Whose password it is: the policy refuses passwords containing these, and the estimate discounts them.
    void setIdentity(const QString &username, const QString &displayName, const QString &email = {});
    void setPassword(const QString &password);

    int strength() const { return m_strength; } // 0..4, PasswordHasher::strength
    bool meetsPolicy() const { return m_policyOk; }
    QString verdict() const;                           // "Weak", "Strong", …
    QString policyMessage() const;                     // empty when every rule is met
    QLabel *messageLabel() const { return m_message; } // for the tests

private:
    void refresh();

    QString m_username;
    QString m_displayName;
    QString m_email;
    QString m_password;
    int m_strength = 0;
    bool m_policyOk = false;
    QString m_policyText;
    QWidget *m_bar;
    QLabel *m_verdict;
    QLabel *m_message;
};

} // namespace bcp::ui
