// The badge colours of _data/venues.yml. folio's views write no style
// attributes (the sanitizer would drop them and a strict Content-Security-Policy
// forbids them): a badge carries its colour in data-venue-color, and
// web/bib-toggles.mjs sets it as the CSS custom property --folio-venue-color
// through the CSSOM, which CSP allows. So only values that are certainly a
// colour, and nothing else, may pass.
#pragma once

#include <string_view>

namespace folio {

// "#rgb", "#rgba", "#rrggbb", "#rrggbbaa" (hex digits, any case) or a CSS
// colour keyword made of 3 to 30 ASCII letters ("teal", "darkslateblue").
bool is_usable_css_color(std::string_view color);

// True for a light hex colour, on which dark text reads better than white
// (WCAG contrast); keywords are not judged (false).
bool prefers_dark_text(std::string_view color);

}  // namespace folio
