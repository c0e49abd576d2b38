// A Jekyll site as Jekyll's reader leaves it, before rendering: the config,
// site.data, the pages, each collection's documents in their order, the
// static files. Built once from the files the loader handed over; every
// page, the route table and the `site` drop read it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "liquid/value.h"
#include "model/source_files.h"
#include "site/document.h"
#include "site/jekyll_config.h"
#include "site/jekyll_time.h"

namespace folio::site {

struct StaticFile {
  std::string relative_path;  // as Jekyll's static_files show it: "/assets/js/a.js", "_talks/slides.pdf"
  std::string url;
  std::string name;           // "a.js"
  std::string basename;       // "a"
  std::string extname;        // ".js"
  std::string collection;     // "" outside collections
  bool write = true;
};

struct Collection {
  CollectionConfig config;
  std::vector<size_t> documents;     // indexes into SiteModel::documents, in the collection's order
  std::vector<size_t> static_files;  // indexes into SiteModel::static_files
};

struct SiteModel {
  JekyllConfig config;
  JekyllTime time;                // site.time
  liquid::Value data;             // site.data
  std::vector<Document> documents;  // every page and collection document
  std::vector<size_t> pages;      // sorted by file name, as site.pages
  std::vector<Collection> collections;  // posts first
  std::vector<StaticFile> static_files;

  const Collection* collection(const std::string& label) const;
  // site.posts: newest first.
  std::vector<size_t> posts_newest_first() const;
};

struct SiteModelOptions {
  int64_t now_unix_seconds = 0;  // site.time unless _config.yml sets `time:`
  // The config, the data and the pages alone, no post or collection document:
  // what the navigation reads, for a page that shows nothing else of the
  // model (api/site_session.h reads the rest when a page needs it).
  bool pages_only = false;
};

SiteModel read_site_model(const SourceFiles& files, const SiteModelOptions& options, Diagnostics& diagnostics);

// A document a generator adds once the site is read (al-folio's external
// posts), read from `text` as if it were the file `path`: appended to the
// collection as Jekyll's generators append (`collection.docs << doc`, after
// the reader sorted them), so site.posts, which sorts again, has it by date,
// while related_posts and page.next see it last. Its index, or nothing when
// the collection does not exist or the text is not a document.
std::optional<size_t> append_generated_document(SiteModel& site, const std::string& label, const std::string& path,
                                                const std::string& text, Diagnostics& diagnostics);

}  // namespace folio::site
