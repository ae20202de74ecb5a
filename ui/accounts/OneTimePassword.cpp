#include "accounts/OneTimePassword.h"

#include "services/PasswordHasher.h"

#include <QRandomGenerator>

namespace bcp::ui {

QString OneTimePassword::generate(const QString &username, const QString &displayName, const QString &email) {
    // No 0/o, 1/l/i: the password is read off a screen or a slip of paper.
    static const QString alphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyz23456789");
    for (;;) {
        QString password;
        for (int i = 0; i < 12; ++i) {
            if (i > 0 && i % 4 == 0)
                password += QLatin1Char('-');
            password += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
        }
        if (PasswordHasher::checkPolicy(password, {username, displayName, email}))
            return password;
    }
}

} // namespace bcp::ui
