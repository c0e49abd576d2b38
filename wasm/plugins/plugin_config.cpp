#include "plugins/plugin_config.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace folio::plugins {

int64_t to_integer(const liquid::Value& value, int64_t fallback) {
  if (value.is_integer()) return value.as_integer();
  if (value.is_float()) {
    // NaN and floats past int64 (whose cast is undefined) are not counts.
    const double number = value.as_float();
    return number > -9.2e18 && number < 9.2e18 ? static_cast<int64_t>(number) : fallback;
  }
  if (!value.is_string()) return fallback;
  const std::string& text = value.as_string();
  size_t i = text.find_first_not_of(" \t\r\n");
  if (i == std::string::npos) return 0;
  bool negative = false;
  if (text[i] == '-' || text[i] == '+') negative = text[i++] == '-';
  int64_t number = 0;
  for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
    if (number > (INT64_MAX - 9) / 10) break;
    number = number * 10 + (text[i] - '0');
  }
  return negative ? -number : number;
}

std::vector<std::string> split_list(const liquid::Value& value, std::string_view separators) {
  std::vector<std::string> items;
  if (value.is_array()) {
    for (const liquid::Value& item : value.as_array()) {
      if (!item.is_nil()) items.push_back(liquid::to_output(item));
    }
    return items;
  }
  if (value.is_nil()) return items;
  const std::string text = liquid::to_output(value);
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find_first_of(separators, start), text.size());
    if (end > start) items.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return items;
}

}  // namespace folio::plugins
