#include "render/layout_chain.h"

#include <algorithm>

namespace folio::render {
namespace {

bool is_no_layout(const std::string& name) { return name.empty() || name == "none" || name == "null"; }

}  // namespace

std::vector<const LayoutFile*> layout_chain(const TemplateFiles& templates, const std::string& layout,
                                            const std::string& file, int line, Diagnostics& diagnostics) {
  std::vector<const LayoutFile*> chain;
  if (is_no_layout(layout) || layout == kShellLayout) return chain;
  const LayoutFile* current = templates.layout(layout);
  if (current == nullptr) {
    current = templates.builtin_layout("page");
    diagnostics.warning(file, line, 0,
                        "layout \"" + layout + "\" does not exist (no _layouts/" + layout +
                            ".liquid or .html, and folio has no such built-in layout); the page is drawn with the "
                            "built-in page layout: add the layout or name an existing one");
  }
  while (current != nullptr) {
    if (std::find(chain.begin(), chain.end(), current) != chain.end()) break;  // Jekyll stops a loop too
    chain.push_back(current);
    const std::string next = current->parent();
    if (is_no_layout(next) || next == kShellLayout) break;
    const LayoutFile* parent = templates.layout(next);
    if (parent == nullptr) {
      diagnostics.warning(current->file, 1, 0,
                          "layout \"" + next + "\" (this layout's front matter `layout`) does not exist; the page "
                              "ends at this layout: add _layouts/" + next + ".liquid or remove the line");
    }
    current = parent;
  }
  return chain;
}

}  // namespace folio::render
