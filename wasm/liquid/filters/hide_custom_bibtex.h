// al-folio's hideCustomBibtex filter (_plugins/hide-custom-bibtex.rb), which
// its bib layout applies to entry.bibtex. For each of _config.yml's
// filtered_bibtex_keywords, in order, the plugin runs
//   gsub(/^.*\b#{keyword}\b *= *\{.*$\n/, '')
// (every line that sets the field goes: "  pdf = {x.pdf},"), then strips the
// author-note marks * † ‡ § ¶ ‖ & ^ from the lines that set author.
//
// A keyword of word characters (all of al-folio's) is matched line by line:
// the same lines as the regex, without running it over the whole entry for
// every keyword (on a site of 1,000 papers that was most of drawing the
// publications page). Any other keyword is read as the regex it is in Ruby.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::liquid {

// Throws FilterError when a keyword is a pattern folio's regex cannot read.
std::string hide_custom_bibtex(std::string_view bibtex, const std::vector<std::string>& keywords);

}  // namespace folio::liquid
