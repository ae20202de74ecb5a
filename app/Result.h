#pragma once
// The value-or-error type every service returns. Errors carry a user-readable message and, for
// validation errors, the field they concern (`layers[2].bf`, `mobile`), so screens can mark the field.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bcp {

struct Error {
    enum class Kind {
        Invalid,     // bad input: `field` names it
        Denied,      // permission or entitlement refused
        NotFound,
        Conflict,    // changed by someone else, duplicate, wrong state
        Database,    // the database failed or is unreachable
        Unavailable, // a dependency (keychain, server) is not there
    };
    Kind kind = Kind::Invalid;
    QString message;
    QString field;

    static Error invalid(const QString &field, const QString &message) { return {Kind::Invalid, message, field}; }
    static Error denied(const QString &message) { return {Kind::Denied, message, {}}; }
    static Error notFound(const QString &message) { return {Kind::NotFound, message, {}}; }
    static Error conflict(const QString &message) { return {Kind::Conflict, message, {}}; }
    static Error database(const QString &message) { return {Kind::Database, message, {}}; }
    static Error unavailable(const QString &message) { return {Kind::Unavailable, message, {}}; }

    // "field: message" when a field is known, else the message alone.
    QString text() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

template <class T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    // By value, so `for (x : f().value())` never iterates over a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace bcp
