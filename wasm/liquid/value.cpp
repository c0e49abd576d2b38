#include "liquid/value.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace folio::liquid {

namespace {

const std::string kEmptyString;

template <typename T>
const T& shared_as(const std::shared_ptr<const void>& shared) {
  return *static_cast<const T*>(shared.get());
}

bool is_empty_collection(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::string: return value.as_string().empty();
    case Value::Kind::array: return value.as_array().empty();
    case Value::Kind::hash: return value.as_hash().empty();
    default: return false;
  }
}

// Ruby's /\A[[:space:]]*\z/ on a UTF-8 string: ASCII white space and
// Unicode's space separators, line and paragraph separators, NEL.
bool is_blank_text(const std::string& text) {
  static constexpr std::string_view kUnicodeSpaces[] = {
      "\u0085", "\u00A0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
      "\u2007", "\u2008", "\u2009", "\u200A", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000"};
  std::string_view rest = text;
  while (!rest.empty()) {
    const char c = rest.front();
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      rest.remove_prefix(1);
      continue;
    }
    bool matched = false;
    for (const std::string_view space : kUnicodeSpaces) {
      if (rest.substr(0, space.size()) == space) {
        rest.remove_prefix(space.size());
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return true;
}

int64_t utf8_length(const std::string& text) {
  int64_t characters = 0;
  for (const char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return characters;
}

int64_t range_size(const Value& range) {
  return range.range_last() < range.range_first() ? 0 : range.range_last() - range.range_first() + 1;
}

Value array_index(const Array& items, int64_t index) {
  const auto size = static_cast<int64_t>(items.size());
  if (index < 0) index += size;
  if (index < 0 || index >= size) return Value();
  return items[static_cast<size_t>(index)];
}

// `first`, `last` and `size`, which Liquid answers for any object that has
// the Ruby method of that name.
Value command_method(const Value& object, std::string_view key) {
  const bool size = key == "size", first = key == "first", last = key == "last";
  switch (object.kind()) {
    case Value::Kind::string:
      if (size) return utf8_length(object.as_string());  // Ruby counts characters
      return Value();
    case Value::Kind::array: {
      const Array& items = object.as_array();
      if (size) return static_cast<int64_t>(items.size());
      if (first) return items.empty() ? Value() : items.front();
      if (last) return items.empty() ? Value() : items.back();
      return Value();
    }
    case Value::Kind::hash: {
      const Hash& hash = object.as_hash();
      if (size) return static_cast<int64_t>(hash.size());
      if (first && !hash.empty()) return Array{hash.begin()->first, hash.begin()->second};
      return Value();
    }
    case Value::Kind::range:
      if (size) return range_size(object);
      if (first) return object.range_first();
      if (last) return object.range_last();
      return Value();
    default: return Value();
  }
}

void append_output(std::string& out, const Value& value) {
  if (value.is_array()) {
    for (const Value& item : value.as_array()) append_output(out, item);
  } else {
    out += to_ruby_string(value);
  }
}

// The code point at text[i] when Ruby's inspect writes it as \uXXXX (and
// advances i past its bytes), else -1: ASCII controls, the C1 controls but
// U+0085 (Onigmo counts NEL as printable space), and the line and paragraph
// separators U+2028/U+2029, which Ruby does not count as printable either.
long escaped_code_point(const std::string& text, size_t& i) {
  const auto byte = [&](size_t at) { return at < text.size() ? static_cast<unsigned char>(text[at]) : 0u; };
  const unsigned lead = byte(i);
  if (lead < 0x20 || lead == 0x7f) return lead;
  if (lead == 0xc2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9f && byte(i + 1) != 0x85) return byte(++i);
  if (lead == 0xe2 && byte(i + 1) == 0x80 && (byte(i + 2) == 0xa8 || byte(i + 2) == 0xa9)) {
    i += 2;
    return 0x2000 + byte(i) - 0x80;
  }
  return -1;
}

void append_inspected_string(std::string& out, const std::string& text) {
  out += '"';
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\f': out += "\\f"; break;
      case '\v': out += "\\v"; break;
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\x1b': out += "\\e"; break;
      case '#': {
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        out += (next == '{' || next == '$' || next == '@') ? "\\#" : "#";
        break;
      }
      default: {
        const long escaped = escaped_code_point(text, i);
        if (escaped >= 0) {
          char code[24];
          std::snprintf(code, sizeof code, "\\u%04lX", escaped);
          out += code;
        } else {
          out += c;
        }
      }
    }
  }
  out += '"';
}

void append_inspect(std::string& out, const Value& value) {
  switch (value.kind()) {
    case Value::Kind::nil: out += "nil"; return;
    case Value::Kind::string: append_inspected_string(out, value.as_string()); return;
    case Value::Kind::array: {
      out += '[';
      bool first = true;
      for (const Value& item : value.as_array()) {
        if (!first) out += ", ";
        first = false;
        append_inspect(out, item);
      }
      out += ']';
      return;
    }
    case Value::Kind::hash: {
      out += '{';
      bool first = true;
      for (const auto& [key, item] : value.as_hash()) {
        if (!first) out += ", ";
        first = false;
        append_inspected_string(out, key);
        out += "=>";
        append_inspect(out, item);
      }
      out += '}';
      return;
    }
    case Value::Kind::drop: {
      // Jekyll's drops inspect as their fields; a hash shows the same.
      Hash fields;
      for (const std::string& key : value.as_drop().keys()) fields.set(key, value.as_drop().get(key));
      append_inspect(out, Value(std::move(fields)));
      return;
    }
    default: out += to_ruby_string(value); return;
  }
}

}  // namespace

Value::Value(std::string value) : kind_(Kind::string), shared_(std::make_shared<const std::string>(std::move(value))) {}
Value::Value(Array value) : kind_(Kind::array), shared_(std::make_shared<const Array>(std::move(value))) {}
Value::Value(ArrayPtr value) : kind_(value ? Kind::array : Kind::nil), shared_(std::move(value)) {}
Value::Value(Hash value) : kind_(Kind::hash), shared_(std::make_shared<const Hash>(std::move(value))) {}
Value::Value(HashPtr value) : kind_(value ? Kind::hash : Kind::nil), shared_(std::move(value)) {}
Value::Value(DropPtr value) : kind_(value ? Kind::drop : Kind::nil), shared_(std::move(value)) {}

Value Value::range(int64_t first, int64_t last) {
  Value value;
  value.kind_ = Kind::range;
  value.scalar_.integer = first;
  value.range_last_ = last;
  return value;
}

Value Value::blank_literal() {
  Value value;
  value.kind_ = Kind::blank;
  return value;
}

Value Value::empty_literal() {
  Value value;
  value.kind_ = Kind::empty;
  return value;
}

const std::string& Value::as_string() const { return is_string() ? shared_as<std::string>(shared_) : kEmptyString; }
const Array& Value::as_array() const { return shared_as<Array>(shared_); }
ArrayPtr Value::array_ptr() const { return is_array() ? std::static_pointer_cast<const Array>(shared_) : nullptr; }
const Hash& Value::as_hash() const { return shared_as<Hash>(shared_); }
const Drop& Value::as_drop() const { return shared_as<Drop>(shared_); }

Value Value::lookup(std::string_view key) const {
  if (is_hash()) {
    if (const Value* found = as_hash().find(key)) return *found;
  } else if (is_drop()) {
    Value field = as_drop().get(key);
    if (!field.is_nil()) return field;
  }
  return command_method(*this, key);
}

Value Value::at(const Value& key) const {
  if (key.is_string()) return lookup(std::string_view(key.as_string()));
  if (key.is_integer() && is_array()) return array_index(as_array(), key.as_integer());
  return Value();
}

const Value* Hash::find(std::string_view key) const {
  if (!index_.empty()) {
    const auto it = index_.find(std::string(key));
    return it == index_.end() ? nullptr : &entries_[it->second].second;
  }
  for (const Entry& entry : entries_) {
    if (entry.first == key) return &entry.second;
  }
  return nullptr;
}

void Hash::set(std::string key, Value value) {
  for (Entry& entry : entries_) {
    if (entry.first == key) {
      entry.second = std::move(value);
      return;
    }
  }
  if (!index_.empty() || entries_.size() + 1 >= kIndexFrom) {
    if (index_.empty()) {
      for (size_t i = 0; i < entries_.size(); ++i) index_.emplace(entries_[i].first, i);
    }
    index_.emplace(key, entries_.size());
  }
  entries_.emplace_back(std::move(key), std::move(value));
}

std::string format_ruby_float(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  if (value == 0) return std::signbit(value) ? "-0.0" : "0.0";
  // The shortest precision that reads back as the same double.
  char buffer[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*e", precision - 1, value);
    if (std::strtod(buffer, nullptr) == value) break;
  }
  // buffer: [-]d[.ddd]e[+-]XX -> the digits and the decimal exponent.
  std::string text(buffer);
  const bool negative = text[0] == '-';
  const size_t e = text.find('e');
  std::string digits;
  for (size_t i = negative ? 1 : 0; i < e; ++i) {
    if (text[i] != '.') digits += text[i];
  }
  const int exponent = std::atoi(text.c_str() + e + 1);
  const int decimal_point = exponent + 1;  // digits before the point
  std::string out = negative ? "-" : "";
  if (decimal_point < -3 || decimal_point > 16) {
    out += digits[0];
    out += '.';
    out += digits.size() > 1 ? digits.substr(1) : "0";
    char exponent_text[16];
    std::snprintf(exponent_text, sizeof exponent_text, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + exponent_text;
  }
  if (decimal_point <= 0) return out + "0." + std::string(static_cast<size_t>(-decimal_point), '0') + digits;
  if (static_cast<size_t>(decimal_point) >= digits.size()) {
    return out + digits + std::string(static_cast<size_t>(decimal_point) - digits.size(), '0') + ".0";
  }
  return out + digits.substr(0, static_cast<size_t>(decimal_point)) + "." +
         digits.substr(static_cast<size_t>(decimal_point));
}

std::string to_ruby_string(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::nil:
    case Value::Kind::blank:
    case Value::Kind::empty: return "";
    case Value::Kind::boolean: return value.as_bool() ? "true" : "false";
    case Value::Kind::integer: return std::to_string(value.as_integer());
    case Value::Kind::floating: return format_ruby_float(value.as_float());
    case Value::Kind::string: return value.as_string();
    case Value::Kind::range: return std::to_string(value.range_first()) + ".." + std::to_string(value.range_last());
    case Value::Kind::array:
    case Value::Kind::hash:
    case Value::Kind::drop: return inspect(value);
  }
  return "";
}

std::string to_output(const Value& value) {
  if (!value.is_array()) return to_ruby_string(value);
  std::string out;
  append_output(out, value);
  return out;
}

std::string inspect(const Value& value) {
  std::string out;
  append_inspect(out, value);
  return out;
}

// ActiveSupport's Object#blank?: nil and false; a string of nothing but
// (Unicode) white space; an empty array or hash. Numbers, true and drops are not.
bool is_active_support_blank(const Value& value) {
  using Kind = Value::Kind;
  switch (value.kind()) {
    case Kind::nil: return true;
    case Kind::boolean: return !value.as_bool();
    case Kind::string: return is_blank_text(value.as_string());
    case Kind::array:
    case Kind::hash: return is_empty_collection(value);
    default: return false;
  }
}

bool liquid_equal(const Value& left, const Value& right) {
  using Kind = Value::Kind;
  if (left.kind() == Kind::blank || left.kind() == Kind::empty) {
    if (right.kind() == Kind::blank || right.kind() == Kind::empty) return false;  // blank == empty is false
    return liquid_equal(right, left);
  }
  // Liquid asks the other side `blank?` or `empty?` when it has that method.
  // al-folio's build loads ActiveSupport (its Gemfile.lock has it), so
  // everything has `blank?` and its templates lean on `x == blank`: nil,
  // false, whitespace-only strings, empty arrays and hashes are blank (Jekyll
  // alone would make `x == blank` false for every x). Strings, arrays and
  // hashes have `empty?`.
  if (right.kind() == Kind::blank) return is_active_support_blank(left);
  if (right.kind() == Kind::empty) return is_empty_collection(left);
  if (left.is_number() && right.is_number()) {
    if (left.is_integer() && right.is_integer()) return left.as_integer() == right.as_integer();
    return left.as_number() == right.as_number();
  }
  if (left.kind() != right.kind()) return false;
  switch (left.kind()) {
    case Kind::nil: return true;
    case Kind::boolean: return left.as_bool() == right.as_bool();
    case Kind::string: return left.as_string() == right.as_string();
    case Kind::range: return left.range_first() == right.range_first() && left.range_last() == right.range_last();
    case Kind::array: {
      const Array &a = left.as_array(), &b = right.as_array();
      if (a.size() != b.size()) return false;
      for (size_t i = 0; i < a.size(); ++i) {
        if (!liquid_equal(a[i], b[i])) return false;
      }
      return true;
    }
    case Kind::hash: {
      const Hash &a = left.as_hash(), &b = right.as_hash();
      if (a.size() != b.size()) return false;
      for (const auto& [key, item] : a) {
        const Value* other = b.find(key);
        if (!other || !liquid_equal(item, *other)) return false;
      }
      return true;
    }
    case Kind::drop: return &left.as_drop() == &right.as_drop();
    default: return false;
  }
}

std::optional<int> liquid_compare(const Value& left, const Value& right) {
  if (left.is_number() && right.is_number()) {
    if (left.is_integer() && right.is_integer()) {
      return left.as_integer() < right.as_integer() ? -1 : left.as_integer() > right.as_integer() ? 1 : 0;
    }
    const double a = left.as_number(), b = right.as_number();
    if (std::isnan(a) || std::isnan(b)) return std::nullopt;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (left.is_string() && right.is_string()) {
    const int order = left.as_string().compare(right.as_string());
    return order < 0 ? -1 : order > 0 ? 1 : 0;
  }
  return std::nullopt;
}

const char* ruby_class_name(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::nil: return "NilClass";
    case Value::Kind::boolean: return value.as_bool() ? "TrueClass" : "FalseClass";
    case Value::Kind::integer: return "Integer";
    case Value::Kind::floating: return "Float";
    case Value::Kind::string: return "String";
    case Value::Kind::array: return "Array";
    case Value::Kind::hash: return "Hash";
    case Value::Kind::range: return "Range";
    case Value::Kind::drop: return "Liquid::Drop";
    case Value::Kind::blank:
    case Value::Kind::empty: return "Liquid::Expression::MethodLiteral";
  }
  return "Object";
}

}  // namespace folio::liquid
