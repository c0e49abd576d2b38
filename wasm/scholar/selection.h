// Which entries a {% bibliography %} shows, in jekyll-scholar's order:
//   1. the entries the query selects (--query, else scholar.query), in file
//      order;
//   2. sorted by scholar.sort_by (a list: "year,month"; month sorts by
//      month_numeric, name by the first of author, editor, institution,
//      organization, publisher) with scholar.order per key (descending or
//      reverse for the reverse order); sort_by none keeps file order. Values
//      compare as integers when both are, else as text; equal ones keep
//      their order (Ruby's sort does not promise that);
//   3. with --cited, only the keys the page cited: in citation order when
//      --cited_in_order or sort_by none, else in the order above. A cited key
//      the query leaves out shows nothing.
#pragma once

#include <string>
#include <vector>

#include "scholar/bibliography_library.h"
#include "scholar/query.h"
#include "scholar/scholar_config.h"
#include "scholar/tag_options.h"

namespace folio::scholar {

std::vector<EntryPtr> select_entries(const std::vector<EntryPtr>& entries, const Query& query,
                                     const ScholarConfig& config, const TagOptions& options,
                                     const std::vector<std::string>& cited_keys);

}  // namespace folio::scholar
