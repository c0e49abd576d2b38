// {% file_exists assets/pdf/{{ page.pdf }} %}: "true" when the site has that
// file. The path is rendered as Liquid first and read from the site's root,
// as the plugin reads it ("/assets/x" is the same file; a path with the
// baseurl in front is not one). folio knows the site's pages, documents,
// static files and includes; _layouts and _data files are not looked at.
#include <algorithm>
#include <string>

#include "liquid/engine.h"
#include "plugins/plugin_tags.h"

namespace folio::plugins {
namespace {

std::string trimmed(const std::string& text) {
  const size_t first = text.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n\f\v") - first + 1);
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// The path as the site's files name it: no leading "/" or "./", no "//".
std::string site_relative(std::string path) {
  std::string out;
  for (char c : path) {
    if (c == '/' && (out.empty() || out.back() == '/')) continue;
    out += c;
  }
  while (starts_with(out, "./")) out.erase(0, 2);
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

bool site_has(const site::SiteModel& site, liquid::TagContext& context, const std::string& path) {
  if (path.empty() || path == ".") return true;  // the site's folder itself
  const std::string includes = site.config.includes_dir + "/";
  if (starts_with(path, includes) && context.host().find_include(path.substr(includes.size()))) return true;
  const std::string folder = path + "/";
  const auto matches = [&](std::string relative) {
    relative = site_relative(std::move(relative));
    return relative == path || starts_with(relative, folder);
  };
  return std::any_of(site.static_files.begin(), site.static_files.end(),
                     [&](const site::StaticFile& file) { return matches(file.relative_path); }) ||
         std::any_of(site.documents.begin(), site.documents.end(),
                     [&](const site::Document& document) { return matches(document.relative_path); });
}

}  // namespace

void register_file_exists_tag(liquid::TagRegistry& tags, const site::SiteModel& site) {
  tags.add_tag("file_exists", [&site](const liquid::CustomTagCall& call, liquid::TagContext& context, std::string& out) {
    std::string rendered;
    context.render_source(call.markup, "file_exists", liquid::Hash(), rendered);
    out += site_has(site, context, site_relative(trimmed(rendered))) ? "true" : "false";
  });
}

}  // namespace folio::plugins
