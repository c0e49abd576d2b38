#include "scholar/hide_custom_bibtex.h"

#include "scholar/ascii_text.h"

namespace folio::scholar {
namespace {

// Ruby's /\bkeyword\b *= *\{/ somewhere in `line`.
bool sets_field(std::string_view line, std::string_view keyword) {
  if (keyword.empty()) return false;
  for (size_t at = line.find(keyword); at != std::string_view::npos; at = line.find(keyword, at + 1)) {
    const size_t end = at + keyword.size();
    const bool starts_word = at == 0 || !is_word_char(line[at - 1]) || !is_word_char(keyword.front());
    const bool ends_word = end == line.size() || !is_word_char(line[end]) || !is_word_char(keyword.back());
    if (!starts_word || !ends_word) continue;
    size_t i = end;
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size() || line[i] != '=') continue;
    ++i;
    while (i < line.size() && line[i] == ' ') ++i;
    if (i < line.size() && line[i] == '{') return true;
  }
  return false;
}

std::string without_markers(std::string_view line) {
  static constexpr std::string_view kMarkers[] = {"*", "\xE2\x80\xA0", "\xE2\x80\xA1", "\xC2\xA7",
                                                  "\xC2\xB6", "\xE2\x80\x96", "&", "^"};
  std::string out;
  for (size_t i = 0; i < line.size();) {
    size_t length = 0;
    for (std::string_view marker : kMarkers) {
      if (line.substr(i, marker.size()) == marker) length = marker.size();
    }
    if (length > 0) {
      i += length;
    } else {
      out += line[i++];
    }
  }
  return out;
}

}  // namespace

std::string hide_custom_bibtex(std::string_view bibtex, const std::vector<std::string>& keywords) {
  std::string out;
  size_t start = 0;
  while (start < bibtex.size()) {
    const size_t newline = bibtex.find('\n', start);
    if (newline == std::string_view::npos) {
      out += bibtex.substr(start);
      break;
    }
    const std::string_view line = bibtex.substr(start, newline - start);
    start = newline + 1;
    bool hidden = false;
    for (const std::string& keyword : keywords) hidden = hidden || sets_field(line, keyword);
    if (hidden) continue;
    out += sets_field(line, "author") ? without_markers(line) : std::string(line);
    out += '\n';
  }
  return out;
}

}  // namespace folio::scholar
