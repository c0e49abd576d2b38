// The content a site is made of, as the loader (browser fetch or Node fs) hands
// it over: paths relative to the content folder ("_pages/about.md") and text.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace folio {

// The largest file folio parses: 32 MiB, room for a bibliography of some
// 25,000 entries. A larger file is left out with an error, so a mistake (a
// PDF named papers.bib) costs a diagnostic instead of the page.
inline constexpr size_t kMaxFileBytes = size_t{32} << 20;

struct SourceFiles {
  std::map<std::string, std::string> text_by_path;
  // Files the loader was told about but could not read (a 404 for a name in the
  // news manifest, say): reported, never silently dropped.
  std::map<std::string, std::string> missing_with_reason;
  // Files whose invalid UTF-8 bytes were replaced by U+FFFD on the way in.
  std::set<std::string> not_utf8;
  // Files over kMaxFileBytes, with their size: left out, and reported.
  std::map<std::string, size_t> too_large;
  // Documents handed over as their front matter only, the body still to come
  // (model/body_reads.h): a render that reads such a body says so.
  std::set<std::string> partial;

  const std::string* find(const std::string& path) const;
  // Paths under a folder ("_news/"), sorted by name.
  std::vector<std::string> paths_under(const std::string& folder) const;
};

}  // namespace folio
