// Liquid 4's standard array filters. Their input goes through Liquid's
// InputIterator (input_items): nested arrays flatten, a hash is a list of
// one, nil is empty. Jekyll's replacements (where, sort) live with Jekyll's
// other collection filters.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "liquid/filters/filter_groups.h"
#include "liquid/filters/filter_support.h"

namespace folio::liquid {

namespace {

Value join(const FilterCall& call, FilterContext&) {
  const std::string glue = has_argument(call, 0) ? to_s(argument(call, 0)) : " ";
  std::string out;
  bool first = true;
  for (const Value& item : input_items(call.input)) {
    if (!first) out += glue;
    first = false;
    out += to_s(item);
  }
  return out;
}

// Ruby's first and last: arrays and ranges have both, a hash only first
// (its first [key, value] pair); a string has neither.
Value first(const FilterCall& call, FilterContext&) {
  const Value& input = call.input;
  if (input.is_array() || input.is_range() || input.is_hash()) return input.lookup("first");
  return Value();
}

Value last(const FilterCall& call, FilterContext&) {
  const Value& input = call.input;
  if (input.is_array() || input.is_range()) return input.lookup("last");
  return Value();
}

Value concat(const FilterCall& call, FilterContext&) {
  const Value& other = argument(call, 0);
  if (!other.is_array()) throw FilterError("concat filter requires an array argument");
  Array items = input_items(call.input);
  items.insert(items.end(), other.as_array().begin(), other.as_array().end());
  return items;
}

Value reverse(const FilterCall& call, FilterContext&) {
  Array items = input_items(call.input);
  std::reverse(items.begin(), items.end());
  return items;
}

Value uniq(const FilterCall& call, FilterContext&) {
  const Array items = input_items(call.input);
  const Value& property = argument(call, 0);
  const bool by_property = has_argument(call, 0) && !property.is_nil();
  Array unique;
  std::unordered_set<std::string> seen;
  for (const Value& item : items) {
    if (seen.insert(eql_key(by_property ? liquid_property(item, property) : item)).second) unique.push_back(item);
  }
  return unique;
}

Value compact(const FilterCall& call, FilterContext&) {
  const Value& property = argument(call, 0);
  Array kept;
  for (const Value& item : input_items(call.input)) {
    const bool missing = property.is_nil() ? item.is_nil() : liquid_property(item, property).is_nil();
    if (!missing) kept.push_back(item);
  }
  return kept;
}

Value map(const FilterCall& call, FilterContext&) {
  const Value& property = argument(call, 0);
  Array mapped;
  for (const Value& item : input_items(call.input)) {
    if (property.is_string() && property.as_string() == "to_liquid") {
      mapped.push_back(item);
    } else {
      mapped.push_back(liquid_property(item, property));
    }
  }
  return mapped;
}

// Ruby's String#casecmp: ASCII letters compare without case.
int casecmp(const std::string& a, const std::string& b) {
  const size_t common = std::min(a.size(), b.size());
  for (size_t i = 0; i < common; ++i) {
    auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<unsigned char>(y + 32);
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// Liquid's sort_natural: case-insensitive on to_s, nils last. Ruby's sort is
// not stable; folio's is, so equal keys keep their order.
Value sort_natural(const FilterCall& call, FilterContext&) {
  const Array items = input_items(call.input);
  const Value& property = argument(call, 0);
  std::vector<std::pair<Value, Value>> keyed;  // (key, item)
  keyed.reserve(items.size());
  for (const Value& item : items) keyed.emplace_back(property.is_nil() ? item : liquid_property(item, property), item);
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    if (a.first.is_nil() || b.first.is_nil()) return !a.first.is_nil() && b.first.is_nil();
    return casecmp(to_s(a.first), to_s(b.first)) < 0;
  });
  Array sorted;
  sorted.reserve(keyed.size());
  for (auto& [key, item] : keyed) sorted.push_back(std::move(item));
  return sorted;
}

// Liquid 4's default has no allow_false (Liquid 5 added it; in 4.0 the
// keyword is an error): folio accepts it, which changes nothing for
// templates that Liquid 4 renders.
Value default_filter(const FilterCall& call, FilterContext&) {
  const Value* allow_false = keyword_argument(call, "allow_false");
  const Value& input = call.input;
  const bool keeps_false = allow_false && allow_false->truthy() && input.is_bool();
  bool empty = !input.truthy() && !keeps_false;
  if (input.is_string()) empty = input.as_string().empty();
  if (input.is_array()) empty = input.as_array().empty();
  if (input.is_hash()) empty = input.as_hash().empty();
  if (!empty) return input;
  return has_argument(call, 0) ? argument(call, 0) : Value("");
}

const FilterSpec kArrayFilters[] = {
    {"compact", 0, 1, compact},
    {"concat", 1, 1, concat},
    {"default", 0, 1, default_filter},
    {"first", 0, 0, first},
    {"join", 0, 1, join},
    {"last", 0, 0, last},
    {"map", 1, 1, map},
    {"reverse", 0, 0, reverse},
    {"sort_natural", 0, 1, sort_natural},
    {"uniq", 0, 1, uniq},
};

}  // namespace

FilterGroup array_filters() { return {kArrayFilters, sizeof kArrayFilters / sizeof kArrayFilters[0]}; }

}  // namespace folio::liquid
