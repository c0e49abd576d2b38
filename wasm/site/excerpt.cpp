#include "site/excerpt.h"

#include <array>
#include <cctype>
#include <vector>

namespace folio::site {
namespace {

// Liquid's and Jekyll's block tags, whose end tag an excerpt may cut off.
constexpr std::array<std::string_view, 10> kBlockTags = {"if",      "unless", "for", "case",      "capture",
                                                         "comment", "raw",    "tablerow", "highlight", "ifchanged"};

bool is_block_tag(std::string_view name) {
  for (std::string_view tag : kBlockTags) {
    if (tag == name) return true;
  }
  return false;
}

// The names of the tags in `text`, in order ("{% if x %}" gives "if").
std::vector<std::string> tag_names(std::string_view text) {
  std::vector<std::string> names;
  for (size_t open = text.find("{%"); open != std::string_view::npos; open = text.find("{%", open + 2)) {
    size_t pos = open + 2;
    if (pos < text.size() && text[pos] == '-') ++pos;
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    size_t end = pos;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_')) ++end;
    if (end > pos && text.find("%}", end) != std::string_view::npos) names.emplace_back(text.substr(pos, end - pos));
  }
  return names;
}

bool has_end_tag(std::string_view text, const std::string& name) {
  for (const std::string& tag : tag_names(text)) {
    if (tag == "end" + name) return true;
  }
  return false;
}

// Lines "[label]: url" (up to three spaces before) in `tail` whose label the head uses.
std::vector<std::string> link_definitions_used(std::string_view head, std::string_view tail) {
  std::vector<std::string> definitions;
  size_t start = 0;
  while (start < tail.size()) {
    size_t end = tail.find('\n', start);
    if (end == std::string_view::npos) end = tail.size();
    std::string_view line = tail.substr(start, end - start);
    start = end + 1;
    size_t indent = 0;
    while (indent < line.size() && indent < 4 && line[indent] == ' ') ++indent;
    if (indent > 3 || indent >= line.size() || line[indent] != '[') continue;
    const size_t close = line.find(']', indent);
    if (close == std::string_view::npos || close == indent + 1 || close + 2 > line.size() || line[close + 1] != ':' ||
        close + 2 == line.size()) {
      continue;
    }
    const std::string_view label = line.substr(indent, close - indent + 1);
    if (label.find('[', 1) != std::string_view::npos) continue;
    if (head.find(label) != std::string_view::npos) definitions.emplace_back(line.substr(indent));
  }
  return definitions;
}

}  // namespace

std::string extract_excerpt(std::string_view content, std::string_view separator) {
  const size_t at = separator.empty() ? std::string_view::npos : content.find(separator);
  if (at == std::string_view::npos) return std::string(content);
  std::string head(content.substr(0, at));
  const std::string_view tail = content.substr(at + separator.size());
  if (tail.empty()) return head;
  if (head.find("{%") != std::string::npos) {
    const std::vector<std::string> names = tag_names(head);
    for (auto name = names.rbegin(); name != names.rend(); ++name) {
      if (is_block_tag(*name) && !has_end_tag(head, *name)) head += "\n{% end" + *name + " %}";
    }
  }
  const std::vector<std::string> definitions = link_definitions_used(head, tail);
  if (definitions.empty()) return head;
  head += "\n\n";
  for (size_t i = 0; i < definitions.size(); ++i) head += (i ? "\n" : "") + definitions[i];
  return head;
}

}  // namespace folio::site
