#include "plugins/external_posts.h"

#include <string>

namespace folio::plugins {

void report_external_posts(const site::SiteModel& site, Diagnostics& diagnostics) {
  const liquid::Value sources = site.config.site.lookup("external_sources");
  if (!sources.is_array() || sources.as_array().empty()) return;
  std::string links;
  for (const liquid::Value& source : sources.as_array()) {
    const liquid::Value feed = source.lookup("rss_url");
    if (feed.is_string()) links += " " + feed.as_string();
    const liquid::Value posts = source.lookup("posts");
    if (!posts.is_array()) continue;
    for (const liquid::Value& post : posts.as_array()) {
      const liquid::Value url = post.lookup("url");
      if (url.is_string()) links += " " + url.as_string();
    }
  }
  diagnostics.warning(site.config.file, 0, 0,
                      "external_sources: Jekyll reads these posts from other sites while it builds, which a "
                      "browser cannot; folio's blog leaves them out. To list one, add a post with "
                      "'redirect: URL' in _posts/. The sources:" + links);
}

}  // namespace folio::plugins
