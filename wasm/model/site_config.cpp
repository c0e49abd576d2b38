#include "model/site_config.h"

namespace folio {

std::string SiteConfig::display_name() const {
  if (title != "blank" && !title.empty()) return title;
  std::string name;
  for (const std::string* part : {&first_name, &middle_name, &last_name}) {
    if (part->empty()) continue;
    if (!name.empty()) name += ' ';
    name += *part;
  }
  return name;
}

}  // namespace folio
