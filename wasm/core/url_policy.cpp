#include "core/url_policy.h"

#include "core/character_references.h"

namespace folio {
namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

bool starts_with_ignoring_case(std::string_view text, std::string_view lowercase_prefix) {
  if (text.size() < lowercase_prefix.size()) return false;
  for (size_t i = 0; i < lowercase_prefix.size(); ++i) {
    if (ascii_lower(text[i]) != lowercase_prefix[i]) return false;
  }
  return true;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

// Browsers read '\' as '/' in http(s) URLs.
bool is_slash(char c) { return c == '/' || c == '\\'; }

bool is_image_data(std::string_view after_scheme) {
  for (std::string_view type : {"image/png", "image/gif", "image/jpeg", "image/webp"}) {
    if (starts_with_ignoring_case(after_scheme, type) && after_scheme.size() > type.size() &&
        (after_scheme[type.size()] == ';' || after_scheme[type.size()] == ',')) {
      return true;
    }
  }
  return false;
}

// Splits an absolute http(s) or protocol-relative URL into host (with any
// user info and port) and what follows it. False for every other URL.
bool split_web_url(std::string_view url, std::string_view& host, std::string_view& rest) {
  size_t i;
  if (starts_with_ignoring_case(url, "https:")) {
    i = 6;
  } else if (starts_with_ignoring_case(url, "http:")) {
    i = 5;
  } else if (url.size() >= 2 && is_slash(url[0]) && is_slash(url[1])) {
    i = 2;
  } else {
    return false;
  }
  while (i < url.size() && is_slash(url[i])) ++i;
  size_t end = url.find_first_of("/\\?#", i);
  if (end == std::string_view::npos) end = url.size();
  host = url.substr(i, end - i);
  rest = url.substr(end);
  return true;
}

}  // namespace

std::string url_for_check(std::string_view attribute_value) {
  const std::string decoded = decode_character_references(attribute_value);
  std::string url;
  url.reserve(decoded.size());
  for (char c : decoded) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte > 0x20 && byte != 0x7F) url += c;
  }
  return url;
}

bool is_allowed_url(std::string_view url, UrlUse use) {
  const size_t colon = url.find_first_of(":/?#");
  if (colon == std::string_view::npos || url[colon] != ':') return use != UrlUse::frame;
  const std::string_view scheme = url.substr(0, colon);
  const bool https = equals_ignoring_case(scheme, "https");
  switch (use) {
    case UrlUse::link:
      return https || equals_ignoring_case(scheme, "http") || equals_ignoring_case(scheme, "mailto");
    case UrlUse::image:
      return https || equals_ignoring_case(scheme, "http") ||
             (equals_ignoring_case(scheme, "data") && is_image_data(url.substr(colon + 1)));
    case UrlUse::media:
    case UrlUse::frame:
      return https;
  }
  return false;
}

bool is_external_link(std::string_view url, std::string_view site_url) {
  std::string_view host, rest, site_host, site_path;
  if (!split_web_url(url, host, rest)) return false;
  if (!split_web_url(site_url, site_host, site_path)) return true;
  if (!equals_ignoring_case(host, site_host)) return true;
  while (!site_path.empty() && site_path.back() == '/') site_path.remove_suffix(1);
  if (site_path.empty()) return false;
  const bool under_path = rest.substr(0, site_path.size()) == site_path &&
                          (rest.size() == site_path.size() || std::string_view("/?#").find(rest[site_path.size()]) !=
                                                                   std::string_view::npos);
  return !under_path;
}

}  // namespace folio
