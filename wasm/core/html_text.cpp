#include "core/html_text.h"

#include "core/character_references.h"
#include "core/html_tokenizer.h"

namespace folio {
namespace {

// Elements that start a new line on the page: their tags separate words.
bool separates_words(std::string_view tag_name) {
  for (std::string_view block : {"br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                                 "blockquote", "pre", "hr", "ul", "ol", "table", "dt", "dd"}) {
    if (same_html_name(tag_name, block)) return true;
  }
  return false;
}

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

void append_collapsing_space(std::string& out, std::string_view text) {
  for (char c : text) {
    if (!is_html_space(c)) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
}

}  // namespace

std::string html_to_text(std::string_view html) {
  std::string text;
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  while (tokenizer.next(token)) {
    if (token.kind == HtmlTokenKind::text) {
      append_collapsing_space(text, decode_character_references(token.text));
    } else if (token.kind != HtmlTokenKind::raw_text && separates_words(token.text)) {
      append_collapsing_space(text, " ");
    }
  }
  if (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

}  // namespace folio
