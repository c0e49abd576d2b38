#include "parse/html_blocks.h"

#include <algorithm>

#include "parse/html_block_extent.h"

namespace folio {
namespace {

// A processing instruction, which md4c keeps as one HTML block up to its
// "?>" whatever lines it spans; \x02 keeps it apart from the author's own.
constexpr char kPlaceholderMark = '\x02';
constexpr std::string_view kPlaceholderStart = "<?\x02";
constexpr std::string_view kPlaceholderEnd = "?>";

size_t line_end(std::string_view text, size_t pos) {
  const size_t end = text.find('\n', pos);
  return end == std::string_view::npos ? text.size() : end;
}

size_t next_line(std::string_view text, size_t pos) { return std::min(line_end(text, pos) + 1, text.size()); }

size_t leading_spaces(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

struct Fence {
  char mark = 0;  // 0: none
  size_t length = 0;
};

// A fence opening line (``` or ~~~, at any indentation: fences in list
// items are indented too).
Fence fence_opened_by(std::string_view line) {
  const size_t indent = leading_spaces(line);
  if (indent >= line.size() || (line[indent] != '`' && line[indent] != '~')) return {};
  const char mark = line[indent];
  size_t length = 0;
  while (indent + length < line.size() && line[indent + length] == mark) ++length;
  if (length < 3) return {};
  if (mark == '`' && line.find('`', indent + length) != std::string_view::npos) return {};  // an inline code span
  return {mark, length};
}

bool closes_fence(const Fence& fence, std::string_view line) {
  const size_t indent = leading_spaces(line);
  size_t length = 0;
  while (indent + length < line.size() && line[indent + length] == fence.mark) ++length;
  return length >= fence.length && line.find_first_not_of(" \t\r", indent + length) == std::string_view::npos;
}

// The list item the lines are in, if any, as far as a tag line needs it: a
// tag indented to the item's content belongs to the item (md4c's rule then
// holds), one indented less starts a block of its own. A non-blank line
// indented less than the content that is no list item ends the list (a lazy
// continuation line ends it too: a simplification).
struct OpenList {
  size_t content_indent = std::string_view::npos;  // npos: no list

  void read(std::string_view line, size_t indent) {
    if (indent >= line.size() || line.find_first_not_of(" \t\r", indent) == std::string_view::npos) return;  // blank
    if (const size_t content = list_item_content(line, indent); content != 0) {
      content_indent = content;
    } else if (indent < content_indent) {
      content_indent = std::string_view::npos;
    }
  }

  // Where an item's content starts ("- x": 2, "10. x": 4), or 0 for no item.
  static size_t list_item_content(std::string_view line, size_t indent) {
    if (indent >= 4) return 0;
    size_t at = indent;
    if (line[at] == '-' || line[at] == '*' || line[at] == '+') {
      ++at;
    } else {
      while (at < line.size() && at - indent < 9 && line[at] >= '0' && line[at] <= '9') ++at;
      if (at == indent || at >= line.size() || (line[at] != '.' && line[at] != ')')) return 0;
      ++at;
    }
    if (at < line.size() && line[at] != ' ' && line[at] != '\t') return 0;
    size_t spaces = 0;
    while (at + spaces < line.size() && line[at + spaces] == ' ') ++spaces;
    return at + (spaces >= 1 && spaces <= 4 ? spaces : 1);
  }
};

// Where the line holding the first `what` after pos ends (md4c's end of a
// comment or processing instruction block).
size_t after_line_holding(std::string_view text, size_t pos, std::string_view what) {
  const size_t at = text.find(what, pos);
  return at == std::string_view::npos ? text.size() : next_line(text, at);
}

// Puts the placeholder for the block at text[start, block.end) into edited;
// returns where reading goes on: the next line, or the text that follows the
// end tag on its line (kramdown reads it as the start of a new block).
size_t replace_with_placeholder(HtmlBlocks& blocks, size_t& copied, size_t start, HtmlBlockExtent& block) {
  const std::string_view text = blocks.input;
  std::string& edited = blocks.edited;
  if (blocks.html.empty()) edited.reserve(text.size() + 64);
  edited.append(text.data() + copied, start - copied);
  const size_t newlines = static_cast<size_t>(std::count(text.begin() + start, text.begin() + block.end, '\n'));
  size_t after = block.end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  if (after < text.size() && text[after] == '\r' && after + 1 < text.size() && text[after + 1] == '\n') ++after;
  const bool text_follows = after < text.size() && text[after] != '\n';
  edited += kPlaceholderStart;
  edited += std::to_string(blocks.html.size());
  blocks.html.push_back(std::move(block.html));
  blocks.written.push_back(false);
  copied = after;
  if (!text_follows) {
    // The same lines: the start, the block's line breaks, "?>" on its last.
    edited.append(newlines, '\n');
    edited += kPlaceholderEnd;
    return std::min(after + 1, text.size());
  }
  // The text after the end tag keeps the end tag's line (so, a one-line
  // block followed by text adds a line).
  edited.append(newlines > 0 ? newlines - 1 : 0, '\n');
  edited += kPlaceholderEnd;
  edited += '\n';
  return after;
}

}  // namespace

HtmlBlocks take_html_blocks(std::string_view markdown) {
  HtmlBlocks blocks;
  blocks.input = markdown;
  // No line starts with '<': the common case costs one search.
  if ((markdown.empty() || markdown[0] != '<') && markdown.find("\n<") == std::string_view::npos) return blocks;
  size_t pos = 0, copied = 0;
  Fence fence;
  OpenList list;
  while (pos < markdown.size()) {
    const size_t end = line_end(markdown, pos);
    const size_t next = std::min(end + 1, markdown.size());
    const std::string_view line = markdown.substr(pos, end - pos);
    const size_t indent = leading_spaces(line);
    const char first = indent < line.size() ? line[indent] : '\n';
    if (fence.mark == 0) list.read(line, indent);
    if (fence.mark != 0) {
      if (first == fence.mark && closes_fence(fence, line)) fence = {};
      pos = next;
    } else if (first != '<' && first != '`' && first != '~') {
      pos = next;  // most lines: nothing to look at
    } else if ((fence = fence_opened_by(line)).mark != 0) {
      pos = next;
    } else if (indent < 4 && line.compare(indent, 4, "<!--") == 0) {
      pos = after_line_holding(markdown, pos + indent + 4, "-->");
    } else if (indent >= 4 || indent >= list.content_indent) {
      pos = next;  // indented code, or a tag inside a list item: md4c's rule (see README)
    } else if (line.compare(indent, 2, "<?") == 0) {
      pos = after_line_holding(markdown, pos + indent + 2, kPlaceholderEnd);
    } else if (std::optional<HtmlBlockExtent> block = kramdown_html_block(markdown, pos + indent)) {
      // kramdown allows up to three spaces before the start tag, and drops them.
      pos = replace_with_placeholder(blocks, copied, pos, *block);
    } else {
      pos = next;
    }
  }
  if (blocks.html.empty()) return blocks;
  blocks.edited.append(markdown.data() + copied, markdown.size() - copied);
  blocks.was_edited = true;
  return blocks;
}

bool has_html_block_placeholder(std::string_view html) { return html.find(kPlaceholderMark) != std::string_view::npos; }

void append_restoring_html_blocks(HtmlOut& out, std::string_view html, HtmlBlocks& blocks) {
  if (blocks.html.empty() || !has_html_block_placeholder(html)) {
    out += html;
    return;
  }
  size_t copied = 0;
  for (size_t at = html.find(kPlaceholderStart); at != std::string_view::npos; at = html.find(kPlaceholderStart, at + 1)) {
    size_t digits = at + kPlaceholderStart.size(), index = 0;
    while (digits < html.size() && html[digits] >= '0' && html[digits] <= '9') index = index * 10 + (html[digits++] - '0');
    const size_t close = html.find(kPlaceholderEnd, digits);
    if (digits == at + kPlaceholderStart.size() || index >= blocks.html.size() || close == std::string_view::npos ||
        blocks.written[index]) {
      continue;
    }
    out.append(html.data() + copied, at - copied);
    out += blocks.html[index];
    blocks.written[index] = true;
    copied = close + kPlaceholderEnd.size();
    at = copied - 1;
  }
  out.append(html.data() + copied, html.size() - copied);
}

}  // namespace folio
