// Jekyll's pages link with site-absolute URLs ("/al-folio/team/",
// "/al-folio/assets/img/prof_pic.jpg"). Where folio shows a page is not
// always the site's root: the shell routes "#/team/" and serves the files
// from its content folder, a widget sits on another site. This pass rewrites
// href and src attributes under the baseurl: a URL of a route gets
// `route_base` in place of the baseurl ("#/team/"), anything else (a file)
// gets `asset_base`. An empty base keeps those URLs as Jekyll wrote them.
#pragma once

#include <string>
#include <string_view>

#include "site/route_table.h"

namespace folio::render {

std::string rebase_urls(std::string_view html, const site::RouteTable& routes, const std::string& route_base,
                        const std::string& asset_base);

}  // namespace folio::render
