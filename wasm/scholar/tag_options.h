// The markup of jekyll-scholar's tags ({% bibliography ... %},
// {% bibliography_count ... %}, {% cite key ... %}, {% reference key %}),
// read as jekyll-scholar reads it: the text is cut at each option
// (a short -x or a long --name after a space or at the start), and the text up
// to the next option is that option's value, spaces and all:
//   --query @article[year=2024], @book --group_by none
// gives the query "@article[year=2024], @book". Options:
//   -f/--file NAME (repeatable; "papers" or "papers.bib"), -q/--query,
//   -g/--group_by (year, type, a field, or several: "year,month"),
//   -G/--group_order (ascending/descending, one per group level),
//   -T/--template, -c/--cited, -C/--cited_in_order, -o/--offset, -m/--max,
//   -p/--prefix, -h/--bibliography_list_tag, -s/--style, -t/--text,
//   -l/--locator, -L/--label, -A/--suppress_author, -r/--remove_duplicates,
//   -O/--type_order, --clear.
// -s, -t, -l, -L, -A and -r are read and have no effect: folio formats
// every style as APA and does not merge duplicate entries.
// An unknown long option (--limit) ends the options as in jekyll-scholar,
// whose option parser reads it as "--": a warning says what was ignored.
// `{{ page.x }}` inside the markup is the engine's to expand first.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace folio::scholar {

// Where a tag sits, for diagnostics.
struct TagPlace {
  std::string file;
  int line = 0;
};

struct TagOptions {
  std::vector<std::string> files;
  std::optional<std::string> query;
  std::optional<std::string> group_by;
  std::optional<std::vector<std::string>> group_order;
  std::optional<std::vector<std::string>> type_order;
  std::optional<std::string> template_name;
  std::optional<std::string> list_tag;
  std::optional<std::string> style;
  std::optional<std::string> prefix;
  std::optional<std::string> text;
  std::vector<std::string> locators;
  std::vector<std::string> labels;
  bool cited = false;
  bool cited_in_order = false;  // also skips sorting
  bool clear = false;
  bool suppress_author = false;
  bool remove_duplicates = false;
  std::vector<std::string> match_fields;  // for remove_duplicates
  int offset = 0;
  std::optional<int> max;
};

TagOptions parse_tag_options(std::string_view markup, const TagPlace& place, Diagnostics& diagnostics);

// {% cite a b --prefix x %}: the keys are the words before the first one that
// starts with '-'; the rest are options.
struct CitationMarkup {
  std::vector<std::string> keys;
  TagOptions options;
};

CitationMarkup parse_citation_markup(std::string_view markup, const TagPlace& place, Diagnostics& diagnostics);

// "a, b" and "a,b" -> {"a", "b"}: jekyll-scholar's lists in options and in
// _config.yml (sort_by, order, group_order, bibliography_group_tag).
std::vector<std::string> split_list(std::string_view text);

}  // namespace folio::scholar
