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

// When a paper's text (model/paper.h) is formatted: at the parse, with its
// diagnostics, or when a view first shows it (a shell's first, partial build).
enum class PaperTextWhen { now, when_shown };

// One entry of `file` as a Paper (element_id not yet set).
Paper paper_from_entry(BibEntry entry, const std::string& file, Diagnostics& diagnostics,
                       PaperTextWhen when = PaperTextWhen::now);

// Every paper of a site, with unique element ids (papers/element_ids.h).
std::vector<Paper> parse_papers(const SourceFiles& files, Diagnostics& diagnostics,
                                PaperTextWhen when = PaperTextWhen::now);

}  // namespace folio
