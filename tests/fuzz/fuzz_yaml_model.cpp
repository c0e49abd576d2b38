// YAML into the model: the text as _config.yml, as the about page (front
// matter and body), as a news file and as _data/news.yml. yaml-cpp throws;
// nothing may leave the parsers, and every diagnostic must name a real place.
#include <cstdint>

#include "fuzz_check.h"
#include "parse/about_page_parser.h"
#include "parse/news_parser.h"
#include "parse/site_config_parser.h"

namespace {

void check_diagnostics(const folio::Diagnostics& diagnostics, const std::string& text) {
  const int lines = 2 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  for (const folio::Diagnostic& d : diagnostics.all()) {
    folio_fuzz::check(d.line >= 0 && d.line <= lines, "diagnostic line outside the file", d.message);
    folio_fuzz::check(folio::is_valid_utf8(d.message), "diagnostic is not UTF-8", d.message);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = folio_fuzz::as_content(data, size);
  {
    folio::Diagnostics diagnostics;
    const folio::SiteConfig config = folio::parse_site_config(text, "_config.yml", diagnostics);
    check_diagnostics(diagnostics, text);
    (void)config.display_name();
  }
  {
    folio::Diagnostics diagnostics;
    const folio::AboutPage page = folio::parse_about_page(text, "_pages/about.md", diagnostics);
    check_diagnostics(diagnostics, text);
  }
  {
    folio::Diagnostics diagnostics;
    (void)folio::parse_news_file(text, "_news/2024-06-29-item.md", folio::TimeZone::utc(), diagnostics);
    (void)folio::parse_news_file(text, "_news/item.html", folio::TimeZone::utc(), diagnostics);
    (void)folio::parse_news_data_file(text, "_data/news.yml", folio::TimeZone::utc(), diagnostics);
  }
  return 0;
}
