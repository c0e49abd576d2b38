// {% bibliography %} and {% bibliography_count %}, written as jekyll-scholar
// writes them. Without grouping:
//   <ol class="bibliography"><li>ENTRY</li>
//   <li>ENTRY</li></ol>
// With --group_by year (al-folio's selected papers), one heading per group,
// the list tag under it, groups joined by a newline:
//   <h2 class="bibliography">2023</h2>
//   <ol class="bibliography"><li>...</li></ol>
// Nested groups use the next heading tag of scholar.bibliography_group_tag
// (h2, h3, h4, h5). ENTRY is the bibliography template rendered for the
// entry (entry_environment.h), then, when the site has a details layout, a
// link to the details page. --offset and --max cut the list when it is not
// grouped, as in jekyll-scholar. The tag's markup is what follows the tag's
// name, with the engine's `{{ }}` already expanded or not: what is left is
// expanded from the page's variables as jekyll-scholar does.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "liquid/value.h"
#include "scholar/scholar_page.h"

namespace folio::scholar {

// Renders one entry with the bibliography template. `template_name` is
// --template or scholar.bibliography_template: a layout's name when the
// site has that layout ("bib": _layouts/bib.liquid), else Liquid source
// ("{{reference}}"). `environment` is a drop with entry, reference, key,
// type, index, details, link and links; the renderer adds site and page. A
// template's errors are the renderer's to report.
using EntryTemplateRenderer = std::function<std::string(const liquid::Value& environment, std::string_view template_name)>;

std::string render_bibliography(ScholarPage& page, std::string_view markup, int line,
                                const EntryTemplateRenderer& render_entry, Diagnostics& diagnostics);

// How many entries the same markup would show.
int64_t count_bibliography(ScholarPage& page, std::string_view markup, int line, Diagnostics& diagnostics);

}  // namespace folio::scholar
