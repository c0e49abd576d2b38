// The Jekyll plugins an al-folio site uses, done natively: what each one adds
// to a render. The render pipeline (wasm/render/) calls these four hooks and
// knows nothing of any single plugin; each plugin lives in a file of its own
// here (paginate-v2, archives, toc, jemoji, al-folio's _plugins).
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "liquid/custom_tag.h"
#include "liquid/value.h"
#include "site/document.h"
#include "site/route_table.h"
#include "site/site_model.h"

namespace folio::plugins {

// Tags the plugins define ({% details %}, {% file_exists %},
// {% google_scholar_citations %}, ...), for every template of the site.
void register_plugin_tags(liquid::TagRegistry& tags, const site::SiteModel& site);

// Pages generators write: jekyll-paginate-v2's /blog/page/2/, jekyll-archives'
// /blog/2024/, /blog/tag/x/ ... Called once, after the documents' routes.
void add_generated_routes(const site::SiteModel& site, site::RouteTable& routes, Diagnostics& diagnostics);

// The variables a route's render adds to the environment, or replaces:
// `paginator` on a paginated page, `page` on an archive page. Empty for most.
liquid::Hash route_variables(const site::SiteModel& site, const site::Route& route);

// A document's HTML after conversion, before its layout: jemoji's :emoji:,
// jekyll-toc's anchors, ... Returns the HTML unchanged when nothing applies.
std::string after_convert(const site::SiteModel& site, const site::Document& document, std::string html);

}  // namespace folio::plugins
