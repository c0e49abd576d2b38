// Reads a .bib file (al-folio's _bibliography/papers.bib) into BibEntry values.
//
// What it accepts, BibTeX's grammar read leniently:
//   - a Jekyll front matter block at the top ("---" ... "---"), skipped;
//   - text outside entries is a comment, as in BibTeX; so are @comment entries;
//   - @type{key, name = value, ...} or @type(key, ...), type case-insensitive;
//   - values in {braces} (nested braces kept), "quotes", bare numbers, @string
//     macro names (case-insensitive) and # concatenations of those;
//   - the month macros jan..dec expand to the lowercase abbreviation ("jan"),
//     exactly as bibtex-ruby (jekyll-scholar's parser) stores them, so a view
//     that capitalizes the month prints "Jan" like al-folio does. A file can
//     redefine them with @string{jan = {January}};
//   - @preamble values are collected in BibFile::preambles.
//
// Mistakes are reported to `diagnostics` with the line (and column) and what to
// fix; parsing then resumes at the next sensible point, never later than the
// next line that starts with "@type{". Runs in time linear in the input, without
// recursion, and never reads past `text` whatever bytes it holds.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "bibtex/bib_entry.h"
#include "core/diagnostics.h"

namespace folio {

BibFile parse_bibtex(std::string_view text, const std::string& file, Diagnostics& diagnostics);
// The same, parsed once per text and file (core/parse_memo.h): folio's papers
// and jekyll-scholar read the same bibliography, in every build of a site.
std::shared_ptr<const BibFile> parse_bibtex_shared(std::string_view text, const std::string& file,
                                                   Diagnostics& diagnostics);

}  // namespace folio
