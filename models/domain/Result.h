#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace bd {

// A refusal or failure that crosses a service boundary. No exception crosses into ui/ or the CLI:
// every fallible operation returns a Result carrying one of these.
struct Error
{
    enum class Kind {
        Rule, // refused by a domain rule (CLI exit 1); code is the AWS reason name where one exists
        Input, // bad input data: a field value or a file (CLI exit 3)
        Internal, // a failure inside BillingDesk itself (CLI exit 1)
        Fault, // the database or the file system failed: a damaged page, a full disk, an I/O error, permission
               // denied, a read-only database asked to write, busy or locked (CLI exit 4)
    };

    Kind kind = Kind::Rule;
    QString code; // stable machine-readable reason, e.g. RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION
    QString message; // translated, human sentence that says what is wrong and how to fix it
    QString field; // the offending field or location (file:line:column), when there is one

    static Error rule(QString code, QString message, QString field = {})
    {
        return {Kind::Rule, std::move(code), std::move(message), std::move(field)};
    }
    static Error input(QString field, QString code, QString message)
    {
        return {Kind::Input, std::move(code), std::move(message), std::move(field)};
    }
    static Error internal(QString message)
    {
        return {Kind::Internal, QStringLiteral("INTERNAL_ERROR"), std::move(message), {}};
    }

    static Error fault(QString code, QString message) { return {Kind::Fault, std::move(code), std::move(message), {}}; }

    // "message (field)" for logs and the CLI.
    QString describe() const;
};

// Reading the value of a failed Result is a programming error: it stops the program with the error's text (in
// every build type), instead of reading an empty optional.
[[noreturn]] void resultHasNoValue(const Error &error);

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return checked(); }
    T &value() & { return const_cast<T &>(checked()); }
    T &&value() && { return std::move(const_cast<T &>(checked())); }
    const T &operator*() const { return checked(); }
    const T *operator->() const { return &checked(); }
    const Error &error() const { return m_error; }

private:
    const T &checked() const
    {
        if (!m_value) [[unlikely]]
            resultHasNoValue(m_error);
        return *m_value;
    }

    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }
    static Result success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace bd
