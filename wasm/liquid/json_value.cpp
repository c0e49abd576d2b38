#include "liquid/json_value.h"

namespace folio::liquid {

Value value_from_json(const OrderedJson& json) {
  switch (json.type()) {
    case OrderedJson::value_t::null:
    case OrderedJson::value_t::discarded: return Value();
    case OrderedJson::value_t::boolean: return json.get<bool>();
    case OrderedJson::value_t::number_integer: return json.get<int64_t>();
    case OrderedJson::value_t::number_unsigned: return static_cast<int64_t>(json.get<uint64_t>());
    case OrderedJson::value_t::number_float: return json.get<double>();
    case OrderedJson::value_t::string: return json.get<std::string>();
    case OrderedJson::value_t::array: {
      Array items;
      items.reserve(json.size());
      for (const auto& item : json) items.push_back(value_from_json(item));
      return items;
    }
    case OrderedJson::value_t::object: {
      Hash hash;
      for (const auto& [key, item] : json.items()) hash.set(key, value_from_json(item));
      return hash;
    }
    case OrderedJson::value_t::binary: return Value();
  }
  return Value();
}

}  // namespace folio::liquid
