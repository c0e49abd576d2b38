// al-folio's inline behaviours as folio's own, so a site's templates keep
// working under a strict Content-Security-Policy (no inline script or style)
// before the page's HTML goes through the sanitizer:
// - a.abstract / a.bibtex / a.award with class btn (jQuery toggles in
//   al-folio) become <button type="button" aria-expanded aria-controls> for
//   the matching div.abstract.hidden / div.bibtex.hidden / div.award.hidden,
//   which web/bib-toggles.mjs opens, and the keyboard reaches;
// - span.more-authors with its onclick (the hidden names live in that
//   script) becomes a button whose names are markup, expanded by the same
//   script; the onclick goes;
// - style="background-color:X" on a badge becomes data-venue-color="X",
//   which the script sets through the CSSOM; the style attribute goes.
// Toggles and blocks pair in order per kind, as al-folio's entries list them.
#pragma once

#include <string>
#include <string_view>

namespace folio::render {

std::string adapt_alfolio_behaviours(std::string_view html);

}  // namespace folio::render
