// An entry's fields as jekyll-scholar hands them to al-folio's templates
// (`entry.title`, `entry.month`, ...): bibtex-ruby parses the file with
// parse_months on, and every value passes the latex filter (latex-decode).
//
//   month = jun, {June}, {Jun.}, {6}, 06   ->  "jun" (bibtex-ruby's MONTHS_FILTER:
//                                              a value starting with a month's
//                                              three letters, or a number 1-12)
//   month = {Spring}                       ->  "Spring" (anything else as decoded)
//   title = {Don't {S}top}                 ->  "Don’t Stop" (as latex_to_html)
//   url = {https://x.org/a--b}             ->  as written: verbatim fields
//
// A template that prints `entry.month | capitalize` shows "Jun".
#pragma once

#include <string>
#include <string_view>

#include "bibtex/bib_entry.h"

namespace folio {

// Fields whose values are URLs, identifiers or file names: no typography.
bool is_verbatim_field(std::string_view name);

// bibtex-ruby's month: "jan".."dec" for a value that starts with a month's
// abbreviation (any case) or is a number of one or two digits (its quirk: 0
// is "dec", as Ruby's MONTHS[-1]; 13 and up stay as written); else the value
// as latex_to_text reads it.
std::string scholar_month(std::string_view value);

// The value a template sees for `field`: the month as above, a verbatim
// field as written, any other as HTML (latex_to_html: curly quotes, dashes,
// <em> for \emph, raw HTML kept), which templates print unescaped.
std::string scholar_field_value(const BibField& field);

}  // namespace folio
