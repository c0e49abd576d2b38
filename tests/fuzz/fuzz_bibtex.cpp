// The BibTeX parser on any text, then what views do with its entries: field
// name checks, author lists into names, values into text and HTML.
#include <cstdint>

#include "bibtex/bibtex_parser.h"
#include "bibtex/field_names.h"
#include "bibtex/latex_to_unicode.h"
#include "bibtex/names.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = folio_fuzz::as_content(data, size);
  folio::Diagnostics diagnostics;
  const folio::BibFile bib = folio::parse_bibtex(text, "_bibliography/papers.bib", diagnostics);
  const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  using folio_fuzz::check;
  for (const folio::BibEntry& entry : bib.entries) {
    check(entry.line >= 1 && entry.line <= lines, "entry line outside the file");
    check(folio::is_valid_utf8(entry.key) && folio::is_valid_utf8(entry.source), "entry is not UTF-8");
    folio::check_field_names(entry, "papers.bib", diagnostics);
    for (const folio::BibField& field : entry.fields) {
      check(field.line >= 1 && field.line <= lines, "field line outside the file");
      check(folio::is_valid_utf8(field.value), "field value is not UTF-8", field.value);
      if (field.name == "author" || field.name == "editor") {
        (void)folio::parse_author_field(entry, field.name, "papers.bib", diagnostics);
      } else {
        check(folio::is_valid_utf8(folio::latex_to_text(field.value)), "latex_to_text output is not UTF-8");
        folio_fuzz::check_no_script_surface(folio::latex_to_html(field.value), false);
      }
    }
  }
  for (const folio::Diagnostic& d : diagnostics.all()) {
    check(d.line >= 0 && d.line <= lines, "diagnostic line outside the file", d.message);
    check(folio::is_valid_utf8(d.message), "diagnostic is not UTF-8", d.message);
  }
  return 0;
}
