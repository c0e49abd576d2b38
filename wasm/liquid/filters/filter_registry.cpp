// find_filter: every filter folio knows, by name. The table is built once
// from the groups and searched by binary search; it never changes after.
#include <algorithm>
#include <vector>

#include "liquid/filter.h"
#include "liquid/filters/filter_groups.h"

namespace folio::liquid {

namespace {

std::vector<FilterSpec> all_filters() {
  std::vector<FilterSpec> filters;
  for (const FilterGroup group : {string_filters(), html_filters(), url_filters(), array_filters(), math_filters(),
                                  jekyll_collection_filters(), jekyll_filters(), plugin_filters(), date_filters()}) {
    filters.insert(filters.end(), group.specs, group.specs + group.size);
  }
  std::sort(filters.begin(), filters.end(), [](const FilterSpec& a, const FilterSpec& b) { return a.name < b.name; });
  return filters;
}

}  // namespace

const FilterSpec* find_filter(std::string_view name) {
  static const std::vector<FilterSpec> filters = all_filters();
  const auto found = std::lower_bound(filters.begin(), filters.end(), name,
                                      [](const FilterSpec& spec, std::string_view wanted) { return spec.name < wanted; });
  return found != filters.end() && found->name == name ? &*found : nullptr;
}

}  // namespace folio::liquid
