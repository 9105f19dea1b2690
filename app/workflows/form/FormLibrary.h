#pragma once

#include "Failure.h"
#include "FormSchema.h"

#include <QString>

#include <optional>

namespace bt::app {

// The forms this terminal ships (resources/forms), read when a citizen starts one: a schema
// parses in a few milliseconds, so nothing is kept between citizens.
namespace formLibrary {

[[nodiscard]] std::optional<forms::FormSchema> load(const QString& formId, Failure* failure);

} // namespace formLibrary

} // namespace bt::app
