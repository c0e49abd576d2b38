// The model as plain JSON data: what Node users get from site.model().
#pragma once

#include <nlohmann/json.hpp>

#include "model/site.h"

namespace folio {

nlohmann::json site_to_json(const Site& site);

}  // namespace folio
