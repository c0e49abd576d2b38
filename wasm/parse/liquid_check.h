// al-folio's pages are Jekyll templates: their bodies may hold Liquid
// ({% include figure.liquid %}, {{ '/assets/x.png' | relative_url }}). folio
// renders Markdown and HTML only, so Liquid shows on the page as written; this
// check says so, once per file, where the first use is, so that a lab moving
// from al-folio knows what to rewrite. Code blocks and code spans are skipped:
// Liquid shown as code is meant to be seen.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace folio {

// `body` is the Markdown after the front matter; `first_line` its line in the file.
void warn_about_liquid(std::string_view body, const std::string& file, int first_line, Diagnostics& diagnostics);

}  // namespace folio
