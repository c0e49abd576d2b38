// The source of a document's excerpt (Jekyll::Excerpt#extract_excerpt): the
// text before the first excerpt_separator ("\n\n" by default: the first
// paragraph), with the Liquid blocks it opens closed, and the Markdown link
// definitions it uses from further down. The renderer turns it into HTML.
#pragma once

#include <string>
#include <string_view>

namespace folio::site {

std::string extract_excerpt(std::string_view content, std::string_view separator);

}  // namespace folio::site
