#include "plugins/get_json.h"

#include <string>

#include <nlohmann/json.hpp>

#include "liquid/json_value.h"

namespace folio::plugins {
namespace {

std::string text_of(const liquid::Value& value) { return value.is_string() ? value.as_string() : ""; }

bool is_url(const std::string& source) { return source.find("://") != std::string::npos; }

// "assets/json/resume.json" or "/assets/json/resume.json", as the plugin joins it to the site source.
std::string site_path(std::string source) {
  while (!source.empty() && source.front() == '/') source.erase(0, 1);
  return source;
}

// The JSON of one entry, or nil (with a diagnostic saying why).
liquid::Value read_source(const SourceFiles& files, const std::string& config_file, const std::string& source,
                          Diagnostics& diagnostics) {
  if (is_url(source)) {
    diagnostics.warning(config_file, 0, 0,
                        "jekyll_get_json: " + source + " is fetched by Jekyll while it builds, which a browser cannot; "
                        "save it in the repository (e.g. assets/json/) and name that file instead");
    return {};
  }
  const std::string path = site_path(source);
  const auto file = files.text_by_path.find(path);
  if (file == files.text_by_path.end()) {
    diagnostics.warning(config_file, 0, 0,
                        "jekyll_get_json: " + path + " is not among the site's files; add it, or list it in folio.json "
                        "(node web/cli.mjs index DIR)");
    return {};
  }
  const liquid::OrderedJson json = liquid::OrderedJson::parse(file->second, nullptr, false);
  if (json.is_discarded()) {
    diagnostics.error(path, 0, 0, "jekyll_get_json: this file is not valid JSON, so site.data has nothing from it; fix it");
    return {};
  }
  return liquid::value_from_json(json);
}

}  // namespace

void add_json_data(const SourceFiles& files, site::SiteModel& site, Diagnostics& diagnostics) {
  const liquid::Value entries = site.config.site.lookup("jekyll_get_json");
  if (!entries.is_array()) return;
  liquid::Hash data = site.data.is_hash() ? site.data.as_hash() : liquid::Hash();
  for (const liquid::Value& entry : entries.as_array()) {
    const std::string key = text_of(entry.lookup("data"));
    const std::string source = text_of(entry.lookup("json"));
    if (key.empty() || source.empty()) {
      diagnostics.warning(site.config.file, 0, 0, "jekyll_get_json: each entry needs 'data: NAME' and 'json: FILE'");
      continue;
    }
    liquid::Value value = read_source(files, site.config.file, source, diagnostics);
    if (!value.is_nil()) data.set(key, std::move(value));
  }
  site.data = liquid::Value(std::move(data));
}

}  // namespace folio::plugins
