// BibTeX person names: any author field splits into names without losing
// validity, and the comma-list heuristic and its warnings never fail.
#include <cstdint>

#include "bibtex/names.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string value = folio_fuzz::as_content(data, size);
  using folio_fuzz::check;
  for (const folio::PersonName& name : folio::parse_names(value)) {
    check(folio::is_valid_utf8(name.first) && folio::is_valid_utf8(name.von) && folio::is_valid_utf8(name.last) &&
              folio::is_valid_utf8(name.jr),
          "a name part is not UTF-8", value);
    if (name.others) check(name.first.empty() && name.last.empty(), "'others' carries a name", value);
  }
  (void)folio::looks_like_comma_separated_names(value);
  folio::BibEntry entry;
  entry.type = "article";
  entry.key = "fuzz";
  entry.line = 1;
  entry.fields.push_back({"author", value, 2});
  folio::Diagnostics diagnostics;
  (void)folio::parse_author_field(entry, "author", "papers.bib", diagnostics);
  return 0;
}
