// The bibliography views:
//
// - the about page's "selected publications" section, when the page says
//   selected_papers: true: the papers with selected = {true}, in file order,
//   as al-folio's _includes/selected_papers.liquid lists them
//   (<div class="publications"><ol class="bibliography"><li>...);
// - route "publications": every paper grouped by year, newest year first,
//   file order within a year (<h2 class="bibliography">2024</h2>
//   <ol class="bibliography">...), as al-folio's publications page does with
//   jekyll-scholar's group_by: year.
//
// Widgets narrow the route with RenderOptions: selected_only (one list, file
// order, like the about page), year, and limit (the first N papers shown).
#pragma once

#include <string>

#include "views/render_context.h"
#include "views/rendered_view.h"

namespace folio {

void append_about_selected_papers(std::string& out, const RenderContext& context);

RenderedView render_publications(const RenderContext& context);

}  // namespace folio
