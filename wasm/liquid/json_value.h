// Plain JSON data as Liquid values: the environment that renderLiquid and the
// CLI's --data are given, and test data. Objects keep their key order.
#pragma once

#include <nlohmann/json.hpp>

#include "liquid/value.h"

namespace folio::liquid {

using OrderedJson = nlohmann::ordered_json;

Value value_from_json(const OrderedJson& json);

}  // namespace folio::liquid
