// Jekyll's URL filters: relative_url and absolute_url put site.baseurl (and
// site.url) in front of a path and normalize the result as Addressable does
// (dot segments removed, characters outside a URL percent-encoded, host and
// scheme lower-cased, a default port dropped); a URL that already has a
// scheme comes back as it was. uri_escape is Addressable's normalize_component.
#include <string>
#include <vector>

#include "liquid/filters/filter_groups.h"
#include "liquid/filters/filter_support.h"
#include "liquid/filters/percent_encoding.h"

namespace folio::liquid {

namespace {

std::string path_characters() { return std::string(kUnreservedMarks) + std::string(kSubDelimiters) + ":@/"; }
std::string query_characters() { return path_characters() + "?"; }

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The length of "scheme:" at the start, or 0 (RFC 3986: a letter, then
// letters, digits, "+", "-" or ".").
size_t scheme_length(std::string_view url) {
  if (url.empty() || !is_ascii_letter(url[0])) return 0;
  for (size_t i = 1; i < url.size(); ++i) {
    const char c = url[i];
    if (c == ':') return i + 1;
    if (!is_ascii_letter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return 0;
  }
  return 0;
}

std::string lowercase_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// RFC 3986 section 5.2.4, as Addressable's normalized_path applies it.
std::string remove_dot_segments(std::string_view path) {
  std::vector<std::string_view> kept;
  const bool absolute = !path.empty() && path.front() == '/';
  size_t start = absolute ? 1 : 0;
  bool trailing_slash = false;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(start, end - start);
    const bool last = end == path.size();
    if (segment == "..") {
      if (!kept.empty()) kept.pop_back();
      trailing_slash = last;
    } else if (segment == ".") {
      trailing_slash = last;
    } else {
      kept.push_back(segment);
      trailing_slash = false;
    }
    start = end + 1;
  }
  std::string out = absolute ? "/" : "";
  for (size_t i = 0; i < kept.size(); ++i) {
    if (i > 0) out += '/';
    out.append(kept[i]);
  }
  if (trailing_slash && !kept.empty()) out += '/';
  return out;
}

struct UrlParts {
  std::string scheme, authority, path, query, fragment;
  bool has_authority = false, has_query = false, has_fragment = false;
};

UrlParts split_url(std::string_view url) {
  UrlParts parts;
  if (const size_t length = scheme_length(url)) {
    parts.scheme = std::string(url.substr(0, length - 1));
    url.remove_prefix(length);
  }
  if (const size_t hash = url.find('#'); hash != std::string_view::npos) {
    parts.has_fragment = true;
    parts.fragment = std::string(url.substr(hash + 1));
    url = url.substr(0, hash);
  }
  if (const size_t question = url.find('?'); question != std::string_view::npos) {
    parts.has_query = true;
    parts.query = std::string(url.substr(question + 1));
    url = url.substr(0, question);
  }
  if (url.substr(0, 2) == "//") {
    parts.has_authority = true;
    const size_t slash = url.find('/', 2);
    parts.authority = std::string(url.substr(2, slash == std::string_view::npos ? std::string_view::npos : slash - 2));
    url = slash == std::string_view::npos ? std::string_view() : url.substr(slash);
  }
  parts.path = std::string(url);
  return parts;
}

// Lower-cases the host and drops the scheme's default port.
std::string normalize_authority(std::string_view authority, std::string_view scheme) {
  const size_t at = authority.rfind('@');
  const std::string user = at == std::string_view::npos ? "" : std::string(authority.substr(0, at + 1));
  std::string host = lowercase_ascii(at == std::string_view::npos ? authority : authority.substr(at + 1));
  const size_t colon = host.rfind(':');
  if (colon != std::string::npos && host.find(']', colon) == std::string::npos) {
    const std::string port = host.substr(colon + 1);
    if (port.empty() || (scheme == "http" && port == "80") || (scheme == "https" && port == "443")) host.erase(colon);
  }
  return user + host;
}

std::string normalize_url(std::string_view url) {
  UrlParts parts = split_url(url);
  const std::string scheme = lowercase_ascii(parts.scheme);
  std::string out = scheme.empty() ? "" : scheme + ":";
  if (parts.has_authority) out += "//" + normalize_authority(parts.authority, scheme);
  std::string path = normalize_component(remove_dot_segments(parts.path), path_characters(), "/");
  if (path.empty() && parts.has_authority && (scheme == "http" || scheme == "https")) path = "/";
  out += path;
  if (parts.has_query) out += "?" + normalize_component(parts.query, query_characters(), "&");
  if (parts.has_fragment) out += "#" + normalize_component(parts.fragment, query_characters());
  return out;
}

// A document or page given as a drop stands for its url.
Value url_of(const Value& input) {
  if (input.is_drop()) {
    Value url = input.as_drop().get("url");
    if (!url.is_nil()) return url;
  }
  return input;
}

std::string with_leading_slash(std::string text) {
  if (text.empty() || text.front() == '/') return text;
  return "/" + text;
}

std::string sanitized_baseurl(const SiteFacts& site) {
  std::string baseurl = site.baseurl;
  if (!baseurl.empty() && baseurl.back() == '/') baseurl.pop_back();
  return baseurl;
}

Value relative_url_of(const Value& input, const SiteFacts& site) {
  const Value url = url_of(input);
  const std::string text = to_s(url);
  if (scheme_length(text) > 0) return url;
  return normalize_url(with_leading_slash(sanitized_baseurl(site)) + with_leading_slash(text));
}

Value relative_url(const FilterCall& call, FilterContext& context) {
  if (call.input.is_nil()) return Value();
  return relative_url_of(call.input, context.site());
}

Value absolute_url(const FilterCall& call, FilterContext& context) {
  if (call.input.is_nil()) return Value();
  const Value url = url_of(call.input);
  if (scheme_length(to_s(url)) > 0) return url;
  const Value relative = relative_url_of(url, context.site());
  if (context.site().url.empty()) return relative;
  return normalize_url(context.site().url + to_s(relative));
}

Value uri_escape(const FilterCall& call, FilterContext&) {
  return normalize_component(to_s(call.input), query_characters() + "#[]");
}

const FilterSpec kUrlFilters[] = {
    {"absolute_url", 0, 0, absolute_url},
    {"relative_url", 0, 0, relative_url},
    {"uri_escape", 0, 0, uri_escape},
};

}  // namespace

FilterGroup url_filters() { return {kUrlFilters, sizeof kUrlFilters / sizeof kUrlFilters[0]}; }

}  // namespace folio::liquid
