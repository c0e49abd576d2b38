// Markdown to HTML with md4c's parser and folio's renderer
// (parse/markdown_renderer.h), in the GitHub dialect al-folio sites are written
// in (kramdown with input: GFM): tables, strikethrough, autolinks, task lists,
// and raw HTML. Character references stay as written (&copy; is not decoded).
// The output is not yet safe: views pass it through sanitize_html
// (core/html_sanitizer.h) before it reaches a page.
#pragma once

#include <string>
#include <string_view>

namespace folio {

std::string markdown_to_html(std::string_view markdown);

// The same, for one-line content such as an inline news item: the single
// wrapping <p> md4c adds is removed, as al-folio's `remove: '<p>'` does.
std::string markdown_to_inline_html(std::string_view markdown);

}  // namespace folio
