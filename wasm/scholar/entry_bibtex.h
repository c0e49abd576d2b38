// `entry.bibtex` as jekyll-scholar gives it to templates: bibtex-ruby's
// Entry#to_s of the stored entry (stored_entry.h) without the fields in
// scholar.bibtex_skip_fields (abstract and month_numeric by default):
//
//   @article{key,
//     title = {The meaning of relativity},
//     month = may,
//     year = {1950}
//   }
//
// followed by a newline. Every line of a value that runs over several lines
// is indented by two spaces too, as bibtex-ruby indents the whole content.
// al-folio's hideCustomBibtex filter then drops its own fields
// (liquid/filters/hide_custom_bibtex.h).
#pragma once

#include <string>
#include <vector>

#include "bibtex/bib_entry.h"

namespace folio::scholar {

std::string entry_bibtex(const BibEntry& entry, const std::vector<std::string>& skip_fields);

}  // namespace folio::scholar
