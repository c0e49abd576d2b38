// The whole site, parsed once; every view renders from it.
#pragma once

#include <optional>
#include <vector>

#include "model/about_page.h"
#include "model/coauthor.h"
#include "model/news_item.h"
#include "model/paper.h"
#include "model/site_config.h"
#include "model/venue.h"

namespace folio {

struct Site {
  SiteConfig config;
  std::optional<AboutPage> about;
  std::vector<NewsItem> news;  // newest first, in the order al-folio lists them
  std::vector<Paper> papers;   // papers.bib in file order, then _data/papers.yml
  VenueMap venues;             // _data/venues.yml
  CoauthorMap coauthors;       // _data/coauthors.yml
};

}  // namespace folio
