// What many filters share: reading their arguments, and the few Ruby
// conversions that Liquid's filters apply to their input (to_s, Integer(),
// InputIterator's view of any value as a list).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "liquid/filter.h"
#include "liquid/value.h"

namespace folio::liquid {

// The positional argument at `index`, or nil when the template gave fewer.
const Value& argument(const FilterCall& call, size_t index);
bool has_argument(const FilterCall& call, size_t index);
// A keyword argument (`allow_false: true`), or nullptr.
const Value* keyword_argument(const FilterCall& call, std::string_view name);

// Ruby's to_s of a value (nil is "", arrays and hashes inspect).
inline std::string to_s(const Value& value) { return to_ruby_string(value); }

// Liquid's Utils.to_integer: integers as they are, anything else through
// Ruby's Integer(value.to_s) ("12", " -3 ", "0x1f", "1_000"); anything that
// is not an integer raises FilterError "invalid integer".
int64_t to_integer(const Value& value);
// Ruby's Integer() of a string, without the raise: nullopt when invalid.
std::optional<int64_t> parse_ruby_integer(std::string_view text);
// Ruby's String#to_i: leading digits after optional space and sign, else 0.
int64_t ruby_string_to_i(std::string_view text);

// Liquid's InputIterator: an array flattened, a hash (or drop) as a list of
// one, a range as its integers, nil as empty, anything else as a list of one.
Array input_items(const Value& input);

// `item[property]` as Ruby evaluates it for a hash or drop (the field), a
// string (the property itself when the string contains it, else nil: Ruby's
// String#[]) and anything else (nil).
Value item_field(const Value& item, const Value& property);

// `item[property]` where Liquid's standard filters (map, compact, uniq,
// sort_natural) call it: item_field for hashes, drops and strings; an
// array's element or an integer's bit for an integer property; otherwise an
// array or an integer (whose [] wants an index) raises FilterError "cannot
// select the property 'x'"; anything else has no [] and gives nil.
Value liquid_property(const Value& item, const Value& property);

// Jekyll's xml_escape: & < > " and ' as entities (' as &apos;), which
// its inspect filter applies too.
std::string xml_escaped(std::string_view text);

// Ruby's NoMethodError, for a filter that Jekyll applies to an input that
// lacks the method: "undefined method `split' for 5:Integer".
[[noreturn]] void raise_no_method(std::string_view method, const Value& receiver);

// Ruby's eql? (uniq, group_by): like == but 1 and 1.0 differ.
bool ruby_eql(const Value& left, const Value& right);
// A text equal for two values exactly when they are eql? (drops by identity),
// for hashing.
std::string eql_key(const Value& value);

// Ruby's <=> of two values: numbers, strings (bytewise), arrays (element by
// element) and nil with nil; nullopt where Ruby answers nil (the sort raises).
std::optional<int> ruby_compare(const Value& left, const Value& right);

}  // namespace folio::liquid
