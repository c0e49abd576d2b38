#include "papers/bibtex_block.h"

#include <algorithm>

#include "papers/author_names.h"

namespace folio {
namespace {

bool is_month_macro(const std::string& value) {
  constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};
  return std::any_of(std::begin(kMonths), std::end(kMonths), [&](const char* month) { return value == month; });
}

// Markers without & and ^, which are LaTeX in a BibTeX value (\&, $^1$).
std::string without_contribution_markers(const std::string& names) {
  std::string out;
  for (size_t i = 0; i < names.size();) {
    size_t length = 0;
    if (names[i] != '&' && names[i] != '^' && is_author_marker(std::string_view(names).substr(i), length)) {
      i += length;
    } else {
      out += names[i++];
    }
  }
  return out;
}

}  // namespace

std::string bibtex_for_display(const BibEntry& entry, const std::vector<std::string>& filtered) {
  std::string out = "@" + entry.type + "{" + entry.key;
  for (const BibField& field : entry.fields) {
    if (std::find(filtered.begin(), filtered.end(), field.name) != filtered.end()) continue;
    out += ",\n  " + field.name + " = ";
    if (field.name == "month" && is_month_macro(field.value)) {
      out += field.value;
    } else if (field.name == "author" || field.name == "editor") {
      out += "{" + without_contribution_markers(field.value) + "}";
    } else {
      out += "{" + field.value + "}";
    }
  }
  out += "\n}";
  return out;
}

}  // namespace folio
