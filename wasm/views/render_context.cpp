#include "views/render_context.h"

#include <cctype>

#include "core/url_policy.h"

namespace folio {

RenderContext::RenderContext(const Site& site, const RenderOptions& options)
    : site_(site), options_(options) {
  policy_.allow_trusted_embeds = site.config.trusted_html && !options.widget;
  policy_.site_url = site.config.url;
}

std::string RenderContext::safe_html(std::string_view html) const { return sanitize_html(html, policy_); }

std::string RenderContext::route(std::string_view path) const { return options_.route_base + std::string(path); }

std::string RenderContext::asset(std::string_view path) const {
  if (is_absolute_url(path)) {
    const std::string url = url_for_check(path);
    return is_allowed_url(url, UrlUse::link) || is_allowed_url(url, UrlUse::image) ? std::string(path) : std::string();
  }
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  return options_.asset_base + std::string(path);
}

bool is_absolute_url(std::string_view url) {
  if (!url.empty() && url.front() == '/') return true;
  for (size_t i = 0; i < url.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(url[i]);
    if (c == ':') return i > 0;
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

}  // namespace folio
