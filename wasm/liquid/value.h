// Liquid's values, as Ruby Liquid 4 sees them: nil, booleans, integers,
// floats, strings, arrays, hashes (insertion-ordered, like Ruby's), ranges,
// the `blank`/`empty` literals, and drops, objects that compute their fields
// when a template reads them, so the site model is never copied into values
// for every page. Values are immutable and cheap to copy: strings, arrays and
// hashes are shared.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace folio::liquid {

class Value;
class Hash;
class Drop;

using Array = std::vector<Value>;
using ArrayPtr = std::shared_ptr<const Array>;
using HashPtr = std::shared_ptr<const Hash>;
using DropPtr = std::shared_ptr<const Drop>;

class Value {
 public:
  // blank and empty are the literals of `x == blank`; they print as "".
  enum class Kind : uint8_t { nil, boolean, integer, floating, string, array, hash, range, drop, blank, empty };

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool value) : kind_(Kind::boolean) { scalar_.boolean = value; }
  Value(int value) : kind_(Kind::integer) { scalar_.integer = value; }
  Value(long value) : kind_(Kind::integer) { scalar_.integer = static_cast<int64_t>(value); }
  Value(long long value) : kind_(Kind::integer) { scalar_.integer = static_cast<int64_t>(value); }
  Value(double value) : kind_(Kind::floating) { scalar_.floating = value; }
  Value(std::string value);
  Value(std::string_view value) : Value(std::string(value)) {}
  Value(const char* value) : Value(std::string(value)) {}
  Value(Array value);
  Value(ArrayPtr value);
  Value(Hash value);
  Value(HashPtr value);
  Value(DropPtr value);

  static Value range(int64_t first, int64_t last);
  static Value blank_literal();
  static Value empty_literal();

  Kind kind() const { return kind_; }
  bool is_nil() const { return kind_ == Kind::nil; }
  bool is_bool() const { return kind_ == Kind::boolean; }
  bool is_integer() const { return kind_ == Kind::integer; }
  bool is_float() const { return kind_ == Kind::floating; }
  bool is_number() const { return is_integer() || is_float(); }
  bool is_string() const { return kind_ == Kind::string; }
  bool is_array() const { return kind_ == Kind::array; }
  bool is_hash() const { return kind_ == Kind::hash; }
  bool is_range() const { return kind_ == Kind::range; }
  bool is_drop() const { return kind_ == Kind::drop; }

  // Liquid's truth: only nil and false are false ("" and 0 are true).
  bool truthy() const { return !(is_nil() || (is_bool() && !scalar_.boolean)); }

  // Accessors: call only on a value of that kind.
  bool as_bool() const { return scalar_.boolean; }
  int64_t as_integer() const { return scalar_.integer; }
  double as_float() const { return scalar_.floating; }
  double as_number() const { return is_integer() ? static_cast<double>(scalar_.integer) : scalar_.floating; }
  const std::string& as_string() const;
  const Array& as_array() const;
  ArrayPtr array_ptr() const;  // shares the array, for filters that return it
  const Hash& as_hash() const;
  const Drop& as_drop() const;
  int64_t range_first() const { return scalar_.integer; }
  int64_t range_last() const { return range_last_; }

  // A field or index, as `value.key` and `value[key]` read it: hash keys,
  // drop fields, array/string `size`, array `first`/`last`, integer indexes
  // into arrays (negative from the end). nil when there is none.
  Value lookup(std::string_view key) const;
  Value at(const Value& key) const;  // `value[key]` with any key

 private:
  Kind kind_ = Kind::nil;
  union Scalar {
    bool boolean;
    int64_t integer;
    double floating;
  } scalar_{};
  int64_t range_last_ = 0;
  std::shared_ptr<const void> shared_;  // string, Array, Hash or Drop
};

// Keys keep their insertion order, as Ruby hashes do (for loops, jsonify and
// inspect show them in that order); a later set of the same key replaces the
// value in place.
class Hash {
 public:
  using Entry = std::pair<std::string, Value>;

  const Value* find(std::string_view key) const;
  void set(std::string key, Value value);
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  std::vector<Entry>::const_iterator end() const { return entries_.end(); }

 private:
  static constexpr size_t kIndexFrom = 8;  // below this, a scan is faster
  std::vector<Entry> entries_;
  std::unordered_map<std::string, size_t> index_;
};

// An object whose fields are computed when read (Jekyll's drops: site, page,
// a document, a bibliography entry). Implementations may cache what they
// compute; they must answer the same for the same key during a render.
class Drop {
 public:
  virtual ~Drop() = default;
  // nil when the drop has no such field.
  virtual Value get(std::string_view key) const = 0;
  // The fields a template can enumerate (for, jsonify, inspect), in order.
  virtual std::vector<std::string> keys() const = 0;
};

// Ruby's String(x) of a value as `{{ x }}` prints it (Liquid 4): nil is "",
// arrays print their elements joined with nothing (nested arrays flattened),
// hashes as Ruby's inspect, floats as Ruby's Float#to_s, ranges as "1..5".
std::string to_output(const Value& value);
// Ruby's to_s, which filters such as append and replace apply to arguments:
// the same as to_output except that arrays show as Ruby's inspect.
std::string to_ruby_string(const Value& value);
// Ruby's inspect: strings quoted and escaped, nil as "nil", {"a"=>1}.
std::string inspect(const Value& value);
// Float#to_s: the shortest text that reads back as the same double, with
// ".0" for whole numbers and exponents outside 1e-4..1e16 ("1.0e+16").
std::string format_ruby_float(double value);

// `==` in a condition, as Ruby compares: 1 == 1.0, arrays and hashes by
// content, drops by identity; `empty` tests the other side's empty?, and
// `blank` equals nothing (Jekyll's Ruby has no blank?; see value.cpp).
bool liquid_equal(const Value& left, const Value& right);
// `<` and friends: -1, 0 or 1 for numbers with numbers and strings with
// strings; nullopt when Ruby would raise "comparison of X with Y failed".
std::optional<int> liquid_compare(const Value& left, const Value& right);
// Ruby's class name of a value, for error messages ("Integer", "String", ...).
const char* ruby_class_name(const Value& value);

}  // namespace folio::liquid
