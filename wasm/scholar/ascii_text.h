// The few ASCII text tests jekyll-scholar's Ruby patterns make (\s, \w,
// strip, downcase, /^\d+$/), shared by the scholar files.
#pragma once

#include <string>
#include <string_view>

namespace folio::scholar {

inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Ruby's \w: ASCII letters, digits and '_'.
inline bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

inline std::string_view trimmed(std::string_view text) {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

inline std::string ascii_lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// An optional sign and digits, with spaces around (bibtex-ruby's numeric?).
inline bool is_integer_text(std::string_view text) {
  text = trimmed(text);
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// jekyll-scholar's /^(desc|reverse)/i for order and group_order.
inline bool is_descending_order(std::string_view order) {
  const std::string word = ascii_lowercase(order);
  return word.rfind("desc", 0) == 0 || word.rfind("reverse", 0) == 0;
}

}  // namespace folio::scholar
