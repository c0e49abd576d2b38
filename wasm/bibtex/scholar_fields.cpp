#include "bibtex/scholar_fields.h"

#include <cctype>

#include "bibtex/latex_to_unicode.h"

namespace folio {

bool is_verbatim_field(std::string_view name) {
  for (std::string_view verbatim : {"url", "doi", "eprint", "file", "pdf", "code", "html", "preview", "supp",
                                    "video", "blog", "poster", "slides", "website", "arxiv", "isbn", "issn",
                                    "hal", "google_scholar_id", "inspirehep_id", "altmetric", "dimensions"}) {
    if (name == verbatim) return true;
  }
  return false;
}

std::string scholar_month(std::string_view value) {
  constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string_view trimmed = value;
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.front()))) trimmed.remove_prefix(1);
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.remove_suffix(1);
  if (trimmed.size() >= 3) {
    std::string start(trimmed.substr(0, 3));
    for (char& c : start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* month : kMonths) {
      if (start == month) return month;
    }
  }
  const bool number = !trimmed.empty() && trimmed.size() <= 2 &&
                      std::isdigit(static_cast<unsigned char>(trimmed.front())) &&
                      std::isdigit(static_cast<unsigned char>(trimmed.back()));
  if (number) {
    const int n = std::stoi(std::string(trimmed));
    if (n == 0) return kMonths[11];
    if (n <= 12) return kMonths[n - 1];
  }
  return latex_to_text(value);
}

std::string scholar_field_value(const BibField& field) {
  if (field.name == "month") return scholar_month(field.value);
  if (is_verbatim_field(field.name)) return field.value;
  return latex_to_html(field.value);
}

}  // namespace folio
