#include "render/scholar_site.h"

namespace folio::render {
namespace {

std::string source_folder(std::string source) {
  while (source.compare(0, 2, "./") == 0) source.erase(0, 2);
  while (!source.empty() && source.front() == '/') source.erase(0, 1);
  if (!source.empty() && source.back() != '/') source += '/';
  return source;
}

bool ends_with(const std::string& text, const char* suffix) {
  const std::string tail(suffix);
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

scholar::ScholarSite make_scholar_site(const SourceFiles& files, const site::SiteModel& site,
                                       const TemplateFiles& templates) {
  scholar::ScholarSite scholar;
  scholar::merge_scholar_settings(scholar.config, site.config.site.lookup("scholar"));
  scholar.baseurl = site.config.baseurl;
  const std::string& permalink = site.config.permalink_style;
  scholar.pretty_permalinks = permalink == "pretty" || (!permalink.empty() && permalink.back() == '/');
  const liquid::Value details = site.config.site.lookup("scholar").lookup("details_layout");
  std::string details_layout = details.is_string() ? details.as_string() : std::string("bibtex.html");
  if (const size_t dot = details_layout.rfind('.'); dot != std::string::npos) details_layout.erase(dot);
  scholar.has_details_layout = templates.site_has_layout(details_layout);
  const std::string folder = source_folder(scholar.config.source);
  for (const std::string& path : files.paths_under(folder)) {
    if (!ends_with(path, ".bib")) continue;
    scholar.library.add_file(path, *files.find(path));
  }
  return scholar;
}

}  // namespace folio::render
