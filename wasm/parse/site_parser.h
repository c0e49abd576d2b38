#pragma once

#include "core/diagnostics.h"
#include "model/site.h"
#include "model/source_files.h"

namespace folio {

// Parses every file of an al-folio content folder into the model. Each file is
// parsed on its own, so a broken one costs only itself.
Site parse_site(const SourceFiles& files, Diagnostics& diagnostics);

// parse_site in two steps, for a session that reads the content only when a
// view first shows it (api/site_session.h): the config, with the problems of
// files that could not be read at all, and then the rest.
SiteConfig parse_site_config_file(const SourceFiles& files, Diagnostics& diagnostics);
void parse_site_content(const SourceFiles& files, Site& site, Diagnostics& diagnostics);

// Paths folio reads, relative to the content folder.
namespace content_paths {
inline constexpr const char* config = "_config.yml";
inline constexpr const char* about_page = "_pages/about.md";
}  // namespace content_paths

}  // namespace folio
