// The four hooks, each handing over to the plugins it concerns.
#include "plugins/plugins.h"

#include "plugins/archives.h"
#include "plugins/external_posts.h"
#include "plugins/get_json.h"
#include "plugins/jemoji.h"
#include "plugins/pagination.h"
#include "plugins/plugin_tags.h"

namespace folio::plugins {

void register_plugin_tags(liquid::TagRegistry& tags, const site::SiteModel& site) {
  register_details_tag(tags);
  register_file_exists_tag(tags, site);
  register_citation_count_tags(tags);
  register_toc_tag(tags, site);
  register_embed_link_tags(tags);
  register_tabs_tags(tags);
}

void add_generated_routes(const site::SiteModel& site, site::RouteTable& routes, Diagnostics& diagnostics) {
  for (const Pagination& pagination : find_paginations(site, &diagnostics)) {
    const site::Document& page = site.documents[pagination.page];
    for (const PaginatorPage& entry : pagination.pages) {
      // Page 1 is the page itself, unless the plugin writes it elsewhere
      // (a page without a permalink: its folder's index.html).
      if (entry.number == 1 && entry.url == page.url) continue;
      std::string output = entry.page_path;
      while (!output.empty() && output.front() == '/') output.erase(0, 1);
      routes.add_generated(site::Route{entry.url, output, site::RouteKind::generated, pagination.page, "paginator"},
                           site, diagnostics);
    }
  }
  for (const Archive& archive : find_archives(site, &diagnostics)) {
    routes.add_generated(
        site::Route{archive.url, archive.output_path, site::RouteKind::generated, site::kNoDocument, "archive"}, site,
        diagnostics);
  }
}

void add_site_data(const SourceFiles& files, site::SiteModel& site, Diagnostics& diagnostics) {
  add_json_data(files, site, diagnostics);
  add_external_posts(files, site, diagnostics);
}

liquid::Hash route_variables(const site::SiteDrops& drops, const site::Route& route) {
  liquid::Hash variables;
  const site::SiteModel& site = drops.model();
  if (route.generator == "archive") {
    for (const Archive& archive : find_archives(site, nullptr)) {
      if (archive.url != route.url) continue;
      variables.set("page", archive_page_value(drops, archive));
      break;
    }
    return variables;
  }
  if (route.document == site::kNoDocument || (route.kind != site::RouteKind::page && route.generator != "paginator")) {
    return variables;
  }
  const std::optional<Pagination> pagination = pagination_of(site, route.document);
  if (!pagination) return variables;
  for (const PaginatorPage& entry : pagination->pages) {
    const bool is_this_page = route.generator == "paginator" ? entry.url == route.url : entry.number == 1;
    if (!is_this_page) continue;
    variables.set("paginator", paginator_value(drops, *pagination, entry.number));
    variables.set("page", paginated_page_value(drops, *pagination, entry.number));
    break;
  }
  return variables;
}

std::string after_convert(const site::SiteModel&, const site::Document& document, std::string html) {
  return emojify_document(document, std::move(html));
}

}  // namespace folio::plugins
