// Plain JSON data as Liquid values: the environment that renderLiquid and the
// CLI's --data are given, _data/*.json, and test data. Objects keep their key
// order.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "liquid/value.h"

namespace folio::liquid {

using OrderedJson = nlohmann::ordered_json;

Value value_from_json(const OrderedJson& json);

// Where and why JSON text did not parse.
struct JsonError {
  size_t byte = 0;  // 1-based, as nlohmann counts: the byte where reading stopped
  std::string message;
};

// JSON text read straight into values (no nlohmann DOM to copy from: about
// half of what reading a renderLiquid request cost). nullopt, with `error`
// set, when the text is not JSON.
std::optional<Value> parse_json_value(std::string_view text, JsonError& error);

}  // namespace folio::liquid
