// kramdown's typographic conversion of Markdown text, as Jekyll configures it
// (smart_quotes: lsquo,rsquo,ldquo,rdquo; entity_output: as_char): straight
// quotes become ‘ ’ “ ”, "---" an em dash, "--" an en dash, "..." an
// ellipsis, "<<" and ">>" guillemets (« and » take a no-break space in
// place of an adjacent space: "<< a" is "«\u00A0a"). Code, math and raw HTML
// never reach it: the renderer passes only text.
#pragma once

#include <string>
#include <string_view>

#include "parse/html_out.h"

namespace folio {

// Appends the HTML of one run of text: the text between two other span
// elements (emphasis, links, code, raw HTML, references), which is what
// kramdown's span parser sees as one stretch, so a quote at the start of the
// run has no character before it. `<`, `>`, `&` and `"` that stay are escaped.
// `after` is what follows the run in the source (a quote before "*em*"
// opens). In the run, kEscapedDoubleQuote and kEscapedSingleQuote stand for
// a quote the author escaped (\"), which stays straight.
void append_typographic_html(std::string& html, std::string_view run, std::string_view after = {});
void append_typographic_html(HtmlOut& html, std::string_view run, std::string_view after = {});

// The same characters unescaped, e.g. for a heading's id.
void append_typographic_text(std::string& text, std::string_view run);

constexpr char kEscapedDoubleQuote = '\x02';
constexpr char kEscapedSingleQuote = '\x03';

}  // namespace folio
