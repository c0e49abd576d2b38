// Every URL the site has, and what renders it: the one route table the
// shell, `build`, the feed and the structured data read. Pages, posts and
// the documents of collections with `output: true` are at the URLs Jekyll
// writes them; pages that a plugin generates (jekyll-paginate-v2's /blog/page/2/,
// jekyll-archives' /blog/2024/) are added by their generators with
// add_generated. URLs are kept without the baseurl; public_url adds it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.h"
#include "site/site_model.h"

namespace folio::site {

enum class RouteKind { page, post, document, generated };

const char* route_kind_name(RouteKind kind);

// _config.yml's baseurl as URLs carry it: "" or "/al-folio" (no trailing "/").
std::string normalized_baseurl(std::string baseurl);

struct Route {
  std::string url;          // "/blog/2015/formatting-and-links/"
  std::string output_path;  // "blog/2015/formatting-and-links/index.html", as Jekyll writes it
  RouteKind kind = RouteKind::page;
  size_t document = kNoDocument;  // what renders it (for a generated page: the page that asked for it)
  std::string generator;          // generated pages: "paginator", "archive", ...
};

class RouteTable {
 public:
  // Two documents written to one file are reported at both; as in Jekyll,
  // the one written last (pages, then collections in order) is the one kept.
  static RouteTable from_site(const SiteModel& site, Diagnostics& diagnostics);

  // For generators. A generated page never replaces a document's route.
  void add_generated(Route route, const SiteModel& site, Diagnostics& diagnostics);

  const std::vector<Route>& routes() const { return routes_; }
  const std::string& baseurl() const { return baseurl_; }

  const Route* find(std::string_view url) const;
  // A path as a browser asks for it ("/al-folio/blog/2015/x", "/cv/index.html",
  // "/404.html?x#y"): the baseurl taken off, then the route itself, the
  // folder's ("x/"), "x.html", or "x/index.html"'s folder.
  const Route* resolve(std::string_view request_path) const;
  // The URL with the baseurl: "/al-folio/blog/2015/x/".
  std::string public_url(const Route& route) const;

 private:
  void add(Route route, const SiteModel& site, Diagnostics& diagnostics);

  std::vector<Route> routes_;
  std::unordered_map<std::string, size_t> by_output_;  // output_path -> index in routes_
  std::unordered_map<std::string, size_t> by_url_;     // url -> index in routes_
  std::string baseurl_;  // "" or "/al-folio" (no trailing "/")
};

}  // namespace folio::site
