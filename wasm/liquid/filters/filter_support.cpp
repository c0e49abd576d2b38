#include "liquid/filters/filter_support.h"

#include <cctype>
#include <climits>

namespace folio::liquid {

namespace {

const Value kNil;

void append_flattened(Array& out, const Value& value) {
  if (value.is_array()) {
    for (const Value& item : value.as_array()) append_flattened(out, item);
  } else {
    out.push_back(value);
  }
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Digits in `base` with single underscores between them, as Ruby's Integer()
// reads them.
std::optional<int64_t> parse_digits(std::string_view digits, int base, bool negative) {
  if (digits.empty() || digits.front() == '_' || digits.back() == '_') return std::nullopt;
  // Accumulated negative, so INT64_MIN fits; beyond int64 Ruby makes a
  // Bignum, which folio does not have.
  int64_t value = 0;
  char previous = 0;
  for (const char c : digits) {
    if (c == '_') {
      if (previous == '_') return std::nullopt;
      previous = c;
      continue;
    }
    const int digit = digit_value(c);
    if (digit >= base) return std::nullopt;
    if (__builtin_mul_overflow(value, base, &value) || __builtin_sub_overflow(value, digit, &value)) return std::nullopt;
    previous = c;
  }
  if (!negative && value == INT64_MIN) return std::nullopt;
  return negative ? value : -value;
}

}  // namespace

const Value& argument(const FilterCall& call, size_t index) {
  return index < call.arguments.size() ? call.arguments[index] : kNil;
}

bool has_argument(const FilterCall& call, size_t index) { return index < call.arguments.size(); }

const Value* keyword_argument(const FilterCall& call, std::string_view name) {
  for (const auto& [key, value] : call.keyword_arguments) {
    if (key == name) return &value;
  }
  return nullptr;
}

std::optional<int64_t> parse_ruby_integer(std::string_view text) {
  text = trim_spaces(text);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  int base = 10;
  if (text.size() > 1 && text[0] == '0') {
    const char marker = static_cast<char>(std::tolower(static_cast<unsigned char>(text[1])));
    if (marker == 'x' || marker == 'b' || marker == 'o' || marker == 'd') {
      base = marker == 'x' ? 16 : marker == 'b' ? 2 : marker == 'o' ? 8 : 10;
      text.remove_prefix(2);
    } else {
      base = 8;  // Integer("017") is 15
      text.remove_prefix(1);
      if (!text.empty() && text.front() == '_') text.remove_prefix(1);
    }
  }
  return parse_digits(text, base, negative);
}

int64_t ruby_string_to_i(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  int64_t value = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_' && i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))) continue;
    if (!std::isdigit(static_cast<unsigned char>(c))) break;
    if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, c - '0', &value)) {
      return negative ? INT64_MIN : INT64_MAX;  // Ruby would make a Bignum
    }
  }
  return negative ? -value : value;
}

int64_t to_integer(const Value& value) {
  if (value.is_integer()) return value.as_integer();
  if (const auto parsed = parse_ruby_integer(to_s(value))) return *parsed;
  throw FilterError("invalid integer");
}

Array input_items(const Value& input) {
  Array items;
  switch (input.kind()) {
    case Value::Kind::nil: break;
    case Value::Kind::array: append_flattened(items, input); break;
    case Value::Kind::range:
      for (int64_t i = input.range_first(); i <= input.range_last(); ++i) items.emplace_back(i);
      break;
    default: items.push_back(input);
  }
  return items;
}

Value item_field(const Value& item, const Value& property) {
  if (item.is_hash() || item.is_drop()) {
    if (!property.is_string()) return property.is_nil() ? Value() : item.at(property);
    if (item.is_hash()) {
      const Value* found = item.as_hash().find(property.as_string());
      return found ? *found : Value();
    }
    return item.as_drop().get(property.as_string());
  }
  if (item.is_string() && property.is_string()) {
    return item.as_string().find(property.as_string()) != std::string::npos ? property : Value();
  }
  return Value();
}

std::string xml_escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

void raise_no_method(std::string_view method, const Value& receiver) {
  const std::string described =
      receiver.is_nil() ? "nil:NilClass" : inspect(receiver) + ":" + ruby_class_name(receiver);
  throw FilterError("undefined method `" + std::string(method) + "' for " + described);
}

Value liquid_property(const Value& item, const Value& property) {
  if (item.is_integer() && property.is_integer()) {  // Integer#[]: one bit of the number
    const int64_t bit = property.as_integer();
    if (bit < 0) return 0;
    if (bit >= 63) return item.as_integer() < 0 ? 1 : 0;
    return (item.as_integer() >> bit) & 1;
  }
  const bool indexes = item.is_integer() || (item.is_array() && !property.is_integer());
  if (indexes) throw FilterError("cannot select the property '" + to_s(property) + "'");
  if (item.is_array()) return item.at(property);
  return item_field(item, property);
}

std::string eql_key(const Value& value) {
  if (value.is_drop()) return "drop:" + std::to_string(reinterpret_cast<uintptr_t>(&value.as_drop()));
  return std::string(ruby_class_name(value)) + ":" + inspect(value);
}

bool ruby_eql(const Value& left, const Value& right) {
  if (left.is_number() || right.is_number()) {
    if (left.kind() != right.kind()) return false;
    return left.is_integer() ? left.as_integer() == right.as_integer() : left.as_float() == right.as_float();
  }
  if (left.is_array() && right.is_array()) {
    const Array &a = left.as_array(), &b = right.as_array();
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!ruby_eql(a[i], b[i])) return false;
    }
    return true;
  }
  return liquid_equal(left, right) && left.kind() == right.kind();
}

std::optional<int> ruby_compare(const Value& left, const Value& right) {
  if (left.is_nil() && right.is_nil()) return 0;
  if (left.is_bool() && right.is_bool() && left.as_bool() == right.as_bool()) return 0;
  if (left.is_array() && right.is_array()) {
    const Array &a = left.as_array(), &b = right.as_array();
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
      const auto order = ruby_compare(a[i], b[i]);
      if (!order || *order != 0) return order;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
  }
  return liquid_compare(left, right);
}

}  // namespace folio::liquid
