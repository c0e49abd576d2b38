// The site's navigation as al-folio's _includes/header.liquid builds it: the
// page at "/" first (its title, "about" without one), then every page with
// `nav: true` (and no `autogen`) in `nav_order`, a `dropdown: true` page as a
// menu of its `children`, `divider` children as separators. A site without
// nav pages (a folder made for folio: about, news and papers) gets folio's own
// views. The shell and prerendered pages put these <li> items in their <nav>;
// the item of the page shown carries aria-current.
#pragma once

#include <string>
#include <string_view>

#include "site/site_model.h"

namespace folio {

// current_url: the URL of the page shown, without the baseurl ("/blog/2015/x/").
// route_base: as in a render request ("#/" in the shell, "" keeps Jekyll's
// URLs, a path on prerendered pages).
// The pages alone are enough: posts and collections never reach the nav.
std::string render_nav_html(const site::SiteModel& site, std::string_view current_url, const std::string& route_base);

}  // namespace folio
