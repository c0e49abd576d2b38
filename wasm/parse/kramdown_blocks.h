// The blocks kramdown knows and md4c does not, taken out of a document before
// md4c parses it: abbreviation definitions (`*[HTML]: HyperText Markup
// Language`) and footnote definitions (`[^note]: Text`, with the indented
// lines that follow). Each line taken out is left empty, so md4c's view of
// the rest (and its line structure) is unchanged.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "parse/edited_source.h"

namespace folio {

struct KramdownBlocks : EditedSource {  // edited: the input without them
  std::map<std::string, std::string, std::less<>> abbreviations;
  std::map<std::string, std::string, std::less<>> footnotes;  // name -> its Markdown
};

KramdownBlocks take_kramdown_blocks(std::string_view markdown);

}  // namespace folio
