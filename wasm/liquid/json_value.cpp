#include "liquid/json_value.h"

#include <utility>
#include <vector>

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

namespace {

// nlohmann's SAX events, building the values as they come: each open array
// or object is a frame; a finished value goes into the frame below it (under
// the key read last, for an object), or becomes the result.
class ValueBuilder {
 public:
  using number_integer_t = OrderedJson::number_integer_t;
  using number_unsigned_t = OrderedJson::number_unsigned_t;
  using number_float_t = OrderedJson::number_float_t;
  using string_t = OrderedJson::string_t;
  using binary_t = OrderedJson::binary_t;

  explicit ValueBuilder(JsonError& error) : error_(error) {}

  bool null() { return add(Value()); }
  bool boolean(bool value) { return add(value); }
  bool number_integer(number_integer_t value) { return add(static_cast<int64_t>(value)); }
  bool number_unsigned(number_unsigned_t value) { return add(static_cast<int64_t>(value)); }
  bool number_float(number_float_t value, const string_t&) { return add(static_cast<double>(value)); }
  bool string(string_t& value) { return add(Value(std::move(value))); }
  bool binary(binary_t&) { return add(Value()); }
  bool start_object(size_t) {
    frames_.emplace_back();
    frames_.back().is_object = true;
    return true;
  }
  bool key(string_t& key) {
    frames_.back().key = std::move(key);
    return true;
  }
  bool end_object() { return close(Value(std::move(frames_.back().hash))); }
  bool start_array(size_t) {
    frames_.emplace_back();
    return true;
  }
  bool end_array() { return close(Value(std::move(frames_.back().array))); }
  bool parse_error(size_t byte, const std::string&, const nlohmann::detail::exception& e) {
    error_ = {byte, e.what()};
    return false;
  }

  Value take() { return std::move(result_); }

 private:
  struct Frame {
    bool is_object = false;
    Array array;
    Hash hash;
    std::string key;
  };

  bool add(Value value) {
    if (frames_.empty()) {
      result_ = std::move(value);
    } else if (frames_.back().is_object) {
      frames_.back().hash.set(std::move(frames_.back().key), std::move(value));
    } else {
      frames_.back().array.push_back(std::move(value));
    }
    return true;
  }
  bool close(Value value) {
    frames_.pop_back();
    return add(std::move(value));
  }

  JsonError& error_;
  std::vector<Frame> frames_;
  Value result_;
};

}  // namespace

std::optional<Value> parse_json_value(std::string_view text, JsonError& error) {
  ValueBuilder builder(error);
  if (!OrderedJson::sax_parse(text.begin(), text.end(), &builder)) return std::nullopt;
  return builder.take();
}

}  // namespace folio::liquid
