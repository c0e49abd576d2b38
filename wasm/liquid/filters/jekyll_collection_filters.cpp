// Jekyll's filters over collections: where, where_exp, find, find_exp,
// group_by, group_by_exp, sort (which replace Liquid's where and sort in a
// Jekyll site), push, pop, shift, unshift and sample. Unlike Liquid's own
// filters they do not flatten nested arrays, and they read a property
// Jekyll's way: "a.b" walks into nested hashes, and a value that looks like a
// number ("10") compares as one.
#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "liquid/filters/filter_groups.h"
#include "liquid/filters/filter_support.h"

namespace folio::liquid {

namespace {

bool is_blank_or_empty_literal(const Value& value) {
  return value.kind() == Value::Kind::blank || value.kind() == Value::Kind::empty;
}

// The elements that Enumerable#select and friends visit: an array's, a
// range's integers, a hash's values (Jekyll calls input.values first).
// nullopt for an input without them, which these filters return unchanged.
std::optional<Array> enumerable_items(const Value& input) {
  if (input.is_array()) return input.as_array();
  if (input.is_range()) return input_items(input);
  if (input.is_hash()) {
    Array values;
    for (const auto& entry : input.as_hash()) values.push_back(entry.second);
    return values;
  }
  return std::nullopt;
}

// Jekyll's FLOAT_LIKE and INTEGER_LIKE: numbers written as text sort and
// compare as numbers.
Value parse_sort_input(const Value& property) {
  if (!property.is_string() && !property.is_number()) return property;
  const std::string text = to_s(property);
  size_t i = 0, end = text.size();
  const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (i < end && space(text[i])) ++i;
  while (end > i && space(text[end - 1])) --end;
  const std::string_view core = std::string_view(text).substr(i, end - i);
  size_t j = !core.empty() && core[0] == '-' ? 1 : 0;
  const size_t digits_start = j;
  while (j < core.size() && core[j] >= '0' && core[j] <= '9') ++j;
  const size_t whole_digits = j - digits_start;
  if (whole_digits > 0 && j == core.size()) return ruby_string_to_i(core);
  if (j < core.size() && core[j] == '.') {
    ++j;
    const size_t fraction_start = j;
    while (j < core.size() && core[j] >= '0' && core[j] <= '9') ++j;
    const bool has_digits = whole_digits > 0 || j > fraction_start;
    if (has_digits && j == core.size()) return std::strtod(std::string(core).c_str(), nullptr);
  }
  return property;
}

// `data[key]` as Ruby answers it inside Jekyll's item_property, with
// Ruby's own errors for values whose [] takes no string.
Value field_of(const Value& data, const std::string& key) {
  if (data.is_nil()) throw FilterError("undefined method `[]' for nil:NilClass");
  if (data.is_integer() || data.is_array()) throw FilterError("no implicit conversion of String into Integer");
  return item_field(data, Value(key));
}

bool responds_to_index(const Value& data) {
  return data.is_hash() || data.is_drop() || data.is_string() || data.is_array() || data.is_integer();
}

// Jekyll's item_property: the item's field; with dots ("author.name") each
// step is `data.respond_to?(:[]) && data[key]`, so a missing level gives
// false, not nil (and false sorts and matches as a value, not as a nil).
Value item_property(const Value& item, const Value& property) {
  const std::string name = to_s(property);
  if (name.find('.') == std::string::npos) return parse_sort_input(field_of(item, name));
  Value data = item;
  size_t start = 0;
  while (start != std::string::npos) {
    const size_t dot = name.find('.', start);
    const std::string key = name.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    data = responds_to_index(data) ? field_of(data, key) : Value(false);
    start = dot == std::string::npos ? std::string::npos : dot + 1;
  }
  return parse_sort_input(data);
}

// Jekyll's compare_property_vs_target: nil matches nil; blank and empty
// match ""; anything else compares as text, and an array property matches
// when one of its elements does.
bool property_matches(const Value& property, const Value& target) {
  if (target.is_nil()) return property.is_nil();
  if (is_blank_or_empty_literal(target)) {  // Ruby: Array(property).join == ""
    if (property.is_hash()) return property.as_hash().empty();
    return to_output(property).empty();
  }
  const std::string wanted = to_s(target);
  if (property.is_string()) return property.as_string() == wanted;
  if (property.is_array()) {
    for (const Value& element : property.as_array()) {
      if (to_s(element) == wanted) return true;
    }
    return false;
  }
  return !property.is_nil() && to_s(property) == wanted;
}

bool skips_lookup(const Value& property, const Value& target) {
  return !property.truthy() || target.is_array() || target.is_hash();
}

// Liquid 4's own where(input, property): the items whose property is truthy.
// Jekyll's where needs a value, and a Jekyll site calling `where: "x"` gets
// an arity error; folio answers it as Liquid does.
Value where_truthy(const FilterCall& call) {
  const Array items = input_items(call.input);
  if (items.empty()) return Array{};
  Array selected;
  for (const Value& item : items) {
    if (liquid_property(item, argument(call, 0)).truthy()) selected.push_back(item);
  }
  return selected;
}

Value where(const FilterCall& call, FilterContext&) {
  if (!has_argument(call, 1)) return where_truthy(call);
  const Value &property = argument(call, 0), &target = argument(call, 1);
  if (skips_lookup(property, target)) return call.input;
  const auto items = enumerable_items(call.input);
  if (!items) return call.input;
  Array selected;
  for (const Value& item : *items) {
    if (property_matches(item_property(item, property), target)) selected.push_back(item);
  }
  return selected;
}

Value find(const FilterCall& call, FilterContext&) {
  const Value &property = argument(call, 0), &target = argument(call, 1);
  if (skips_lookup(property, target)) return call.input;
  const auto items = enumerable_items(call.input);
  if (!items) return call.input;
  for (const Value& item : *items) {
    if (property_matches(item_property(item, property), target)) return item;
  }
  return Value();
}

Value where_exp(const FilterCall& call, FilterContext& context) {
  const auto items = enumerable_items(call.input);
  if (!items) return call.input;
  const std::string variable = to_s(argument(call, 0)), expression = to_s(argument(call, 1));
  Array selected;
  for (const Value& item : *items) {
    if (context.evaluate(expression, variable, item).truthy()) selected.push_back(item);
  }
  return selected;
}

Value find_exp(const FilterCall& call, FilterContext& context) {
  const auto items = enumerable_items(call.input);
  if (!items) return call.input;
  const std::string variable = to_s(argument(call, 0)), expression = to_s(argument(call, 1));
  for (const Value& item : *items) {
    if (context.evaluate(expression, variable, item).truthy()) return item;
  }
  return Value();
}

// Enumerable#group_by's view of an input: a hash's entries are [key, value].
std::optional<Array> groupable_items(const Value& input) {
  if (!input.is_hash()) return enumerable_items(input);
  Array pairs;
  for (const auto& [key, value] : input.as_hash()) pairs.push_back(Array{key, value});
  return pairs;
}

// Groups in the order their first item appears, as {"name", "items", "size"}.
template <typename KeyOf>
Value group_items(const Array& items, KeyOf key_of) {
  std::vector<std::pair<Value, Array>> groups;
  std::unordered_map<std::string, size_t> index;
  for (const Value& item : items) {
    Value name = key_of(item);
    const auto [it, inserted] = index.emplace(eql_key(name), groups.size());
    if (inserted) groups.emplace_back(std::move(name), Array{});
    groups[it->second].second.push_back(item);
  }
  Array out;
  for (auto& [name, members] : groups) {
    Hash group;
    group.set("name", name);
    const auto size = static_cast<int64_t>(members.size());
    group.set("items", std::move(members));
    group.set("size", size);
    out.emplace_back(std::move(group));
  }
  return out;
}

Value group_by(const FilterCall& call, FilterContext&) {
  const auto items = groupable_items(call.input);
  if (!items) return call.input;
  const Value& property = argument(call, 0);
  return group_items(*items, [&](const Value& item) { return Value(to_s(item_property(item, property))); });
}

Value group_by_exp(const FilterCall& call, FilterContext& context) {
  const auto items = groupable_items(call.input);
  if (!items) return call.input;
  const std::string variable = to_s(argument(call, 0)), expression = to_s(argument(call, 1));
  return group_items(*items, [&](const Value& item) { return context.evaluate(expression, variable, item); });
}

// Ruby's message names the right side by value when it is an immediate
// (nil, true, false, a small number), by class otherwise.
[[noreturn]] void raise_comparison(const Value& a, const Value& b) {
  const bool immediate = b.is_nil() || b.is_bool() || b.is_number();
  throw FilterError(std::string("comparison of ") + ruby_class_name(a) + " with " +
                    (immediate ? inspect(b) : ruby_class_name(b)) + " failed");
}

// Jekyll's sort: without a property, Ruby's Array#sort (which fails on
// values it cannot compare); with one, by that property with nils first or
// last, falling back to comparing as text. Ruby's sort is not stable;
// folio's is.
Value sort(const FilterCall& call, FilterContext&) {
  if (call.input.is_nil()) throw FilterError("Cannot sort a null object.");
  const auto items = groupable_items(call.input);
  if (!items) {
    throw FilterError(std::string("undefined method `sort' for ") + inspect(call.input) + ":" +
                      ruby_class_name(call.input));
  }
  const Value& property = argument(call, 0);
  if (property.is_nil()) {
    Array sorted = *items;
    // Ruby reports the first pair it cannot compare; neighbours in the
    // input are the pairs it meets first.
    for (size_t i = 0; i + 1 < sorted.size(); ++i) {
      if (!ruby_compare(sorted[i], sorted[i + 1])) raise_comparison(sorted[i], sorted[i + 1]);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Value& a, const Value& b) {
      const auto order = ruby_compare(a, b);
      if (!order) raise_comparison(a, b);
      return *order < 0;
    });
    return sorted;
  }
  const std::string nils = has_argument(call, 1) ? to_s(argument(call, 1)) : "first";
  if (nils != "first" && nils != "last") {
    throw FilterError("Invalid nils order: '" + nils + "' is not a valid nils order. It must be 'first' or 'last'.");
  }
  const int order = nils == "first" ? -1 : 1;
  std::vector<std::pair<Value, Value>> keyed;
  for (const Value& item : *items) keyed.emplace_back(item_property(item, property), item);
  std::stable_sort(keyed.begin(), keyed.end(), [order](const auto& a, const auto& b) {
    const bool a_nil = a.first.is_nil(), b_nil = b.first.is_nil();
    if (a_nil != b_nil) return (a_nil ? order : -order) < 0;
    const auto compared = ruby_compare(a.first, b.first);
    return (compared ? *compared : to_s(a.first).compare(to_s(b.first))) < 0;
  });
  Array sorted;
  for (auto& [key, item] : keyed) sorted.push_back(std::move(item));
  return sorted;
}

int64_t element_count(const FilterCall& call) {
  const int64_t count = has_argument(call, 0) ? to_integer(argument(call, 0)) : 1;
  if (count < 0) throw FilterError("negative array size");
  return count;
}

Value push(const FilterCall& call, FilterContext&) {
  if (!call.input.is_array()) return call.input;
  Array items = call.input.as_array();
  items.push_back(argument(call, 0));
  return items;
}

Value unshift(const FilterCall& call, FilterContext&) {
  if (!call.input.is_array()) return call.input;
  Array items = call.input.as_array();
  items.insert(items.begin(), argument(call, 0));
  return items;
}

Value pop(const FilterCall& call, FilterContext&) {
  if (!call.input.is_array()) return call.input;
  const int64_t count = element_count(call);
  Array items = call.input.as_array();
  items.resize(items.size() - std::min<size_t>(items.size(), static_cast<size_t>(count)));
  return items;
}

Value shift(const FilterCall& call, FilterContext&) {
  if (!call.input.is_array()) return call.input;
  const int64_t count = element_count(call);
  const Array& items = call.input.as_array();
  return Array(items.begin() + static_cast<std::ptrdiff_t>(std::min<size_t>(items.size(), static_cast<size_t>(count))),
               items.end());
}

// Jekyll's sample picks at random. folio picks the same way every time (a
// fixed-seed shuffle), so a page renders the same on every machine and
// every visit, and tests can pin it.
Value sample(const FilterCall& call, FilterContext&) {
  if (!call.input.is_array()) return call.input;
  int64_t count = 1;
  try {
    count = has_argument(call, 0) ? to_integer(argument(call, 0)) : 1;
  } catch (const FilterError&) {
    count = 1;  // Jekyll: `to_integer(num) rescue 1`
  }
  Array items = call.input.as_array();
  if (count < 0) throw FilterError("negative sample number");
  uint64_t state = 0x5EEDF0110ull;
  const size_t wanted = std::min<size_t>(items.size(), static_cast<size_t>(count));
  for (size_t i = 0; i < wanted; ++i) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;  // Knuth's LCG
    const size_t pick = i + static_cast<size_t>((state >> 33) % (items.size() - i));
    std::swap(items[i], items[pick]);
  }
  if (!has_argument(call, 0) || count == 1) return items.empty() ? Value() : items.front();
  items.resize(wanted);
  return items;
}

const FilterSpec kJekyllCollectionFilters[] = {
    {"find", 2, 2, find},
    {"find_exp", 2, 2, find_exp},
    {"group_by", 1, 1, group_by},
    {"group_by_exp", 2, 2, group_by_exp},
    {"pop", 0, 1, pop},
    {"push", 1, 1, push},
    {"sample", 0, 1, sample},
    {"shift", 0, 1, shift},
    {"sort", 0, 2, sort},
    {"unshift", 1, 1, unshift},
    {"where", 1, 2, where},
    {"where_exp", 2, 2, where_exp},
};

}  // namespace

FilterGroup jekyll_collection_filters() {
  return {kJekyllCollectionFilters, sizeof kJekyllCollectionFilters / sizeof kJekyllCollectionFilters[0]};
}

}  // namespace folio::liquid
