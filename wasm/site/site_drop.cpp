// SiteDrops (site_drops.h) and the `site` drop: Jekyll's SiteDrop, whose
// fields are the collections by label, data, time, pages, posts (newest
// first), html_pages, static_files, documents, collections, tags and
// categories, then every key of the config (url, baseurl, title...).
#include <algorithm>
#include <map>

#include "site/document_drop.h"
#include "site/site_drops.h"

namespace folio::site {
namespace {

class CachingDrop : public liquid::Drop {
 public:
  liquid::Value get(std::string_view key) const final {
    const auto cached = cache_.find(key);
    if (cached != cache_.end()) return cached->second;
    liquid::Value value = compute(key);
    cache_.emplace(std::string(key), value);
    return value;
  }

 protected:
  virtual liquid::Value compute(std::string_view key) const = 0;

 private:
  mutable std::map<std::string, liquid::Value, std::less<>> cache_;
};

class StaticFileDrop : public CachingDrop {
 public:
  StaticFileDrop(const SiteDrops& drops, size_t index) : drops_(drops), index_(index) {}

  std::vector<std::string> keys() const override {
    return {"name", "extname", "modified_time", "basename", "path", "collection"};
  }

 private:
  liquid::Value compute(std::string_view key) const override {
    const StaticFile& file = drops_.model().static_files[index_];
    if (key == "name") return file.name;
    if (key == "extname") return file.extname;
    if (key == "basename") return file.basename;
    if (key == "path") return file.relative_path;
    if (key == "collection") return file.collection.empty() ? liquid::Value() : liquid::Value(file.collection);
    // The loader gives no file times; the build's time stands in.
    if (key == "modified_time") return ruby_time_string(drops_.model().time);
    return liquid::Value();
  }

  const SiteDrops& drops_;
  size_t index_;
};

class CollectionDrop : public CachingDrop {
 public:
  CollectionDrop(const SiteDrops& drops, const Collection& collection) : drops_(drops), collection_(collection) {}

  std::vector<std::string> keys() const override {
    std::vector<std::string> names = {"label", "docs", "files", "directory", "relative_directory", "output"};
    for (const auto& [key, value] : collection_.config.metadata.as_hash()) names.push_back(key);
    return names;
  }

 private:
  liquid::Value compute(std::string_view key) const override {
    const std::string folder = (drops_.model().config.collections_dir.empty() ? "" : drops_.model().config.collections_dir + "/") +
                               "_" + collection_.config.label;
    if (key == "label") return collection_.config.label;
    if (key == "docs") return drops_.documents(collection_.documents);
    if (key == "files") {
      liquid::Array files;
      for (size_t index : collection_.static_files) files.push_back(drops_.static_file(index));
      return liquid::Value(std::move(files));
    }
    if (key == "directory") return "/" + folder;
    if (key == "relative_directory") return folder;
    if (key == "output") return collection_.config.output;
    return collection_.config.metadata.lookup(key);
  }

  const SiteDrops& drops_;
  const Collection& collection_;
};

class SiteDrop : public CachingDrop {
 public:
  explicit SiteDrop(const SiteDrops& drops) : drops_(drops) {}

  std::vector<std::string> keys() const override {
    std::vector<std::string> names;
    for (const Collection& collection : model().collections) {
      if (collection.config.label != "posts") names.push_back(collection.config.label);
    }
    for (const char* field : {"data", "time", "pages", "posts", "html_pages", "static_files", "documents",
                              "collections", "tags", "categories"}) {
      names.emplace_back(field);
    }
    for (const auto& [key, value] : model().config.site.as_hash()) names.push_back(key);
    return names;
  }

 private:
  const SiteModel& model() const { return drops_.model(); }

  liquid::Value compute(std::string_view key) const override {
    const SiteModel& site = model();
    if (key != "posts") {
      if (const Collection* collection = site.collection(std::string(key))) return drops_.documents(collection->documents);
    }
    if (key == "data") {
      // Jekyll keeps a config `data:` key over the _data folder.
      const liquid::Value configured = site.config.site.lookup("data");
      return configured.is_nil() ? site.data : configured;
    }
    if (key == "time") return ruby_time_string(site.time);
    if (key == "pages") return drops_.documents(site.pages);
    if (key == "posts") return drops_.documents(site.posts_newest_first());
    if (key == "html_pages") return drops_.documents(html_pages());
    if (key == "static_files") {
      liquid::Array files;
      for (size_t i = 0; i < site.static_files.size(); ++i) files.push_back(drops_.static_file(i));
      return liquid::Value(std::move(files));
    }
    if (key == "documents") return drops_.documents(all_documents());
    if (key == "collections") return collections();
    if (key == "tags") return posts_by("tags");
    if (key == "categories") return posts_by("categories");
    return site.config.site.lookup(key);
  }

  std::vector<size_t> html_pages() const {
    std::vector<size_t> pages;
    for (size_t index : model().pages) {
      const Document& page = model().documents[index];
      if (page.is_html() || (!page.url.empty() && page.url.back() == '/')) pages.push_back(index);
    }
    return pages;
  }

  std::vector<size_t> all_documents() const {
    std::vector<size_t> documents;
    for (const Collection& collection : model().collections) {
      documents.insert(documents.end(), collection.documents.begin(), collection.documents.end());
    }
    return documents;
  }

  // Sorted by label, as Jekyll's site.collections.
  liquid::Value collections() const {
    std::vector<const Collection*> sorted;
    for (const Collection& collection : model().collections) sorted.push_back(&collection);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Collection* a, const Collection* b) { return a->config.label < b->config.label; });
    liquid::Array drops;
    for (const Collection* collection : sorted) {
      drops.push_back(liquid::Value(liquid::DropPtr(std::make_shared<CollectionDrop>(drops_, *collection))));
    }
    return liquid::Value(std::move(drops));
  }

  // site.tags / site.categories: each name (in the order posts first use it,
  // oldest post first) to its posts, newest first.
  liquid::Value posts_by(const char* field) const {
    const Collection* posts = model().collection("posts");
    std::vector<std::string> names;
    std::map<std::string, std::vector<size_t>> posts_by_name;
    for (size_t index : posts ? posts->documents : std::vector<size_t>()) {
      const liquid::Value values = model().documents[index].data.lookup(field);
      if (!values.is_array()) continue;
      for (const liquid::Value& value : values.as_array()) {
        const std::string name = to_output(value);
        std::vector<size_t>& list = posts_by_name[name];
        if (list.empty()) names.push_back(name);
        list.insert(list.begin(), index);
      }
    }
    liquid::Hash hash;
    for (const std::string& name : names) hash.set(name, drops_.documents(posts_by_name[name]));
    return liquid::Value(std::move(hash));
  }

  const SiteDrops& drops_;
};

// `site` as a post's render sees it: Jekyll's payload sets site.related_posts
// to the post's related posts, which without lsi are the ten newest posts
// other than itself (RelatedPosts#most_recent_posts). Every other field is
// the site's.
class PostSiteDrop : public liquid::Drop {
 public:
  PostSiteDrop(liquid::Value site, liquid::Value related) : site_(std::move(site)), related_(std::move(related)) {}
  liquid::Value get(std::string_view key) const override {
    return key == "related_posts" ? related_ : site_.as_drop().get(key);
  }
  std::vector<std::string> keys() const override {
    std::vector<std::string> names = site_.as_drop().keys();
    names.emplace_back("related_posts");
    return names;
  }

 private:
  liquid::Value site_;
  liquid::Value related_;
};

constexpr size_t kRelatedPosts = 10;

}  // namespace

SiteDrops::SiteDrops(const SiteModel& model, ContentHooks hooks)
    : model_(model),
      hooks_(std::move(hooks)),
      document_drops_(model.documents.size()),
      static_file_drops_(model.static_files.size()) {}

liquid::Value SiteDrops::site() const {
  if (!site_drop_) site_drop_ = std::make_shared<SiteDrop>(*this);
  return liquid::Value(site_drop_);
}

liquid::Value SiteDrops::site_for(size_t document) const {
  if (document >= model_.documents.size() || model_.documents[document].collection != "posts") return site();
  // (posts.docs.last(11).reverse - [post]).first(10), in the collection's
  // order: the ten newest others, after any posts a generator appended
  // (al-folio's external posts come first in every post's list, as in Jekyll's).
  const std::vector<size_t>& order = model_.collection("posts")->documents;
  const size_t from = order.size() > kRelatedPosts + 1 ? order.size() - (kRelatedPosts + 1) : 0;
  std::vector<size_t> newest(order.rbegin(), order.rend() - static_cast<std::ptrdiff_t>(from));
  newest.erase(std::remove(newest.begin(), newest.end(), document), newest.end());
  if (newest.size() > kRelatedPosts) newest.resize(kRelatedPosts);
  return liquid::Value(liquid::DropPtr(std::make_shared<PostSiteDrop>(site(), documents(newest))));
}

liquid::Value SiteDrops::document(size_t index) const {
  if (index >= document_drops_.size()) return liquid::Value();
  if (!document_drops_[index]) document_drops_[index] = make_document_drop(*this, index);
  return liquid::Value(document_drops_[index]);
}

liquid::Value SiteDrops::documents(const std::vector<size_t>& indexes) const {
  liquid::Array drops;
  drops.reserve(indexes.size());
  for (size_t index : indexes) drops.push_back(document(index));
  return liquid::Value(std::move(drops));
}

liquid::Value SiteDrops::static_file(size_t index) const {
  if (index >= static_file_drops_.size()) return liquid::Value();
  if (!static_file_drops_[index]) static_file_drops_[index] = std::make_shared<StaticFileDrop>(*this, index);
  return liquid::Value(static_file_drops_[index]);
}

}  // namespace folio::site
