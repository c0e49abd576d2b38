// Where a render finds its layouts and includes: the site's own _layouts/
// and _includes/ first, then folio's built-in theme (render/builtin_theme.h),
// so any file a content folder lacks still comes from somewhere. A layout is
// read once: its front matter (what `layout.x` reads and where its chain
// goes next) apart from its Liquid body.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "liquid/engine.h"
#include "liquid/value.h"
#include "model/source_files.h"
#include "site/jekyll_config.h"

namespace folio::render {

struct LayoutFile {
  std::string name;      // "page"
  std::string file;      // "_layouts/page.liquid", or "(built-in) _layouts/page.liquid"
  std::string body;      // the Liquid after the front matter
  int body_first_line = 1;
  liquid::Value data;    // the front matter (a hash, maybe empty)
  bool builtin = false;
  std::string parent() const;  // front matter `layout`, "" when none
};

class TemplateFiles {
 public:
  TemplateFiles(const SourceFiles& files, const site::JekyllConfig& config, Diagnostics& diagnostics);

  // _layouts/NAME.liquid, NAME.html or NAME with any other extension in the
  // site, else the built-in NAME; nullptr when neither has it.
  const LayoutFile* layout(std::string_view name) const;
  // The built-in NAME only.
  const LayoutFile* builtin_layout(std::string_view name) const;
  // _includes/NAME from the site, else the built-in one.
  std::optional<liquid::TemplateSource> include(std::string_view name) const;
  // Whether the site itself has the layout (the built-in theme aside).
  bool site_has_layout(std::string_view name) const;

 private:
  const SourceFiles& files_;
  std::string includes_dir_;
  std::map<std::string, LayoutFile, std::less<>> site_layouts_;
  mutable std::map<std::string, std::unique_ptr<LayoutFile>, std::less<>> builtin_layouts_;
  Diagnostics& diagnostics_;
};

// Splits a layout file into its front matter and body; a bad front matter is
// a diagnostic and reads as empty.
LayoutFile read_layout(std::string name, std::string file, std::string_view text, Diagnostics& diagnostics);

// How the built-in theme's files are named in diagnostics.
inline constexpr std::string_view kBuiltinPrefix = "(built-in) ";

}  // namespace folio::render
