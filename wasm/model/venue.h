// A venue of _data/venues.yml, as al-folio's bib layout uses it: the badge of
// every paper whose abbr names it links to `url` and has `color` as background.
//
//   "ASPLOS":
//     url: https://www.asplos-conference.org/
//     color: "#1d4f91"
#pragma once

#include <map>
#include <string>

namespace folio {

struct Venue {
  std::string url;    // "" when absent (or refused: see parse/bibliography_data_parser.h)
  std::string color;  // a checked CSS colour (papers/venue_color.h); "" when absent
};

// By abbr, exactly as written (al-folio looks venues up case-sensitively).
using VenueMap = std::map<std::string, Venue>;

}  // namespace folio
