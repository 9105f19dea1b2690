#pragma once

#include "Failure.h"

#include <QString>

#include <utility>

namespace bt::app {

// For the overloads that still take a `QString* error`, kept while their callers in app/shell,
// app/main.cpp and tests/app/shell are converted on main: runs `call` with a Failure and hands
// back its staff detail, the text those callers got before. Remove with the last such overload.
template <typename Call> auto staffDetailInto(QString* error, Call&& call)
{
    Failure failure;
    auto result = std::forward<Call>(call)(&failure);
    if (failure) {
        *error = failure.staffDetail();
    }
    return result;
}

} // namespace bt::app
