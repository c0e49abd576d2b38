// Liquid 4's standard string filters, as Ruby runs them: every length,
// index and slice counts characters, not bytes; whitespace is Ruby's ASCII
// whitespace; a non-string input is read through to_s.
#include <string>
#include <vector>

#include "liquid/filters/filter_groups.h"
#include "liquid/filters/filter_support.h"
#include "liquid/filters/ruby_replacement.h"
#include "liquid/filters/unicode.h"

namespace folio::liquid {

namespace {

std::string input_text(const FilterCall& call) { return to_s(call.input); }

Value size(const FilterCall& call, FilterContext&) {
  const Value& input = call.input;
  switch (input.kind()) {
    case Value::Kind::string: return static_cast<int64_t>(character_count(input.as_string()));
    case Value::Kind::array: return static_cast<int64_t>(input.as_array().size());
    case Value::Kind::hash: return static_cast<int64_t>(input.as_hash().size());
    case Value::Kind::range: return input.lookup("size");
    case Value::Kind::integer: return 8;  // Ruby's Integer#size: the bytes of a machine word
    default: return 0;
  }
}

Value downcase(const FilterCall& call, FilterContext&) { return ruby_downcase(input_text(call)); }
Value upcase(const FilterCall& call, FilterContext&) { return ruby_upcase(input_text(call)); }
Value capitalize(const FilterCall& call, FilterContext&) { return ruby_capitalize(input_text(call)); }

// Ruby's String#slice(start, length) by characters: nil (here "") when start
// is past the end or length is negative.
std::string slice_characters(std::string_view text, int64_t start, int64_t length) {
  const std::vector<size_t> offsets = character_offsets(text);
  const auto count = static_cast<int64_t>(offsets.size() - 1);
  if (start < 0) start += count;
  if (start < 0 || start > count || length < 0) return std::string();
  const int64_t end = std::min(count, start + length);
  return std::string(text.substr(offsets[start], offsets[end] - offsets[start]));
}

Value slice(const FilterCall& call, FilterContext&) {
  const int64_t start = to_integer(argument(call, 0));
  const Value& length_argument = argument(call, 1);
  const int64_t length = length_argument.truthy() ? to_integer(length_argument) : 1;
  if (!call.input.is_array()) return slice_characters(input_text(call), start, length);
  const Array& items = call.input.as_array();
  const auto count = static_cast<int64_t>(items.size());
  int64_t first = start < 0 ? start + count : start;
  if (first < 0 || first > count || length < 0) return Array{};
  const int64_t last = std::min(count, first + length);
  return Array(items.begin() + first, items.begin() + last);
}

Value truncate(const FilterCall& call, FilterContext&) {
  if (call.input.is_nil()) return Value();
  const std::string text = input_text(call);
  const int64_t length = has_argument(call, 0) ? to_integer(argument(call, 0)) : 50;
  const std::string ellipsis = has_argument(call, 1) ? to_s(argument(call, 1)) : "...";
  const auto kept = std::max<int64_t>(0, length - static_cast<int64_t>(character_count(ellipsis)));
  if (static_cast<int64_t>(character_count(text)) <= length) return text;
  return slice_characters(text, 0, kept) + ellipsis;
}

// Ruby's String#split with no pattern: runs of ASCII whitespace separate
// words; leading and trailing whitespace gives no empty word.
std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_ruby_space(static_cast<unsigned char>(text[i]))) ++i;
    const size_t start = i;
    while (i < text.size() && !is_ruby_space(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

Value truncatewords(const FilterCall& call, FilterContext&) {
  if (call.input.is_nil()) return Value();
  const std::string text = input_text(call);
  const std::vector<std::string_view> words = split_words(text);
  const int64_t wanted = has_argument(call, 0) ? to_integer(argument(call, 0)) : 15;
  const auto kept = static_cast<size_t>(std::max<int64_t>(1, wanted));
  // Liquid 4 compares the word count with wanted - 1, so "a b c" with
  // `truncatewords: 3` still gets the ellipsis (Liquid 5 fixed that); an
  // untruncated input comes back as it was, not as its text.
  if (words.size() < kept) return call.input;
  std::string out;
  for (size_t i = 0; i < kept && i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out.append(words[i]);
  }
  return out + (has_argument(call, 1) ? to_s(argument(call, 1)) : "...");
}

Value split(const FilterCall& call, FilterContext&) {
  const std::string text = input_text(call);
  const std::string pattern = to_s(argument(call, 0));
  Array parts;
  if (pattern == " ") {  // Ruby's awk-style split
    for (const std::string_view word : split_words(text)) parts.emplace_back(word);
    return parts;
  }
  if (pattern.empty()) {
    const std::vector<size_t> offsets = character_offsets(text);
    for (size_t i = 0; i + 1 < offsets.size(); ++i) parts.emplace_back(text.substr(offsets[i], offsets[i + 1] - offsets[i]));
    return parts;
  }
  size_t start = 0;
  for (size_t found; (found = text.find(pattern, start)) != std::string::npos; start = found + pattern.size()) {
    parts.emplace_back(text.substr(start, found - start));
  }
  parts.emplace_back(text.substr(start));
  while (!parts.empty() && parts.back().as_string().empty()) parts.pop_back();  // Ruby drops trailing empties
  return parts;
}

bool is_strip_character(char c) { return c == '\0' || is_ruby_space(static_cast<unsigned char>(c)); }

std::string_view strip_left(std::string_view text) {
  while (!text.empty() && is_strip_character(text.front())) text.remove_prefix(1);
  return text;
}

std::string_view strip_right(std::string_view text) {
  while (!text.empty() && is_strip_character(text.back())) text.remove_suffix(1);
  return text;
}

Value strip(const FilterCall& call, FilterContext&) { return strip_right(strip_left(input_text(call))); }
Value lstrip(const FilterCall& call, FilterContext&) { return strip_left(input_text(call)); }
Value rstrip(const FilterCall& call, FilterContext&) { return strip_right(input_text(call)); }

Value strip_newlines(const FilterCall& call, FilterContext&) {
  const std::string text = input_text(call);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') continue;
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

Value newline_to_br(const FilterCall& call, FilterContext&) {
  std::string out;
  for (const char c : input_text(call)) {
    if (c == '\n') out += "<br />";
    out += c;
  }
  return out;
}

Value replace(const FilterCall& call, FilterContext&) {
  return ruby_replace_string(input_text(call), to_s(argument(call, 0)), to_s(argument(call, 1)), false);
}

Value replace_first(const FilterCall& call, FilterContext&) {
  return ruby_replace_string(input_text(call), to_s(argument(call, 0)), to_s(argument(call, 1)), true);
}

Value remove(const FilterCall& call, FilterContext&) {
  return ruby_replace_string(input_text(call), to_s(argument(call, 0)), "", false);
}

Value remove_first(const FilterCall& call, FilterContext&) {
  return ruby_replace_string(input_text(call), to_s(argument(call, 0)), "", true);
}

Value append(const FilterCall& call, FilterContext&) { return input_text(call) + to_s(argument(call, 0)); }
Value prepend(const FilterCall& call, FilterContext&) { return to_s(argument(call, 0)) + input_text(call); }

const FilterSpec kStringFilters[] = {
    {"append", 1, 1, append},
    {"capitalize", 0, 0, capitalize},
    {"downcase", 0, 0, downcase},
    {"lstrip", 0, 0, lstrip},
    {"newline_to_br", 0, 0, newline_to_br},
    {"prepend", 1, 1, prepend},
    {"remove", 1, 1, remove},
    {"remove_first", 1, 1, remove_first},
    {"replace", 1, 2, replace},
    {"replace_first", 1, 2, replace_first},
    {"rstrip", 0, 0, rstrip},
    {"size", 0, 0, size},
    {"slice", 1, 2, slice},
    {"split", 1, 1, split},
    {"strip", 0, 0, strip},
    {"strip_newlines", 0, 0, strip_newlines},
    {"truncate", 0, 2, truncate},
    {"truncatewords", 0, 2, truncatewords},
    {"upcase", 0, 0, upcase},
};

}  // namespace

FilterGroup string_filters() { return {kStringFilters, sizeof kStringFilters / sizeof kStringFilters[0]}; }

}  // namespace folio::liquid
