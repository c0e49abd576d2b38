// The route table as plain JSON data: what the shell, `build`, the feed and
// Node users read (site.routes()).
#pragma once

#include <nlohmann/json.hpp>

#include "site/route_table.h"
#include "site/site_model.h"

namespace folio {

// {"url", "baseurl", "routes": [{"url", "public_url", "output", "kind", "path",
// "collection", "layout", "title", "generator"}], "external_sources": [{"name",
// "rss_url"} or {"name", "posts": [{"url", "published_date"}]}]}: one entry per
// output file, pages first, then each collection's documents in their order;
// the sources only on a site that has them.
nlohmann::json routes_to_json(const site::RouteTable& routes, const site::SiteModel& site);

}  // namespace folio
