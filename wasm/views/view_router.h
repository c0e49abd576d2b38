#pragma once

#include <string>
#include <string_view>

#include "model/site.h"
#include "views/render_context.h"
#include "views/rendered_view.h"

namespace folio {

// Renders the view a route names: "about" (or ""), "news", "news/ID", more as
// views are added.
// An unknown route gives a not-found view that says what exists.
RenderedView render_view(const Site& site, std::string_view route, const RenderOptions& options);

// Whether one of folio's own views draws the route ("", "about", "news",
// "news/ID", "publications"); every other route is a page of the site,
// drawn through its layouts (render/site_renderer.h).
bool is_view_route(std::string_view route);

// The URL a view's route stands for: "about" -> "/", "news/x" -> "/news/x/".
std::string view_route_url(std::string_view route);

}  // namespace folio
