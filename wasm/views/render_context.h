// What every view needs besides the model: where content files and other views
// live (they differ between the shell, a widget on another site and a
// prerendered page) and how to make content HTML safe.
#pragma once

#include <string>
#include <string_view>

#include "core/html_sanitizer.h"
#include "model/body_reads.h"
#include "model/site.h"

namespace folio {

struct RenderOptions {
  // URL prefix of the content folder, for images and PDFs: "content/" in the
  // shell, an absolute URL in a widget.
  std::string asset_base;
  // URL prefix of links to other views: "#/" in the shell, the lab's own site
  // URL plus "#/" in a widget, a path in prerendered pages.
  std::string route_base = "#/";
  // Widgets render into other people's pages and never allow trusted HTML.
  bool widget = false;
  // What a widget asks for: at most `limit` items (0: the view's default),
  // only selected papers, only one year's papers (0: every year).
  int limit = 0;
  bool selected_only = false;
  int year = 0;
  // Where a view notes the news bodies it shows (null: nobody asks).
  BodyReads* body_reads = nullptr;
};

class RenderContext {
 public:
  RenderContext(const Site& site, const RenderOptions& options);

  const Site& site() const { return site_; }
  const RenderOptions& options() const { return options_; }
  // Content HTML (Markdown output, HTML-valued front matter) made safe.
  std::string safe_html(std::string_view html) const;
  // Link to another view: route("news/") -> "#/news/".
  std::string route(std::string_view path) const;
  // URL of a file under the content folder; absolute URLs pass unchanged when
  // their scheme may be linked or shown (core/url_policy.h), else "".
  std::string asset(std::string_view path) const;
  // The view shows the body of `file` (model/body_reads.h).
  void note_body_read(const std::string& file) const {
    if (options_.body_reads != nullptr) options_.body_reads->note(file);
  }

 private:
  const Site& site_;
  const RenderOptions& options_;
  SanitizePolicy policy_;
};

// True for "https://…", "//…", "mailto:…" and other URLs with a scheme, and for
// site-absolute paths ("/assets/…"): they are not relative to the content folder.
bool is_absolute_url(std::string_view url);

}  // namespace folio
