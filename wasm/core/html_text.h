// The text a reader sees in an HTML fragment, for places that take plain text:
// the document <title>, a URL slug. Tags are dropped, the content of <script>,
// <style> and the other raw-text elements too, character references are
// decoded (numeric ones, and the named ones decode_character_references knows:
// &copy; becomes "©", an unknown &name; stays as written), and runs of
// whitespace become one space. The result is text, not HTML: escape it before it goes into a page.
#pragma once

#include <string>
#include <string_view>

namespace folio {

std::string html_to_text(std::string_view html);

}  // namespace folio
