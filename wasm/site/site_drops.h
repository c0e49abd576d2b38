// The site model as Liquid sees it: `site` and each document's `page` are
// drops (liquid/value.h), whose fields are computed when a template reads
// them and then kept. Content is the renderer's: a hook answers
// `page.content` and `post.excerpt` with what it has rendered, so the model
// never holds HTML and templates that never read content never render it.
//
// A SiteDrops must outlive every value it hands out (drops point back to it).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "liquid/value.h"
#include "site/site_model.h"

namespace folio::site {

struct ContentHooks {
  // A document's rendered content (Jekyll: after Liquid and Markdown). When
  // unset or nullopt, the body as written (Jekyll's content before rendering).
  std::function<std::optional<std::string>(size_t document)> content;
  // The rendered excerpt, given its source (site/excerpt.h). Unset: the source.
  std::function<std::optional<std::string>(size_t document, const std::string& source)> excerpt;
  // Called whenever a template reads a document's content or excerpt, which
  // come from its body (model/body_reads.h).
  std::function<void(size_t document)> body_read;
};

class SiteDrops {
 public:
  explicit SiteDrops(const SiteModel& model, ContentHooks hooks = {});
  SiteDrops(const SiteDrops&) = delete;
  SiteDrops& operator=(const SiteDrops&) = delete;

  liquid::Value site() const;
  // `site` while `document` renders: for a post, with site.related_posts.
  liquid::Value site_for(size_t document) const;
  // page / post / a collection document, by index into model().documents.
  liquid::Value document(size_t index) const;
  liquid::Value documents(const std::vector<size_t>& indexes) const;
  liquid::Value static_file(size_t index) const;

  const SiteModel& model() const { return model_; }
  const ContentHooks& hooks() const { return hooks_; }

 private:
  const SiteModel& model_;
  ContentHooks hooks_;
  mutable std::vector<liquid::DropPtr> document_drops_;
  mutable std::vector<liquid::DropPtr> static_file_drops_;
  mutable liquid::DropPtr site_drop_;
};

}  // namespace folio::site
