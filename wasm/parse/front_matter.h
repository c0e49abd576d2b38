// Splits a Jekyll file into its YAML front matter and its body. al-folio files
// start with a line "---", the YAML, and another line "---" (or "..."); a file
// without the opening line is all body.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace folio {

struct FrontMatterSplit {
  bool has_front_matter = false;
  std::string_view yaml;     // without the fences
  int yaml_first_line = 0;   // 1-based line of yaml's first character
  std::string_view body;
  int body_first_line = 1;
};

// `text` must outlive the result (it holds views into it). An opening fence that
// is never closed is reported, and everything after it is treated as the body so
// that nothing the author wrote disappears.
FrontMatterSplit split_front_matter(std::string_view text, const std::string& file,
                                    Diagnostics& diagnostics);

}  // namespace folio
