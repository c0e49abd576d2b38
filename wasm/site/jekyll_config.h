// _config.yml as Jekyll holds it: the user's keys over Jekyll's defaults
// (Configuration::DEFAULTS), the posts collection added, the default
// excludes appended. `site` is that whole hash, the fallback of every
// `site.x` a template reads; the typed fields are what the reader needs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "liquid/value.h"
#include "model/source_files.h"
#include "site/jekyll_time.h"

namespace folio::site {

struct CollectionConfig {
  std::string label;
  bool output = false;
  std::string url_template;   // the collection's `permalink:` or the style's default
  std::string sort_by;        // a front matter key, or ""
  std::vector<std::string> order;  // explicit file order (`order:`), or empty
  liquid::Value metadata;     // the collection's config hash, for site.collections
};

struct JekyllConfig {
  std::string file = "_config.yml";
  liquid::Value site;
  std::string permalink_style = "date";
  std::string url;
  std::string baseurl;
  std::string collections_dir;
  std::string data_dir = "_data";
  std::string layouts_dir = "_layouts";
  std::string includes_dir = "_includes";
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::vector<CollectionConfig> collections;  // posts first, then as the config lists them
  liquid::Value defaults;
  std::vector<std::string> markdown_extensions;  // ".md", ".markdown", ...
  std::string excerpt_separator = "\n\n";
  bool future = false;
  bool unpublished = false;
  bool show_drafts = false;
  bool page_excerpts = false;
  std::optional<JekyllTime> time;  // `time:`, which replaces the build's clock
};

// An unreadable config is reported and read as empty: Jekyll's defaults.
JekyllConfig read_jekyll_config(const SourceFiles& files, Diagnostics& diagnostics);

const CollectionConfig* find_collection(const JekyllConfig& config, const std::string& label);

}  // namespace folio::site
