// The pipeline Jekyll runs for one route, for every route of a site:
//   the document's content: Liquid (unless render_with_liquid: false) with
//   {site, page, layout, content, paginator...}, then Markdown -> HTML for
//   Markdown files (the site's kramdown settings), then the plugins'
//   after_convert; then each layout of its chain (render/layout_chain.h),
//   `content` the HTML so far and `layout` the layouts' front matter merged
//   down the chain; then al-folio's inline behaviours made folio's
//   (render/alfolio_behaviours.h), site-absolute URLs rebased for the shell
//   (render/url_rebase.h), and the one sanitizer.
// One SiteRenderer per built site session: it keeps the parsed includes and
// layouts (one TemplateCache) and each document's rendered content across
// renders. It reads the model, files and routes it was made with: they must
// outlive it and not change.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "liquid/engine.h"
#include "model/body_reads.h"
#include "model/site.h"
#include "model/source_files.h"
#include "render/page_render.h"
#include "render/site_host.h"
#include "render/template_files.h"
#include "scholar/scholar_page.h"
#include "site/route_table.h"
#include "site/site_drops.h"
#include "site/site_model.h"

namespace folio::render {

class SiteRenderer {
 public:
  // `settings` is the parsed config the views read: kramdown, trusted HTML.
  SiteRenderer(const SourceFiles& files, const site::SiteModel& site, const site::RouteTable& routes,
               const SiteConfig& settings);
  SiteRenderer(const SiteRenderer&) = delete;
  SiteRenderer& operator=(const SiteRenderer&) = delete;

  RenderedPage render(const PageRequest& request);
  // One route of the table (build renders them all).
  RenderedPage render_route(const site::Route& route, const PageRequest& request);

 private:
  std::optional<std::string> document_content(size_t document);
  void note_body_read(size_t document);
  std::string render_content(size_t document, const liquid::Value& environment);
  RenderedPage render_generated(const site::Route& route, const PageRequest& request, RenderedPage page);
  // The title, description and sanitized HTML of a rendered page.
  void finish(RenderedPage& page, std::string html, const liquid::Value& page_value, const PageRequest& request);
  std::string render_layouts(const std::string& layout, const std::string& file, int line, std::string content,
                             liquid::Hash environment);
  std::string render_liquid(const std::string& source, const std::string& file, int first_line,
                            const liquid::Value& environment);
  liquid::Hash base_environment(const site::Route* route, size_t document);

  const SourceFiles& files_;
  const site::SiteModel& site_;
  const site::RouteTable& routes_;
  const SiteConfig& settings_;
  Diagnostics setup_diagnostics_;  // of the layouts' front matter: reported with every render
  TemplateFiles templates_;
  SiteHost host_;
  scholar::ScholarSite scholar_;
  liquid::TagRegistry tags_;
  liquid::LiquidOptions options_;
  liquid::TemplateCache cache_;
  std::unique_ptr<site::SiteDrops> drops_;
  std::map<size_t, std::string> contents_;  // documents' rendered content (Jekyll renders each once)
  std::set<size_t> rendering_;              // content renders under way: a loop reads the source
  std::unique_ptr<scholar::ScholarPage> scholar_page_;  // the page now rendering
  Diagnostics* diagnostics_ = nullptr;      // the render now under way
  BodyReads body_reads_;                    // of the render now under way
};

}  // namespace folio::render
