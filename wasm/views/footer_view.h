// The page footer as al-folio's _includes/footer.liquid writes it:
// "© Copyright NAME. footer_text", footer_text being HTML from _config.yml
// (sanitized like any content HTML), then a line saying folio made the page.
// The shell fills its <footer> with it; prerendered pages carry it.
#pragma once

#include <string>

#include "views/render_context.h"

namespace folio {

std::string render_footer_html(const RenderContext& context);

}  // namespace folio
