// folio's YAML alternative to papers.bib: _data/papers.yml, a list of papers
// with the fields a BibTeX entry would have, for groups that would rather not
// write BibTeX:
//
//   - key: hu2024characterization   # optional: made from author, year, title
//     type: inproceedings           # optional: article when there is a journal,
//                                   # inproceedings with a booktitle, else misc
//     title: Characterization of Large Language Model Development in the Datacenter
//     author: [Qinghao Hu, Zhisheng Ye, Peng Sun]   # or "Hu, Qinghao and Ye, Zhisheng"
//     booktitle: 21st USENIX Symposium on Networked Systems Design and Implementation
//     year: 2024
//     abbr: NSDI
//     selected: true
//     pdf: characterization.pdf
//
// Every other key is a field of the same name, al-folio's own included (abbr,
// selected, bibtex_show, award, award_name, abstract, pdf, code, ...). Values
// are plain text, not LaTeX: "&", "%", "_" and "~" mean themselves. They are
// escaped into LaTeX here, so the entries read like BibTeX ones downstream
// and their Bib block is valid BibTeX. A list value (other than author and
// editor, whose items are one person each) is joined with ", ".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bibtex/bib_entry.h"
#include "core/diagnostics.h"

namespace folio {

std::vector<BibEntry> parse_papers_data_file(std::string_view text, const std::string& file,
                                             Diagnostics& diagnostics);

// Plain text as a BibTeX value that reads back as the same text.
std::string escape_latex(std::string_view text);

}  // namespace folio
