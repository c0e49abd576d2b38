#include "parse/kramdown_blocks.h"

namespace folio {
namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

size_t leading_spaces(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

// `[^name]: text` at the start of a line (up to three spaces): the name and
// where the text starts, or an empty name.
std::string_view footnote_name(std::string_view line, size_t& text_start) {
  const size_t indent = leading_spaces(line);
  if (indent > 3 || line.substr(indent, 2) != "[^") return {};
  const size_t close = line.find("]:", indent + 2);
  if (close == std::string_view::npos || close == indent + 2) return {};
  const std::string_view name = line.substr(indent + 2, close - indent - 2);
  // kramdown's names: a word character, then word characters and '-'.
  for (char c : name) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!word && (c != '-' || &c == name.data())) return {};
  }
  text_start = close + 2;
  if (text_start < line.size() && (line[text_start] == ' ' || line[text_start] == '\t')) ++text_start;
  return name;
}

// `*[abbr]: title`: the abbreviation and its title, or an empty abbreviation.
std::string_view abbreviation(std::string_view line, std::string_view& title) {
  const size_t indent = leading_spaces(line);
  if (indent > 3 || line.substr(indent, 2) != "*[") return {};
  const size_t close = line.find("]:", indent + 2);
  if (close == std::string_view::npos || close == indent + 2) return {};
  title = line.substr(close + 2);
  while (!title.empty() && (title.front() == ' ' || title.front() == '\t')) title.remove_prefix(1);
  while (!title.empty() && (title.back() == ' ' || title.back() == '\t' || title.back() == '\r')) title.remove_suffix(1);
  return line.substr(indent + 2, close - indent - 2);
}

// A line of a footnote's body after its first: indented by four spaces or a
// tab (which is removed).
std::string_view unindented(std::string_view line) {
  if (!line.empty() && line[0] == '\t') return line.substr(1);
  return line.substr(std::min<size_t>(leading_spaces(line), 4));
}

struct Lines {
  std::string_view text;
  size_t pos = 0;
  bool last = false;  // whether the line next() returned ended the text (had no '\n')
  bool done() const { return pos >= text.size(); }
  // The next line without its '\n'; pos moves past the '\n'.
  std::string_view next() {
    const size_t end = text.find('\n', pos);
    last = end == std::string_view::npos;
    const size_t stop = last ? text.size() : end;
    const std::string_view line = text.substr(pos, stop - pos);
    pos = last ? text.size() : end + 1;
    return line;
  }
  std::string_view peek() const {
    Lines copy = *this;
    return copy.next();
  }
};

// Whether text[at] starts its line after at most three spaces.
bool starts_line(std::string_view text, size_t at) {
  size_t spaces = 0;
  while (at > 0 && text[at - 1] == ' ' && spaces < 4) --at, ++spaces;
  return spaces <= 3 && (at == 0 || text[at - 1] == '\n');
}

// Whether some line may be a definition: starts, after up to three spaces,
// with "[^" or "*[". One pass over the '[' bytes; most documents have none,
// and then they are parsed where they lie.
bool may_hold_definitions(std::string_view markdown) {
  for (size_t at = markdown.find('['); at != std::string_view::npos; at = markdown.find('[', at + 1)) {
    const bool footnote = at + 1 < markdown.size() && markdown[at + 1] == '^';
    const bool abbreviation = at > 0 && markdown[at - 1] == '*';
    if ((footnote && starts_line(markdown, at)) || (abbreviation && starts_line(markdown, at - 1))) return true;
  }
  return false;
}

}  // namespace

KramdownBlocks take_kramdown_blocks(std::string_view markdown) {
  KramdownBlocks blocks;
  blocks.input = markdown;
  if (!may_hold_definitions(markdown)) return blocks;
  std::string& edited = blocks.edited;
  edited.reserve(markdown.size());
  Lines lines{markdown};
  bool in_fence = false;
  while (!lines.done()) {
    const std::string_view line = lines.next();
    const bool last = lines.last;
    const std::string_view trimmed = line.substr(std::min(leading_spaces(line), line.size()));
    if (trimmed.substr(0, 3) == "```" || trimmed.substr(0, 3) == "~~~") in_fence = !in_fence;
    size_t text_start = 0;
    std::string_view title;
    const std::string_view name = in_fence ? std::string_view() : footnote_name(line, text_start);
    const std::string_view abbr = in_fence || !name.empty() ? std::string_view() : abbreviation(line, title);
    if (!abbr.empty()) {
      blocks.abbreviations[std::string(abbr)] = std::string(title);
      edited += '\n';
      continue;
    }
    if (name.empty()) {
      edited += line;
      if (!last) edited += '\n';
      continue;
    }
    std::string body(line.substr(text_start));
    body += '\n';
    edited += '\n';
    // The body: lazy lines up to a blank line, then indented ones.
    while (!lines.done()) {
      const std::string_view following = lines.peek();
      if (is_blank(following)) {
        Lines after = lines;
        after.next();
        while (!after.done() && is_blank(after.peek())) after.next();
        if (after.done() || (after.peek().substr(0, 4) != "    " && after.peek()[0] != '\t')) break;
        body += '\n';
        edited += '\n';
        lines.next();
        continue;
      }
      size_t ignored = 0;
      if (!footnote_name(following, ignored).empty()) break;
      body += unindented(following);
      body += '\n';
      edited += '\n';
      lines.next();
    }
    blocks.footnotes.emplace(std::string(name), std::move(body));
  }
  blocks.was_edited = true;
  return blocks;
}

}  // namespace folio
