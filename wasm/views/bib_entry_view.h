// One bibliography entry as al-folio's _layouts/bib.liquid renders it, with
// its class names and structure so al-folio CSS applies:
//
//   <div class="row">
//     <div class="col col-sm-2 abbr"><abbr class="badge rounded w-100">NSDI</abbr></div>
//     <div id="KEY" class="col-sm-10">
//       <div class="title">...</div>
//       <div class="author">A, <em>Owner</em>, and <a href="...">Coauthor</a></div>
//       <div class="periodical"><em>In Booktitle</em>, Location, Apr 2024</div>
//       <div class="links"><button class="abstract btn ...">Abs</button> <a class="btn ...">PDF</a></div>
//       <div class="abstract hidden" id="KEY-abstract">...</div>
//       <div class="bibtex hidden" id="KEY-bibtex">...</div>
//     </div>
//   </div>
//
// What al-folio does with jQuery folio does with buttons (type="button",
// aria-expanded, aria-controls) that web/bib-toggles.mjs handles: opening adds
// the class "open" to the block, as al-folio's script does. Badge colours come
// from _data/venues.yml through data-venue-color (papers/venue_color.h).
// Relative pdf, supp, poster and slides paths are files under assets/pdf/,
// html under assets/html/, preview under assets/img/publication_preview/.
#pragma once

#include <string>

#include "model/paper.h"
#include "views/render_context.h"

namespace folio {

void append_bib_entry(std::string& out, const Paper& paper, const RenderContext& context);

}  // namespace folio
