#include "parse/markdown_renderer.h"

#include <md4c.h>

#include <array>
#include <optional>

namespace folio {
namespace {

// The dialect al-folio sites are written in (kramdown with input: GFM):
// tables, strikethrough, permissive autolinks and task lists.
constexpr unsigned kDialect = MD_DIALECT_GITHUB;

// md4c reports each NUL byte of the input on its own; it stands for U+FFFD.
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr char kHexDigits[] = "0123456789ABCDEF";

// Appends text, putting replacement(byte) in place of each byte for which it
// is not std::nullopt; the runs in between go in with one append each.
template <typename Replacement>
void append_replacing(std::string& out, std::string_view text, Replacement replacement) {
  size_t run = 0;  // first byte not appended yet
  for (size_t i = 0; i < text.size(); ++i) {
    const std::optional<std::string_view> replaced = replacement(static_cast<unsigned char>(text[i]));
    if (!replaced) continue;
    out.append(text.data() + run, i - run);
    out += *replaced;
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

// Text and (double-quoted) attribute values other than URLs. Escapes what
// md4c-html escapes, & < > " and not ' (which core/html_escape.h also
// escapes), so that the markup stays byte for byte what md4c-html wrote. For
// the same reason a NUL is dropped: md4c reports most NULs on their own, but
// passes those in code spans on as text, where md4c-html writes nothing for
// them. (Site files never hold NUL: the session replaces it with U+FFFD.)
void append_html_escaped(std::string& out, std::string_view text) {
  append_replacing(out, text, [](unsigned char c) -> std::optional<std::string_view> {
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      case '\0': return "";
      default: return std::nullopt;
    }
  });
}

// The bytes that md4c-html leaves as they are in href and src: ASCII letters,
// digits and some URL punctuation. Notably '%' is kept, so that a URL the
// author already percent-encoded is not encoded twice.
constexpr std::array<bool, 256> url_safe_bytes() {
  std::array<bool, 256> safe{};
  for (char c = '0'; c <= '9'; ++c) safe[static_cast<unsigned char>(c)] = true;
  for (char c = 'a'; c <= 'z'; ++c) safe[static_cast<unsigned char>(c)] = true;
  for (char c = 'A'; c <= 'Z'; ++c) safe[static_cast<unsigned char>(c)] = true;
  for (char c : std::string_view("-_.+!*(),%#@?=;:/$")) safe[static_cast<unsigned char>(c)] = true;
  return safe;
}
constexpr std::array<bool, 256> kUrlSafe = url_safe_bytes();

// A link or image URL: '&' becomes &amp; and every other unsafe byte
// (space, quote, '<', non-ASCII) is percent-encoded.
void append_url_escaped(std::string& out, std::string_view url) {
  char percent_encoded[3] = {'%', 0, 0};
  append_replacing(out, url, [&percent_encoded](unsigned char c) -> std::optional<std::string_view> {
    if (kUrlSafe[c]) return std::nullopt;
    if (c == '&') return "&amp;";
    percent_encoded[1] = kHexDigits[c >> 4];
    percent_encoded[2] = kHexDigits[c & 0xF];
    return std::string_view(percent_encoded, sizeof percent_encoded);
  });
}

using AppendText = void (*)(std::string&, std::string_view);

// An attribute value arrives from md4c in pieces: text (escaped by
// append_text), character references and NULs. References are kept as
// written: they are already valid in an attribute value (&, then letters or
// digits, then ;) and the browser decodes them where it reads the value.
void append_attribute(std::string& out, const MD_ATTRIBUTE& attribute, AppendText append_text) {
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

// What the callbacks share. Inside an image's description, which becomes its
// alt attribute, only text is written: no tags, and breaks become spaces.
struct Renderer {
  std::string& html;
  bool in_image_description = false;
};

Renderer& renderer_of(void* userdata) { return *static_cast<Renderer*>(userdata); }

void open_ordered_list(std::string& html, const MD_BLOCK_OL_DETAIL& list) {
  if (list.start == 1) {
    html += "<ol>\n";
    return;
  }
  html += "<ol start=\"";
  html += std::to_string(list.start);
  html += "\">\n";
}

void open_list_item(std::string& html, const MD_BLOCK_LI_DETAIL& item) {
  if (!item.is_task) {
    html += "<li>";
    return;
  }
  html += "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled";
  if (item.task_mark == 'x' || item.task_mark == 'X') html += " checked";
  html += '>';
}

// <hN> or </hN>, where tag_start is "<h" or "</h".
void append_heading_tag(std::string& html, std::string_view tag_start, unsigned level) {
  html += tag_start;
  html += static_cast<char>('0' + level);
  html += '>';
}

void open_code_block(std::string& html, const MD_BLOCK_CODE_DETAIL& code) {
  html += "<pre><code";
  if (code.lang.text != nullptr) {
    html += " class=\"language-";
    append_attribute(html, code.lang, append_html_escaped);
    html += '"';
  }
  html += '>';
}

// tag_start is "<th" or "<td".
void open_table_cell(std::string& html, std::string_view tag_start, const MD_BLOCK_TD_DETAIL& cell) {
  html += tag_start;
  switch (cell.align) {
    case MD_ALIGN_LEFT: html += " align=\"left\">"; break;
    case MD_ALIGN_CENTER: html += " align=\"center\">"; break;
    case MD_ALIGN_RIGHT: html += " align=\"right\">"; break;
    case MD_ALIGN_DEFAULT: html += '>'; break;
  }
}

// Continues an open src or href value: closes it, then adds title="..." when
// the link or image has a title (md4c gives none for an empty one).
void close_url_adding_title(std::string& html, const MD_ATTRIBUTE& title) {
  if (title.text != nullptr) {
    html += "\" title=\"";
    append_attribute(html, title, append_html_escaped);
  }
  html += '"';
}

void open_link(std::string& html, const MD_SPAN_A_DETAIL& link) {
  html += "<a href=\"";
  append_attribute(html, link.href, append_url_escaped);
  close_url_adding_title(html, link.title);
  html += '>';
}

// The title comes after the alt text, which only ends with the image span.
void open_image(Renderer& renderer, const MD_SPAN_IMG_DETAIL& image) {
  renderer.html += "<img src=\"";
  append_attribute(renderer.html, image.src, append_url_escaped);
  renderer.html += "\" alt=\"";
  renderer.in_image_description = true;
}

void close_image(Renderer& renderer, const MD_SPAN_IMG_DETAIL& image) {
  close_url_adding_title(renderer.html, image.title);
  renderer.html += '>';
  renderer.in_image_description = false;
}

int enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
  std::string& html = renderer_of(userdata).html;
  switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_HTML: break;  // its content arrives as MD_TEXT_HTML
    case MD_BLOCK_QUOTE: html += "<blockquote>\n"; break;
    case MD_BLOCK_UL: html += "<ul>\n"; break;
    case MD_BLOCK_OL: open_ordered_list(html, *static_cast<const MD_BLOCK_OL_DETAIL*>(detail)); break;
    case MD_BLOCK_LI: open_list_item(html, *static_cast<const MD_BLOCK_LI_DETAIL*>(detail)); break;
    case MD_BLOCK_HR: html += "<hr>\n"; break;
    case MD_BLOCK_H: append_heading_tag(html, "<h", static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level); break;
    case MD_BLOCK_CODE: open_code_block(html, *static_cast<const MD_BLOCK_CODE_DETAIL*>(detail)); break;
    case MD_BLOCK_P: html += "<p>"; break;
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
  std::string& html = renderer_of(userdata).html;
  switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_HTML: break;
    case MD_BLOCK_HR: break;  // a void element
    case MD_BLOCK_QUOTE: html += "</blockquote>\n"; break;
    case MD_BLOCK_UL: html += "</ul>\n"; break;
    case MD_BLOCK_OL: html += "</ol>\n"; break;
    case MD_BLOCK_LI: html += "</li>\n"; break;
    case MD_BLOCK_H:
      append_heading_tag(html, "</h", static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level);
      html += '\n';
      break;
    case MD_BLOCK_CODE: html += "</code></pre>\n"; break;
    case MD_BLOCK_P: html += "</p>\n"; break;
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
  Renderer& renderer = renderer_of(userdata);
  if (renderer.in_image_description) return 0;
  std::string& html = renderer.html;
  switch (type) {
    case MD_SPAN_EM: html += "<em>"; break;
    case MD_SPAN_STRONG: html += "<strong>"; break;
    case MD_SPAN_A: open_link(html, *static_cast<const MD_SPAN_A_DETAIL*>(detail)); break;
    case MD_SPAN_IMG: open_image(renderer, *static_cast<const MD_SPAN_IMG_DETAIL*>(detail)); break;
    case MD_SPAN_CODE: html += "<code>"; break;
    case MD_SPAN_DEL: html += "<del>"; break;
    // Extensions that kDialect leaves off.
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
    case MD_SPAN_WIKILINK:
    case MD_SPAN_U: break;
  }
  return 0;
}

int leave_span(MD_SPANTYPE type, void* detail, void* userdata) {
  Renderer& renderer = renderer_of(userdata);
  if (renderer.in_image_description) {
    // As in md4c-html, the first image to end closes the alt text, even when
    // it is an image nested in the description ("![a ![b](c)](d)").
    if (type == MD_SPAN_IMG) close_image(renderer, *static_cast<const MD_SPAN_IMG_DETAIL*>(detail));
    return 0;
  }
  std::string& html = renderer.html;
  switch (type) {
    case MD_SPAN_EM: html += "</em>"; break;
    case MD_SPAN_STRONG: html += "</strong>"; break;
    case MD_SPAN_A: html += "</a>"; break;
    case MD_SPAN_CODE: html += "</code>"; break;
    case MD_SPAN_DEL: html += "</del>"; break;
    case MD_SPAN_IMG: break;  // see above
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
    case MD_SPAN_WIKILINK:
    case MD_SPAN_U: break;
  }
  return 0;
}

int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  Renderer& renderer = renderer_of(userdata);
  std::string& html = renderer.html;
  switch (type) {
    case MD_TEXT_NULLCHAR: html += kReplacementCharacter; break;
    case MD_TEXT_BR: html += renderer.in_image_description ? " " : "<br>\n"; break;
    case MD_TEXT_SOFTBR: html += renderer.in_image_description ? " " : "\n"; break;
    // Raw HTML is the author's, for the sanitizer to judge; md4c-html writes
    // it as it is even inside an alt text. References are kept as written.
    case MD_TEXT_HTML:
    case MD_TEXT_ENTITY: html.append(text, size); break;
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH: append_html_escaped(html, std::string_view(text, size)); break;
  }
  return 0;
}

}  // namespace

void append_markdown_html(std::string& html, std::string_view markdown) {
  if (markdown.substr(0, kByteOrderMark.size()) == kByteOrderMark) markdown.remove_prefix(kByteOrderMark.size());
  const MD_PARSER parser = {0, kDialect, enter_block, leave_block, enter_span, leave_span, on_text, nullptr, nullptr};
  Renderer renderer{html};
  // md_parse fails only when it runs out of memory; the partial output is kept.
  md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &renderer);
}

}  // namespace folio
