#include "render/url_rebase.h"

#include <optional>

#include "core/html_tokenizer.h"
#include "render/html_writer.h"

namespace folio::render {
namespace {

// The URL's path under the baseurl without its leading "/" ("team/",
// "assets/a.jpg"), or nullopt for URLs elsewhere (other sites, "//cdn", "#x").
std::optional<std::string_view> site_path(std::string_view url, const std::string& baseurl) {
  if (url.size() < 1 || url[0] != '/' || (url.size() > 1 && url[1] == '/')) return std::nullopt;
  if (!baseurl.empty()) {
    if (url.compare(0, baseurl.size(), baseurl) != 0) return std::nullopt;
    url.remove_prefix(baseurl.size());
    if (!url.empty() && url[0] != '/') return std::nullopt;
  }
  if (!url.empty()) url.remove_prefix(1);
  return url;
}

bool is_url_attribute(std::string_view name) {
  return same_html_name(name, "href") || same_html_name(name, "src") || same_html_name(name, "poster");
}

}  // namespace

std::string rebase_urls(std::string_view html, const site::RouteTable& routes, const std::string& route_base,
                        const std::string& asset_base) {
  if (route_base.empty() && asset_base.empty()) return std::string(html);
  std::string out;
  out.reserve(html.size() + html.size() / 32);
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  std::string rebased;
  while (tokenizer.next(token)) {
    if (token.kind != HtmlTokenKind::start_tag) {
      append_token(out, token);
      continue;
    }
    out += '<';
    out += token.text;
    for (const HtmlAttribute& attribute : token.attributes) {
      if (!attribute.has_value) {
        out += ' ';
        out += attribute.name;
        continue;
      }
      const auto path = is_url_attribute(attribute.name) ? site_path(attribute.value, routes.baseurl()) : std::nullopt;
      if (!path) {
        append_attribute(out, attribute.name, attribute.value);
        continue;
      }
      const bool is_route = routes.resolve(attribute.value) != nullptr;
      const std::string& base = is_route ? route_base : asset_base;
      if (base.empty()) {
        append_attribute(out, attribute.name, attribute.value);
        continue;
      }
      rebased = base;
      rebased += *path;
      append_attribute(out, attribute.name, rebased);
    }
    out += token.self_closing ? "/>" : ">";
  }
  return out;
}

}  // namespace folio::render
