// folio's Markdown-to-HTML renderer, driven by md4c's parser (md_parse) in the
// GitHub dialect. It writes the markup md4c's own HTML renderer (md4c-html)
// writes, with one difference: character references (&copy; &#169; &#x41;)
// stay as written, in text and in attribute values. Browsers decode them, the
// sanitizer keeps them, and folio does not carry md4c's table of 2,000+ names.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// Appends the HTML for markdown to html. A leading UTF-8 byte order mark is
// skipped. The output is not yet safe: it still holds the author's raw HTML.
void append_markdown_html(std::string& html, std::string_view markdown);

}  // namespace folio
