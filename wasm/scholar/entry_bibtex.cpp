#include "scholar/entry_bibtex.h"

#include <algorithm>

#include "scholar/stored_entry.h"

namespace folio::scholar {
namespace {

// Ruby's gsub(/^/, "  "): two spaces at the start and after every newline
// that is not the last character.
std::string indented(const std::string& text) {
  std::string out = "  ";
  for (size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == '\n' && i + 1 < text.size()) out += "  ";
  }
  return out;
}

}  // namespace

std::string entry_bibtex(const BibEntry& entry, const std::vector<std::string>& skip_fields) {
  std::string content;
  for (const StoredField& field : stored_fields(entry)) {
    if (std::find(skip_fields.begin(), skip_fields.end(), field.name) != skip_fields.end()) continue;
    if (!content.empty()) content += ",\n";
    content += field.name + " = " + (field.symbol ? field.text : "{" + field.text + "}");
  }
  return "@" + entry.type + "{" + entry.key + ",\n" + indented(content) + "\n}\n";
}

}  // namespace folio::scholar
