// jekyll-toc (0.18), the {% toc %} tag al-folio's post layout calls when a
// post sets `toc:`: the list of the headings of the page's content, with the
// ids kramdown gave them (or ones made from their text), nested by level.
// _config.yml's `toc:` sets min_level, max_level, ordered_list, list_id,
// list_class, sublist_class, item_class, item_prefix and
// no_toc_section_class; headings with class "no_toc" are left out.
#pragma once

#include <string>
#include <string_view>

#include "liquid/value.h"

namespace folio::plugins {

// The table of contents of `html`, as jekyll-toc's build_toc writes it.
std::string build_toc(std::string_view html, const liquid::Value& config);

}  // namespace folio::plugins
