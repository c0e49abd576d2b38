#include "parse/liquid_check.h"

#include <optional>

#include "core/text_lines.h"

namespace folio {
namespace {

struct LiquidUse {
  int line = 0;
  int column = 0;  // 1-based, in bytes
  std::string_view text;
};

// A fence line opens or closes a fenced code block: up to three spaces, then
// three or more ` or ~ (CommonMark 4.5). The fence's marks, or "" for none
// (a plain view, not an optional one: GCC's -O2 warns about the latter here).
std::string_view fence_of(std::string_view line) {
  size_t indent = 0;
  while (indent < line.size() && indent < 4 && line[indent] == ' ') ++indent;
  if (indent > 3 || indent >= line.size() || (line[indent] != '`' && line[indent] != '~')) return {};
  size_t end = indent;
  while (end < line.size() && line[end] == line[indent]) ++end;
  if (end - indent < 3) return {};
  return line.substr(indent, end - indent);
}

bool closes_fence(std::string_view line, std::string_view opening) {
  const std::string_view fence = fence_of(line);
  return !fence.empty() && fence.front() == opening.front() && fence.size() >= opening.size();
}

// The first Liquid tag ({% %}) or output ({{ }}) in a line, outside code spans.
std::optional<size_t> liquid_in_line(std::string_view line, size_t& end) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '`') {
      // A code span: a run of backticks up to the next run of the same length.
      size_t run_end = i;
      while (run_end < line.size() && line[run_end] == '`') ++run_end;
      const std::string_view run = line.substr(i, run_end - i);
      const size_t close = line.find(run, run_end);
      if (close == std::string_view::npos) {
        i = run_end - 1;
        continue;
      }
      i = close + run.size() - 1;
      continue;
    }
    if (line[i] != '{' || i + 1 >= line.size() || (line[i + 1] != '%' && line[i + 1] != '{')) continue;
    const std::string_view closing = line[i + 1] == '%' ? "%}" : "}}";
    const size_t close = line.find(closing, i + 2);
    if (close == std::string_view::npos) continue;
    end = close + closing.size();
    return i;
  }
  return std::nullopt;
}

// Every Liquid use outside code; calls `found` with each.
template <typename Found>
void scan_liquid(std::string_view body, int first_line, Found found) {
  std::string_view open_fence;  // "" outside fenced code
  int line_number = first_line;
  for (size_t pos = 0, next = 0; pos < body.size(); pos = next, ++line_number) {
    std::string_view line = line_at(body, pos, next);
    if (!open_fence.empty()) {
      if (closes_fence(line, open_fence)) open_fence = {};
      continue;
    }
    if (!(open_fence = fence_of(line)).empty()) continue;
    if (line.size() >= 4 && line.substr(0, 4) == "    ") continue;  // indented code (or a nested list's text)
    size_t offset = 0, end = 0;
    while (const std::optional<size_t> start = liquid_in_line(line.substr(offset), end)) {
      found(LiquidUse{line_number, static_cast<int>(offset + *start + 1), line.substr(offset + *start, end - *start)});
      offset += end;
    }
  }
}

std::string shortened(std::string_view text) {
  constexpr size_t limit = 60;
  if (text.size() <= limit) return std::string(text);
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
  return std::string(text.substr(0, cut)) + "…";
}

}  // namespace

void warn_about_liquid(std::string_view body, const std::string& file, int first_line, Diagnostics& diagnostics) {
  std::optional<LiquidUse> first;
  int count = 0;
  scan_liquid(body, first_line, [&](const LiquidUse& use) {
    if (!first) first = use;
    ++count;
  });
  if (!first) return;
  std::string message = "Liquid is not processed, so " + shortened(first->text) + " shows on the page as written";
  if (count > 1) message += " (and " + std::to_string(count - 1) + " more Liquid in this file)";
  message += "; folio renders Markdown and HTML: write what the Liquid produces instead (a path for "
             "relative_url, the <img> or <a> an include makes)";
  diagnostics.warning(file, first->line, first->column, std::move(message));
}

}  // namespace folio
