// HTML character references (&amp; &#106; &#x6A; &colon;): recognised, so that
// re-serialised HTML keeps what Markdown and authors wrote, and decoded where a
// browser's reading matters: the scheme of a URL, the plain text of a title.
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

// Decodes numeric references, the named references that stand for ASCII
// characters (&colon; &Tab; &NewLine; &sol; ...), which is all that checking a
// URL's scheme needs, and the common ones for text: Latin-1 letters (&eacute;),
// spaces (&nbsp;) and typographic punctuation (&mdash; &hellip; &copy;). Other
// named references stay as written.
std::string decode_character_references(std::string_view text);

}  // namespace folio
