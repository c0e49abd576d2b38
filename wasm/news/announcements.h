// Whether the about page shows news, and how many: al-folio's `announcements`
// settings. Newer al-folio sets them in the about page's front matter
// (announcements: {enabled, limit, scrollable}); older sites set `news: true`
// on the page and announcements: in _config.yml. The page's settings win when
// it has them; otherwise the section is shown when the page says news: true
// and _config.yml does not disable announcements.
#pragma once

#include "model/site.h"

namespace folio {

struct NewsExcerpt {
  bool shown = false;
  int limit = 0;  // at most this many rows; 0 or less: all
  // A scroll box, as al-folio makes one when the site has more than 3 items.
  bool scrollable = false;
};

NewsExcerpt about_news_excerpt(const Site& site);

}  // namespace folio
