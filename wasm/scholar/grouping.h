// --group_by as jekyll-scholar groups: one level per key ("year,month" nests
// months in years), groups in the order their first entry comes, entries
// in the order given, then each level's groups sorted by --group_order
// (one order per level; the last one holds for deeper levels; descending or
// reverse reverses). Keys:
//   type    the entry type through scholar.type_aliases (phdthesis -> thesis),
//           ordered by scholar.type_order (types not in it after those that
//           are, in first-seen order), named by scholar.type_names
//           ("Journal Articles");
//   year    the year as text ("" when absent), compared as text;
//   month   month_numeric, named January... (scholar.month_names);
//   name    the first of author, editor, institution, organization, publisher;
//   other   the stored field, compared as an integer when it is one.
#pragma once

#include <string>
#include <vector>

#include "scholar/bibliography_library.h"
#include "scholar/scholar_config.h"

namespace folio::scholar {

struct EntryGroup {
  std::string name;                 // the heading text
  std::vector<EntryPtr> entries;    // on the last level
  std::vector<EntryGroup> groups;   // on the levels above it
};

// `keys` as split from group_by; `orders` as split from group_order.
std::vector<EntryGroup> group_entries(const std::vector<EntryPtr>& entries, const std::vector<std::string>& keys,
                                      const std::vector<std::string>& orders, const ScholarConfig& config);

}  // namespace folio::scholar
