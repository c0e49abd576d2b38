// Who an author is, as al-folio's bib layout decides it: the site's owner
// (emphasised; _config.yml scholar.last_name and first_name) or a coauthor
// with a page (linked; _data/coauthors.yml). Equal-contribution markers that
// end a name ("Einstein*†") do not count when matching.
#pragma once

#include <string>
#include <string_view>

#include "bibtex/names.h"
#include "model/coauthor.h"
#include "model/site_config.h"

namespace folio {

// True for the characters al-folio treats as author markers: * ∗ † ‡ § ¶ ‖ & ^.
// `text` starts at a character; `length` receives its length in bytes.
bool is_author_marker(std::string_view text, size_t& length);

// Where the run of markers that ends `name` starts (name.size() when there is
// none): "Einstein*†" -> 8. Markers elsewhere are the name's own letters
// ("Barnes \& Noble"), unlike in al-folio.
size_t trailing_markers_start(std::string_view name);

// "Einstein*†" -> "Einstein".
std::string without_author_markers(std::string_view name);

// Lowercase, without accents: "Schrödinger" -> "schrodinger", "Łukasz" ->
// "lukasz", as al-folio's `downcase | remove_accents` keys coauthors.yml.
// Latin letters with diacritics (Latin-1 and Latin Extended-A) lose them;
// combining marks are dropped; other characters are kept.
std::string fold_name(std::string_view name);

// The last name is one of scholar.last_name and the first name one of
// scholar.first_name, exactly as written there (markers ignored).
bool is_site_owner(const PersonName& name, const ScholarSettings& scholar);

// The first coauthors.yml entry under the author's folded last name whose
// firstname list holds the author's first name; nullptr when none does.
const Coauthor* find_coauthor(const PersonName& name, const CoauthorMap& coauthors);

}  // namespace folio
