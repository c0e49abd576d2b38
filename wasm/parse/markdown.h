// Markdown to HTML as kramdown writes it for an al-folio site (Jekyll's
// kramdown with the site's `kramdown:` options, input: GFM): md4c parses,
// parse/markdown_renderer.h writes kramdown's markup, and the blocks md4c
// does not know (footnotes, abbreviations: parse/kramdown_blocks.h) are taken
// out first and written here. Character references stay as written (&copy;
// is not decoded). README's "Markdown" section lists what still differs.
// The output is not yet safe: views pass it through sanitize_html
// (core/html_sanitizer.h) before it reaches a page.
#pragma once

#include <string>
#include <string_view>

#include "model/markdown_settings.h"

namespace folio {

std::string markdown_to_html(std::string_view markdown, const MarkdownSettings& settings = {});

// The same, for one-line content such as an inline news item: the single
// wrapping <p> is removed, as al-folio's `remove: '<p>'` does.
std::string markdown_to_inline_html(std::string_view markdown, const MarkdownSettings& settings = {});

}  // namespace folio
