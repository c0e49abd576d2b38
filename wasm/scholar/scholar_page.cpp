#include "scholar/scholar_page.h"

#include "scholar/ascii_text.h"

namespace folio::scholar {
namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

}  // namespace

ScholarPage make_scholar_page(const ScholarSite& site, std::string file, const liquid::Value& page_scholar_settings) {
  ScholarPage page;
  page.site = &site;
  page.config = site.config;
  merge_scholar_settings(page.config, page_scholar_settings);
  page.file = std::move(file);
  return page;
}

std::string interpolate_variables(std::string_view text, const VariableLookup& lookup) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find("{{", i);
    if (open == std::string_view::npos || !lookup) break;
    size_t k = open + 2;
    while (k < text.size() && is_ascii_space(text[k])) ++k;
    const size_t name_start = k;
    while (k < text.size() && is_name_char(text[k])) ++k;
    const size_t name_end = k;
    while (k < text.size() && is_ascii_space(text[k])) ++k;
    out += text.substr(i, open - i);
    if (name_end > name_start && text.substr(k, 2) == "}}") {
      const liquid::Value value = lookup(text.substr(name_start, name_end - name_start));
      out += value.truthy() ? liquid::to_output(value) : std::string(text.substr(open, k + 2 - open));
      i = k + 2;
    } else {
      out += "{{";
      i = open + 2;
    }
  }
  out += text.substr(i);
  return out;
}

}  // namespace folio::scholar
