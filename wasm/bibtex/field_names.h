// Catches misspelt field names ("authod", "titel", "jounral"): BibTeX ignores
// an unknown field silently, so a typo in papers.bib just makes a title or a
// PDF button vanish from the page.
#pragma once

#include <string>
#include <string_view>

#include "bibtex/bib_entry.h"
#include "core/diagnostics.h"

namespace folio {

// The known field `name` (lowercase) is probably a misspelling of: standard
// BibTeX and common biblatex/JabRef/Zotero fields, and the ones al-folio reads
// (abbr, bibtex_show, selected, pdf, code, ...). "" when `name` is known or
// nothing known is close: one edit (a letter added, dropped, changed, or two
// neighbours swapped) for names of 4 to 7 characters, two edits from 8 on;
// names under 4 characters are never questioned.
std::string suggest_field_name(std::string_view name);

// Warns, at the field's line, about each field of `entry` that
// suggest_field_name() thinks misspelt, naming the right field.
void check_field_names(const BibEntry& entry, const std::string& file, Diagnostics& diagnostics);

}  // namespace folio
