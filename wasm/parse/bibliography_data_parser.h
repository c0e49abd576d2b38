// The data files al-folio's bib layout reads besides papers.bib:
//
// _data/venues.yml: abbr -> {url, color}. A paper whose abbr names a venue
// gets a badge linking to url with color as background:
//   "NSDI":
//     url: https://www.usenix.org/conferences
//     color: "#2f6f4e"
//
// _data/coauthors.yml: last name -> list of {firstname: [...], url}. An author
// with that last name and one of those first names is linked to url:
//   "hu":
//     - firstname: ["Qinghao", "Q."]
//       url: https://example.org/qinghao
//
// A colour that is not "#hex" or a colour keyword, and a url that is not http,
// https or relative, are reported and left out (the badge keeps the default
// colour, the name stays unlinked).
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "model/coauthor.h"
#include "model/venue.h"

namespace folio {

namespace content_paths {
inline constexpr const char* venues_data = "_data/venues.yml";
inline constexpr const char* coauthors_data = "_data/coauthors.yml";
}  // namespace content_paths

VenueMap parse_venues(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// Keys are folded (papers/author_names.h: fold_name), as they are looked up.
CoauthorMap parse_coauthors(std::string_view text, const std::string& file, Diagnostics& diagnostics);

}  // namespace folio
