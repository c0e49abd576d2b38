// jekyll-scholar's tags in folio's Liquid engine: registers bibliography,
// bibliography_count, cite, reference and quote with a TagRegistry. The site layer
// says which ScholarPage a render belongs to (its cited keys live across the
// page's tags) and where the site's layouts are; each entry's template then
// renders in the tag's own render, with the entry's variables in a scope
// around it (jekyll-scholar renders it apart, with the site's payload and
// page: variables a page assigned are visible here, there they are not).
// Diagnostics land at the tag's place in the template.
#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include "liquid/custom_tag.h"
#include "liquid/engine.h"
#include "scholar/scholar_page.h"

namespace folio::scholar {

struct ScholarTagBindings {
  // The page the render belongs to; nullptr: the tags write nothing and say
  // that the site has no bibliography.
  std::function<ScholarPage*(liquid::TagContext& context)> page_of;
  // The site's layout `name` ("bib": _layouts/bib.liquid), its front matter
  // removed; nullopt when there is none, and the template name is then
  // Liquid source itself, as jekyll-scholar reads it ("{{reference}}").
  std::function<std::optional<liquid::TemplateSource>(std::string_view name)> find_layout;
};

void register_scholar_tags(liquid::TagRegistry& tags, ScholarTagBindings bindings);

}  // namespace folio::scholar
