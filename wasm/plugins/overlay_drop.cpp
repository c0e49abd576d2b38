#include "plugins/overlay_drop.h"

#include <algorithm>

namespace folio::plugins {

liquid::Value OverlayDrop::get(std::string_view key) const {
  if (const liquid::Value* own = fields_.find(key)) return *own;
  return base_.lookup(key);
}

std::vector<std::string> OverlayDrop::keys() const {
  std::vector<std::string> names;
  if (base_.is_drop()) {
    names = base_.as_drop().keys();
  } else if (base_.is_hash()) {
    for (const auto& [key, value] : base_.as_hash()) names.push_back(key);
  }
  for (const auto& [key, value] : fields_) {
    if (std::find(names.begin(), names.end(), key) == names.end()) names.push_back(key);
  }
  return names;
}

}  // namespace folio::plugins
