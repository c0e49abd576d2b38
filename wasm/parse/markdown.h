// Markdown to HTML with md4c's HTML renderer, in the GitHub dialect al-folio
// sites are written in (kramdown with input: GFM): tables, strikethrough,
// autolinks, task lists, and raw HTML. The output is not yet safe: views pass
// it through sanitize_html (core/html_sanitizer.h) before it reaches a page.
#pragma once

#include <string>
#include <string_view>

namespace folio {

std::string markdown_to_html(std::string_view markdown);

// The same, for one-line content such as an inline news item: the single
// wrapping <p> md4c adds is removed, as al-folio's `remove: '<p>'` does.
std::string markdown_to_inline_html(std::string_view markdown);

}  // namespace folio
