// jekyll-paginate-v2 (3.0), the generator: a page whose front matter has
// `pagination: enabled: true` (over the `pagination:` of _config.yml, which
// must be enabled too) is split into pages of `per_page` documents of its
// `collection`, sorted by `sort_field` (`sort_reverse`), filtered by
// `category`, `tag` and `locale`, cut by `offset` and `limit`. Page 1 is the
// page itself, at its permalink; page N at the permalink joined with the
// `permalink` setting ("/blog/" + "/page/:num/" = "/blog/page/2/"), titled
// by the `title` setting (":title - page :num"). Each page's `paginator`
// carries the documented fields and, with `trail:`, the page_trail.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "liquid/value.h"
#include "site/site_drops.h"
#include "site/site_model.h"

namespace folio::plugins {

struct PaginatorPage {
  int number = 1;
  std::string page_path;  // as the plugin writes it: "/blog/page/2/index.html"
  std::string url;        // the route's: "/blog/page/2/"
  std::string title;      // "blog - page 2"
};

struct Pagination {
  size_t page = site::kNoDocument;  // the page that asked for it
  int per_page = 10;
  std::vector<size_t> documents;  // what is paginated, in order
  std::vector<PaginatorPage> pages;
  std::string first_page_url;     // "/blog/"
  std::string paginated_url;      // "/blog/page/:num/"
  int trail_before = 0;
  int trail_after = 0;
};

// Every paginated page of the site, in site.pages order. Problems (a bad
// per_page, a collection that does not exist) go to `diagnostics` when given.
std::vector<Pagination> find_paginations(const site::SiteModel& site, Diagnostics* diagnostics);

// The pagination of one page, if it is paginated.
std::optional<Pagination> pagination_of(const site::SiteModel& site, size_t page);

// `paginator` for page `number` (1-based) of a pagination.
liquid::Value paginator_value(const site::SiteDrops& drops, const Pagination& pagination, int number);

// `page` for that page: the paginated page with the url, title (and
// permalink, autogen, pagination_info) the plugin gives its copy.
liquid::Value paginated_page_value(const site::SiteDrops& drops, const Pagination& pagination, int number);

}  // namespace folio::plugins
