#include "parse/markdown_renderer.h"

#include <md4c.h>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "core/character_references.h"
#include "parse/html_blocks.h"
#include "parse/html_out.h"
#include "parse/rouge_languages.h"
#include "parse/typography.h"

namespace folio {
namespace {

// The dialect al-folio sites are written in (kramdown with input: GFM):
// tables, strikethrough and task lists, and $ math spans (kramdown takes only
// $$ as math; a single $ is written back as it was). kramdown's GFM parser
// makes no link of a bare URL, so neither does folio.
constexpr unsigned kDialect = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_LATEXMATHSPANS;

// md4c reports each NUL byte of the input on its own; it stands for U+FFFD.
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr char kHexDigits[] = "0123456789ABCDEF";

// Appends text, putting replacement(byte) in place of each byte that
// `replaced` marks; the runs in between go in with one append each. A table,
// since this test runs on every byte of code and URLs.
using ByteSet = std::array<bool, 256>;
template <typename Replacement>
void append_replacing(HtmlOut& out, std::string_view text, const ByteSet& replaced, Replacement replacement) {
  const char* data = text.data();
  size_t run = 0;  // first byte not appended yet
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(data[i]);
    if (!replaced[c]) continue;
    out.append(data + run, i - run);
    const std::string_view replaced_by = replacement(c);
    out.append(replaced_by.data(), replaced_by.size());
    run = i + 1;
  }
  out.append(data + run, text.size() - run);
}

constexpr ByteSet byte_set(std::string_view bytes, bool with_nul = false) {
  ByteSet set{};
  for (const char c : bytes) set[static_cast<unsigned char>(c)] = true;
  set[0] = with_nul;
  return set;
}
constexpr ByteSet kHtmlEscaped = byte_set("&<>\"", true);

// Text and (double-quoted) attribute values other than URLs. Escapes what
// md4c-html escapes, & < > " and not ' (which core/html_escape.h also
// escapes), so that the markup stays byte for byte what md4c-html wrote. For
// the same reason a NUL is dropped: md4c reports most NULs on their own, but
// passes those in code spans on as text, where md4c-html writes nothing for
// them. (Site files never hold NUL: the session replaces it with U+FFFD.)
void append_html_escaped(HtmlOut& out, std::string_view text) {
  append_replacing(out, text, kHtmlEscaped, [](unsigned char c) -> std::string_view {
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      default: return "";  // NUL
    }
  });
}

// The bytes that md4c-html encodes in href and src: all but ASCII letters,
// digits and some URL punctuation. Notably '%' is kept, so that a URL the
// author already percent-encoded is not encoded twice.
constexpr ByteSet url_unsafe_bytes() {
  ByteSet unsafe{};
  for (bool& byte : unsafe) byte = true;
  for (char c = '0'; c <= '9'; ++c) unsafe[static_cast<unsigned char>(c)] = false;
  for (char c = 'a'; c <= 'z'; ++c) unsafe[static_cast<unsigned char>(c)] = false;
  for (char c = 'A'; c <= 'Z'; ++c) unsafe[static_cast<unsigned char>(c)] = false;
  for (char c : std::string_view("-_.+!*(),%#@?=;:/$")) unsafe[static_cast<unsigned char>(c)] = false;
  return unsafe;
}
constexpr ByteSet kUrlUnsafe = url_unsafe_bytes();

// A link or image URL: '&' becomes &amp; and every other unsafe byte
// (space, quote, '<', non-ASCII) is percent-encoded.
void append_url_escaped(HtmlOut& out, std::string_view url) {
  char percent_encoded[3] = {'%', 0, 0};
  append_replacing(out, url, kUrlUnsafe, [&percent_encoded](unsigned char c) -> std::string_view {
    if (c == '&') return "&amp;";
    percent_encoded[1] = kHexDigits[c >> 4];
    percent_encoded[2] = kHexDigits[c & 0xF];
    return std::string_view(percent_encoded, sizeof percent_encoded);
  });
}

using AppendText = void (*)(HtmlOut&, std::string_view);

// An attribute value arrives from md4c in pieces: text (escaped by
// append_text), character references and NULs. References are kept as
// written: they are already valid in an attribute value (&, then letters or
// digits, then ;) and the browser decodes them where it reads the value.
void append_attribute(HtmlOut& out, const MD_ATTRIBUTE& attribute, AppendText append_text) {
  for (size_t i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    const MD_OFFSET start = attribute.substr_offsets[i];
    const std::string_view piece(attribute.text + start, attribute.substr_offsets[i + 1] - start);
    switch (attribute.substr_types[i]) {
      case MD_TEXT_NULLCHAR: out += kReplacementCharacter; break;
      case MD_TEXT_ENTITY: out += piece; break;
      default: append_text(out, piece); break;
    }
  }
}

constexpr size_t kNone = std::string::npos;

// The text of a run. md4c hands it over in pieces (split at soft breaks,
// entities, escapes); most runs are one stretch of the source, so the run is
// kept as a view of the source and copied only when a piece does not follow
// on from the one before, byte for byte.
class RunText {
 public:
  explicit RunText(std::string_view source) : source_(source) {}
  bool empty() const { return size() == 0; }
  size_t size() const { return owned_mode_ ? owned_.size() : view_size_; }
  char back() const { return owned_mode_ ? owned_.back() : view_[view_size_ - 1]; }
  std::string_view text() const { return owned_mode_ ? std::string_view(owned_) : std::string_view(view_, view_size_); }
  void clear() {
    owned_.clear();
    owned_mode_ = false;
    view_ = nullptr;
    view_size_ = 0;
  }
  void operator+=(std::string_view piece) {
    if (piece.empty()) return;
    if (!owned_mode_ && view_size_ == 0 && in_source(piece)) {
      view_ = piece.data();
      view_size_ = piece.size();
    } else if (!owned_mode_ && view_size_ > 0 && piece.data() == view_ + view_size_ && in_source(piece)) {
      view_size_ += piece.size();
    } else {
      own();
      owned_ += piece;
    }
  }
  // A character the source has right after the view (a soft break's '\n')
  // extends it; any other is copied.
  void operator+=(char c) {
    const char* next = view_ + view_size_;
    if (!owned_mode_ && view_size_ > 0 && next < source_.data() + source_.size() && *next == c) {
      ++view_size_;
      return;
    }
    own();
    owned_ += c;
  }

 private:
  bool in_source(std::string_view piece) const {
    return piece.data() >= source_.data() && piece.data() + piece.size() <= source_.data() + source_.size();
  }
  void own() {
    if (owned_mode_) return;
    owned_.assign(view_ == nullptr ? "" : view_, view_size_);
    owned_mode_ = true;
  }
  std::string_view source_;
  const char* view_ = nullptr;
  size_t view_size_ = 0;
  std::string owned_;
  bool owned_mode_ = false;
};

// What the callbacks share.
struct Renderer {
  Renderer(HtmlOut& out, const MarkdownSettings& options, DocumentDefinitions& defined, HeadingIds& heading_ids,
           HtmlBlocks& blocks)
      : html(out), settings(options), definitions(defined), ids(heading_ids), html_blocks(blocks),
        source(blocks.markdown()), run(source) {}

  HtmlOut& html;
  const MarkdownSettings& settings;
  DocumentDefinitions& definitions;
  HeadingIds& ids;
  HtmlBlocks& html_blocks;  // kramdown's HTML blocks, which md4c sees as placeholders
  std::string_view source;        // what md4c parses
  // Inside an image's description, which becomes its alt attribute, only
  // text is written: no tags, and breaks become spaces.
  bool in_image_description = false;
  // Text and soft breaks not written yet: kramdown converts quotes and
  // dashes over a stretch of text between two other elements.
  RunText run;
  const char* run_source = nullptr;  // where the run's first piece is in the source
  const char* run_source_end = nullptr;  // and where its last piece ends
  bool in_html_block = false;
  std::string html_block;  // an HTML block's lines, written when it ends
  bool run_follows_span = false;     // the run starts right after a span closed
  // Where attributes go: just after the tag name of the open heading, of the
  // open paragraph, of the last block that closed, of the last span that closed.
  size_t heading_at = kNone;
  std::string heading_text;  // what kramdown makes the heading's id from
  size_t paragraph_at = kNone;
  const char* paragraph_source = nullptr;
  bool paragraph_only_display_math = false;
  int paragraph_pieces = 0;
  // Whether a text piece of the paragraph starts with ':' (a definition
  // line may), and whether a line of the run starts with '{' (an attribute
  // list may): known as the pieces come, so most text is not searched again.
  bool paragraph_may_define = false;
  bool run_may_hold_attribute_line = false;
  Attributes paragraph_attributes;
  size_t last_block_at = kNone;
  size_t last_span_at = kNone;
  size_t span_at = kNone;  // the open span's (one level is enough for IALs)
  Attributes next_block_attributes;  // an IAL that stands before its block
  std::vector<size_t> lists_at;      // the open lists', for class="task-list"
  std::vector<size_t> quotes_at;     // the open block quotes'
  // An IAL line that md4c takes as a lazy line of a quote's paragraph
  // (`> text` then `{: .note}`): kramdown gives it to the quote.
  bool attribute_line_is_lazy = false;
  // Where the math span's content starts in html, and in the source.
  size_t math_at = kNone;
  const char* math_source = nullptr;
  const char* math_source_end = nullptr;
  std::vector<bool> lists_have_tasks;
  bool code_block_wrapped = false;
  bool in_code_span = false;

  // Inserts text at pos, keeping every position recorded after it right.
  void insert(size_t pos, std::string_view text) {
    if (text.empty()) return;
    html.insert(pos, text);
    for (size_t* at : {&heading_at, &paragraph_at, &last_block_at, &last_span_at, &span_at}) {
      if (*at != kNone && *at > pos) *at += text.size();
    }
    for (std::vector<size_t>* positions : {&lists_at, &quotes_at}) {
      for (size_t& at : *positions) {
        if (at > pos) at += text.size();
      }
    }
  }
};

Renderer& renderer_of(void* userdata) { return *static_cast<Renderer*>(userdata); }

// Whether the line before the one holding `at` is blank (or there is none).
bool blank_line_before(std::string_view source, const char* at) {
  if (at == nullptr || at < source.data() || at > source.data() + source.size()) return true;
  size_t line_start = static_cast<size_t>(at - source.data());
  while (line_start > 0 && source[line_start - 1] != '\n') --line_start;
  if (line_start == 0) return true;
  size_t previous = line_start - 1;
  while (previous > 0 && source[previous - 1] != '\n') {
    const char c = source[previous - 1];
    if (c != ' ' && c != '\t' && c != '\r') return false;
    --previous;
  }
  const char c = source[previous];
  return c == '\n' || c == ' ' || c == '\t' || c == '\r';
}

bool is_in_source(const Renderer& r, const char* at) {
  return at != nullptr && at >= r.source.data() && at < r.source.data() + r.source.size();
}

// What follows the run in the source, for the quote rules' look-ahead.
std::string_view source_after_run(const Renderer& r) {
  if (!is_in_source(r, r.run_source_end)) return {};
  const size_t offset = static_cast<size_t>(r.run_source_end - r.source.data());
  return r.source.substr(offset, 3);
}

// Whether the source line holding `at` has a '>' before it: a quote's line.
bool line_has_quote_marker(std::string_view source, const char* at) {
  if (at < source.data() || at > source.data() + source.size()) return true;
  for (const char* p = at; p > source.data() && p[-1] != '\n';) {
    if (*--p == '>') return true;
  }
  return false;
}

// Abbreviations: each whole-word use in text becomes <abbr title="...">.
void append_text_with_abbreviations(Renderer& r, std::string_view text) {
  const auto& abbreviations = r.definitions.abbreviations;
  if (abbreviations.empty()) {
    append_typographic_html(r.html, text, source_after_run(r));
    return;
  }
  const auto is_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  };
  size_t written = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && is_word(text[i - 1])) continue;
    for (const auto& [abbreviation, title] : abbreviations) {
      if (text.compare(i, abbreviation.size(), abbreviation) != 0) continue;
      const size_t end = i + abbreviation.size();
      if (end < text.size() && is_word(text[end])) continue;
      append_typographic_html(r.html, text.substr(written, i - written));
      r.html += "<abbr title=\"";
      append_html_escaped(r.html, title);
      r.html += "\">";
      append_html_escaped(r.html, abbreviation);
      r.html += "</abbr>";
      written = end;
      i = end - 1;
      break;
    }
  }
  append_typographic_html(r.html, text.substr(written), source_after_run(r));
}

// A footnote reference [^name] whose note is defined: kramdown's <sup>.
void append_footnote_reference(Renderer& r, const std::string& name) {
  auto& used = r.definitions.footnotes_used;
  size_t number = 0;
  while (number < used.size() && used[number] != name) ++number;
  if (number == used.size()) used.push_back(name);
  const int uses = r.definitions.footnote_uses[name]++;
  r.html += "<sup id=\"fnref:";
  append_html_escaped(r.html, name);
  if (uses > 0) r.html += ":" + std::to_string(uses);
  r.html += "\" role=\"doc-noteref\"><a href=\"#fn:";
  append_html_escaped(r.html, name);
  r.html += "\" class=\"footnote\" rel=\"footnote\">";
  r.html += std::to_string(number + 1);
  r.html += "</a></sup>";
}

// Text with its footnote references and abbreviations.
void append_text(Renderer& r, std::string_view text) {
  if (r.definitions.footnotes.empty()) return append_text_with_abbreviations(r, text);
  size_t written = 0;
  for (size_t open = text.find("[^"); open != std::string_view::npos; open = text.find("[^", open + 1)) {
    const size_t close = text.find(']', open + 2);
    if (close == std::string_view::npos) break;
    const std::string name(text.substr(open + 2, close - open - 2));
    if (r.definitions.footnotes.count(name) == 0) continue;
    append_text_with_abbreviations(r, text.substr(written, open - written));
    append_footnote_reference(r, name);
    written = close + 1;
    open = close;
  }
  append_text_with_abbreviations(r, text.substr(written));
}

// A line of the run that is an attribute list on its own: a definition is
// kept for later lists; an IAL is for the paragraph (applied when it closes).
bool take_attribute_line(Renderer& r, std::string_view line) {
  if (r.paragraph_at == kNone) return false;
  std::optional<AttributeList> list = parse_attribute_list(line, r.definitions.attribute_definitions);
  if (!list) return false;
  if (!list->definition_name.empty()) {
    r.definitions.attribute_definitions[list->definition_name].merge(list->attributes);
  } else if (r.attribute_line_is_lazy && !r.quotes_at.empty()) {
    r.insert(r.quotes_at.front(), list->attributes.html());
  } else {
    r.paragraph_attributes.merge(list->attributes);
  }
  return true;
}

void flush_run(Renderer& r) {
  if (r.run.empty()) return;
  std::string_view run = r.run.text();
  // A span IAL: `*word*{: .note}`.
  // Its values are read from the source, where md4c has not yet removed
  // backslash escapes (kramdown keeps target="\_blank" as written).
  const bool run_in_source = r.run_source != nullptr && r.run_source >= r.source.data() &&
                             r.run_source < r.source.data() + r.source.size();
  if (r.run_follows_span && r.last_span_at != kNone && run_in_source) {
    const std::string_view raw(r.run_source, static_cast<size_t>(r.source.data() + r.source.size() - r.run_source));
    const size_t length = attribute_list_length(run), raw_length = attribute_list_length(raw);
    if (length > 0 && raw_length > 0) {
      if (auto list = parse_attribute_list(raw.substr(0, raw_length), r.definitions.attribute_definitions)) {
        r.insert(r.last_span_at, list->attributes.html());
        run.remove_prefix(length);
      }
    }
  }
  if (r.heading_at != kNone) append_typographic_text(r.heading_text, run);
  // Whole lines that are attribute lists, in a paragraph.
  std::string_view rest = run;
  std::string kept;
  bool took_any = false;
  const bool run_starts_paragraph = r.paragraph_pieces == 0;
  if (r.paragraph_at == kNone || !r.run_may_hold_attribute_line) rest = {};
  for (bool first = true; !rest.empty(); first = false) {
    const size_t newline = rest.find('\n');
    const std::string_view line = rest.substr(0, newline);
    if ((!first || run_starts_paragraph) && take_attribute_line(r, line)) {
      took_any = true;
      if (!kept.empty() && kept.back() == '\n' && newline == std::string_view::npos) kept.pop_back();
    } else {
      kept += line;
      if (newline != std::string_view::npos) kept += '\n';
    }
    if (newline == std::string_view::npos) break;
    rest.remove_prefix(newline + 1);
  }
  if (took_any) run = kept;
  if (!run.empty()) {
    ++r.paragraph_pieces;
    r.paragraph_only_display_math = false;
  }
  if (r.in_image_description) {
    std::string alt(run);
    for (char& c : alt) {
      if (c == '\n') c = ' ';
      if (c == kEscapedDoubleQuote || c == kEscapedSingleQuote) c = c == kEscapedDoubleQuote ? '"' : '\'';
    }
    append_html_escaped(r.html, alt);
  } else if (r.settings.smart_typography) {
    append_text(r, run);
  } else {
    std::string plain(run);
    for (char& c : plain) {
      if (c == kEscapedDoubleQuote || c == kEscapedSingleQuote) c = c == kEscapedDoubleQuote ? '"' : '\'';
    }
    append_html_escaped(r.html, plain);
  }
  r.run.clear();
  r.run_may_hold_attribute_line = false;
  r.run_follows_span = false;
  r.attribute_line_is_lazy = false;
}

// Every event but text ends the run.
void flush(Renderer& r) {
  flush_run(r);
  r.run_follows_span = false;
}

// kramdown numbers every ordered list from 1, whatever its first number.
void open_list(Renderer& r, std::string_view tag) {
  r.html += tag;
  r.lists_at.push_back(r.html.size());
  r.lists_have_tasks.push_back(false);
  r.html += ">\n";
}

void close_list(Renderer& r, std::string_view tag) {
  r.html += tag;
  r.lists_at.pop_back();
  r.lists_have_tasks.pop_back();
}

// kramdown's GFM task list: the list gets class="task-list" once an item is a task.
void open_list_item(Renderer& r, const MD_BLOCK_LI_DETAIL& item) {
  if (!item.is_task) {
    r.html += "<li>";
    return;
  }
  if (!r.lists_at.empty() && !r.lists_have_tasks.back()) {
    r.lists_have_tasks.back() = true;
    r.insert(r.lists_at.back(), " class=\"task-list\"");
  }
  r.html += "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\"";
  if (item.task_mark == 'x' || item.task_mark == 'X') r.html += " checked=\"checked\"";
  r.html += " />";
}

void open_heading(Renderer& r, unsigned level) {
  r.html += "<h";
  r.html += static_cast<char>('0' + level);
  r.heading_at = r.html.size();
  r.heading_text.clear();
  r.html += '>';
}

// kramdown's `## Title {#id}`: an id written at the end of the heading.
std::string take_written_id(Renderer& r) {
  if (r.html.back() != '}') return {};
  const size_t found = std::string_view(r.html).substr(r.heading_at).rfind("{#");
  if (found == std::string_view::npos || found == 0) return {};
  const size_t open = r.heading_at + found;
  const std::string id = r.html.substr(open + 2, r.html.size() - open - 3);
  if (id.empty() || !((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= 'A' && id[0] <= 'Z'))) return {};
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                    c == '-' || c == ':';
    if (!ok) return {};
  }
  size_t cut = open;
  while (cut > r.heading_at + 1 && (r.html[cut - 1] == ' ' || r.html[cut - 1] == '\t')) --cut;
  if (cut == open) return {};
  r.html.truncate(cut);
  return id;
}

void close_heading(Renderer& r, unsigned level) {
  std::string id = take_written_id(r);
  if (id.empty() && r.settings.auto_ids) id = r.ids.next(r.heading_text);
  Attributes attributes;
  if (!id.empty()) attributes.add("id", id);
  attributes.merge(r.next_block_attributes);
  r.next_block_attributes = {};
  r.insert(r.heading_at, attributes.html());
  r.last_block_at = r.heading_at;
  r.heading_at = kNone;
  r.html += "</h";
  r.html += static_cast<char>('0' + level);
  r.html += ">\n";
}

void open_paragraph(Renderer& r) {
  r.html += "<p";
  r.paragraph_at = r.html.size();
  r.html += '>';
  r.paragraph_pieces = 0;
  r.paragraph_only_display_math = false;
  r.paragraph_may_define = false;
  r.paragraph_attributes = {};
  r.paragraph_source = nullptr;
}

// kramdown's definition list: lines of terms, then lines that start with ": "
// (each a definition, continued by the lines after it). A list right before
// (with a blank line between) is continued.
bool write_definition_list(Renderer& r, size_t at) {
  if (!r.paragraph_may_define) return false;
  const std::string inner = r.html.substr(at + 1);
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= inner.size();) {
    const size_t end = std::min(inner.find('\n', start), inner.size());
    lines.push_back(std::string_view(inner).substr(start, end - start));
    start = end + 1;
  }
  const auto is_definition = [](std::string_view line) { return line.size() > 2 && line[0] == ':' && (line[1] == ' ' || line[1] == '\t'); };
  size_t first_definition = 0;
  while (first_definition < lines.size() && !is_definition(lines[first_definition])) ++first_definition;
  if (first_definition == 0 || first_definition == lines.size()) return false;
  std::string list;
  for (size_t i = 0; i < first_definition; ++i) {
    list += "<dt>";
    list += lines[i];
    list += "</dt>\n";
  }
  for (size_t i = first_definition; i < lines.size(); ++i) {
    if (is_definition(lines[i])) {
      if (i > first_definition) list += "</dd>\n";
      list += "<dd>";
      list += lines[i].substr(2);
    } else {
      list += '\n';
      list += lines[i];
    }
  }
  list += "</dd>\n";
  r.html.truncate(at - 2);
  constexpr std::string_view kListEnd = "</dl>\n";
  if (r.html.size() >= kListEnd.size() && r.html.view().compare(r.html.size() - kListEnd.size(), kListEnd.size(), kListEnd) == 0) {
    r.html.truncate(r.html.size() - kListEnd.size());
  } else {
    r.html += "<dl>\n";
  }
  r.html += list;
  r.html += kListEnd;
  return true;
}

// A paragraph that held only attribute lists is no paragraph: its IAL goes to
// the block before it when no blank line separates them, else to the next.
// kramdown writes a paragraph of one $$ math span as display math, \[...\].
void close_paragraph(Renderer& r) {
  const size_t at = r.paragraph_at;
  r.paragraph_at = kNone;
  const bool empty = r.html.size() == at + 1;
  if (empty && !r.paragraph_attributes.empty()) {
    r.html.truncate(at - 2);
    if (!blank_line_before(r.source, r.paragraph_source) && r.last_block_at != kNone) {
      r.insert(r.last_block_at, r.paragraph_attributes.html());
    } else {
      r.next_block_attributes.merge(r.paragraph_attributes);
    }
    return;
  }
  if (empty && r.paragraph_pieces == 0 && r.paragraph_source != nullptr) {
    r.html.truncate(at - 2);  // only definitions
    return;
  }
  if (r.paragraph_only_display_math && r.paragraph_attributes.empty()) {
    const std::string math = r.html.substr(at + 1 + 2, r.html.size() - at - 1 - 4);
    r.html.truncate(at - 2);
    r.html += "\\[";
    r.html += math;
    r.html += "\\]\n";
    return;
  }
  if (write_definition_list(r, at)) return;
  Attributes attributes = r.next_block_attributes;
  r.next_block_attributes = {};
  attributes.merge(r.paragraph_attributes);
  r.insert(at, attributes.html());
  r.last_block_at = at;
  r.html += "</p>\n";
}

// A code span: kramdown gives it Rouge's class for the default language.
void open_code_span(Renderer& r) {
  r.html += "<code";
  r.span_at = r.html.size();
  if (r.settings.highlight) {
    r.html += " class=\"language-";
    append_html_escaped(r.html, r.settings.default_lang);
    r.html += " highlighter-rouge\"";
  }
  r.html += '>';
  r.in_code_span = true;
}

// The language of a fenced block: its first word, up to a '?' (options).
std::string code_language(const MD_BLOCK_CODE_DETAIL& code) {
  std::string lang;
  if (code.lang.text != nullptr) lang.assign(code.lang.text, code.lang.size);
  const size_t options = lang.find('?');
  if (options != std::string::npos && options > 0) lang.resize(options);
  return lang;
}

// Rouge's markup when it has a lexer for the language (or for the default
// one when none is named), else a plain <pre><code class="language-x">.
void open_code_block(Renderer& r, const MD_BLOCK_CODE_DETAIL& code) {
  const std::string named = code_language(code);
  const std::string lang = named.empty() ? r.settings.default_lang : named;
  r.code_block_wrapped = r.settings.highlight && !lang.empty() && rouge_knows_language(lang);
  Attributes attributes = r.next_block_attributes;
  r.next_block_attributes = {};
  if (r.code_block_wrapped) {
    attributes.add("class", "language-" + lang + " highlighter-rouge");
    r.html += "<div";
    r.last_block_at = r.html.size();
    r.html += attributes.html();
    r.html += "><div class=\"";
    append_html_escaped(r.html, r.settings.highlight_css_class);
    r.html += "\"><pre class=\"";
    append_html_escaped(r.html, r.settings.highlight_css_class);
    r.html += "\"><code>";
    return;
  }
  r.html += "<pre";
  r.last_block_at = r.html.size();
  r.html += attributes.html();
  r.html += "><code";
  if (!named.empty()) {
    r.html += " class=\"language-";
    std::string escaped;
    append_keeping_references(escaped, named, EscapeContext::attribute_value);
    r.html += escaped;
    r.html += '"';
  }
  r.html += '>';
}

void close_code_block(Renderer& r) {
  r.html += r.code_block_wrapped ? "</code></pre></div></div>\n" : "</code></pre>\n";
}

// kramdown aligns a table cell with a style attribute.
void open_table_cell(HtmlOut& html, std::string_view tag_start, const MD_BLOCK_TD_DETAIL& cell) {
  html += tag_start;
  switch (cell.align) {
    case MD_ALIGN_LEFT: html += " style=\"text-align: left\">"; break;
    case MD_ALIGN_CENTER: html += " style=\"text-align: center\">"; break;
    case MD_ALIGN_RIGHT: html += " style=\"text-align: right\">"; break;
    case MD_ALIGN_DEFAULT: html += '>'; break;
  }
}

// Continues an open src or href value: closes it, then adds title="..." when
// the link or image has a title (md4c gives none for an empty one).
void close_url_adding_title(HtmlOut& html, const MD_ATTRIBUTE& title) {
  if (title.text != nullptr) {
    html += "\" title=\"";
    append_attribute(html, title, append_html_escaped);
  }
  html += '"';
}

void open_link(Renderer& r, const MD_SPAN_A_DETAIL& link) {
  r.html += "<a";
  r.span_at = r.html.size();
  r.html += " href=\"";
  append_attribute(r.html, link.href, append_url_escaped);
  close_url_adding_title(r.html, link.title);
  r.html += '>';
}

// The title comes after the alt text, which only ends with the image span.
void open_image(Renderer& r, const MD_SPAN_IMG_DETAIL& image) {
  r.html += "<img";
  r.span_at = r.html.size();
  r.html += " src=\"";
  append_attribute(r.html, image.src, append_url_escaped);
  r.html += "\" alt=\"";
  r.in_image_description = true;
}

void close_image(Renderer& r, const MD_SPAN_IMG_DETAIL& image) {
  close_url_adding_title(r.html, image.title);
  r.html += " />";
  r.in_image_description = false;
}

void open_simple_span(Renderer& r, std::string_view tag) {
  r.html += '<';
  r.html += tag;
  r.span_at = r.html.size();
  r.html += '>';
}

// kramdown's math is the text between the $$ as written (md4c makes its line
// breaks spaces), without the spaces at either end. Inside a quote or a list
// the source lines carry markers, so md4c's text is kept.
void close_display_math(Renderer& r) {
  std::string math;
  const bool in_container = !r.quotes_at.empty() || !r.lists_at.empty();
  const char* end = r.source.data() + r.source.size();
  const bool in_source = r.math_source != nullptr && r.math_source >= r.source.data() &&
                         r.math_source_end >= r.math_source && r.math_source_end <= end;
  if (in_source && !in_container) {
    HtmlOut escaped(math);
    append_html_escaped(escaped, std::string_view(r.math_source, static_cast<size_t>(r.math_source_end - r.math_source)));
  } else {
    math = r.html.substr(r.math_at);
  }
  const size_t first = math.find_first_not_of(" \t\n");
  const size_t last = math.find_last_not_of(" \t\n");
  r.html.truncate(r.math_at);
  if (first != std::string::npos) r.html += std::string_view(math).substr(first, last - first + 1);
  r.math_at = kNone;
}

bool is_tag_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// markdown="0" keeps the content raw, as without it; kramdown drops the
// attribute. Whether the start tag (up to tag_end) had it.
bool remove_raw_markdown_attribute(std::string& block, size_t tag_end) {
  constexpr std::string_view raw = " markdown=\"0\"";
  const size_t attribute = std::string_view(block).substr(0, tag_end).find(raw);
  if (attribute == std::string::npos) return false;
  block.erase(attribute, raw.size());
  return true;
}

void render_markdown(HtmlOut& html, std::string_view markdown, const MarkdownSettings& settings,
                     DocumentDefinitions& definitions, HeadingIds& ids);

// kramdown's markdown="1": the HTML block's content is Markdown. The tag is
// written without the attribute, its content rendered, then the end tag.
// A kramdown HTML block arrives as its placeholder (parse/html_blocks.h).
void close_html_block(Renderer& r) {
  r.in_html_block = false;
  std::string block = std::move(r.html_block);
  r.html_block.clear();
  if (!r.html_blocks.html.empty() && has_html_block_placeholder(block)) {
    std::string restored;
    {
      HtmlOut out(restored);
      append_restoring_html_blocks(out, block, r.html_blocks);
    }
    block = std::move(restored);
  }
  const size_t tag_end = block.find('>');
  if (block[0] == '<' && remove_raw_markdown_attribute(block, tag_end)) {
    r.html += block;
    return;
  }
  // Only the start tag is searched: the content may be long.
  const size_t attribute = std::string_view(block).substr(0, tag_end).find(" markdown=\"1\"");
  if (attribute == std::string::npos || block[0] != '<') {
    r.html += block;
    return;
  }
  size_t name_end = 1;
  while (name_end < block.size() && is_tag_name_char(block[name_end])) ++name_end;
  const std::string close_tag = "</" + block.substr(1, name_end - 1) + ">";
  std::string_view inner = std::string_view(block).substr(tag_end + 1);
  std::string_view close;
  if (const size_t at = inner.rfind(close_tag); at != std::string_view::npos) {
    close = inner.substr(at);
    inner = inner.substr(0, at);
  }
  r.html += std::string_view(block).substr(0, attribute);
  r.html += std::string_view(block).substr(attribute + 13, tag_end + 1 - attribute - 13);
  r.html += '\n';
  const std::string content(inner);
  render_markdown(r.html, content, r.settings, r.definitions, r.ids);
  r.html += close;
  if (!close.empty() && close.back() != '\n') r.html += '\n';
}

int enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
  Renderer& r = renderer_of(userdata);
  flush(r);
  HtmlOut& html = r.html;
  switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_HTML: r.in_html_block = true; break;  // its lines arrive as MD_TEXT_HTML
    case MD_BLOCK_QUOTE:
      html += "<blockquote";
      r.quotes_at.push_back(html.size());
      html += ">\n";
      break;
    case MD_BLOCK_UL: open_list(r, "<ul"); break;
    case MD_BLOCK_OL: open_list(r, "<ol"); break;
    case MD_BLOCK_LI: open_list_item(r, *static_cast<const MD_BLOCK_LI_DETAIL*>(detail)); break;
    case MD_BLOCK_HR: html += "<hr />\n"; break;
    case MD_BLOCK_H: open_heading(r, static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level); break;
    case MD_BLOCK_CODE: open_code_block(r, *static_cast<const MD_BLOCK_CODE_DETAIL*>(detail)); break;
    case MD_BLOCK_P: open_paragraph(r); break;
    case MD_BLOCK_TABLE: html += "<table>\n"; break;
    case MD_BLOCK_THEAD: html += "<thead>\n"; break;
    case MD_BLOCK_TBODY: html += "<tbody>\n"; break;
    case MD_BLOCK_TR: html += "<tr>\n"; break;
    case MD_BLOCK_TH: open_table_cell(html, "<th", *static_cast<const MD_BLOCK_TD_DETAIL*>(detail)); break;
    case MD_BLOCK_TD: open_table_cell(html, "<td", *static_cast<const MD_BLOCK_TD_DETAIL*>(detail)); break;
  }
  return 0;
}

int leave_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
  Renderer& r = renderer_of(userdata);
  flush(r);
  HtmlOut& html = r.html;
  switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_HTML: close_html_block(r); break;
    case MD_BLOCK_HR: break;  // a void element
    case MD_BLOCK_QUOTE:
      html += "</blockquote>\n";
      r.last_block_at = r.quotes_at.back();
      r.quotes_at.pop_back();
      break;
    case MD_BLOCK_UL: close_list(r, "</ul>\n"); break;
    case MD_BLOCK_OL: close_list(r, "</ol>\n"); break;
    case MD_BLOCK_LI: html += "</li>\n"; break;
    case MD_BLOCK_H: close_heading(r, static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level); break;
    case MD_BLOCK_CODE: close_code_block(r); break;
    case MD_BLOCK_P: close_paragraph(r); break;
    case MD_BLOCK_TABLE: html += "</table>\n"; break;
    case MD_BLOCK_THEAD: html += "</thead>\n"; break;
    case MD_BLOCK_TBODY: html += "</tbody>\n"; break;
    case MD_BLOCK_TR: html += "</tr>\n"; break;
    case MD_BLOCK_TH: html += "</th>\n"; break;
    case MD_BLOCK_TD: html += "</td>\n"; break;
  }
  return 0;
}

int enter_span(MD_SPANTYPE type, void* detail, void* userdata) {
  Renderer& r = renderer_of(userdata);
  flush(r);
  if (r.in_image_description) return 0;
  ++r.paragraph_pieces;
  r.paragraph_only_display_math = type == MD_SPAN_LATEXMATH_DISPLAY && r.paragraph_pieces == 1;
  switch (type) {
    case MD_SPAN_EM: open_simple_span(r, "em"); break;
    case MD_SPAN_STRONG: open_simple_span(r, "strong"); break;
    case MD_SPAN_A: open_link(r, *static_cast<const MD_SPAN_A_DETAIL*>(detail)); break;
    case MD_SPAN_IMG: open_image(r, *static_cast<const MD_SPAN_IMG_DETAIL*>(detail)); break;
    case MD_SPAN_CODE: open_code_span(r); break;
    case MD_SPAN_DEL: open_simple_span(r, "del"); break;
    // kramdown's math: $$...$$ for MathJax as \(...\); a single $ is text.
    case MD_SPAN_LATEXMATH: r.html += '$'; break;
    case MD_SPAN_LATEXMATH_DISPLAY:
      r.html += "\\(";
      r.math_at = r.html.size();
      r.math_source = nullptr;
      break;
    // Extensions that kDialect leaves off.
    case MD_SPAN_WIKILINK:
    case MD_SPAN_U: break;
  }
  return 0;
}

int leave_span(MD_SPANTYPE type, void* detail, void* userdata) {
  Renderer& r = renderer_of(userdata);
  flush(r);
  if (r.in_image_description) {
    // As in md4c-html, the first image to end closes the alt text, even when
    // it is an image nested in the description ("![a ![b](c)](d)").
    if (type == MD_SPAN_IMG) {
      close_image(r, *static_cast<const MD_SPAN_IMG_DETAIL*>(detail));
      r.last_span_at = r.span_at;
      r.run_follows_span = true;
    }
    return 0;
  }
  HtmlOut& html = r.html;
  switch (type) {
    case MD_SPAN_EM: html += "</em>"; break;
    case MD_SPAN_STRONG: html += "</strong>"; break;
    case MD_SPAN_A: html += "</a>"; break;
    case MD_SPAN_CODE: html += "</code>"; r.in_code_span = false; break;
    case MD_SPAN_DEL: html += "</del>"; break;
    case MD_SPAN_IMG: break;  // see above
    case MD_SPAN_LATEXMATH: html += '$'; break;
    case MD_SPAN_LATEXMATH_DISPLAY:
      close_display_math(r);
      html += "\\)";
      break;
    case MD_SPAN_WIKILINK:
    case MD_SPAN_U: break;
  }
  r.last_span_at = r.span_at;
  r.run_follows_span = type != MD_SPAN_LATEXMATH && type != MD_SPAN_LATEXMATH_DISPLAY;
  return 0;
}

void append_break(Renderer& r, bool hard) {
  if (r.in_image_description) {
    r.run += '\n';
    return;
  }
  if (!hard && !r.settings.hard_wrap) {
    if (r.run.empty()) r.run_source = nullptr;
    r.run += '\n';
    return;
  }
  flush(r);
  r.html += "<br />\n";
}

int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  Renderer& r = renderer_of(userdata);
  const std::string_view piece(text, size);
  switch (type) {
    case MD_TEXT_NORMAL:
      if (r.paragraph_at != kNone && r.paragraph_source == nullptr) r.paragraph_source = text;
      if (r.run.empty()) r.run_source = text;
      r.run_source_end = text + size;
      // md4c passes an escaped character (\") on its own: it stays straight.
      if (size == 1 && is_in_source(r, text) && text > r.source.data() && text[-1] == '\\' && (*text == '"' || *text == '\'')) {
        r.run += *text == '"' ? kEscapedDoubleQuote : kEscapedSingleQuote;
        return 0;
      }
      if (!piece.empty() && piece[0] == ':') r.paragraph_may_define = true;
      if (!piece.empty() && piece[0] == '{' && (r.run.empty() || r.run.back() == '\n')) r.run_may_hold_attribute_line = true;
      if (!r.quotes_at.empty() && !r.run.empty() && r.run.back() == '\n' && piece.substr(0, 2) == "{:") {
        r.attribute_line_is_lazy = !line_has_quote_marker(r.source, text);
      }
      r.run += piece;
      return 0;
    case MD_TEXT_SOFTBR: append_break(r, false); return 0;
    case MD_TEXT_BR: append_break(r, true); return 0;
    default: break;
  }
  flush(r);
  ++r.paragraph_pieces;
  if (r.paragraph_only_display_math && type != MD_TEXT_LATEXMATH) r.paragraph_only_display_math = false;
  switch (type) {
    case MD_TEXT_NULLCHAR: r.html += kReplacementCharacter; break;
    // Raw HTML is the author's, for the sanitizer to judge; md4c-html writes
    // it as it is even inside an alt text. References are kept as written.
    case MD_TEXT_HTML:  // kramdown's ids take the text, not the tags
      if (r.in_html_block) {
        r.html_block += piece;
      } else {
        const size_t written = r.html.size();
        append_restoring_html_blocks(r.html, piece, r.html_blocks);
        if (std::string_view(r.html).find("\n:", written) != std::string_view::npos) r.paragraph_may_define = true;
      }
      break;
    case MD_TEXT_ENTITY:
      r.html += piece;
      if (r.heading_at != kNone) r.heading_text += decode_character_references(piece);
      break;
    case MD_TEXT_LATEXMATH:
      if (r.math_at != kNone) {
        if (r.math_source == nullptr) r.math_source = text;
        r.math_source_end = text + size;
      }
      append_html_escaped(r.html, piece);
      if (r.heading_at != kNone) r.heading_text += piece;
      break;
    case MD_TEXT_CODE:
      append_html_escaped(r.html, piece);
      if (r.heading_at != kNone) r.heading_text += piece;
      break;
    default: break;
  }
  return 0;
}

void render_markdown(HtmlOut& html, std::string_view markdown, const MarkdownSettings& settings,
                     DocumentDefinitions& definitions, HeadingIds& ids) {
  if (markdown.substr(0, kByteOrderMark.size()) == kByteOrderMark) markdown.remove_prefix(kByteOrderMark.size());
  const MD_PARSER parser = {0, kDialect, enter_block, leave_block, enter_span, leave_span, on_text, nullptr, nullptr};
  HtmlBlocks blocks = take_html_blocks(markdown);
  Renderer renderer(html, settings, definitions, ids, blocks);
  // md_parse fails only when it runs out of memory; the partial output is kept.
  const std::string_view parsed = blocks.markdown();
  md_parse(parsed.data(), static_cast<MD_SIZE>(parsed.size()), &parser, &renderer);
  flush(renderer);
}

}  // namespace

void append_markdown_html(std::string& html, std::string_view markdown, const MarkdownSettings& settings,
                          DocumentDefinitions& definitions, HeadingIds& ids) {
  HtmlOut out(html);
  render_markdown(out, markdown, settings, definitions, ids);
}

}  // namespace folio
