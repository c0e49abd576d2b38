// Reads one page or collection document as Jekyll's Page and Document do:
// front matter over the `defaults:` that apply, then for documents the
// date (front matter, else the file name's, else site.time), the title and
// slug from the file name, categories from the folders and front matter,
// tags, and the excerpt's source. URLs are made afterwards (document_url.h).
#pragma once

#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "site/document.h"
#include "site/front_matter_defaults.h"
#include "site/jekyll_config.h"

namespace folio::site {

struct ReadContext {
  const JekyllConfig& config;
  const FrontMatterDefaults& defaults;
  JekyllTime site_time;
};

// Ruby's File.extname: ".md" of "a.b.md"; "" for ".htaccess" or "name.".
std::string ruby_extname(const std::string& name);
// The last segment of a path ("x.md" of "_posts/x.md").
std::string file_name_of(const std::string& path);

// nullopt when the page is unpublished (`published: false`).
std::optional<Document> read_page(const std::string& relative_path, const std::string& text, const ReadContext& context,
                                  Diagnostics& diagnostics);

// `collection_folder` is the collection's folder as written in the path
// ("_posts", "sub/_posts", "_news"); folders before "_posts" are categories.
// nullopt when unpublished, or a post whose file name has an impossible date.
std::optional<Document> read_collection_document(const std::string& relative_path, const std::string& text,
                                                 const CollectionConfig& collection,
                                                 const std::string& collection_folder, const ReadContext& context,
                                                 Diagnostics& diagnostics);

}  // namespace folio::site
