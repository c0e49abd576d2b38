// {% cite key1 key2 %}, {% reference key %} and {% quote key %}...{% endquote %},
// as jekyll-scholar writes them with the APA style:
//   cite:      <a class="citation" href="#key1">(Einstein, 1950; Liu et al., 2023)</a>
//              one link to the first key's entry (--prefix p: href="#p-key1");
//              each key joins the page's cited keys, which --cited shows;
//   reference: <span id="key">Einstein, A. (1950). ...</span>, one per key,
//              joined by newlines;
//   quote:     <blockquote><p>BODY</p><cite>CITE</cite></blockquote>, the
//              body stripped, a blank line in it closing a paragraph
//              (</p><p>) and another line break a <br/>; CITE is the cite
//              of the first word of the markup.
// A key that is the name of a page variable stands for the variable's value.
// A key no bibliography file has makes the whole cite, or that key's
// reference, "(missing reference)" (scholar.missing_reference), with a
// warning that names the key.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "scholar/scholar_page.h"

namespace folio::scholar {

std::string render_cite(ScholarPage& page, std::string_view markup, int line, Diagnostics& diagnostics);

std::string render_reference(ScholarPage& page, std::string_view markup, int line, Diagnostics& diagnostics);

std::string render_quote(ScholarPage& page, std::string_view markup, std::string_view body, int line,
                         Diagnostics& diagnostics);

}  // namespace folio::scholar
