// The .bib files a site's tags can name, parsed once by folio's BibTeX
// parser, and how a tag's --file names (or scholar.bibliography) find them:
// as jekyll-scholar does, a name is looked up under scholar.source
// (al-folio: /_bibliography/), ".bib" is added when the name has no
// extension and no such file exists, and a scholar.bibliography with a '*'
// ("*.bib") means every file under the source that matches.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bibtex/bib_entry.h"
#include "core/diagnostics.h"
#include "scholar/scholar_config.h"
#include "scholar/tag_options.h"

namespace folio::scholar {

using EntryPtr = std::shared_ptr<const BibEntry>;

class BibliographyLibrary {
 public:
  // `path` from the site's root, "_bibliography/papers.bib". The text is
  // parsed when a tag first reads the file, so a page that cites nothing
  // (a blog post) never parses a bibliography; it must outlive the library
  // (a session's files do). Its problems are reported by the site parser,
  // which reads the same files.
  void add_file(std::string path, std::string_view text);
  // A file parsed already.
  void add_file(std::string path, std::shared_ptr<const BibFile> file);
  bool has(std::string_view path) const;
  // The parsed file, or null when the library has no such path.
  std::shared_ptr<const BibFile> find_shared(std::string_view path) const;
  std::vector<std::string> paths() const;

 private:
  struct File {
    std::string path;
    std::string_view text;
    mutable std::shared_ptr<const BibFile> parsed;  // on first find_shared
  };
  std::vector<File> files_;
};

// The entries of the named files (none named: scholar.bibliography), in file
// order; an entry whose key an earlier file already has is left out. A name
// that finds no file is an error at `place` that lists the files there are.
std::vector<EntryPtr> load_entries(const BibliographyLibrary& library, const ScholarConfig& config,
                                   const std::vector<std::string>& names, const TagPlace& place,
                                   Diagnostics& diagnostics);

}  // namespace folio::scholar
