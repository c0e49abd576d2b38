#include "site/front_matter_defaults.h"

#include <algorithm>

#include "site/deep_merge.h"
#include "site/entry_filter.h"

namespace folio::site {
namespace {

std::string sanitize_scope_path(std::string path) {
  if (!path.empty() && path[0] == '/') path.erase(0, 1);
  return path;
}

// Jekyll renamed the singular types; old configs still use them.
std::string current_type_name(const std::string& type) {
  if (type == "page") return "pages";
  if (type == "post") return "posts";
  if (type == "draft") return "drafts";
  return type;
}

// A glob scope ("_projects/*/index.md") applies to a file when the file or
// one of its folders matches it, as Jekyll globs the scope on disk and
// tests each hit as a prefix. * and ? stay within one folder; ** crosses.
bool glob_applies(const std::string& pattern, const std::string& path) {
  for (size_t end = path.find('/'); ; end = path.find('/', end + 1)) {
    const std::string prefix = end == std::string::npos ? path : path.substr(0, end);
    const size_t pattern_depth = static_cast<size_t>(std::count(pattern.begin(), pattern.end(), '/'));
    const size_t prefix_depth = static_cast<size_t>(std::count(prefix.begin(), prefix.end(), '/'));
    if ((pattern.find("**") != std::string::npos || pattern_depth == prefix_depth) && fnmatch_plain(pattern, prefix)) {
      return true;
    }
    if (end == std::string::npos) return false;
  }
}

}  // namespace

FrontMatterDefaults::FrontMatterDefaults(const liquid::Value& defaults, std::string collections_dir,
                                         const std::string& config_file, Diagnostics& diagnostics)
    : collections_dir_(std::move(collections_dir)) {
  if (!defaults.is_array()) return;
  for (const liquid::Value& entry : defaults.as_array()) {
    const liquid::Value values = entry.lookup("values");
    if (!entry.is_hash() || !values.is_hash()) {
      diagnostics.warning(config_file, 0, 0,
                          "a set under 'defaults:' has no 'values:' mapping and is skipped; write each set as "
                          "'- scope: {path: \"\", type: posts}' with 'values: {layout: post}'");
      continue;
    }
    Set set;
    set.values = values;
    const liquid::Value scope = entry.lookup("scope");
    if (scope.is_hash()) {
      const liquid::Value path = scope.lookup("path");
      if (path.is_string()) set.path = sanitize_scope_path(path.as_string());
      const liquid::Value* type = scope.as_hash().find("type");
      if (type) {
        set.has_type = true;
        set.type = current_type_name(to_output(*type));
      }
    }
    if (!collections_dir_.empty() && set.path.rfind(collections_dir_ + "/", 0) == 0) {
      set.path.erase(0, collections_dir_.size() + 1);
    }
    sets_.push_back(std::move(set));
  }
}

bool FrontMatterDefaults::applies(const Set& set, const std::string& relative_path, const std::string& type) const {
  if (set.has_type && set.type != type) return false;
  if (set.path.empty()) return true;
  if (set.path.find('*') != std::string::npos) return glob_applies(set.path, relative_path);
  return relative_path.compare(0, set.path.size(), set.path) == 0;
}

liquid::Value FrontMatterDefaults::values_for(const std::string& relative_path, const std::string& type) const {
  liquid::Value merged{liquid::Hash()};
  const Set* winner = nullptr;
  for (const Set& set : sets_) {
    if (!applies(set, relative_path, type)) continue;
    const bool precedes = !winner || (set.path.size() != winner->path.size() ? set.path.size() > winner->path.size()
                                                                             : set.has_type || !winner->has_type);
    if (precedes) {
      merged = deep_merge(merged, set.values);
      winner = &set;
    } else {
      merged = deep_merge(set.values, merged);
    }
  }
  return merged;
}

}  // namespace folio::site
