#include "site/document_drop.h"

#include <array>
#include <map>

#include "site/document_url.h"
#include "site/site_drops.h"

namespace folio::site {
namespace {

constexpr std::array<const char*, 6> kPageFields = {"content", "dir", "excerpt", "name", "path", "url"};
constexpr std::array<const char*, 15> kDocumentFields = {"content",  "collection", "date",       "id",   "url",
                                                         "path",     "relative_path", "name",     "excerpt", "next",
                                                         "previous", "title",      "categories", "tags", "output_ext"};

class DocumentDrop : public liquid::Drop {
 public:
  DocumentDrop(const SiteDrops& drops, size_t index) : drops_(drops), index_(index) {}

  liquid::Value get(std::string_view key) const override {
    // Content changes as the renderer gets on; the rest is computed once.
    if (key == "content" || key == "excerpt") return compute(key);
    const auto cached = cache_.find(key);
    if (cached != cache_.end()) return cached->second;
    liquid::Value value = compute(key);
    cache_.emplace(std::string(key), value);
    return value;
  }

  std::vector<std::string> keys() const override {
    std::vector<std::string> names;
    const auto add = [&names](const std::string& name) {
      for (const std::string& existing : names) {
        if (existing == name) return;
      }
      names.push_back(name);
    };
    if (document().kind == DocumentKind::page) {
      for (const auto& [key, value] : document().data.as_hash()) add(key);
      for (const char* field : kPageFields) add(field);
    } else {
      for (const char* field : kDocumentFields) add(field);
      for (const auto& [key, value] : document().data.as_hash()) add(key);
    }
    return names;
  }

 private:
  const Document& document() const { return drops_.model().documents[index_]; }

  liquid::Value compute(std::string_view key) const {
    const Document& doc = document();
    if (key == "content") return content();
    if (key == "url") return doc.url;
    if (key == "excerpt") return excerpt();
    if (doc.kind == DocumentKind::page) return page_field(key);
    if (key == "collection") return doc.collection;
    if (key == "id") return doc.id;
    if (key == "path" || key == "relative_path") return doc.relative_path;
    if (key == "output_ext") return doc.output_ext;
    if (key == "next") return neighbour(doc.next);
    if (key == "previous") return neighbour(doc.previous);
    if (key == "name") {
      const liquid::Value name = doc.data.lookup("name");
      return name.is_nil() ? liquid::Value(doc.name) : name;
    }
    return doc.data.lookup(key);
  }

  liquid::Value page_field(std::string_view key) const {
    const Document& page = document();
    if (key == "name") return page.name;
    if (key == "path") {
      const liquid::Value path = page.data.lookup("path");
      return path.is_nil() ? liquid::Value(page.relative_path) : path;
    }
    if (key == "dir") {
      if (!page.url.empty() && page.url.back() == '/') return page.url;
      const std::string dir = url_dirname(page.url);
      return dir.back() == '/' ? dir : dir + "/";
    }
    return page.data.lookup(key);
  }

  liquid::Value content() const {
    const ContentHooks& hooks = drops_.hooks();
    if (hooks.body_read) hooks.body_read(index_);
    if (hooks.content) {
      if (std::optional<std::string> rendered = hooks.content(index_)) return *rendered;
    }
    return document().body;
  }

  // A front matter `excerpt:` is used as written; otherwise the excerpt's
  // source, rendered by the hook. Pages have one only with page_excerpts.
  liquid::Value excerpt() const {
    const Document& doc = document();
    if (drops_.hooks().body_read) drops_.hooks().body_read(index_);
    const liquid::Value written = doc.data.lookup("excerpt");
    if (!written.is_nil()) return doc.kind == DocumentKind::page ? written : liquid::Value(to_output(written));
    if (!doc.excerpt_source) return doc.kind == DocumentKind::page ? liquid::Value() : liquid::Value("");
    const ContentHooks& hooks = drops_.hooks();
    if (hooks.excerpt) {
      if (std::optional<std::string> rendered = hooks.excerpt(index_, *doc.excerpt_source)) return *rendered;
    }
    return *doc.excerpt_source;
  }

  liquid::Value neighbour(size_t index) const {
    return index == kNoDocument ? liquid::Value() : drops_.document(index);
  }

  const SiteDrops& drops_;
  size_t index_;
  mutable std::map<std::string, liquid::Value, std::less<>> cache_;
};

}  // namespace

liquid::DropPtr make_document_drop(const SiteDrops& drops, size_t index) {
  return std::make_shared<DocumentDrop>(drops, index);
}

}  // namespace folio::site
