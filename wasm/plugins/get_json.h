// jekyll-get-json, as al-folio configures it:
//   jekyll_get_json:
//     - data: resume
//       json: assets/json/resume.json   # it can also be an url
// puts the parsed JSON at site.data.resume, which al-folio's cv layout reads.
// A local file is read from the site's files; a URL cannot be fetched while
// a visitor's browser renders (no CORS, no build step), so it is reported
// with what to do instead, and site.data keeps no entry for it.
#pragma once

#include "core/diagnostics.h"
#include "model/source_files.h"
#include "site/site_model.h"

namespace folio::plugins {

void add_json_data(const SourceFiles& files, site::SiteModel& site, Diagnostics& diagnostics);

}  // namespace folio::plugins
