#include "site/jekyll_config.h"

#include "parse/yaml_reader.h"
#include "site/deep_merge.h"
#include "site/permalink.h"
#include "site/yaml_value.h"

namespace folio::site {
namespace {

// Jekyll 4.3's Configuration::DEFAULTS, less the machine's paths and server
// settings no template reads.
constexpr const char* kJekyllDefaults = R"(collections_dir: ""
plugins_dir: _plugins
layouts_dir: _layouts
data_dir: _data
includes_dir: _includes
collections: {}
safe: false
include: [".htaccess"]
exclude: []
keep_files: [".git", ".svn"]
encoding: utf-8
markdown_ext: "markdown,mkdown,mkdn,mkd,md"
strict_front_matter: false
show_drafts:
limit_posts: 0
future: false
unpublished: false
whitelist: []
plugins: []
markdown: kramdown
highlighter: rouge
lsi: false
excerpt_separator: "\n\n"
incremental: false
baseurl:
show_dir_listing: false
permalink: date
paginate_path: /page:num
timezone:
defaults: []
liquid: {error_mode: warn, strict_filters: false, strict_variables: false}
kramdown: {auto_ids: true, toc_levels: [1, 2, 3, 4, 5, 6], entity_output: as_char,
           smart_quotes: "lsquo,rsquo,ldquo,rdquo", input: GFM, hard_wrap: false, guess_lang: true,
           footnote_nr: 1, show_warnings: false}
)";

constexpr const char* kDefaultExcludes[] = {".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock",
                                            "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/",
                                            "vendor/ruby/"};

liquid::Value jekyll_defaults() {
  Diagnostics ignored;
  return yaml_to_value(parse_yaml(kJekyllDefaults, YamlSource{"(Jekyll's defaults)", 1}, ignored));
}

std::string text_of(const liquid::Value& value) { return value.is_nil() ? "" : to_output(value); }

std::vector<std::string> texts_of(const liquid::Value& value) {
  std::vector<std::string> texts;
  if (value.is_array()) {
    for (const liquid::Value& item : value.as_array()) texts.push_back(text_of(item));
  }
  return texts;
}

std::string sanitize_label(const std::string& label) {
  std::string clean;
  for (char c : label) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.') clean += c;
  }
  return clean;
}

// `collections:` as a list of names or a mapping, with posts first and
// always written (Configuration#add_default_collections).
liquid::Value with_default_collections(const liquid::Value& collections, const liquid::Value& permalink) {
  liquid::Value as_hash{liquid::Hash()};
  if (collections.is_array()) {
    for (const liquid::Value& label : collections.as_array()) as_hash = with_key(as_hash, text_of(label), liquid::Hash());
  } else if (collections.is_hash()) {
    as_hash = collections;
  }
  const liquid::Value merged = deep_merge(with_key(liquid::Hash(), "posts", liquid::Hash()), as_hash);
  liquid::Value posts = merged.lookup("posts");
  if (!posts.is_hash()) posts = liquid::Value(liquid::Hash());
  posts = with_key(posts, "output", true);
  if (!permalink.is_nil() && !posts.as_hash().find("permalink")) {
    posts = with_key(posts, "permalink", style_to_permalink(text_of(permalink)));
  }
  return with_key(merged, "posts", posts);
}

CollectionConfig collection_config(const std::string& label, const liquid::Value& metadata,
                                   const std::string& permalink_style) {
  CollectionConfig collection;
  collection.label = sanitize_label(label);
  collection.metadata = metadata.is_hash() ? metadata : liquid::Value(liquid::Hash());
  collection.output = collection.metadata.lookup("output").truthy();
  const liquid::Value permalink = collection.metadata.lookup("permalink");
  collection.url_template =
      permalink.is_nil() ? add_permalink_suffix("/:collection/:path", permalink_style) : text_of(permalink);
  const liquid::Value sort_by = collection.metadata.lookup("sort_by");
  if (sort_by.is_string()) collection.sort_by = sort_by.as_string();
  collection.order = texts_of(collection.metadata.lookup("order"));
  return collection;
}

std::vector<std::string> markdown_extensions(const std::string& list) {
  std::vector<std::string> extensions;
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string extension = list.substr(start, end - start);
    extension.erase(0, extension.find_first_not_of(' '));
    extension.erase(extension.find_last_not_of(' ') + 1);
    if (!extension.empty()) extensions.push_back("." + extension);
    start = end + 1;
  }
  return extensions;
}

void report_not_a_list(const YamlReader& root, const char* key, Diagnostics& diagnostics) {
  diagnostics.error(root.source().file, root.line_of(key), 0,
                    std::string("'") + key + "' should be a list, as Jekyll requires (" + key +
                        ": [\"_pages\"]); it is ignored");
}

}  // namespace

JekyllConfig read_jekyll_config(const SourceFiles& files, Diagnostics& diagnostics) {
  JekyllConfig config;
  const YamlSource source{config.file, 1};
  liquid::Value user{liquid::Hash()};
  YAML::Node root;
  if (const std::string* text = files.find(config.file)) {
    root = parse_yaml(*text, source, diagnostics);
    if (root.IsMap()) {
      user = yaml_to_value(root);
    } else if (root.IsDefined() && !root.IsNull()) {
      diagnostics.error(config.file, 1, 1, "_config.yml should be a mapping of settings (key: value); it is ignored");
    }
  }
  const YamlReader reader(root, source, diagnostics);
  for (const char* key : {"include", "exclude"}) {
    const liquid::Value value = user.lookup(key);
    if (!value.is_nil() && !value.is_array()) {
      report_not_a_list(reader, key, diagnostics);
      user = with_key(user, key, liquid::Value());
    }
  }
  liquid::Value site = deep_merge(jekyll_defaults(), user);
  site = with_key(site, "collections", with_default_collections(site.lookup("collections"), site.lookup("permalink")));
  liquid::Array excludes = site.lookup("exclude").is_array() ? site.lookup("exclude").as_array() : liquid::Array();
  for (const char* pattern : kDefaultExcludes) {
    bool present = false;
    for (const liquid::Value& existing : excludes) present = present || text_of(existing) == pattern;
    if (!present) excludes.emplace_back(pattern);
  }
  site = with_key(site, "exclude", liquid::Value(std::move(excludes)));
  config.site = site;

  config.permalink_style = text_of(site.lookup("permalink"));
  config.url = text_of(site.lookup("url"));
  config.baseurl = text_of(site.lookup("baseurl"));
  config.collections_dir = text_of(site.lookup("collections_dir"));
  config.data_dir = text_of(site.lookup("data_dir"));
  config.layouts_dir = text_of(site.lookup("layouts_dir"));
  config.includes_dir = text_of(site.lookup("includes_dir"));
  config.include = texts_of(site.lookup("include"));
  config.exclude = texts_of(site.lookup("exclude"));
  config.defaults = site.lookup("defaults");
  config.markdown_extensions = markdown_extensions(text_of(site.lookup("markdown_ext")));
  config.excerpt_separator = text_of(site.lookup("excerpt_separator"));
  config.future = site.lookup("future").truthy();
  config.unpublished = site.lookup("unpublished").truthy();
  config.show_drafts = site.lookup("show_drafts").truthy();
  config.page_excerpts = site.lookup("page_excerpts").truthy();
  for (const auto& [label, metadata] : site.lookup("collections").as_hash()) {
    config.collections.push_back(collection_config(label, metadata, config.permalink_style));
  }
  const liquid::Value time = site.lookup("time");
  if (!time.is_nil()) {
    config.time = parse_jekyll_time(text_of(time));
    if (!config.time) {
      diagnostics.error(config.file, reader.line_of("time"), 0,
                        "'time' is not a date Jekyll reads; write it as 2024-05-01 12:00:00 +0000. The clock's "
                        "time is used");
    }
  }
  const std::string timezone = text_of(site.lookup("timezone"));
  if (!timezone.empty() && timezone != "UTC" && timezone != "Etc/UTC") {
    diagnostics.warning(config.file, reader.line_of("timezone"), 0,
                        "folio computes dates in UTC, not in " + timezone +
                            ": a post written near midnight may get the neighbouring day in its URL. Give such "
                            "posts a date with an offset (date: 2024-05-01 23:30:00 +0800) to be sure");
  }
  return config;
}

const CollectionConfig* find_collection(const JekyllConfig& config, const std::string& label) {
  for (const CollectionConfig& collection : config.collections) {
    if (collection.label == label) return &collection;
  }
  return nullptr;
}

}  // namespace folio::site
