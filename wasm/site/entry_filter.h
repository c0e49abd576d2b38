// Which files of a site folder Jekyll reads (Jekyll::EntryFilter): names
// starting with . _ # ~ or ending with ~ are skipped, `exclude:` patterns
// skip a path, and `include:` patterns bring either back. Patterns match as
// Ruby's File.fnmatch without flags (a * also crosses "/"), or as a prefix
// of the path ("bin/" excludes the folder bin).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::site {

class EntryFilter {
 public:
  EntryFilter(std::vector<std::string> include, std::vector<std::string> exclude);

  // `path` relative to the site root ("_pages/about.md"). Every folder on
  // the way is checked as Jekyll's walk checks it. `from` skips that many
  // leading segments, for the folders a reader enters itself (a collection
  // reader starts inside "_news").
  bool accepts(std::string_view path, size_t from = 0) const;

  bool is_included_name(std::string_view name) const;
  bool is_excluded_path(std::string_view path, bool is_folder) const;

 private:
  std::vector<std::string> include_;
  std::vector<std::string> exclude_;  // without the included patterns, as Jekyll's `exclude - include`
};

// Ruby's File.fnmatch(pattern, text) with no flags: * and ? match any
// character including "/", [a-z] and [!a-z] classes, \ escapes.
bool fnmatch_plain(std::string_view pattern, std::string_view text);

}  // namespace folio::site
