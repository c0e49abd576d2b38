// Which layouts wrap a document, innermost first: the document's `layout`,
// then each layout's own front matter `layout`, as Jekyll's renderer walks
// them. The chain stops at `default`: al-folio's outermost layout (head, CDN
// scripts, header, footer) is folio's shell, and the answer is what goes
// inside it. `layout: none` (or no layout) is the document alone.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "render/template_files.h"

namespace folio::render {

// The shell's layout: where every chain ends.
inline constexpr const char* kShellLayout = "default";

// An unknown layout named by the document falls back to the built-in `page`
// layout with a warning at `file`:`line`; one named by a layout ends the
// chain, with a warning at that layout. A loop ends where it repeats.
std::vector<const LayoutFile*> layout_chain(const TemplateFiles& templates, const std::string& layout,
                                            const std::string& file, int line, Diagnostics& diagnostics);

}  // namespace folio::render
