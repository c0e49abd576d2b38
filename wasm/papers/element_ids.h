// HTML ids for bibliography entries: al-folio gives each entry's column the
// citation key as id (so #einstein1950meaning links to it); folio also ids
// the blocks an entry's buttons toggle, for aria-controls. Ids must be unique
// on a page and stable across renders, whatever characters keys hold.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/paper.h"

namespace folio {

// The suffixes of an entry's toggled blocks: id + suffix.
inline constexpr std::string_view kAbstractIdSuffix = "-abstract";
inline constexpr std::string_view kAwardIdSuffix = "-award";
inline constexpr std::string_view kBibtexIdSuffix = "-bibtex";
inline constexpr std::string_view kMoreAuthorsIdSuffix = "-more-authors";

// The key with every character but ASCII letters, digits, '-' and '_'
// replaced by '-' (runs of them by one, none at either end); "paper" when
// nothing is left.
std::string element_id_for_key(std::string_view key);

// Sets each paper's element_id: element_id_for_key, with -2, -3... appended
// where that id (or an id of its blocks) is already taken by an earlier paper.
void assign_element_ids(std::vector<Paper>& papers);

}  // namespace folio
