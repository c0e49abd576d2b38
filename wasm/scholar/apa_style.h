// The formatted references jekyll-scholar makes with citeproc-ruby and the
// style in scholar.style (al-folio: apa). folio writes APA 7 itself, for the
// common entry types, in citeproc's HTML (italics as <i>, text escaped):
//   article:        Einstein, A., & Taub, A. H. (1950). The meaning of
//                   relativity. <i>American Journal of Physics</i>,
//                   <i>18</i>(6), 403–404. https://doi.org/...
//   inproceedings:  Authors. (Year). Title. In <i>Booktitle</i> (pp. 1–8).
//   book and others: Authors. (Year). <i>Title</i>. Publisher.
// and in-text citations as "(Einstein & Taub, 1950; Liu et al., 2023)".
// Other CSL styles are not available: any style name gets APA.
#pragma once

#include <string>
#include <vector>

#include "bibtex/bib_entry.h"

namespace folio::scholar {

std::string apa_reference(const BibEntry& entry);

std::string apa_citation(const std::vector<const BibEntry*>& entries);

}  // namespace folio::scholar
