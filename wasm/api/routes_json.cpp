#include "api/routes_json.h"

#include "plugins/external_posts.h"

namespace folio {
namespace {

std::string text_field(const site::Document& document, const char* key) {
  const liquid::Value value = document.data.lookup(key);
  return value.is_nil() ? "" : liquid::to_output(value);
}

}  // namespace

nlohmann::json routes_to_json(const site::RouteTable& routes, const site::SiteModel& site) {
  nlohmann::json entries = nlohmann::json::array();
  for (const site::Route& route : routes.routes()) {
    nlohmann::json entry = {{"url", route.url},
                            {"public_url", routes.public_url(route)},
                            {"output", route.output_path},
                            {"kind", site::route_kind_name(route.kind)}};
    if (route.document != site::kNoDocument) {
      const site::Document& document = site.documents[route.document];
      entry["path"] = document.relative_path;
      entry["collection"] = document.collection;
      entry["layout"] = document.layout();
      entry["title"] = text_field(document, "title");
    }
    if (!route.generator.empty()) entry["generator"] = route.generator;
    entries.push_back(std::move(entry));
  }
  nlohmann::json table = {{"url", site.config.url}, {"baseurl", routes.baseurl()}, {"routes", std::move(entries)}};
  // What `folio external` fetches for al-folio's external posts.
  nlohmann::json sources = nlohmann::json::array();
  for (const plugins::ExternalSource& source : plugins::external_sources(site)) {
    nlohmann::json entry = {{"name", source.name}};
    if (!source.rss_url.empty()) entry["rss_url"] = source.rss_url;
    for (const plugins::ExternalSource::Post& post : source.posts) {
      entry["posts"].push_back({{"url", post.url}, {"published_date", post.published_date}});
    }
    sources.push_back(std::move(entry));
  }
  if (!sources.empty()) table["external_sources"] = std::move(sources);
  // The files Jekyll would copy as they are, after `exclude:`: what `index`
  // lists for browsers, by their paths in the folder.
  nlohmann::json statics = nlohmann::json::array();
  for (const site::StaticFile& file : site.static_files) {
    statics.push_back(file.relative_path.rfind('/', 0) == 0 ? file.relative_path.substr(1) : file.relative_path);
  }
  table["static_files"] = std::move(statics);
  return table;
}

}  // namespace folio
