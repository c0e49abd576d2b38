// The `kramdown:` options of an al-folio _config.yml that change the HTML,
// with the values Jekyll gives kramdown when the site sets none
// (jekyll/configuration.rb and its kramdown converter).
#pragma once

#include <string>

namespace folio {

struct MarkdownSettings {
  bool auto_ids = true;         // auto_ids: headings get ids from their text
  std::string auto_id_prefix;   // auto_id_prefix: put before each such id
  bool hard_wrap = false;       // hard_wrap: every line break is a <br />
  bool smart_typography = true; // input GFM without gfm_quirks: no_auto_typographic
  // syntax_highlighter_opts: the class of Rouge's <div>, and the language of
  // code that names none (Jekyll: plaintext).
  std::string highlight_css_class = "highlight";
  std::string default_lang = "plaintext";
  bool highlight = true;        // syntax_highlighter is rouge (Jekyll's), not nil
};

}  // namespace folio
