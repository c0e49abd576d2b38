#include "api/site_session.h"

#include <algorithm>
#include <ctime>
#include <set>

#include "api/model_json.h"
#include "api/protocol.h"
#include "api/routes_json.h"
#include "core/url_policy.h"
#include "core/utf8.h"
#include "parse/front_matter.h"
#include "parse/site_parser.h"
#include "plugins/plugins.h"
#include "plugins/third_party_libraries.h"
#include "views/footer_view.h"
#include "views/nav_view.h"
#include "views/view_router.h"

namespace folio {
namespace {

nlohmann::json parse_request(std::string_view request_json) {
  if (request_json.empty()) return nlohmann::json::object();
  nlohmann::json request = nlohmann::json::parse(request_json, nullptr, /*allow_exceptions=*/false);
  return request.is_object() ? request : nlohmann::json::object();
}

// A string field (valid UTF-8 without NUL, like everything the core reads),
// or `fallback` when absent or of another type.
std::string string_field(const nlohmann::json& request, const char* key, std::string fallback) {
  const auto it = request.find(key);
  return it != request.end() && it->is_string() ? to_valid_utf8(it->get_ref<const std::string&>()) : fallback;
}

// A boolean field; false when absent or of another type.
bool bool_field(const nlohmann::json& request, const char* key) {
  const auto it = request.find(key);
  return it != request.end() && it->is_boolean() && it->get<bool>();
}

// A non-negative integer field, 0 when absent or of another type.
int int_field(const nlohmann::json& request, const char* key) {
  const auto it = request.find(key);
  if (it == request.end() || !it->is_number_integer()) return 0;
  const auto value = it->get<long long>();
  return value > 0 && value < 1000000 ? static_cast<int>(value) : 0;
}

// The URL prefix of links or assets; a prefix whose scheme may not be linked
// (javascript:, data:, ...) falls back to `fallback`, so no request can turn
// every link of a view into script.
std::string url_base_field(const nlohmann::json& request, const char* key, std::string fallback) {
  std::string base = string_field(request, key, fallback);
  return is_allowed_url(url_for_check(base), UrlUse::link) ? base : fallback;
}

// The request's site.time, or the clock's.
int64_t time_field(const nlohmann::json& request) {
  const auto it = request.find("time");
  if (it != request.end() && it->is_number_integer()) return it->get<int64_t>();
  return static_cast<int64_t>(std::time(nullptr));
}

}  // namespace

void SiteSession::put_file(std::string path, std::string_view text) {
  reset_models();  // they read the files
  // A path becomes ids and routes ("_news/x.md" is news/x): the same rule as text.
  if (!is_valid_utf8(path)) path = to_valid_utf8(path);
  if (text.size() > kMaxFileBytes) {
    files_.text_by_path.erase(path);
    files_.not_utf8.erase(path);
    files_.too_large[std::move(path)] = text.size();
    return;
  }
  files_.too_large.erase(path);
  // One scan for the common case: valid text is copied as it is.
  if (is_valid_utf8(text)) {
    files_.not_utf8.erase(path);
    files_.text_by_path[std::move(path)] = from_valid_utf8(text);
  } else {
    files_.not_utf8.insert(path);
    files_.text_by_path[std::move(path)] = to_valid_utf8(text);
  }
}

void SiteSession::reset_models() {
  built_ = false;
  folio_site_read_ = false;
  renderer_.reset();
  pages_site_.reset();
}

std::string SiteSession::build(std::string_view request_json) {
  const nlohmann::json request = parse_request(request_json);
  files_.missing_with_reason.clear();
  if (const auto missing = request.find("missing"); missing != request.end() && missing->is_object()) {
    for (const auto& [path, reason] : missing->items()) {
      files_.missing_with_reason[path] = reason.is_string() ? reason.get<std::string>() : "not found";
    }
  }
  files_.partial.clear();
  if (const auto partial = request.find("partial"); partial != request.end() && partial->is_array()) {
    for (const auto& path : *partial) {
      if (path.is_string()) files_.partial.insert(path.get<std::string>());
    }
  }
  reset_models();
  diagnostics_ = Diagnostics();
  site_time_ = time_field(request);
  site_ = Site();
  site_.config = parse_site_config_file(files_, diagnostics_);
  built_ = true;
  if (!bool_field(request, "lazy")) {
    folio_site();
    read_jekyll_site();
  }
  nlohmann::json answer = {{"version", kProtocolVersion}};
  if (bool_field(request, "document_index")) answer["documents"] = document_index_json();
  // This answer reports everything found so far; later ones, what a model read after it finds.
  unanswered_diagnostics_ = Diagnostics();
  answer["ok"] = !diagnostics_.has_errors();
  answer["diagnostics"] = diagnostics_to_json(diagnostics_.all());
  return dump_answer(answer);
}

const Site& SiteSession::folio_site() {
  if (built_ && !folio_site_read_) {
    Diagnostics found;
    parse_site_content(files_, site_, found);
    folio_site_read_ = true;
    add_site_diagnostics(found);
  }
  return site_;
}

// The renderer is made with the Jekyll site: it is there once that is read.
void SiteSession::read_jekyll_site() {
  if (!built_ || renderer_) return;
  Diagnostics found;
  jekyll_site_ = site::read_site_model(files_, site::SiteModelOptions{site_time_}, found);
  plugins::add_site_data(files_, jekyll_site_, found);
  routes_ = site::RouteTable::from_site(jekyll_site_, found);
  plugins::add_generated_routes(jekyll_site_, routes_, found);
  renderer_ = std::make_unique<render::SiteRenderer>(files_, jekyll_site_, routes_, site_.config);
  pages_site_.reset();
  add_site_diagnostics(found);
}

// The whole Jekyll site once it is read; until then its pages alone.
const site::SiteModel& SiteSession::nav_site() {
  if (renderer_ || !built_) return jekyll_site_;
  if (!pages_site_) {
    Diagnostics found;
    site::SiteModelOptions options{site_time_};
    options.pages_only = true;
    pages_site_ = std::make_unique<site::SiteModel>(site::read_site_model(files_, options, found));
    add_site_diagnostics(found);
  }
  return *pages_site_;
}

// The models read the same files in places (_config.yml, _data, front
// matter): a problem two of them find is reported once.
void SiteSession::add_site_diagnostics(const Diagnostics& found) {
  const size_t known = diagnostics_.size();
  for (const Diagnostic& diagnostic : found.all()) {
    const auto begin = diagnostics_.all().begin();
    const bool seen = std::any_of(begin, begin + static_cast<std::ptrdiff_t>(known), [&](const Diagnostic& d) {
      return d.file == diagnostic.file && d.line == diagnostic.line && d.message == diagnostic.message;
    });
    if (seen) continue;
    diagnostics_.add(diagnostic);
    unanswered_diagnostics_.add(diagnostic);
  }
}

void SiteSession::answer_site_diagnostics(nlohmann::json& header) {
  if (unanswered_diagnostics_.size() == 0) return;
  header["site_diagnostics"] = diagnostics_to_json(unanswered_diagnostics_.all());
  unanswered_diagnostics_ = Diagnostics();
}

// Each collection document's front matter, as written: what folio.json
// carries so that a shell can open a large site before it has every body
// (model/body_reads.h). The news files folio's news view reads count too,
// declared as a collection or not. Pages are left out: they are few, and
// loaded whole.
nlohmann::json SiteSession::document_index_json() {
  read_jekyll_site();
  std::set<std::string> paths;
  for (const site::Document& document : jekyll_site_.documents) {
    if (document.kind != site::DocumentKind::page) paths.insert(document.relative_path);
  }
  for (const NewsItem& item : folio_site().news) {
    if (item.file.rfind("_news/", 0) == 0) paths.insert(item.file);
  }
  nlohmann::json documents = nlohmann::json::object();
  for (const std::string& path : paths) {
    const std::string* text = files_.find(path);
    if (text == nullptr) continue;
    Diagnostics ignored;  // the build reported them
    const FrontMatterSplit split = split_front_matter(*text, path, ignored);
    if (!split.has_front_matter) continue;
    const size_t end = split.body.empty() ? text->size() : static_cast<size_t>(split.body.data() - text->data());
    documents[path] = text->substr(0, end);
  }
  return documents;
}

std::string SiteSession::render(std::string_view request_json) {
  const nlohmann::json request = parse_request(request_json);
  if (request.contains("path")) return render_path(request);
  RenderOptions options;
  options.asset_base = url_base_field(request, "asset_base", "");
  options.route_base = url_base_field(request, "route_base", "#/");
  options.widget = bool_field(request, "widget");
  options.limit = int_field(request, "limit");
  options.selected_only = bool_field(request, "selected_only");
  options.year = int_field(request, "year");
  const std::string route = string_field(request, "view", "about");
  // A route no view of folio's draws is a page of the site: "blog/", "projects/1_project/".
  if (!is_view_route(route) && built_) {
    read_jekyll_site();
    if (routes_.resolve("/" + route) != nullptr) {
      nlohmann::json page_request = request;
      page_request["path"] = "/" + route;
      page_request["route_base"] = options.route_base;
      return render_path(page_request, TitleAs::document);
    }
  }
  BodyReads body_reads(files_.partial);
  options.body_reads = &body_reads;
  const RenderedView view = render_view(folio_site(), route, options);
  nlohmann::json header = {{"version", kProtocolVersion},
                                {"needs", body_reads.take()},
                                {"ok", built_},
                                {"found", view.found},
                                {"title", view.title},
                                {"site_name", site_.config.display_name()},
                                {"description", view.description},
                                {"footer_html", view.footer_html},
                                {"nav_html", options.widget ? std::string()
                                                            : render_nav_html(nav_site(), view_route_url(route),
                                                                              options.route_base)}};
  if (view.more) header["more"] = true;
  add_math_script(header, view.html, options.widget);
  answer_site_diagnostics(header);
  return dump_answer_with_text(std::move(header), "html", view.html);
}

// MathJax for a page that holds TeX on a site with enable_math, as al-folio's
// scripts.liquid loads it (web/math-typeset.mjs); never in a widget, which
// runs inside another site's page.
void SiteSession::add_math_script(nlohmann::json& header, std::string_view html, bool widget) {
  if (widget) return;
  // The site's setting first: most sites never pay for the scan of the page.
  const std::optional<plugins::ScriptSource> math = plugins::math_script(nav_site());
  if (math && plugins::has_math(html)) header["math"] = {{"src", math->src}, {"integrity", math->integrity}};
}

// A page of the site by its URL, through its layouts.
std::string SiteSession::render_path(const nlohmann::json& request, TitleAs title_as) {
  render::PageRequest page_request;
  page_request.path = string_field(request, "path", "/");
  page_request.asset_base = url_base_field(request, "asset_base", "");
  page_request.route_base = url_base_field(request, "route_base", "");
  page_request.widget = bool_field(request, "widget");
  render::RenderedPage page;
  read_jekyll_site();
  if (renderer_) {
    page = renderer_->render(page_request);
  } else {
    page.diagnostics.error("(request)", 0, 0, "the site is not built: call build before render");
  }
  RenderOptions view_options;
  view_options.asset_base = page_request.asset_base;
  view_options.route_base = page_request.route_base.empty() ? "#/" : page_request.route_base;
  view_options.widget = page_request.widget;
  nlohmann::json header = {{"version", kProtocolVersion},
                           {"ok", built_},
                           {"found", page.found},
                           {"title", title_as == TitleAs::document ? page.document_title : page.title},
                           {"document_title", page.document_title},
                           {"site_name", site_.config.display_name()},
                           {"description", page.description},
                           {"footer_html", page_request.widget ? std::string() : render_footer_html(RenderContext(site_, view_options))},
                           {"nav_html", page_request.widget ? std::string()
                                                            : render_nav_html(nav_site(),
                                                                              page.route ? page.route->url : page_request.path,
                                                                              page_request.route_base)},
                           {"diagnostics", diagnostics_to_json(page.diagnostics.all())},
                           {"needs", page.needs}};
  if (page.route != nullptr) {
    header["route"] = {{"url", page.route->url},
                       {"kind", site::route_kind_name(page.route->kind)},
                       {"layout", page.layout},
                       {"output", page.route->output_path}};
  }
  add_math_script(header, page.html, page_request.widget);
  answer_site_diagnostics(header);
  return dump_answer_with_text(std::move(header), "html", page.html);
}

std::string SiteSession::model() {
  nlohmann::json answer = site_to_json(folio_site());
  answer["version"] = kProtocolVersion;
  answer["diagnostics"] = diagnostics_to_json(diagnostics_.all());
  return dump_answer(answer);
}

std::string SiteSession::config() const {
  nlohmann::json answer = {{"version", kProtocolVersion}, {"config", config_to_json(site_.config)}};
  return dump_answer(answer);
}

std::string SiteSession::routes() {
  read_jekyll_site();
  nlohmann::json answer = routes_to_json(routes_, jekyll_site_);
  answer["version"] = kProtocolVersion;
  return dump_answer(answer);
}

}  // namespace folio
