#include "papers/field_url.h"

namespace folio {
namespace {

std::string_view trim(std::string_view text) {
  constexpr std::string_view space = " \t\r\n";
  const size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(space) - first + 1);
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

}  // namespace

std::string field_url(std::string_view latex) {
  std::string_view text = trim(latex);
  if (starts_with(text, "\\url{") && !text.empty() && text.back() == '}') {
    text = trim(text.substr(5, text.size() - 6));
  }
  std::string url;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '{' || c == '}') continue;
    if (c != '\\' || i + 1 == text.size()) {
      url += c;
      continue;
    }
    const std::string_view rest = text.substr(i + 1);
    if (starts_with(rest, "textasciitilde")) {
      url += '~';
      i += 14;
    } else if (std::string_view("_%&#${}~").find(rest[0]) != std::string_view::npos) {
      url += rest[0];
      ++i;
    } else {
      url += c;
    }
  }
  return std::string(trim(url));
}

}  // namespace folio
