// The publications page's grouping, as al-folio configures jekyll-scholar
// (group_by: year, group_order: descending, no sorting inside a group):
// newest year first, papers in file order within a year.
#pragma once

#include <string>
#include <vector>

#include "model/paper.h"

namespace folio {

struct YearGroup {
  std::string year;  // "" for the papers without one
  std::vector<const Paper*> papers;
};

// Years that are numbers come first, largest first; other year texts
// ("to appear") follow in the order they first appear; papers without a year
// come last.
std::vector<YearGroup> group_papers_by_year(const std::vector<const Paper*>& papers);

}  // namespace folio
