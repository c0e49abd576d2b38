// An entry as bibtex-ruby (jekyll-scholar's parser) holds it after parsing,
// which is what queries compare, `entry.bibtex` prints and templates read:
//   - name fields (author, editor, translator, director, producer, composer)
//     are lists of people, written back in sort order, "von Last, Jr, First",
//     joined with " and " ("Albert Einstein" becomes "Einstein, Albert");
//   - a month that starts with a month's name or abbreviation, or is a number
//     1..12, becomes the bare symbol jan..dec ("May" -> may, "5" -> may), and
//     then a month_numeric field (5) is added after the others;
//   - everything else keeps its LaTeX as folio's parser read it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bibtex/bib_entry.h"
#include "bibtex/names.h"

namespace folio::scholar {

struct StoredField {
  std::string name;
  std::string text;      // LaTeX as written (names re-ordered, month as its symbol)
  bool symbol = false;   // printed bare in BibTeX (month = may), not in braces
  const BibField* source = nullptr;  // nullptr for the month_numeric bibtex-ruby adds
};

bool is_name_field(std::string_view name);

// bibtex-ruby's month conversion: "May", "may", "05" -> "may"; nullopt when the
// month stays text ("13", "Spring").
std::optional<std::string> month_symbol(std::string_view value);

// "Einstein, A. and Podolsky, B.": people in sort order, parts as given.
std::string names_in_sort_order(const std::vector<PersonName>& people);

// One field's stored text, without storing the others; nullopt when absent.
std::optional<std::string> stored_field_text(const BibEntry& entry, std::string_view name);

// The entry's fields in file order as bibtex-ruby stores them.
std::vector<StoredField> stored_fields(const BibEntry& entry);

}  // namespace folio::scholar
