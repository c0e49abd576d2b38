// Jekyll's filters on text and values: jsonify, inspect, number_of_words,
// array_to_sentence_string, normalize_whitespace, to_integer, slugify,
// smartify (kramdown's typography, smartify.h) and markdownify (through the
// render's Markdown converter).
#include <cmath>
#include <cstdio>
#include <string>

#include "liquid/filters/filter_groups.h"
#include "liquid/filters/filter_support.h"
#include "liquid/filters/smartify.h"
#include "liquid/filters/transliteration.h"
#include "liquid/filters/unicode.h"

namespace folio::liquid {

namespace {

// Ruby's JSON generator: strings keep their UTF-8 and escape quotes,
// backslashes and control characters; floats print as Float#to_s and NaN
// or Infinity is an error; a range is its text.
void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void append_json(std::string& out, const Value& value, int depth) {
  if (depth > 100) throw FilterError("nesting of 101 is too deep");  // Ruby's JSON max_nesting
  switch (value.kind()) {
    case Value::Kind::nil:
    case Value::Kind::blank:
    case Value::Kind::empty: out += "null"; return;
    case Value::Kind::boolean: out += value.as_bool() ? "true" : "false"; return;
    case Value::Kind::integer: out += std::to_string(value.as_integer()); return;
    case Value::Kind::floating:
      if (!std::isfinite(value.as_float())) throw FilterError(format_ruby_float(value.as_float()) + " not allowed in JSON");
      out += format_ruby_float(value.as_float());
      return;
    case Value::Kind::string: append_json_string(out, value.as_string()); return;
    case Value::Kind::range: append_json_string(out, to_s(value)); return;
    case Value::Kind::array: {
      out += '[';
      for (size_t i = 0; i < value.as_array().size(); ++i) {
        if (i > 0) out += ',';
        append_json(out, value.as_array()[i], depth + 1);
      }
      out += ']';
      return;
    }
    case Value::Kind::hash:
    case Value::Kind::drop: {
      out += '{';
      bool first = true;
      const auto append_entry = [&](const std::string& key, const Value& item) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, key);
        out += ':';
        append_json(out, item, depth + 1);
      };
      if (value.is_hash()) {
        for (const auto& [key, item] : value.as_hash()) append_entry(key, item);
      } else {
        for (const std::string& key : value.as_drop().keys()) append_entry(key, value.as_drop().get(key));
      }
      out += '}';
      return;
    }
  }
}

Value jsonify(const FilterCall& call, FilterContext&) {
  std::string out;
  append_json(out, call.input, 0);
  return out;
}

// Jekyll's inspect is Ruby's inspect, XML-escaped.
Value inspect_filter(const FilterCall& call, FilterContext&) { return xml_escaped(inspect(call.input)); }

// Words as String#split sees them (runs of ASCII whitespace apart).
size_t count_words(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = is_ruby_space(static_cast<unsigned char>(c));
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Jekyll's cjk counting: each Han, Katakana, Hiragana or Hangul character
// is a word, and so is each run of other non-space characters.
struct CjkCount {
  size_t cjk_characters = 0, other_runs = 0;
};

CjkCount count_cjk(std::string_view text) {
  CjkCount count;
  bool in_run = false;
  for (size_t i = 0; i < text.size();) {
    const DecodedCharacter character = decode_character(text, i);
    i += character.length;
    if (is_cjk(character.code_point)) {
      ++count.cjk_characters;
      in_run = false;
    } else if (is_ruby_space(character.code_point)) {
      in_run = false;
    } else {
      if (!in_run) ++count.other_runs;
      in_run = true;
    }
  }
  return count;
}

Value number_of_words(const FilterCall& call, FilterContext&) {
  const std::string mode = to_s(argument(call, 0));
  if (!call.input.is_string()) raise_no_method(mode == "cjk" || mode == "auto" ? "scan" : "split", call.input);
  const std::string& text = call.input.as_string();
  if (mode == "cjk" || mode == "auto") {
    const CjkCount count = count_cjk(text);
    if (mode == "auto" && count.cjk_characters == 0) return static_cast<int64_t>(count_words(text));
    return static_cast<int64_t>(count.cjk_characters + count.other_runs);
  }
  return static_cast<int64_t>(count_words(text));
}

// The items Jekyll's array_to_sentence_string indexes: an array's, a
// string's characters (which fail at the join of three or more), a hash as
// one item; anything without a length fails as in Ruby.
Array sentence_items(const Value& input) {
  if (input.is_array()) return input.as_array();
  if (input.is_hash() || input.is_drop()) return Array{input};
  if (!input.is_string()) raise_no_method("length", input);
  const std::string& text = input.as_string();
  const std::vector<size_t> offsets = character_offsets(text);
  if (offsets.size() > 3) raise_no_method("join", Value(text.substr(0, offsets[offsets.size() - 2])));
  Array characters;
  for (size_t i = 0; i + 1 < offsets.size(); ++i) characters.emplace_back(text.substr(offsets[i], offsets[i + 1] - offsets[i]));
  return characters;
}

// "a, b, and c". Jekyll interpolates the last item with to_s but joins the
// others with Array#join, which flattens nested arrays.
Value array_to_sentence_string(const FilterCall& call, FilterContext&) {
  const Array items = sentence_items(call.input);
  const std::string connector = has_argument(call, 0) ? to_s(argument(call, 0)) : "and";
  switch (items.size()) {
    case 0: return "";
    case 1: return to_s(items[0]);
    case 2: return to_s(items[0]) + " " + connector + " " + to_s(items[1]);
    default: break;
  }
  std::string out;
  bool first = true;
  for (const Value& item : input_items(Array(items.begin(), items.end() - 1))) {
    if (!first) out += ", ";
    first = false;
    out += to_s(item);
  }
  return out + ", " + connector + " " + to_s(items.back());
}

Value normalize_whitespace(const FilterCall& call, FilterContext&) {
  const std::string text = to_s(call.input);
  std::string out;
  bool in_space = false;
  for (const char c : text) {
    if (is_ruby_space(static_cast<unsigned char>(c))) {
      if (!in_space) out += ' ';
      in_space = true;
    } else {
      out += c;
      in_space = false;
    }
  }
  const auto strip = [](char c) { return c == ' ' || c == '\0'; };
  size_t begin = 0, end = out.size();
  while (begin < end && strip(out[begin])) ++begin;
  while (end > begin && strip(out[end - 1])) --end;
  return out.substr(begin, end - begin);
}

Value to_integer_filter(const FilterCall& call, FilterContext&) {
  const Value& input = call.input;
  switch (input.kind()) {
    case Value::Kind::boolean: return input.as_bool() ? 1 : 0;
    case Value::Kind::integer: return input;
    case Value::Kind::nil: return 0;
    case Value::Kind::string: return ruby_string_to_i(input.as_string());
    case Value::Kind::floating:
      if (!std::isfinite(input.as_float())) throw FilterError(format_ruby_float(input.as_float()));
      if (std::fabs(input.as_float()) >= 9.2e18) return input.as_float();  // Ruby: a Bignum
      return static_cast<int64_t>(input.as_float());
    default:
      throw FilterError("undefined method `to_i' for " + inspect(input) + ":" + ruby_class_name(input));
  }
}

// The characters each slugify mode keeps; every run of others becomes "-".
enum class SlugMode { raw, standard, pretty, ascii };

bool slug_keeps(char32_t c, SlugMode mode) {
  switch (mode) {
    case SlugMode::raw: return !is_ruby_space(c);
    case SlugMode::ascii: return (c < 0x80) && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    case SlugMode::pretty:
      if (c < 0x80 && std::string_view("._~!$&'()+,;=@").find(static_cast<char>(c)) != std::string_view::npos) {
        return true;
      }
      [[fallthrough]];
    case SlugMode::standard: return is_letter(c) || is_mark(c) || is_decimal_digit(c);
  }
  return false;
}

std::string replace_runs_with_hyphen(std::string_view text, SlugMode mode) {
  std::string out;
  bool in_run = false;
  for (size_t i = 0; i < text.size();) {
    const DecodedCharacter character = decode_character(text, i);
    if (slug_keeps(character.code_point, mode)) {
      out.append(text.substr(i, character.length));
      in_run = false;
    } else if (!in_run) {
      out += '-';
      in_run = true;
    }
    i += character.length;
  }
  return out;
}

// Jekyll's Utils.slugify. Modes: "default" (letters, marks and digits of
// any script), "raw" (only whitespace goes), "pretty" (also keeps
// ._~!$&'()+,;=@), "ascii" (only A-Z a-z 0-9), "latin" (accents
// transliterated first, then as default); "none" or any other mode only
// lower-cases. One hyphen at each end is dropped.
Value slugify(const FilterCall& call, FilterContext&) {
  if (call.input.is_nil()) return Value();
  const std::string mode = argument(call, 0).is_nil() ? "default" : to_s(argument(call, 0));
  const bool known_mode = mode == "raw" || mode == "default" || mode == "pretty" || mode == "ascii" || mode == "latin";
  if (!call.input.is_string()) raise_no_method(known_mode ? "gsub" : "downcase", call.input);
  std::string text = call.input.as_string();
  SlugMode slug_mode = SlugMode::standard;
  if (mode == "raw") {
    slug_mode = SlugMode::raw;
  } else if (mode == "pretty") {
    slug_mode = SlugMode::pretty;
  } else if (mode == "ascii") {
    slug_mode = SlugMode::ascii;
  } else if (mode == "latin") {
    text = transliterate(text);
  } else if (mode != "default") {
    return ruby_downcase(text);
  }
  std::string slug = replace_runs_with_hyphen(text, slug_mode);
  if (!slug.empty() && slug.front() == '-') slug.erase(0, 1);
  if (!slug.empty() && slug.back() == '-') slug.pop_back();
  return ruby_downcase(slug);
}

Value smartify(const FilterCall& call, FilterContext&) { return smartify_text(to_s(call.input)); }

Value markdownify(const FilterCall& call, FilterContext& context) { return context.markdownify(to_s(call.input)); }

const FilterSpec kJekyllFilters[] = {
    {"array_to_sentence_string", 0, 1, array_to_sentence_string},
    {"inspect", 0, 0, inspect_filter},
    {"jsonify", 0, 0, jsonify},
    {"markdownify", 0, 0, markdownify},
    {"normalize_whitespace", 0, 0, normalize_whitespace},
    {"number_of_words", 0, 1, number_of_words},
    {"slugify", 0, 1, slugify},
    {"smartify", 0, 0, smartify},
    {"to_integer", 0, 0, to_integer_filter},
};

}  // namespace

FilterGroup jekyll_filters() { return {kJekyllFilters, sizeof kJekyllFilters / sizeof kJekyllFilters[0]}; }

}  // namespace folio::liquid
