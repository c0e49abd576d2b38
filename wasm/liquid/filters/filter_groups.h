// Each group of filters lists its own; the registry (filter_registry.cpp)
// puts them together. One name, one filter: where Jekyll replaces a standard
// filter (where, sort), the group that owns the name implements Jekyll's.
#pragma once

#include <cstddef>

#include "liquid/filter.h"

namespace folio::liquid {

struct FilterGroup {
  const FilterSpec* specs;
  size_t size;
};

FilterGroup string_filters();
FilterGroup html_filters();
FilterGroup url_filters();
FilterGroup array_filters();
FilterGroup math_filters();
FilterGroup jekyll_collection_filters();
FilterGroup jekyll_filters();
FilterGroup plugin_filters();
FilterGroup date_filters();

}  // namespace folio::liquid
