// The URL a BibTeX field holds. Values are LaTeX, but a URL is not text: "~"
// in https://host/~user is a tilde, not a no-break space (al-folio turns it
// into one and the link breaks). So only what LaTeX needs escaped is
// unescaped, and nothing else is converted.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// Surrounding white space and braces go, \url{...} gives its argument,
// \_ \% \& \# \$ \{ \} \~{} and \textasciitilde{} become the character, other
// braces are dropped: "{https://x.org/a\_b}" -> "https://x.org/a_b".
std::string field_url(std::string_view latex);

}  // namespace folio
