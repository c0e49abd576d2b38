#include "render/site_renderer.h"

#include <algorithm>
#include <cctype>

#include "core/html_escape.h"
#include "core/html_sanitizer.h"
#include "core/html_text.h"
#include "parse/markdown.h"
#include "plugins/plugins.h"
#include "render/alfolio_behaviours.h"
#include "render/layout_chain.h"
#include "render/scholar_site.h"
#include "render/url_rebase.h"
#include "scholar/scholar_tags.h"
#include "site/deep_merge.h"

namespace folio::render {
namespace {

liquid::SiteFacts facts_of(const site::SiteModel& site, const SiteConfig& settings) {
  liquid::SiteFacts facts;
  facts.url = site.config.url;
  facts.baseurl = site.config.baseurl;
  facts.now_unix_seconds = site.time.unix_seconds;
  facts.filtered_bibtex_keywords = settings.filtered_bibtex_keywords;
  return facts;
}

bool is_markdown(const site::Document& document, const site::JekyllConfig& config) {
  std::string ext = document.extname;
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(config.markdown_extensions.begin(), config.markdown_extensions.end(), ext) !=
         config.markdown_extensions.end();
}

// Diagnostics of a template whose text starts at `first_line` of its file
// (after the front matter) point at the file's own lines.
void add_shifted(Diagnostics& into, const Diagnostics& from, const std::string& file, int first_line) {
  for (Diagnostic diagnostic : from.all()) {
    if (diagnostic.file == file && diagnostic.line > 0) diagnostic.line += first_line - 1;
    into.add(std::move(diagnostic));
  }
}

// The 1-based line of `key:` in a file's front matter (where the author
// wrote it), or 1 when it is not there (it came from the config's defaults).
int front_matter_line(const std::string* text, std::string_view key) {
  if (text == nullptr) return 1;
  int line = 1;
  size_t start = 0;
  while (start < text->size()) {
    size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    const std::string_view row(text->data() + start, end - start);
    if (line > 1 && (row == "---" || row == "...")) break;
    if (row.size() > key.size() && row.compare(0, key.size(), key) == 0 && row[key.size()] == ':') return line;
    start = end + 1;
    ++line;
  }
  return 1;
}

std::string text_of(const liquid::Value& value) {
  return value.is_nil() ? std::string() : html_to_text(liquid::to_output(value));
}

}  // namespace

SiteRenderer::SiteRenderer(const SourceFiles& files, const site::SiteModel& site, const site::RouteTable& routes,
                           const SiteConfig& settings)
    : files_(files),
      site_(site),
      routes_(routes),
      settings_(settings),
      templates_(files, site.config, setup_diagnostics_),
      host_(files, site, templates_, facts_of(site, settings), settings.markdown),
      scholar_(make_scholar_site(files, site, templates_)),
      body_reads_(files.partial) {
  scholar::register_scholar_tags(
      tags_, {[this](liquid::TagContext&) { return scholar_page_.get(); },
              [this](std::string_view name) -> std::optional<liquid::TemplateSource> {
                const LayoutFile* layout = templates_.layout(name);
                if (layout == nullptr) return std::nullopt;
                return liquid::TemplateSource{layout->body, layout->file};
              }});
  plugins::register_plugin_tags(tags_, site);
  options_.tags = &tags_;
  site::ContentHooks hooks;
  hooks.content = [this](size_t document) { return document_content(document); };
  hooks.body_read = [this](size_t document) { note_body_read(document); };
  drops_ = std::make_unique<site::SiteDrops>(site, std::move(hooks));
}

std::string SiteRenderer::render_liquid(const std::string& source, const std::string& file, int first_line,
                                        const liquid::Value& environment) {
  Diagnostics local;
  const liquid::TemplatePtr parsed = liquid::parse_template(source, file, options_, local);
  std::string output = liquid::render_template(*parsed, environment, host_, options_, local, &cache_).output;
  add_shifted(*diagnostics_, local, file, first_line);
  return output;
}

liquid::Hash SiteRenderer::base_environment(const site::Route* route, size_t document) {
  liquid::Hash environment;
  environment.set("site", drops_->site_for(document));
  if (document != site::kNoDocument) environment.set("page", drops_->document(document));
  environment.set("layout", liquid::Value(liquid::Hash()));
  environment.set("content", "");
  environment.set("paginator", liquid::Value());
  if (route != nullptr) {
    for (const auto& [key, value] : plugins::route_variables(*drops_, *route)) environment.set(key, value);
  }
  return environment;
}

// Jekyll's Document#render: Liquid, then the converter, then (here) the
// plugins that work on the converted HTML.
std::string SiteRenderer::render_content(size_t index, const liquid::Value& environment) {
  const site::Document& document = site_.documents[index];
  std::string content = document.body;
  const liquid::Value with_liquid = document.data.lookup("render_with_liquid");
  if (!(with_liquid.is_bool() && !with_liquid.truthy())) {
    content = render_liquid(content, document.relative_path, document.body_first_line, environment);
  }
  if (is_markdown(document, site_.config)) content = markdown_to_html(content, settings_.markdown);
  return plugins::after_convert(site_, document, std::move(content));
}

void SiteRenderer::note_body_read(size_t document) {
  if (document < site_.documents.size()) body_reads_.note(site_.documents[document].relative_path);
}

// page.content / post.content read from another page: that document's
// content, rendered once with its own `page`.
std::optional<std::string> SiteRenderer::document_content(size_t document) {
  if (const auto done = contents_.find(document); done != contents_.end()) return done->second;
  if (document >= site_.documents.size() || rendering_.count(document) || diagnostics_ == nullptr) return std::nullopt;
  rendering_.insert(document);
  const liquid::Value environment(base_environment(nullptr, document));
  const std::string outer_page = host_.set_page_file(site_.documents[document].relative_path);
  std::string content = render_content(document, environment);
  host_.set_page_file(outer_page);
  rendering_.erase(document);
  return contents_.emplace(document, std::move(content)).first->second;
}

// Jekyll's Renderer#place_in_layouts: each layout sees `content` (the HTML so
// far) and `layout`, its own front matter over... the inner layouts' (the
// inner keys win: deep_merge_hashes(layout.data, payload["layout"])).
std::string SiteRenderer::render_layouts(const std::string& layout, const std::string& file, int line,
                                         std::string content, liquid::Hash environment) {
  const std::vector<const LayoutFile*> chain = layout_chain(templates_, layout, file, line, *diagnostics_);
  liquid::Value merged(liquid::Hash{});
  for (const LayoutFile* layout_file : chain) {
    merged = site::deep_merge(layout_file->data, merged);
    environment.set("content", std::move(content));
    environment.set("layout", merged);
    content = render_liquid(layout_file->body, layout_file->file, layout_file->body_first_line, liquid::Value(environment));
  }
  return content;
}

RenderedPage SiteRenderer::render(const PageRequest& request) {
  const site::Route* route = routes_.resolve(request.path);
  if (route == nullptr) {
    RenderedPage page;
    page.diagnostics.warning("(request)", 0, 0, "no page of the site is at " + request.path);
    return page;
  }
  return render_route(*route, request);
}

RenderedPage SiteRenderer::render_route(const site::Route& route, const PageRequest& request) {
  RenderedPage page;
  page.found = true;
  page.route = &route;
  for (const Diagnostic& diagnostic : setup_diagnostics_.all()) page.diagnostics.add(diagnostic);
  diagnostics_ = &page.diagnostics;
  body_reads_.take();
  if (route.document >= site_.documents.size()) {
    if (route.kind == site::RouteKind::generated) {
      page = render_generated(route, request, std::move(page));
      page.needs = body_reads_.take();
      return page;
    }
    page.found = false;
    diagnostics_ = nullptr;
    return page;
  }
  note_body_read(route.document);
  const site::Document& document = site_.documents[route.document];
  host_.set_page_file(document.relative_path);
  page.layout = document.layout();
  page.is_html = document.is_html();
  scholar_page_ = std::make_unique<scholar::ScholarPage>(
      scholar::make_scholar_page(scholar_, document.relative_path, document.data.lookup("scholar")));
  liquid::Hash environment = base_environment(&route, route.document);
  const liquid::Value page_value = *environment.find("page");
  // A generated page (a paginator's page 2) renders its document anew, with
  // its own variables; a document's own route keeps the content others read.
  std::string content;
  if (const auto done = contents_.find(route.document); done != contents_.end() && route.kind != site::RouteKind::generated) {
    content = done->second;
  } else {
    rendering_.insert(route.document);
    content = render_content(route.document, liquid::Value(environment));
    rendering_.erase(route.document);
    if (route.kind != site::RouteKind::generated) contents_[route.document] = content;
  }
  std::string html = render_layouts(document.layout(), document.relative_path,
                                    front_matter_line(files_.find(document.relative_path), "layout"),
                                    std::move(content), std::move(environment));
  finish(page, std::move(html), page_value, request);
  host_.set_page_file("");
  scholar_page_.reset();
  diagnostics_ = nullptr;
  page.needs = body_reads_.take();
  return page;
}

// A page a generator writes with no document of its own (jekyll-archives'
// /blog/2024/): its layout, named by the `page` the plugin gives it, with
// empty content, as the plugin's pages render.
RenderedPage SiteRenderer::render_generated(const site::Route& route, const PageRequest& request, RenderedPage page) {
  liquid::Hash environment = base_environment(&route, site::kNoDocument);
  const liquid::Value* found = environment.find("page");
  const liquid::Value page_value = found != nullptr ? *found : liquid::Value();
  const std::string layout = text_of(page_value.lookup("layout"));
  if (layout.empty()) {
    page.found = false;
    diagnostics_ = nullptr;
    return page;
  }
  page.layout = layout;
  page.is_html = true;
  std::string html = render_layouts(layout, "(" + route.generator + " " + route.url + ")", 0, "", std::move(environment));
  finish(page, std::move(html), page_value, request);
  diagnostics_ = nullptr;
  return page;
}

// al-folio's _includes/head.liquid: the site's name alone at "/" and for a
// page titled "blank", else "TITLE | SITE", a titleless page's year for TITLE.
std::string al_folio_document_title(const liquid::Value& page_value, const std::string& site_name) {
  const std::string title = text_of(page_value.lookup("title"));
  if (title == "blank" || text_of(page_value.lookup("url")) == "/") return site_name;
  if (!title.empty()) return title + " | " + site_name;
  const liquid::Value date = page_value.lookup("date");
  const std::string year = liquid::to_output(date).substr(0, 4);
  return year.empty() ? site_name : year + " | " + site_name;
}

void SiteRenderer::finish(RenderedPage& page, std::string html, const liquid::Value& page_value,
                          const PageRequest& request) {
  page.title = text_of(page_value.lookup("title"));
  page.document_title = al_folio_document_title(page_value, settings_.display_name());
  if (page.title.empty()) page.title = text_of(site_.config.site.lookup("title"));
  page.description = text_of(page_value.lookup("description"));
  if (page.description.empty()) page.description = text_of(site_.config.site.lookup("description"));
  if (page.is_html) {
    SanitizePolicy policy;
    policy.allow_trusted_embeds = settings_.trusted_html && !request.widget;
    policy.site_url = settings_.url;
    policy.allow_toggle_buttons = true;
    html = rebase_urls(adapt_alfolio_behaviours(html), routes_, request.route_base, request.asset_base);
    page.html = sanitize_html(html, policy);
  } else {
    // feed.xml, robots.txt...: written as they are by build; a browser is
    // only ever shown them as text.
    page.html = "<pre>" + escape_html(html) + "</pre>";
    page.text = std::move(html);
  }
}

}  // namespace folio::render
