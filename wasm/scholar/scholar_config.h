// jekyll-scholar's settings: its defaults, then _config.yml's `scholar:`
// section over them, then a page's own `scholar:` front matter over that (as
// jekyll-scholar merges them for every tag). al-folio's _config.yml sets
// style apa, source /_bibliography/, bibliography papers.bib,
// bibliography_template bib, query "@*", group_by year, group_order
// descending, and leaves sort_by at none (file order).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "liquid/value.h"

namespace folio::scholar {

using Attributes = std::vector<std::pair<std::string, std::string>>;

struct ScholarConfig {
  std::string style = "apa";
  std::string locale = "en";
  std::vector<std::string> sort_by = {"none"};  // "month" sorts by month_numeric
  std::vector<std::string> order = {"ascending"};
  std::string group_by = "none";
  std::vector<std::string> group_order = {"ascending"};
  std::vector<std::string> group_tags = {"h2", "h3", "h4", "h5"};
  std::string list_tag = "ol";
  std::string item_tag = "li";
  Attributes list_attributes;
  Attributes item_attributes;
  std::string source = "./_bibliography";
  std::string bibliography = "references.bib";
  std::vector<std::string> bibtex_skip_fields = {"abstract", "month_numeric"};
  std::string bibliography_class = "bibliography";
  std::string bibliography_template = "{{reference}}";
  std::string reference_tagname = "span";
  std::string missing_reference = "(missing reference)";
  std::string details_dir = "bibliography";
  std::string details_link = "Details";
  std::string details_link_class = "details";
  std::string details_permalink = "/:details_dir/:key:extension";
  std::string query = "@*";
  std::string cite_class = "citation";
  std::string relative;  // prefix of the in-page citation links
  Attributes type_names = {{"article", "Journal Articles"},
                           {"book", "Books"},
                           {"incollection", "Book Chapters"},
                           {"inproceedings", "Conference Articles"},
                           {"thesis", "Theses"},
                           {"mastersthesis", "Master's Theses"},
                           {"phdthesis", "PhD Theses"},
                           {"manual", "Manuals"},
                           {"techreport", "Technical Reports"},
                           {"misc", "Miscellaneous"},
                           {"unpublished", "Unpublished"}};
  Attributes type_aliases = {{"phdthesis", "thesis"}, {"mastersthesis", "thesis"}};
  std::vector<std::string> type_order;
  std::vector<std::string> month_names;  // January.. when empty
};

// Sets what `section` (a `scholar:` hash) names over `config`; other keys
// keep their values. type_names and type_aliases add to the defaults.
void merge_scholar_settings(ScholarConfig& config, const liquid::Value& section);

// The value in a name -> value list, or nullptr.
const std::string* find_attribute(const Attributes& attributes, std::string_view name);

}  // namespace folio::scholar
