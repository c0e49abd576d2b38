#include "site/route_table.h"

namespace folio::site {
namespace {

RouteKind kind_of(const Document& document) {
  switch (document.kind) {
    case DocumentKind::page: return RouteKind::page;
    case DocumentKind::post: return RouteKind::post;
    case DocumentKind::document: return RouteKind::document;
  }
  return RouteKind::page;
}

std::string source_of(const Route& route, const SiteModel& site) {
  return route.document == kNoDocument ? route.generator : site.documents[route.document].relative_path;
}

}  // namespace

std::string normalized_baseurl(std::string baseurl) {
  while (!baseurl.empty() && baseurl.back() == '/') baseurl.pop_back();
  if (!baseurl.empty() && baseurl[0] != '/') baseurl.insert(0, "/");
  return baseurl;
}

const char* route_kind_name(RouteKind kind) {
  switch (kind) {
    case RouteKind::page: return "page";
    case RouteKind::post: return "post";
    case RouteKind::document: return "document";
    case RouteKind::generated: return "generated";
  }
  return "page";
}

RouteTable RouteTable::from_site(const SiteModel& site, Diagnostics& diagnostics) {
  RouteTable table;
  table.baseurl_ = normalized_baseurl(site.config.baseurl);
  for (size_t index : site.pages) {
    const Document& page = site.documents[index];
    table.add(Route{page.url, page.output_path(), RouteKind::page, index, ""}, site, diagnostics);
  }
  for (const Collection& collection : site.collections) {
    for (size_t index : collection.documents) {
      const Document& document = site.documents[index];
      if (!document.write) continue;
      table.add(Route{document.url, document.output_path(), kind_of(document), index, ""}, site, diagnostics);
    }
  }
  return table;
}

void RouteTable::add(Route route, const SiteModel& site, Diagnostics& diagnostics) {
  const auto same_file = by_output_.find(route.output_path);
  if (same_file == by_output_.end()) {
    by_output_.emplace(route.output_path, routes_.size());
    by_url_.emplace(route.url, routes_.size());
    routes_.push_back(std::move(route));
    return;
  }
  Route& existing = routes_[same_file->second];
  const std::string kept = source_of(route, site);
  const std::string replaced = source_of(existing, site);
  const std::string message = replaced + " and " + kept + " are both written to " + route.url +
                              "; Jekyll keeps the last one written, " + kept +
                              ". Give one of them another 'permalink:' in its front matter";
  diagnostics.warning(replaced, 0, 0, message);
  diagnostics.warning(kept, 0, 0, message);
  by_url_.erase(existing.url);
  by_url_[route.url] = same_file->second;
  existing = std::move(route);
}

void RouteTable::add_generated(Route route, const SiteModel& site, Diagnostics& diagnostics) {
  route.kind = RouteKind::generated;
  const auto same_file = by_output_.find(route.output_path);
  if (same_file != by_output_.end() && routes_[same_file->second].kind != RouteKind::generated) {
    const std::string taken_by = source_of(routes_[same_file->second], site);
    diagnostics.warning(taken_by, 0, 0,
                        "the " + route.generator + " page " + route.url + " is at the URL of " + taken_by +
                            ", which is kept; change that file's 'permalink:' or the " + route.generator +
                            "'s permalink setting");
    return;
  }
  add(std::move(route), site, diagnostics);
}

const Route* RouteTable::find(std::string_view url) const {
  const auto found = by_url_.find(std::string(url));
  return found == by_url_.end() ? nullptr : &routes_[found->second];
}

const Route* RouteTable::resolve(std::string_view request_path) const {
  std::string path(request_path.substr(0, request_path.find_first_of("?#")));
  if (!baseurl_.empty() && path.compare(0, baseurl_.size(), baseurl_) == 0 &&
      (path.size() == baseurl_.size() || path[baseurl_.size()] == '/')) {
    path.erase(0, baseurl_.size());
  }
  if (path.empty() || path[0] != '/') path.insert(0, "/");
  const std::string index = "index.html";
  std::vector<std::string> candidates = {path};
  if (path.back() != '/') {
    candidates.push_back(path + "/");
    candidates.push_back(path + ".html");
  }
  if (path.size() >= index.size() && path.compare(path.size() - index.size(), index.size(), index) == 0) {
    candidates.push_back(path.substr(0, path.size() - index.size()));
  }
  for (const std::string& candidate : candidates) {
    if (const Route* route = find(candidate)) return route;
  }
  return nullptr;
}

std::string RouteTable::public_url(const Route& route) const { return baseurl_ + route.url; }

}  // namespace folio::site
