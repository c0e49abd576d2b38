// Splits HTML into text, start tags, end tags and raw text, following the HTML
// standard's tokenizer where it decides what is a tag: tag and attribute names
// end only at whitespace, '/', '>' (so `<scr<script>` is one odd tag name), a
// quoted value runs to its closing quote, and a tag cut off by the end of the
// input is dropped, as browsers drop it. Comments, CDATA sections, doctypes and
// processing instructions are skipped. After <script>, <style>, <textarea>,
// <title>, <xmp>, <iframe>, <noembed>, <noframes> and <noscript> everything up
// to the matching end tag is one raw_text token; after <plaintext>, everything.
// A self-closed <iframe .../> starts no raw text: Jekyll's pages reach the
// browser through libxml2, which ends the element there (html_sanitizer).
//
// The tokenizer decodes nothing: views point into the input. Linear time.
#pragma once

#include <string_view>
#include <vector>

namespace folio {

struct HtmlAttribute {
  std::string_view name;   // as written: compare with same_html_name
  std::string_view value;  // as written, without its quotes; references not decoded
  bool has_value = false;
};

enum class HtmlTokenKind { text, start_tag, end_tag, raw_text };

struct HtmlToken {
  HtmlTokenKind kind = HtmlTokenKind::text;
  std::string_view text;                  // text and raw text; for tags, the name as written
  std::vector<HtmlAttribute> attributes;  // start tags only, in order, duplicates kept
  bool self_closing = false;              // <br/>
};

class HtmlTokenizer {
 public:
  explicit HtmlTokenizer(std::string_view html) : html_(html) {}

  // Fills `token` with the next token (reusing its storage); false at the end.
  bool next(HtmlToken& token);

 private:
  bool read_tag(HtmlToken& token, HtmlTokenKind kind);
  void skip_markup_declaration();
  void skip_past(char c, size_t from);
  size_t raw_text_end(size_t from) const;

  std::string_view html_;
  size_t pos_ = 0;
  std::string_view raw_text_element_;  // lowercase name after whose start tag raw text follows
};

// True when `name` (as written) is `lowercase` in ASCII case-insensitive
// comparison, as HTML compares tag and attribute names.
bool same_html_name(std::string_view name, std::string_view lowercase);

}  // namespace folio
