// The BibTeX an entry's Bib block shows. al-folio shows jekyll-scholar's
// re-serialised entry through its hideCustomBibtex filter; folio writes the
// same shape from the parsed entry:
//
//   @inproceedings{chen2024centauri,
//     title = {Centauri: ...},
//     author = {Chen, Chang and ...},
//     year = {2024}
//   }
//
// Fields keep their order and their LaTeX (with @string macros expanded; the
// month macros stay bare: month = apr). Left out: the fields named in
// `filtered` (_config.yml's filtered_bibtex_keywords: al-folio's own fields,
// which mean nothing to a reference manager), and the equal-contribution
// markers * ∗ † ‡ § ¶ ‖ in author and editor lists. The result is text: escape
// it before it goes into a page.
#pragma once

#include <string>
#include <vector>

#include "bibtex/bib_entry.h"

namespace folio {

std::string bibtex_for_display(const BibEntry& entry, const std::vector<std::string>& filtered);

}  // namespace folio
