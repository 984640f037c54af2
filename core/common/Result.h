#pragma once

#include "common/Error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace advicehub {

// The value of a public core operation, or the Error that prevented it. The UI and the CLI
// decide how to show an error; the core never does.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }
    ErrorCode code() const { return error().code; }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(!ok());
        return m_error;
    }
    ErrorCode code() const { return error().code; }

private:
    Error m_error { ErrorCode::Internal, {} };
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace advicehub
