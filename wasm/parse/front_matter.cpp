#include "parse/front_matter.h"

#include "core/text_lines.h"

namespace folio {
namespace {

// Jekyll accepts trailing spaces after the fence.
bool is_fence(std::string_view line, std::string_view fence) {
  if (line.substr(0, 3) != fence) return false;
  for (char c : line.substr(3)) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

}  // namespace

FrontMatterSplit split_front_matter(std::string_view text, const std::string& file,
                                    Diagnostics& diagnostics) {
  FrontMatterSplit split;
  split.body = text;
  size_t next = 0;
  if (!is_fence(line_at(text, 0, next), "---")) return split;

  const size_t yaml_start = next;
  int line_number = 2;
  for (size_t pos = yaml_start; pos < text.size(); ++line_number) {
    const size_t line_start = pos;
    const std::string_view line = line_at(text, pos, pos);
    if (is_fence(line, "---") || is_fence(line, "...")) {
      split.has_front_matter = true;
      split.yaml = text.substr(yaml_start, line_start - yaml_start);
      split.yaml_first_line = 2;
      split.body = text.substr(pos);
      split.body_first_line = line_number + 1;
      return split;
    }
  }
  diagnostics.error(file, 1, 1,
                    "front matter starts with --- on line 1 but is never closed; add a line "
                    "with --- after the YAML (the rest of the file is shown as the body)");
  split.body = text.substr(yaml_start);
  split.body_first_line = 2;
  return split;
}

}  // namespace folio
