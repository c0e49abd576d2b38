#include "parse/site_parser.h"

#include "parse/about_page_parser.h"
#include "parse/bibliography_data_parser.h"
#include "parse/news_parser.h"
#include "parse/papers_parser.h"
#include "parse/site_config_parser.h"

namespace folio {

Site parse_site(const SourceFiles& files, Diagnostics& diagnostics) {
  Site site;
  site.config = parse_site_config_file(files, diagnostics);
  parse_site_content(files, site, diagnostics);
  return site;
}

SiteConfig parse_site_config_file(const SourceFiles& files, Diagnostics& diagnostics) {
  for (const auto& [path, reason] : files.missing_with_reason) {
    diagnostics.error(path, 0, 0, "could not be loaded (" + reason + "); check the file name and that it is published");
  }
  for (const auto& [path, size] : files.too_large) {
    diagnostics.error(path, 0, 0,
                      "is " + std::to_string(size >> 20) + " MB, more than the " + std::to_string(kMaxFileBytes >> 20) +
                          " MB folio reads, so it is left out; split it or remove what is not content");
  }
  for (const std::string& path : files.not_utf8) {
    diagnostics.warning(path, 0, 0, "contains bytes that are not UTF-8 (shown as \xEF\xBF\xBD); save the file as UTF-8");
  }
  if (const std::string* config = files.find(content_paths::config)) {
    return parse_site_config(*config, content_paths::config, diagnostics);
  }
  diagnostics.warning(content_paths::config, 0, 0,
                      "no _config.yml found; al-folio's defaults are used (add one with at least a title)");
  return SiteConfig();
}

void parse_site_content(const SourceFiles& files, Site& site, Diagnostics& diagnostics) {
  // A partial build (the shell's first) formats a paper when a view shows
  // it; a complete one formats every paper, and reports what that finds.
  const PaperTextWhen paper_text = files.partial.empty() ? PaperTextWhen::now : PaperTextWhen::when_shown;
  if (const std::string* about = files.find(content_paths::about_page)) {
    site.about = parse_about_page(*about, content_paths::about_page, diagnostics, site.config.markdown);
  } else {
    diagnostics.error(content_paths::about_page, 0, 0,
                      "no about page found; create _pages/about.md with layout: about");
  }
  site.news = parse_news(files, site.config.timezone, diagnostics, site.config.markdown);
  site.papers = parse_papers(files, diagnostics, paper_text);
  if (const std::string* venues = files.find(content_paths::venues_data)) {
    site.venues = parse_venues(*venues, content_paths::venues_data, diagnostics);
  }
  if (const std::string* coauthors = files.find(content_paths::coauthors_data)) {
    site.coauthors = parse_coauthors(*coauthors, content_paths::coauthors_data, diagnostics);
  }
}

}  // namespace folio
