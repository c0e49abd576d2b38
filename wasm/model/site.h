// The whole site, parsed once; every view renders from it.
#pragma once

#include <optional>
#include <vector>

#include "model/about_page.h"
#include "model/news_item.h"
#include "model/site_config.h"

namespace folio {

struct Site {
  SiteConfig config;
  std::optional<AboutPage> about;
  std::vector<NewsItem> news;  // newest first, in the order al-folio lists them
};

}  // namespace folio
