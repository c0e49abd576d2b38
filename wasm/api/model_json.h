// The model as plain JSON data: what Node users get from site.model().
#pragma once

#include <nlohmann/json.hpp>

#include "model/site.h"

namespace folio {

nlohmann::json site_to_json(const Site& site);
// Only the config: what the shell reads for its diagnostics panel, without
// the cost of the whole model (every paper and news item) on a large site.
nlohmann::json config_to_json(const SiteConfig& config);

}  // namespace folio
