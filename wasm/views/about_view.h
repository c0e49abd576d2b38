#pragma once

#include "views/render_context.h"
#include "views/rendered_view.h"

namespace folio {

// The about page as al-folio's _layouts/about.liquid renders it: title,
// subtitle, profile, body, news excerpt, selected papers, social links.
RenderedView render_about(const RenderContext& context);

}  // namespace folio
