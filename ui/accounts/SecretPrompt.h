#pragma once
// When the keychain cannot give a secret (no Secret Service, locked, refused), SecretStore asks the person at
// the computer instead: a password prompt on the GUI thread, whichever thread needed the secret.

#include <QString>

#include <optional>

namespace bcp {
class SecretStore;
}

namespace bcp::ui {

class SecretPrompt {
public:
    // Makes `store` ask through ask().
    static void install(SecretStore &store);
    // A modal password prompt; std::nullopt when cancelled. Safe to call from any thread.
    static std::optional<QString> ask(const QString &key, const QString &why);
};

} // namespace bcp::ui
