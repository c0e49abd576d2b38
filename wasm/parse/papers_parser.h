// Reads a site's publications: al-folio's _bibliography/papers.bib (BibTeX
// with al-folio's own fields: abbr, selected, award, pdf, code, ...) and
// folio's YAML alternative, _data/papers.yml (parse/papers_data_parser.h).
// Both may be used at once: the BibTeX entries come first, in file order.
//
// Each entry becomes a Paper (model/paper.h). Problems are diagnostics at the
// entry's or field's line, and never cost other entries: misspelt field names,
// author lists separated by commas, a missing title or year, a selected or
// bibtex_show that is neither true nor false, a link field that is not a URL
// folio will link to.
#pragma once

#include <string>
#include <vector>

#include "bibtex/bib_entry.h"
#include "core/diagnostics.h"
#include "model/paper.h"
#include "model/source_files.h"

namespace folio {

namespace content_paths {
inline constexpr const char* bibliography = "_bibliography/papers.bib";
inline constexpr const char* papers_data = "_data/papers.yml";
}  // namespace content_paths

// One entry of `file` as a Paper (element_id not yet set).
Paper paper_from_entry(BibEntry entry, const std::string& file, Diagnostics& diagnostics);

// Every paper of a site, with unique element ids (papers/element_ids.h).
std::vector<Paper> parse_papers(const SourceFiles& files, Diagnostics& diagnostics);

}  // namespace folio
