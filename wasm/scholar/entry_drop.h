// A bibliography entry as jekyll-scholar hands it to a template (its
// `liquidify`): a drop whose fields are computed when the template reads them.
//   key, type          the entry's key and lowercase type
//   bibtex             entry_bibtex.h (scholar.bibtex_skip_fields left out)
//   every field        as text: LaTeX decoded and braces gone (latex_to_text);
//                      "true" for selected={true}; month as its symbol
//                      ("may"), month_numeric ("5") after the others
//   author, editor...  people in sort order, "Liu, Teng and Chen, Dean"
//   author_array       one hash per person: first, last, prefix (von),
//                      suffix (jr), "" when absent; "and others" is a person
//                      whose last name is "others"
//   author_0_first...  the same parts as flat fields
// A list separated by commas instead of " and " is read as "First Last"
// names (bibtex-ruby would see one person); the site's loader warns about it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bibtex/bib_entry.h"
#include "liquid/value.h"

namespace folio::scholar {

// `entry` must outlive the drop: pass a pointer that shares ownership of the
// parsed file (std::shared_ptr's aliasing constructor).
liquid::DropPtr make_entry_drop(std::shared_ptr<const BibEntry> entry, std::vector<std::string> skip_fields);

}  // namespace folio::scholar
