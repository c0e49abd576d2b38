// The variables a bibliography template renders one entry with, as
// jekyll-scholar sets them (its reference_data, plus index and details):
//   entry      the entry drop (entry_drop.h)
//   reference  the formatted reference, <span id="key">APA text</span>
//              (with --prefix p: id="p-key"); made only when a template
//              reads it, as al-folio's bib layout never does
//   key, type  the entry's key and type
//   index      1, 2, ... within the list being rendered
//   details    the URL of the entry's details page (scholar.details_permalink)
//   link, links  repository files: folio has no scholar.repository, so nil
//              and an empty hash
// The renderer adds `site` and `page` (jekyll-scholar merges the site's
// payload and sets page).
#pragma once

#include <string>

#include "liquid/value.h"
#include "scholar/bibliography_library.h"
#include "scholar/scholar_page.h"

namespace folio::scholar {

// <span id="key">reference</span>, the text {% reference %} writes too.
std::string reference_tag(const BibEntry& entry, const ScholarConfig& config, const std::string& prefix);

// /al-folio/bibliography/key.html: jekyll-scholar's details_link_for.
std::string details_url(const BibEntry& entry, const ScholarSite& site, const ScholarConfig& config);

// `page` must outlive the environment: it lives for one tag's render.
liquid::Value make_entry_environment(EntryPtr entry, int64_t index, const ScholarPage& page, std::string prefix);

}  // namespace folio::scholar
