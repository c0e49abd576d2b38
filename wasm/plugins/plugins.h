// The Jekyll plugins an al-folio site uses, done natively: what each one adds
// to a render. The render pipeline (wasm/render/) calls these four hooks and
// knows nothing of any single plugin; each plugin lives in a file of its own
// here (paginate-v2, archives, toc, jemoji, al-folio's _plugins).
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "liquid/custom_tag.h"
#include "liquid/value.h"
#include "model/source_files.h"
#include "site/document.h"
#include "site/route_table.h"
#include "site/site_drops.h"
#include "site/site_model.h"

namespace folio::plugins {

// Data the plugins add to the site before anything renders: jekyll-get-json's
// site.data.resume (al-folio's cv), al-folio's external posts (fetched into
// _external_posts.json). Called once, after the site is read.
void add_site_data(const SourceFiles& files, site::SiteModel& site, Diagnostics& diagnostics);

// Tags the plugins define ({% details %}, {% file_exists %},
// {% google_scholar_citations %}, {% toc %}, ...), for every template of the
// site. The handlers keep per-site state (a warning given once), so register
// them once per site; `site` must outlive the registry.
void register_plugin_tags(liquid::TagRegistry& tags, const site::SiteModel& site);

// Pages generators write: jekyll-paginate-v2's /blog/page/2/, jekyll-archives'
// /blog/2024/, /blog/tag/x/ ... Called once, after the documents' routes.
// A paginator page's route has generator "paginator" and the paginated page
// as its document; an archive's has generator "archive" and no document (it
// renders its layout, page.layout from route_variables, with empty content).
void add_generated_routes(const site::SiteModel& site, site::RouteTable& routes, Diagnostics& diagnostics);

// The variables a route's render adds to the environment, or replaces:
// `paginator` and `page` on a paginated page (page 1 too: page.url is
// "/blog/index.html" there, as jekyll-paginate-v2 sets it), `page` on an
// archive page. Empty for most. The posts in them are `drops`' documents, so
// they read the content the renderer has made.
liquid::Hash route_variables(const site::SiteDrops& drops, const site::Route& route);

// A document's HTML after conversion, before its layout: jemoji's :emoji:.
// Returns the HTML unchanged when nothing applies.
std::string after_convert(const site::SiteModel& site, const site::Document& document, std::string html);

}  // namespace folio::plugins
