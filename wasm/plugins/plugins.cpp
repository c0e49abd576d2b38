// Until the plugins land one by one, the hooks add nothing.
#include "plugins/plugins.h"

namespace folio::plugins {

void register_plugin_tags(liquid::TagRegistry&, const site::SiteModel&) {}

void add_generated_routes(const site::SiteModel&, site::RouteTable&, Diagnostics&) {}

liquid::Hash route_variables(const site::SiteModel&, const site::Route&) { return {}; }

std::string after_convert(const site::SiteModel&, const site::Document&, std::string html) { return html; }

}  // namespace folio::plugins
