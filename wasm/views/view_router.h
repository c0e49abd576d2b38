#pragma once

#include <string_view>

#include "model/site.h"
#include "views/render_context.h"
#include "views/rendered_view.h"

namespace folio {

// Renders the view a route names: "about" (or ""), "news", "news/ID", more as
// views are added.
// An unknown route gives a not-found view that says what exists.
RenderedView render_view(const Site& site, std::string_view route, const RenderOptions& options);

}  // namespace folio
