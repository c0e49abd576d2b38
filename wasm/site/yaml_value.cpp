#include "site/yaml_value.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "parse/simple_yaml.h"
#include "site/jekyll_time.h"

namespace folio::site {
namespace {

bool equals_any(const std::string& text, std::initializer_list<const char*> words) {
  for (const char* word : words) {
    if (text == word) return true;
  }
  return false;
}

bool all_of(std::string_view text, bool (*accept)(char)) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!accept(c)) return false;
  }
  return true;
}

// Psych's integers: decimal with _ or , between digits, 0x hex, 0b binary,
// a leading 0 for octal.
std::optional<int64_t> psych_integer(const std::string& text) {
  std::string digits;
  size_t start = 0;
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    start = 1;
  }
  int base = 10;
  std::string_view body = std::string_view(text).substr(start);
  if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'b')) {
    base = body[1] == 'x' ? 16 : 2;
    body.remove_prefix(2);
  } else if (body.size() > 1 && body[0] == '0') {
    base = 8;
  }
  if (body.empty()) return std::nullopt;
  for (size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '_' || c == ',') {
      // Between digits only for decimals, as Psych's pattern says.
      if (base == 10 && (i == 0 || i + 1 == body.size())) return std::nullopt;
      continue;
    }
    const bool valid = base == 16 ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                       : base == 2 ? (c == '0' || c == '1')
                       : base == 8 ? (c >= '0' && c <= '7')
                                   : std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (!valid) return std::nullopt;
    digits += c;
  }
  errno = 0;
  const long long value = std::strtoll(digits.c_str(), nullptr, base);
  if (errno == ERANGE) return std::nullopt;
  return negative ? -value : value;
}

// Psych's floats need a dot: "1.5", "-.5", "1.0e+3"; "1e5" stays a string.
std::optional<double> psych_float(const std::string& text) {
  if (equals_any(text, {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"})) return std::numeric_limits<double>::infinity();
  if (equals_any(text, {"-.inf", "-.Inf", "-.INF"})) return -std::numeric_limits<double>::infinity();
  if (equals_any(text, {".nan", ".NaN", ".NAN"})) return std::numeric_limits<double>::quiet_NaN();
  size_t pos = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
  std::string cleaned = text.substr(0, pos);
  bool digits_before = false;
  while (pos < text.size() && (std::isdigit(static_cast<unsigned char>(text[pos])) || text[pos] == '_')) {
    if (text[pos] != '_') cleaned += text[pos];
    digits_before = true;
    ++pos;
  }
  if (pos >= text.size() || text[pos] != '.') return std::nullopt;
  if (!digits_before && pos + 1 >= text.size()) return std::nullopt;
  cleaned += text[pos++];
  while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) cleaned += text[pos++];
  if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
    cleaned += text[pos++];
    if (pos >= text.size() || (text[pos] != '-' && text[pos] != '+')) return std::nullopt;
    cleaned += text[pos++];
    if (!all_of(std::string_view(text).substr(pos), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
      return std::nullopt;
    }
    cleaned += text.substr(pos);
    pos = text.size();
  }
  if (pos != text.size()) return std::nullopt;
  return std::strtod(cleaned.c_str(), nullptr);
}

bool is_date_only(const std::string& text) {
  // \d{4}-\d{1,2}-\d{1,2}
  const size_t first = text.find('-');
  const size_t second = first == std::string::npos ? first : text.find('-', first + 1);
  if (first != 4 || second == std::string::npos || second - first < 2 || second - first > 3) return false;
  const size_t day_length = text.size() - second - 1;
  if (day_length < 1 || day_length > 2) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i != first && i != second && !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

// A Date prints as Date#to_s; one out of range (2015-02-30) is a string in
// Ruby too (Psych rescues the ArgumentError).
liquid::Value psych_date(const std::string& text) {
  const std::optional<JekyllTime> time = parse_jekyll_time(text);
  const int day = std::atoi(text.c_str() + text.rfind('-') + 1);
  if (!time || civil_time(*time).day != day) return liquid::Value(text);
  return liquid::Value(format_time(*time, "%Y-%m-%d"));
}

// Psych's timestamps have seconds after the date: "2015-10-22 15:59:00 -0400"
// is a Time, "2015-10-22 15:59" a string.
bool looks_like_timestamp(const std::string& text) {
  const size_t separator = text.find_first_of("Tt ", 8);
  if (separator == std::string::npos || !is_date_only(text.substr(0, separator))) return false;
  size_t pos = text.find_first_not_of(' ', separator + 1);
  const auto digits = [&](size_t min, size_t max) {
    size_t count = 0;
    while (pos < text.size() && count < max && std::isdigit(static_cast<unsigned char>(text[pos]))) ++pos, ++count;
    return count >= min;
  };
  return pos != std::string::npos && digits(1, 2) && pos < text.size() && text[pos++] == ':' && digits(2, 2) &&
         pos < text.size() && text[pos++] == ':' && digits(2, 2);
}

}  // namespace

liquid::Value typed_scalar(const std::string& text) {
  if (text.empty() || equals_any(text, {"~", "null", "Null", "NULL"})) return liquid::Value();
  if (equals_any(text, {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"})) return liquid::Value(true);
  if (equals_any(text, {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"})) return liquid::Value(false);
  const char first = text[0];
  if (std::isdigit(static_cast<unsigned char>(first)) || first == '-' || first == '+' || first == '.') {
    if (is_date_only(text)) return psych_date(text);
    if (looks_like_timestamp(text)) {
      if (const std::optional<JekyllTime> time = parse_jekyll_time(text)) return liquid::Value(ruby_time_string(*time));
    }
    if (const std::optional<int64_t> integer = psych_integer(text)) return liquid::Value(static_cast<long long>(*integer));
    if (const std::optional<double> floating = psych_float(text)) return liquid::Value(*floating);
  }
  return liquid::Value(text);
}

liquid::Value yaml_to_value(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      // yaml-cpp tags a quoted scalar "!" and a plain one "?".
      return node.Tag() == "!" ? liquid::Value(node.Scalar()) : typed_scalar(node.Scalar());
    case YAML::NodeType::Sequence: {
      liquid::Array items;
      items.reserve(node.size());
      for (const YAML::Node& item : node) items.push_back(yaml_to_value(item));
      return liquid::Value(std::move(items));
    }
    case YAML::NodeType::Map: {
      liquid::Hash hash;
      for (const auto& entry : node) {
        // A key that is a list or mapping (legal YAML, unheard of in sites) has no
        // name a template could use: it is keyed by its Liquid text.
        const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : to_output(yaml_to_value(entry.first));
        hash.set(key, yaml_to_value(entry.second));
      }
      return liquid::Value(std::move(hash));
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      break;
  }
  return liquid::Value();
}

std::optional<liquid::Value> flat_yaml_to_value(std::string_view text) {
  const std::optional<std::vector<SimpleYamlPair>> pairs = read_simple_yaml_pairs(text);
  if (!pairs) return std::nullopt;
  liquid::Hash hash;
  for (const SimpleYamlPair& pair : *pairs) {
    // As yaml_to_value reads the node parse_simple_yaml builds of the pair.
    const SimpleYamlScalar& value = pair.value;
    hash.set(pair.key.value, value.null         ? liquid::Value()
                             : value.tag == "!" ? liquid::Value(value.value)
                                                : typed_scalar(value.value));
  }
  return liquid::Value(std::move(hash));
}

}  // namespace folio::site
