// The blocks kramdown knows and md4c does not, taken out of a document before
// md4c parses it: abbreviation definitions (`*[HTML]: HyperText Markup
// Language`) and footnote definitions (`[^note]: Text`, with the indented
// lines that follow). Each line taken out is left empty, so md4c's view of
// the rest (and its line structure) is unchanged.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace folio {

struct KramdownBlocks {
  std::string_view input;
  std::string edited;  // the input without them, when it had any
  bool was_edited = false;
  // The document without them.
  std::string_view markdown() const { return was_edited ? std::string_view(edited) : input; }
  std::map<std::string, std::string, std::less<>> abbreviations;
  std::map<std::string, std::string, std::less<>> footnotes;  // name -> its Markdown
};

KramdownBlocks take_kramdown_blocks(std::string_view markdown);

}  // namespace folio
