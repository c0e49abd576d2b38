#include "views/footer_view.h"

#include "core/html_escape.h"

namespace folio {

std::string render_footer_html(const RenderContext& context) {
  const SiteConfig& config = context.site().config;
  std::string out = "<p>&copy; Copyright ";
  append_escaped(out, config.display_name());
  out += '.';
  const std::string footer = context.safe_html(config.footer_text);
  if (!footer.empty()) out += ' ' + footer;
  out += "</p><p class=\"folio-credit\">Rendered in your browser by folio from the site's al-folio content.</p>";
  return out;
}

}  // namespace folio
