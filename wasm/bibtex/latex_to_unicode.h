// Turns the LaTeX in BibTeX values into what a reader should see.
//
// Accents ({\"u}, \'e, \v{s}, \'{\i}, ...) become precomposed Unicode (NFC)
// where such a character exists, else the letter plus a combining mark; special
// letters (\ss, \o, \aa, \ae, \l, \i, ...), dashes (-- and ---), quotes (``
// and '' as “ ”, ` and ' as ‘ ’, as latex-decode gives them to jekyll-scholar),
// ~ (no-break space), escaped specials (\& \% \_ \$ \# \{ \}) and common
// symbol commands (\ldots, \textendash, \alpha, ...) become their characters.
// Protecting braces go away, $math$ keeps its content, runs of white space
// become one space, \url{} keeps its argument as written, and so does a URL
// in running text (https://..., www....) and $math$ (no dashes or quotes). An unknown command
// with a braced argument shows the argument; without one it shows its name, so
// no letter the author typed is lost. Unbalanced braces and a trailing
// backslash are tolerated. Linear time, no recursion.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// Plain UTF-8 text, for display, search and attribute values.
std::string latex_to_text(std::string_view latex);

// The text as bibtex-ruby's latex-decode hands a field to jekyll-scholar's
// templates: decoded like latex_to_text, with the HTML tags authors wrote kept
// as written (a template prints them into the page, where the sanitizer vets
// them).
std::string latex_to_template_text(std::string_view latex);

// HTML-escaped text (through core/html_escape) with \textit{}, \emph{}, {\em },
// {\it } as <em>, \textbf{}, {\bf } as <strong>, \textsuperscript{} as <sup> and
// \textsubscript{} as <sub>. Tags always nest and are always closed.
// HTML tags authors write in values (<sup>, <sub>, <i>, <b>, <em>, <strong>,
// <br>, <a href>, <span>, ... ) are kept as written: the output is content
// HTML, to pass through sanitize_html like Markdown output. (latex_to_text
// leaves those tags out; a short <sup>/<sub> of digits and signs becomes
// Unicode's superscripts and subscripts there: "Yim SS⁺", "CO₂".)
std::string latex_to_html(std::string_view latex);

}  // namespace folio
