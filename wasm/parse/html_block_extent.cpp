#include "parse/html_block_extent.h"

#include <algorithm>
#include <vector>

namespace folio {
namespace {

// Ruby's \s.
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// REXML's NCName, as far as ASCII goes (any other letter is let in whole).
bool starts_ncname(char c) { return is_ascii_letter(c) || c == '_' || is_non_ascii(c); }
bool continues_ncname(char c) { return starts_ncname(c) || is_digit(c) || c == '-' || c == '.'; }
// Ruby's \p{Word}, likewise.
bool is_word(char c) { return is_ascii_letter(c) || is_digit(c) || c == '_' || is_non_ascii(c); }

size_t ncname_length(std::string_view text, size_t pos) {
  if (pos >= text.size() || !starts_ncname(text[pos])) return 0;
  size_t end = pos + 1;
  while (end < text.size() && continues_ncname(text[end])) ++end;
  return end - pos;
}

// REXML's UNAME_STR: an NCName, perhaps with a prefix ("svg:rect").
size_t name_length(std::string_view text, size_t pos) {
  const size_t first = ncname_length(text, pos);
  if (first == 0) return 0;
  if (pos + first < text.size() && text[pos + first] == ':') {
    const size_t second = ncname_length(text, pos + first + 1);
    if (second > 0) return first + 1 + second;
  }
  return first;
}

size_t skip_spaces(std::string_view text, size_t pos) {
  while (pos < text.size() && is_space(text[pos])) ++pos;
  return pos;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// The lists' names are short: a longer name is none of them.
template <size_t N>
bool is_one_of(std::string_view name, const std::string_view (&names)[N]) {
  if (name.size() > 7) return false;
  for (std::string_view candidate : names) {
    if (equal_ignoring_case(name, candidate)) return true;
  }
  return false;
}

// kramdown's HTML_SPAN_ELEMENTS: at the start of a line these are text.
constexpr std::string_view kSpanElements[] = {
    "a",   "abbr", "acronym", "b",    "big",  "bdo",    "br",    "button", "cite",   "code", "del", "dfn", "em",
    "i",   "img",  "input",   "ins",  "kbd",  "label",  "mark",  "option", "q",      "rb",   "rbc", "rp",  "rt",
    "rtc", "ruby", "samp",    "select", "small", "span", "strong", "sub",  "sup",    "tt",   "u",   "var"};

// kramdown's HTML_ELEMENTS_WITHOUT_BODY.
constexpr std::string_view kVoidElements[] = {"area", "base", "br",    "col",   "command", "embed",  "hr",    "img",
                                              "input", "keygen", "link", "meta", "param",  "source", "track", "wbr"};

bool holds_text_only(std::string_view name) { return equal_ignoring_case(name, "script") || equal_ignoring_case(name, "style"); }

struct Tag {
  size_t length = 0;  // 0: no tag here
  std::string_view name;
  bool self_closed = false;  // "/>"
};

// An attribute value after '=': a \p{Word} run or a quoted string.
size_t attribute_value_length(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const char quote = text[pos];
  if (quote == '"' || quote == '\'') {
    const size_t close = text.find(quote, pos + 1);
    return close == std::string_view::npos ? 0 : close + 1 - pos;
  }
  size_t end = pos;
  while (end < text.size() && is_word(text[end])) ++end;
  return end - pos;
}

// HTML_TAG_RE: `<name`, attributes each after white space (`name`,
// `name=word`, `name="..."`, `name='...'`), white space, `>` or `/>`.
Tag start_tag_at(std::string_view text, size_t pos) {
  Tag tag;
  const size_t name = name_length(text, pos + 1);
  if (text[pos] != '<' || name == 0) return tag;
  tag.name = text.substr(pos + 1, name);
  size_t at = pos + 1 + name;
  while (true) {
    const size_t attribute = skip_spaces(text, at);
    const size_t attribute_name = attribute > at ? name_length(text, attribute) : 0;
    if (attribute_name == 0) break;
    at = attribute + attribute_name;
    const size_t equals = skip_spaces(text, at);
    if (equals < text.size() && text[equals] == '=') {
      const size_t value = skip_spaces(text, equals + 1);
      const size_t value_length = attribute_value_length(text, value);
      if (value_length > 0) at = value + value_length;
    }
  }
  at = skip_spaces(text, at);
  if (at < text.size() && text[at] == '/') {
    tag.self_closed = true;
    ++at;
  }
  if (at >= text.size() || text[at] != '>') return Tag{};
  tag.length = at + 1 - pos;
  return tag;
}

// HTML_TAG_CLOSE_RE: `</name` white space `>`.
Tag end_tag_at(std::string_view text, size_t pos) {
  Tag tag;
  if (text.compare(pos, 2, "</") != 0) return tag;
  const size_t name = name_length(text, pos + 2);
  if (name == 0) return tag;
  const size_t close = skip_spaces(text, pos + 2 + name);
  if (close >= text.size() || text[close] != '>') return tag;
  tag.name = text.substr(pos + 2, name);
  tag.length = close + 1 - pos;
  return tag;
}

// Where `</name>` (any case, white space before '>') starts, from pos on.
size_t find_end_tag(std::string_view text, size_t pos, std::string_view name) {
  for (size_t at = text.find("</", pos); at != std::string_view::npos; at = text.find("</", at + 2)) {
    const Tag tag = end_tag_at(text, at);
    if (tag.length > 0 && equal_ignoring_case(tag.name, name)) return at;
  }
  return std::string_view::npos;
}

// Reads the raw content of the open elements; remembers, for the
// constructs that end with a fixed string, when that string is not there
// at all (so that many unclosed comments do not each search to the end).
class RawContent {
 public:
  // The element's source starts at text[start].
  RawContent(std::string_view text, size_t start, HtmlBlockExtent& block)
      : text_(text), block_(block), copied_(start) {}

  // The element whose start tag was just read, ending at pos.
  size_t open(const Tag& tag, size_t pos) {
    if (holds_text_only(tag.name)) {
      const size_t end = find_end_tag(text_, pos, tag.name);
      if (end != std::string_view::npos) return end + end_tag_at(text_, end).length;
      open_.push_back(tag.name);  // closed at the end of the text
      return text_.size();
    }
    if (!tag.self_closed && !is_one_of(tag.name, kVoidElements)) open_.push_back(tag.name);
    return pos;
  }

  bool done() const { return open_.empty(); }

  // The construct at text[pos] == '<'; returns where it ends.
  size_t read_markup(size_t pos) {
    if (text_.compare(pos, 4, "<!--") == 0) {
      if (const size_t end = find_once(pos + 4, "-->", no_comment_end_); end != std::string_view::npos) return end + 3;
    } else if (text_.compare(pos, 2, "<?") == 0) {
      if (const size_t end = find_once(pos + 2, "?>", no_instruction_end_); end != std::string_view::npos) return end + 2;
    } else if (const Tag start = start_tag_at(text_, pos); start.length > 0) {
      return open(start, pos + start.length);
    } else if (const Tag end = end_tag_at(text_, pos); end.length > 0) {
      if (equal_ignoring_case(end.name, open_.back())) {
        open_.pop_back();
        return pos + end.length;
      }
      // kramdown keeps an end tag that closes nothing as text.
    }
    escape_bracket(pos);
    return pos + 1;
  }

  // The source up to end, then the end tags kramdown adds.
  void finish(size_t end) {
    block_.html.append(text_.data() + copied_, end - copied_);
    for (auto name = open_.rbegin(); name != open_.rend(); ++name) {
      block_.html += "</";
      block_.html += *name;
      block_.html += '>';
    }
    block_.end = end;
  }

 private:
  size_t find_once(size_t pos, std::string_view what, bool& absent) {
    if (absent) return std::string_view::npos;
    const size_t at = text_.find(what, pos);
    absent = at == std::string_view::npos;
    return at;
  }

  // A '<' that starts nothing: kramdown's text, written "&lt;".
  void escape_bracket(size_t pos) {
    block_.html.append(text_.data() + copied_, pos - copied_);
    block_.html += "&lt;";
    copied_ = pos + 1;
  }

  std::string_view text_;
  HtmlBlockExtent& block_;
  std::vector<std::string_view> open_;
  size_t copied_ = 0;
  bool no_comment_end_ = false;
  bool no_instruction_end_ = false;
};

}  // namespace

std::optional<HtmlBlockExtent> kramdown_html_block(std::string_view text, size_t start) {
  const Tag first = start_tag_at(text, start);
  if (first.length == 0 || is_one_of(first.name, kSpanElements)) return std::nullopt;
  HtmlBlockExtent block;
  RawContent content(text, start, block);
  size_t pos = content.open(first, start + first.length);
  while (!content.done() && pos < text.size()) {
    const size_t bracket = text.find('<', pos);
    if (bracket == std::string_view::npos) {
      pos = text.size();
      break;
    }
    pos = content.read_markup(bracket);
  }
  content.finish(std::min(pos, text.size()));
  return block;
}

}  // namespace folio
