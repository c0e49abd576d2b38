#include "site/permalink.h"

#include <cctype>
#include <cstdio>

namespace folio::site {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size())) {
    text.replace(pos, from.size(), to);
  }
}

bool is_placeholder_char(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

}  // namespace

std::string style_to_permalink(std::string_view style) {
  if (style == "none") return "/:categories/:title:output_ext";
  if (style == "date") return "/:categories/:year/:month/:day/:title:output_ext";
  if (style == "ordinal") return "/:categories/:year/:y_day/:title:output_ext";
  if (style == "pretty") return "/:categories/:year/:month/:day/:title/";
  if (style == "weekdate") return "/:categories/:year/W:week/:short_day/:title:output_ext";
  return std::string(style);
}

std::string add_permalink_suffix(std::string url_template, std::string_view style) {
  if (style == "pretty") return url_template + "/";
  if (style == "date" || style == "ordinal" || style == "none") return url_template + ":output_ext";
  if (ends_with(style, "/")) url_template += "/";
  if (ends_with(style, ":output_ext")) url_template += ":output_ext";
  return url_template;
}

std::string expand_document_template(std::string_view url_template, const PlaceholderLookup& lookup,
                                     std::string& unknown) {
  std::string url;
  for (size_t i = 0; i < url_template.size();) {
    if (url_template[i] != ':' || i + 1 >= url_template.size() || !is_placeholder_char(url_template[i + 1])) {
      url += url_template[i++];
      continue;
    }
    size_t end = i + 1;
    while (end < url_template.size() && is_placeholder_char(url_template[end])) ++end;
    std::string name(url_template.substr(i + 1, end - i - 1));
    std::optional<std::string> value = lookup(name);
    std::string rest;  // what follows the name when ":title_" means ":title" then "_"
    if (!value && name.back() == '_') {
      value = lookup(std::string_view(name).substr(0, name.size() - 1));
      if (value) rest = "_";
    }
    if (!value && unknown.empty()) unknown = name;
    url += escape_url_path(value.value_or("")) + rest;
    i = end;
  }
  return url;
}

std::string expand_page_template(std::string url_template,
                                 const std::vector<std::pair<std::string, std::optional<std::string>>>& placeholders) {
  for (const auto& [name, value] : placeholders) {
    if (url_template.find(':') == std::string::npos) break;
    if (value) {
      replace_all(url_template, ":" + name, escape_url_path(*value));
    } else {
      replace_all(url_template, "/:" + name, "");
    }
  }
  return url_template;
}

std::string sanitize_url(std::string_view url) {
  std::string text = "/" + std::string(url);
  replace_all(text, "..", "/");
  replace_all(text, "./", "");
  std::string squeezed;
  for (char c : text) {
    if (c == '/' && !squeezed.empty() && squeezed.back() == '/') continue;
    squeezed += c;
  }
  return squeezed;
}

std::string escape_url_path(std::string_view path) {
  bool plain = true;
  for (char c : path) {
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '/' || c == '-');
  }
  if (plain) return std::string(path);
  static constexpr std::string_view kKept = "-._~:/?#[]@!$&'()*+,;=%";
  std::string escaped;
  bool hash_seen = false;
  for (unsigned char c : path) {
    if (c == '#' && !hash_seen) {
      escaped += "%23";
      hash_seen = true;
    } else if (c < 0x80 && (std::isalnum(c) || kKept.find(static_cast<char>(c)) != std::string_view::npos)) {
      escaped += static_cast<char>(c);
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      escaped += buffer;
    }
  }
  return escaped;
}

}  // namespace folio::site
