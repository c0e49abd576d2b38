#include "render/template_files.h"

#include <yaml-cpp/yaml.h>

#include "parse/front_matter.h"
#include "render/builtin_theme.h"
#include "site/yaml_value.h"

namespace folio::render {
namespace {

std::string folder_of(const std::string& configured, const char* fallback) {
  std::string folder = configured.empty() ? fallback : configured;
  while (!folder.empty() && folder.back() == '/') folder.pop_back();
  while (!folder.empty() && folder.front() == '/') folder.erase(0, 1);
  return folder + "/";
}

// "page.liquid" -> "page"; files in subfolders keep them ("sub/page").
std::string layout_name(std::string_view relative) {
  const size_t slash = relative.rfind('/');
  const size_t dot = relative.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::string(relative);
  return std::string(relative.substr(0, dot));
}

}  // namespace

std::string LayoutFile::parent() const {
  const liquid::Value next = data.lookup("layout");
  return next.is_string() ? next.as_string() : std::string();
}

LayoutFile read_layout(std::string name, std::string file, std::string_view text, Diagnostics& diagnostics) {
  LayoutFile layout;
  layout.name = std::move(name);
  layout.file = std::move(file);
  const FrontMatterSplit split = split_front_matter(text, layout.file, diagnostics);
  layout.body = std::string(split.body);
  layout.body_first_line = split.body_first_line;
  layout.data = liquid::Value(liquid::Hash());
  if (split.has_front_matter && !split.yaml.empty()) {
    try {
      const YAML::Node node = YAML::Load(std::string(split.yaml));
      if (node.IsMap()) layout.data = site::yaml_to_value(node);
    } catch (const YAML::Exception& error) {
      diagnostics.error(layout.file, split.yaml_first_line + static_cast<int>(error.mark.line), error.mark.column + 1,
                        "the layout's front matter is not valid YAML (" + error.msg +
                            "); it is read as empty: fix the YAML between the --- lines");
    }
  }
  return layout;
}

TemplateFiles::TemplateFiles(const SourceFiles& files, const site::JekyllConfig& config, Diagnostics& diagnostics)
    : files_(files), includes_dir_(folder_of(config.includes_dir, "_includes")), diagnostics_(diagnostics) {
  const std::string layouts = folder_of(config.layouts_dir, "_layouts");
  // .liquid and .html both name a layout; al-folio's generations use one or
  // the other. Where a site has both, the .liquid one wins (read last).
  for (const std::string& path : files.paths_under(layouts)) {
    const std::string name = layout_name(std::string_view(path).substr(layouts.size()));
    const bool liquid = path.size() > 7 && path.compare(path.size() - 7, 7, ".liquid") == 0;
    if (site_layouts_.count(name) && !liquid) continue;
    site_layouts_[name] = read_layout(name, path, *files.find(path), diagnostics);
  }
}

const LayoutFile* TemplateFiles::layout(std::string_view name) const {
  if (const auto found = site_layouts_.find(name); found != site_layouts_.end()) return &found->second;
  return builtin_layout(name);
}

const LayoutFile* TemplateFiles::builtin_layout(std::string_view name) const {
  if (const auto cached = builtin_layouts_.find(name); cached != builtin_layouts_.end()) return cached->second.get();
  const std::string path = "_layouts/" + std::string(name) + ".liquid";
  const auto text = builtin_theme_file(path);
  if (!text) return nullptr;
  auto layout = std::make_unique<LayoutFile>(
      read_layout(std::string(name), std::string(kBuiltinPrefix) + path, *text, diagnostics_));
  layout->builtin = true;
  const LayoutFile* result = layout.get();
  builtin_layouts_.emplace(std::string(name), std::move(layout));
  return result;
}

bool TemplateFiles::site_has_layout(std::string_view name) const { return site_layouts_.count(name) > 0; }

std::optional<liquid::TemplateSource> TemplateFiles::include(std::string_view name) const {
  const std::string path = includes_dir_ + std::string(name);
  if (const std::string* text = files_.find(path)) return liquid::TemplateSource{*text, path};
  const std::string builtin = "_includes/" + std::string(name);
  if (const auto text = builtin_theme_file(builtin)) {
    return liquid::TemplateSource{std::string(*text), std::string(kBuiltinPrefix) + builtin};
  }
  return std::nullopt;
}

}  // namespace folio::render
