// Reading plugin settings as the plugins' Ruby reads them: "5" and 5 are
// both five (to_i), and a list may be an array or one string of names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "liquid/value.h"

namespace folio::plugins {

// Ruby's to_i of a setting: integers as they are, floats truncated, a
// string's leading digits; anything else is `fallback`.
int64_t to_integer(const liquid::Value& value, int64_t fallback);

// An array's items as text, or a string split at any of `separators`;
// empty parts dropped. nil gives nothing.
std::vector<std::string> split_list(const liquid::Value& value, std::string_view separators);

}  // namespace folio::plugins
