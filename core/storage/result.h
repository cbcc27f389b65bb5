#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace praxis::core {

// The closed set of ways a core operation can fail; the UI maps each to words a user understands.
enum class ErrorCode {
    Invalid,       // input breaks a rule of the model (missing field, wrong type, unknown field)
    NotFound,      // the record or file does not exist
    Reference,     // a reference names a record that does not exist or has the wrong type
    NotALibrary,   // the file or folder is not a Praxis library
    Corrupt,       // the library is damaged
    NewerSchema,   // the library was written by a newer Praxis
    Io,            // the file system refused (permissions, full disk)
    Storage,       // SQLite reported an error
    Cancelled,     // the user stopped the work
    Busy,          // another program holds the library's write lock; trying again later may work
    ReadOnly,      // the library is on a read-only medium, or writes are refused because it is damaged
    DiskFull,      // the disk has no room left; nothing was changed
};

struct Error {
    ErrorCode code = ErrorCode::Invalid;
    QString message;
};

// Value or Error. Core returns this everywhere instead of throwing across module boundaries.
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // By value: a reference into a temporary Result would dangle (for (x : f().value()) ...).
    T value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    // The value, or `fallback` when there is an error.
    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

} // namespace praxis::core
