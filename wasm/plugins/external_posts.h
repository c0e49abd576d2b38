// al-folio's _plugins/external-posts.rb: `external_sources:` in _config.yml
// (a feed's rss_url, or a list of post URLs) become posts of the blog, read
// from the network while Jekyll builds. folio cannot read another site from
// a visitor's browser (no CORS), so the posts are not in site.posts; folio
// says so once, with the links, so the author can see what is missing.
#pragma once

#include "core/diagnostics.h"
#include "site/site_model.h"

namespace folio::plugins {

void report_external_posts(const site::SiteModel& site, Diagnostics& diagnostics);

}  // namespace folio::plugins
