#include "views/footer_view.h"

#include <cctype>

#include "core/html_escape.h"

namespace folio {

std::string render_footer_html(const RenderContext& context) {
  const SiteConfig& config = context.site().config;
  std::string out = "<p>&copy; Copyright ";
  append_escaped(out, config.display_name());
  out += '.';
  std::string footer = context.safe_html(config.footer_text);
  while (!footer.empty() && std::isspace(static_cast<unsigned char>(footer.back()))) footer.pop_back();
  if (!footer.empty()) out += ' ' + footer;
  out += "</p><p class=\"folio-credit\">Made with folio from the site's al-folio content.</p>";
  return out;
}

}  // namespace folio
