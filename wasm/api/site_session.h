// One site behind the wasm boundary: the files JS handed over, the models read
// from them once, and the answers to render and model requests.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "model/site.h"
#include "model/source_files.h"
#include "render/site_renderer.h"
#include "site/route_table.h"
#include "site/site_model.h"

namespace folio {

class SiteSession {
 public:
  void put_file(std::string path, std::string_view text);
  // request: {"missing": {"path": "reason"}, "time": 1717200000,
  //           "partial": ["_news/a.md"], "document_index": false, "lazy": false}
  // (all optional; time is site.time in Unix seconds, the clock's by default;
  // partial: files put as their front matter only, model/body_reads.h).
  // Parses every file, reads the Jekyll site model and its routes, and
  // answers {"version", "ok", "diagnostics"}, and with document_index
  // "documents": {path: front matter as written} for every collection document.
  // lazy: build reads the config alone; each model (folio's views', the
  // pages for the navigation, the whole Jekyll site) is read when a request
  // first needs it, and that answer carries what reading it found in
  // "site_diagnostics". A shell's first page then costs what it shows: the
  // about page never reads the posts, the blog never the bibliography.
  std::string build(std::string_view request_json);
  // request: {"view": "about", "asset_base": "content/", "route_base": "#/", "widget": false,
  //           "limit": 0, "selected_only": false, "year": 0}
  // answers {"version", "ok", "found", "html_bytes", "title", "site_name", "description",
  // "footer_html", "nav_html"}, "more": true when `limit` left papers out,
  // then a NUL and the view's HTML (dump_answer_with_text).
  // nav_html: the site's navigation as <li> items (views/nav_view.h), none for widgets.
  // A view name no view of folio's draws ("blog/") renders that page of the
  // site, as with "path" below (the view's bases apply).
  // Or, with "path" instead of "view", any page of the site through its
  // layouts (render/site_renderer.h):
  // request: {"path": "/team/", "asset_base": "", "route_base": "", "widget": false}
  //   (empty bases keep Jekyll's site-absolute URLs)
  // answers the same keys, plus "document_title", "route": {"url", "kind", "layout", "output"} and
  // "diagnostics" (this render's: Liquid errors, missing includes and layouts);
  // "found": false (and no "route") when no route is at the path.
  // Every render answers "needs": the partial files whose bodies it read;
  // the render is complete when it is empty.
  std::string render(std::string_view request_json);
  // The parsed model as plain data, for Node users and tests.
  std::string model();
  // {"version", "config"}: the model's config alone.
  std::string config() const;
  // Every page at its Jekyll URL: {"version", "url", "baseurl", "routes"}
  // (api/routes_json.h).
  std::string routes();

 private:
  // A view request's "title" is the document's <title> ("cv | Teng Liu"),
  // a path request's the page's own (page.title); both carry "document_title".
  enum class TitleAs { page, document };
  std::string render_path(const nlohmann::json& request, TitleAs title_as = TitleAs::page);
  void add_math_script(nlohmann::json& header, std::string_view html, bool widget);
  nlohmann::json document_index_json();
  // The models, each read on first use (all of them by a build that is not
  // lazy): folio's own (about, news, papers; its config is read by build),
  // the Jekyll site with its routes and renderer, and, until that is read,
  // the Jekyll site's pages alone, which is what the navigation needs.
  void reset_models();
  const Site& folio_site();
  void read_jekyll_site();
  const site::SiteModel& nav_site();
  // A model read after build: its problems join the site's, and the next
  // answer reports them.
  void add_site_diagnostics(const Diagnostics& found);
  void answer_site_diagnostics(nlohmann::json& header);

  SourceFiles files_;
  int64_t site_time_ = 0;
  Site site_;
  bool folio_site_read_ = false;
  site::SiteModel jekyll_site_;
  site::RouteTable routes_;
  // Made with the Jekyll site (null until it is read): its caches of
  // templates and rendered content live as long as the built site (a render
  // only fills them).
  std::unique_ptr<render::SiteRenderer> renderer_;
  std::unique_ptr<site::SiteModel> pages_site_;
  Diagnostics diagnostics_;
  Diagnostics unanswered_diagnostics_;  // lazy: found since the last answer
  bool built_ = false;
};

}  // namespace folio
