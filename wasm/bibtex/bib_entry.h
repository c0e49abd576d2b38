// The BibTeX model: what parse_bibtex produces from a .bib file and every
// publication view reads. Values stay LaTeX as the author wrote them; views turn
// them into text or HTML with latex_to_text / latex_to_html, and author lists
// into names with parse_author_field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio {

struct BibField {
  std::string name;   // lowercased
  // LaTeX as written, after @string macro expansion, # concatenation and
  // removal of the outer delimiters; inner braces kept. Surrounding whitespace
  // is trimmed and CRLF line ends inside the value become LF.
  std::string value;
  int line = 0;       // line of the field name
};

struct BibEntry {
  std::string type;  // lowercased: "article", "inproceedings", ...
  std::string key;   // as written; empty only when the author forgot it
  std::vector<BibField> fields;  // in file order, each name at most once
  int line = 0;                  // line of the '@'
  std::string source;            // the entry as written, '@' to closing delimiter

  // `name` must be lowercase; nullptr when absent.
  const BibField* field(std::string_view name) const {
    for (const BibField& f : fields) {
      if (f.name == name) return &f;
    }
    return nullptr;
  }
  // "" when absent.
  std::string value(std::string_view name) const {
    const BibField* f = field(name);
    return f ? f->value : std::string();
  }
};

struct BibFile {
  std::vector<BibEntry> entries;       // in file order, duplicate keys dropped
  std::vector<std::string> preambles;  // @preamble values, expanded like fields
};

}  // namespace folio
