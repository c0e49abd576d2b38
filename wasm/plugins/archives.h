// jekyll-archives-v2, al-folio's archive generator: for each collection
// under _config.yml's `jekyll-archives:`, the year (month, day) archives and
// one archive per value of each other `enabled` field (tags, categories...),
// at `permalinks` (default "/:collection/:year/", "/:collection/:type/:name/",
// :type singular, :name slugified), in `layouts` or `layout` ("archive").
// The page drop has collection_name, documents (newest first), type (the
// enabled name: "year", "tags"), title (tag archives), date (date archives),
// name, path, url, permalink and layout.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "liquid/value.h"
#include "site/site_drops.h"
#include "site/site_model.h"

namespace folio::plugins {

struct Archive {
  std::string collection;      // "posts"
  std::string type;            // "year", "month", "day", or the field: "tags"
  std::string title;           // the field's value ("formatting"); "" for dates
  std::string date;            // date archives: "2015-01-01"; "" otherwise
  std::vector<size_t> documents;  // newest first
  std::string url;             // "/blog/2015/"
  std::string output_path;     // "blog/2015/index.html"
  std::string layout;          // "archive"
  bool v1 = false;             // jekyll-archives 2.x (v1 of the format): the drop has posts, not documents
};

// Every archive page of the site, in the plugin's order (each collection's
// dates, then its fields). Problems go to `diagnostics` when given.
std::vector<Archive> find_archives(const site::SiteModel& site, Diagnostics* diagnostics);

// `page` for an archive.
liquid::Value archive_page_value(const site::SiteDrops& drops, const Archive& archive);

}  // namespace folio::plugins
