// The one place where text becomes HTML. Views never write "&lt;" by hand:
// they append text and attribute values through these functions.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// Escapes & < > " ' so the text is safe both between tags and inside a
// double-quoted attribute value.
void append_escaped(std::string& out, std::string_view text);
std::string escape_html(std::string_view text);

}  // namespace folio
