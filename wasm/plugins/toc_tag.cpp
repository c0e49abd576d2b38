// {% toc %}: nothing unless the page sets `toc:` (any true value: al-folio's
// `toc: beginning: true` is one); else the table of contents of the page's
// rendered content (plugins/toc.h).
#include "plugins/plugin_tags.h"
#include "plugins/toc.h"

namespace folio::plugins {

void register_toc_tag(liquid::TagRegistry& tags, const site::SiteModel& site) {
  tags.add_tag("toc", [&site](const liquid::CustomTagCall&, liquid::TagContext& context, std::string& out) {
    if (!context.evaluate("page.toc").truthy()) return;
    const liquid::Value content = context.evaluate("page.content");
    out += build_toc(liquid::to_output(content), site.config.site.lookup("toc"));
  });
}

}  // namespace folio::plugins
