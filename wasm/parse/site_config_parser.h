#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "model/site_config.h"
#include "parse/yaml_reader.h"

namespace folio {

// Reads _config.yml. A syntax error leaves al-folio's defaults in place.
SiteConfig parse_site_config(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// announcements: {enabled, limit, scrollable}, as the site or a page sets them.
AnnouncementSettings read_announcements(const YamlReader& reader, AnnouncementSettings defaults);

}  // namespace folio
