// al-folio's _plugins/external-posts.rb: `external_sources:` in _config.yml
// (a feed's rss_url, or a list of post URLs) become posts of the blog, read
// from the network while Jekyll builds. A visitor's browser cannot read
// another site (no CORS), so `folio external DIR` (web/external-posts.mjs,
// in Node, where a lab runs its CI) fetches them into _external_posts.json:
// one record per post, what the plugin's create_document receives. The core
// makes them posts as the plugin does (slug, front matter, the redirect to
// the original); without the file it says what is missing and how to fetch it.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/source_files.h"
#include "site/site_model.h"

namespace folio::plugins {

inline constexpr const char* kExternalPostsFile = "_external_posts.json";

// One entry of `external_sources:`: a feed, or posts by URL with their dates.
struct ExternalSource {
  struct Post {
    std::string url;
    std::string published_date;  // as _config.yml gives it: "2024-05-14"
  };
  std::string name;
  std::string rss_url;  // "" when the source lists posts
  std::vector<Post> posts;
};

// What the fetcher reads from other sites (routes_json hands it to Node).
std::vector<ExternalSource> external_sources(const site::SiteModel& site);

// Appends the fetched external posts to site.posts; reports sources the file
// lacks (or the whole list, when there is no file) and records it cannot read.
void add_external_posts(const SourceFiles& files, site::SiteModel& site, Diagnostics& diagnostics);

// The post's file name without its extension, as the plugin makes it: the
// title, lowercased, spaces to hyphens, only [A-Za-z0-9_-] kept; or, for a
// title with no such character, "<source>-<last segment of the url>".
std::string external_post_slug(const std::string& title, const std::string& source, const std::string& url);

}  // namespace folio::plugins
