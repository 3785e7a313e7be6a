#pragma once

#include <QString>

#include <optional>
#include <utility>

// A value or a message a person can act on. The message is already translated.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    // A temporary hands its value over, so `for (x : f().value())` never refers into a dead result.
    T value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T take() { return std::move(*m_value); }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// Success, or a message a person can act on.
class Status {
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};
