// read_site_model (site_model.h): Jekyll's Reader over the loader's files.
#include <algorithm>

#include "site/document_reader.h"
#include "site/document_url.h"
#include "site/entry_filter.h"
#include "site/front_matter_defaults.h"
#include "site/permalink.h"
#include "site/site_data.h"
#include "site/site_model.h"

namespace folio::site {
namespace {

// Utils.has_yaml_header?: the first line is "---" (and spaces).
bool has_yaml_header(const std::string& text) {
  if (text.compare(0, 3, "---") != 0) return false;
  for (size_t i = 3; i < text.size(); ++i) {
    if (text[i] == '\n') return true;
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') return false;
  }
  return false;
}

size_t segment_count(std::string_view path) { return static_cast<size_t>(std::count(path.begin(), path.end(), '/')); }

// Where a path's _posts folder is ("sub/_posts/x.md" -> "sub/_posts"), if
// it has one and every folder above it is one Jekyll walks into.
std::optional<std::string> posts_folder_of(const std::string& path, const std::string& collections_dir,
                                           const EntryFilter& filter) {
  const std::string prefix = collections_dir.empty() ? "" : collections_dir + "/";
  if (path.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
  for (size_t at = path.find("_posts/", prefix.size()); at != std::string::npos; at = path.find("_posts/", at + 1)) {
    if (at != 0 && path[at - 1] != '/') continue;
    const std::string above = path.substr(0, at);
    if (!above.empty() && !filter.accepts(above.substr(0, above.size() - 1) + "/x", 0)) return std::nullopt;
    return path.substr(0, at + 6);
  }
  return std::nullopt;
}

bool has_segment(const std::string& path, const std::string& folder) {
  return path.rfind(folder + "/", 0) == 0 || path.find("/" + folder + "/") != std::string::npos;
}

StaticFile site_static_file(const std::string& path) {
  StaticFile file;
  file.relative_path = "/" + path;
  file.url = "/" + path;
  file.name = file_name_of(path);
  file.extname = ruby_extname(file.name);
  file.basename = file.name.substr(0, file.name.size() - file.extname.size());
  return file;
}

// A collection's file without front matter: copied, at the collection's URL.
StaticFile collection_static_file(const std::string& path, const CollectionConfig& collection,
                                  const std::string& collections_dir) {
  StaticFile file = site_static_file(path);
  file.relative_path = path;
  file.collection = collection.label;
  file.write = collection.output;
  std::string cleaned = path;
  if (!collections_dir.empty()) cleaned.erase(0, collections_dir.size() + 1);
  cleaned.erase(cleaned.size() - file.extname.size());
  while (!cleaned.empty() && cleaned.back() == '.') cleaned.pop_back();
  if (const size_t at = cleaned.find("_" + collection.label); at != std::string::npos) {
    cleaned.erase(at, collection.label.size() + 1);
  }
  std::string url = sanitize_url(expand_page_template(
      collection.url_template,
      {{"collection", collection.label}, {"path", cleaned}, {"output_ext", ""}, {"name", file.basename}, {"title", ""}}));
  while (url.size() > 1 && url.back() == '/') url.pop_back();
  file.url = url + file.extname;
  return file;
}

// Jekyll's Document#<=>: by date, then by path.
bool date_then_path(const Document& a, const Document& b) {
  const int64_t ta = a.date ? a.date->unix_seconds : 0;
  const int64_t tb = b.date ? b.date->unix_seconds : 0;
  return ta != tb ? ta < tb : a.relative_path < b.relative_path;
}

// page.previous and page.next: the documents either side in the collection's order.
void link_neighbours(SiteModel& site, const Collection& collection) {
  const std::vector<size_t>& docs = collection.documents;
  for (size_t i = 0; i < docs.size(); ++i) {
    site.documents[docs[i]].previous = i > 0 ? docs[i - 1] : kNoDocument;
    site.documents[docs[i]].next = i + 1 < docs.size() ? docs[i + 1] : kNoDocument;
  }
}

class SiteReader {
 public:
  SiteReader(const SourceFiles& files, const SiteModelOptions& options, Diagnostics& diagnostics)
      : files_(files), pages_only_(options.pages_only), diagnostics_(diagnostics) {
    site_.config = read_jekyll_config(files, diagnostics);
    site_.time = in_utc(site_.config.time.value_or(time_from_unix(options.now_unix_seconds)));
    defaults_ = FrontMatterDefaults(site_.config.defaults, site_.config.collections_dir, site_.config.file, diagnostics);
    for (const CollectionConfig& config : site_.config.collections) site_.collections.push_back(Collection{config, {}, {}});
  }

  SiteModel read() {
    site_.data = read_site_data(files_, site_.config.data_dir, diagnostics_);
    const EntryFilter filter(site_.config.include, site_.config.exclude);
    for (const auto& [path, text] : files_.text_by_path) read_file(path, text, filter);
    sort_pages();
    for (Collection& collection : site_.collections) {
      sort_collection(collection);
      link_neighbours(site_, collection);
    }
    return std::move(site_);
  }

 private:
  ReadContext context() const { return ReadContext{site_.config, defaults_, site_.time}; }

  std::string collections_prefix() const {
    return site_.config.collections_dir.empty() ? "" : site_.config.collections_dir + "/";
  }

  void read_file(const std::string& path, const std::string& text, const EntryFilter& filter) {
    if (const std::optional<std::string> posts_folder = posts_folder_of(path, site_.config.collections_dir, filter)) {
      if (!pages_only_ && filter.accepts(path, segment_count(*posts_folder) + 1)) read_post(path, text, *posts_folder);
      return;
    }
    for (Collection& collection : site_.collections) {
      const std::string folder = collections_prefix() + "_" + collection.config.label;
      if (collection.config.label == "posts" || path.rfind(folder + "/", 0) != 0) continue;
      if (!pages_only_ && filter.accepts(path, segment_count(folder) + 1)) {
        read_collection_file(collection, folder, path, text);
      }
      return;
    }
    if (has_segment(path, "_drafts") || !filter.accepts(path)) return;
    if (has_yaml_header(text)) {
      if (std::optional<Document> page = read_page(path, text, context(), diagnostics_)) {
        assign_page_url(*page, site_.config);
        site_.pages.push_back(add(std::move(*page)));
      }
    } else {
      site_.static_files.push_back(site_static_file(path));
    }
  }

  void read_post(const std::string& path, const std::string& text, const std::string& folder) {
    Collection& posts = site_.collections.front();
    const std::string name = file_name_of(path);
    if (!starts_with_date(name)) {
      diagnostics_.warning(path, 0, 0,
                           "Jekyll does not read this as a post: a post's file name starts with its date "
                           "(2024-05-01-" + name + ")");
      return;
    }
    std::optional<Document> post = read_collection_document(path, text, posts.config, folder, context(), diagnostics_);
    if (!post) return;
    if (!site_.config.future && post->date && post->date->unix_seconds > site_.time.unix_seconds) {
      diagnostics_.add(Diagnostic{path, 0, 0, Severity::info,
                                  "dated in the future (" + ruby_time_string(*post->date) +
                                      "): left out until then, as Jekyll does; set 'future: true' in _config.yml to "
                                      "show it now"});
      return;
    }
    assign_document_url(*post, posts.config, site_.config.collections_dir, diagnostics_);
    posts.documents.push_back(add(std::move(*post)));
  }

  void read_collection_file(Collection& collection, const std::string& folder, const std::string& path,
                            const std::string& text) {
    if (!has_yaml_header(text)) {
      collection.static_files.push_back(site_.static_files.size());
      site_.static_files.push_back(collection_static_file(path, collection.config, site_.config.collections_dir));
      return;
    }
    std::optional<Document> document =
        read_collection_document(path, text, collection.config, folder, context(), diagnostics_);
    if (!document) return;
    const bool in_future = document->date && document->date->unix_seconds > site_.time.unix_seconds;
    document->write = collection.config.output && (site_.config.future || !in_future);
    assign_document_url(*document, collection.config, site_.config.collections_dir, diagnostics_);
    collection.documents.push_back(add(std::move(*document)));
  }

  static bool starts_with_date(const std::string& name) {
    // \d{2,4}-\d{1,2}-\d{1,2}-.*\.[^.]+
    size_t pos = 0;
    for (const auto& [min, max] : {std::pair<size_t, size_t>{2, 4}, {1, 2}, {1, 2}}) {
      size_t digits = 0;
      while (pos < name.size() && std::isdigit(static_cast<unsigned char>(name[pos])) && digits < max) ++pos, ++digits;
      if (digits < min || pos >= name.size() || name[pos] != '-') return false;
      ++pos;
    }
    return !ruby_extname(name).empty();
  }

  size_t add(Document document) {
    site_.documents.push_back(std::move(document));
    return site_.documents.size() - 1;
  }

  void sort_pages() {
    std::stable_sort(site_.pages.begin(), site_.pages.end(),
                     [&](size_t a, size_t b) { return site_.documents[a].name < site_.documents[b].name; });
  }

  void sort_collection(Collection& collection) {
    std::vector<size_t>& docs = collection.documents;
    const auto by_date = [&](size_t a, size_t b) { return date_then_path(site_.documents[a], site_.documents[b]); };
    std::stable_sort(docs.begin(), docs.end(), by_date);
    if (!collection.config.order.empty()) {
      std::vector<size_t> ordered;
      for (const std::string& entry : collection.config.order) {
        const std::string path = collections_prefix() + "_" + collection.config.label + "/" + entry;
        for (size_t doc : docs) {
          if (site_.documents[doc].relative_path == path) ordered.push_back(doc);
        }
      }
      for (size_t doc : docs) {
        if (std::find(ordered.begin(), ordered.end(), doc) == ordered.end()) ordered.push_back(doc);
      }
      docs = std::move(ordered);
    } else if (!collection.config.sort_by.empty()) {
      sort_by_key(collection, by_date);
    }
  }

  // `sort_by: key`: documents without the key go last (reported), values
  // Ruby cannot compare keep the date order.
  template <typename Fallback>
  void sort_by_key(Collection& collection, const Fallback& by_date) {
    const std::string& key = collection.config.sort_by;
    for (size_t doc : collection.documents) {
      if (site_.documents[doc].data.lookup(key).is_nil()) {
        diagnostics_.warning(site_.documents[doc].relative_path, 0, 0,
                             "the collection '" + collection.config.label + "' is sorted by '" + key +
                                 "', which this file does not set; it is listed last. Add '" + key + ":' to its front matter");
      }
    }
    std::stable_sort(collection.documents.begin(), collection.documents.end(), [&](size_t a, size_t b) {
      const liquid::Value va = site_.documents[a].data.lookup(key);
      const liquid::Value vb = site_.documents[b].data.lookup(key);
      if (va.is_nil() != vb.is_nil()) return vb.is_nil();
      const std::optional<int> order = liquid_compare(va, vb);
      if (!order || *order == 0) return by_date(a, b);
      return *order < 0;
    });
  }

  const SourceFiles& files_;
  const bool pages_only_;
  Diagnostics& diagnostics_;
  SiteModel site_;
  FrontMatterDefaults defaults_;
};

}  // namespace

const Collection* SiteModel::collection(const std::string& label) const {
  for (const Collection& candidate : collections) {
    if (candidate.config.label == label) return &candidate;
  }
  return nullptr;
}

std::vector<size_t> SiteModel::posts_newest_first() const {
  const Collection* posts = collection("posts");
  if (!posts) return {};
  std::vector<size_t> newest(posts->documents);
  std::stable_sort(newest.begin(), newest.end(),
                   [&](size_t a, size_t b) { return date_then_path(documents[b], documents[a]); });
  return newest;
}

SiteModel read_site_model(const SourceFiles& files, const SiteModelOptions& options, Diagnostics& diagnostics) {
  return SiteReader(files, options, diagnostics).read();
}

std::optional<size_t> append_generated_document(SiteModel& site, const std::string& label, const std::string& path,
                                                const std::string& text, Diagnostics& diagnostics) {
  auto collection = std::find_if(site.collections.begin(), site.collections.end(),
                                 [&](const Collection& c) { return c.config.label == label; });
  if (collection == site.collections.end()) return std::nullopt;
  // The defaults' own problems were reported when the site was read.
  Diagnostics already_reported;
  const FrontMatterDefaults defaults(site.config.defaults, site.config.collections_dir, site.config.file,
                                     already_reported);
  const std::string prefix = site.config.collections_dir.empty() ? "" : site.config.collections_dir + "/";
  std::optional<Document> document = read_collection_document(path, text, collection->config, prefix + "_" + label,
                                                              ReadContext{site.config, defaults, site.time}, diagnostics);
  if (!document) return std::nullopt;
  assign_document_url(*document, collection->config, site.config.collections_dir, diagnostics);
  site.documents.push_back(std::move(*document));
  collection->documents.push_back(site.documents.size() - 1);
  link_neighbours(site, *collection);
  return site.documents.size() - 1;
}

}  // namespace folio::site
