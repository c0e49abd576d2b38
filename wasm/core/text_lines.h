// Walking a text line by line, as the front matter splitter and the YAML
// nesting check both do: "\n" and "\r\n" both end a line.
#pragma once

#include <string_view>

namespace folio {

// The line starting at `pos`, without its line break; `next` is where the
// following line starts (text.size() after the last line).
inline std::string_view line_at(std::string_view text, size_t pos, size_t& next) {
  size_t end = text.find('\n', pos);
  next = end == std::string_view::npos ? text.size() : end + 1;
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(pos, end - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace folio
