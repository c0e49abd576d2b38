// HTML character references (&amp; &#106; &#x6A; &colon;): recognised, so that
// re-serialised HTML keeps what md4c and authors wrote, and decoded where a
// browser's reading matters, such as the scheme of a URL.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

// Length of the character reference at the start of text (text[0] == '&'), or
// 0 when that '&' is a literal ampersand. Named references need their ';'
// (&name;); numeric ones may omit it (&#106, &#x6a), as browsers accept.
size_t character_reference_length(std::string_view text);

enum class EscapeContext { text, attribute_value };

// Appends text as HTML, keeping its character references: a literal '&'
// becomes &amp;, '<' and '>' become &lt; and &gt;, and in a (double-quoted)
// attribute value '"' becomes &quot;.
void append_keeping_references(std::string& out, std::string_view text, EscapeContext context);

// Decodes numeric references and the named references that stand for ASCII
// characters (&colon; &Tab; &NewLine; &sol; ...). Other named references stay as
// written: they stand for non-ASCII characters, which a URL scheme never holds.
std::string decode_character_references(std::string_view text);

}  // namespace folio
