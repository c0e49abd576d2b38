#include "news/announcements.h"

namespace folio {

NewsExcerpt about_news_excerpt(const Site& site) {
  NewsExcerpt excerpt;
  if (!site.about) return excerpt;
  const AboutPage& page = *site.about;
  const AnnouncementSettings& settings = page.announcements ? *page.announcements : site.config.announcements;
  excerpt.shown = page.announcements ? page.announcements->enabled : page.show_news && settings.enabled;
  excerpt.limit = settings.limit;
  excerpt.scrollable = settings.scrollable && site.news.size() > 3;
  return excerpt;
}

}  // namespace folio
