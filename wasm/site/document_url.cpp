#include "site/document_url.h"

#include <algorithm>
#include <cctype>

#include "site/permalink.h"
#include "site/slugify.h"

namespace folio::site {
namespace {

std::string permalink_of(const Document& document) {
  const liquid::Value permalink = document.data.lookup("permalink");
  return permalink.is_nil() ? "" : to_output(permalink);
}

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

std::string joined_categories(const Document& document, bool slugified) {
  std::vector<std::string> seen;
  const liquid::Value categories = document.data.lookup("categories");
  if (categories.is_array()) {
    for (const liquid::Value& category : categories.as_array()) {
      const std::string text = slugified ? slugify(to_output(category)) : lowercase(to_output(category));
      if (std::find(seen.begin(), seen.end(), text) == seen.end()) seen.push_back(text);
    }
  }
  std::string joined;
  for (size_t i = 0; i < seen.size(); ++i) joined += (i ? "/" : "") + seen[i];
  return joined;
}

// Document#cleaned_relative_path: without the extension, the collection's
// folder and trailing dots ("/2015-03-15-x" of "_posts/2015-03-15-x.md").
std::string cleaned_relative_path(const Document& document, const std::string& collections_dir,
                                  const std::string& label) {
  std::string path = document.relative_path;
  if (!collections_dir.empty() && path.rfind(collections_dir + "/", 0) == 0) path.erase(0, collections_dir.size() + 1);
  path.erase(path.size() - document.extname.size());
  const std::string folder = "_" + label;
  if (const size_t at = path.find(folder); at != std::string::npos) path.erase(at, folder.size());
  while (!path.empty() && path.back() == '.') path.pop_back();
  return path;
}

std::optional<std::string> date_placeholder(const JekyllTime& date, std::string_view name) {
  static const std::pair<std::string_view, std::string_view> kDateParts[] = {
      {"year", "%Y"},       {"month", "%m"},      {"day", "%d"},        {"hour", "%H"},      {"minute", "%M"},
      {"second", "%S"},     {"i_day", "%-d"},     {"i_month", "%-m"},   {"short_month", "%b"}, {"long_month", "%B"},
      {"short_year", "%y"}, {"w_year", "%G"},     {"week", "%V"},       {"w_day", "%u"},     {"short_day", "%a"},
      {"long_day", "%A"},   {"y_day", "%j"}};
  for (const auto& [part, pattern] : kDateParts) {
    if (part == name) return format_time(date, pattern);
  }
  return std::nullopt;
}

}  // namespace

std::string url_dirname(const std::string& url) {
  std::string path = url;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

void assign_page_url(Document& page, const JekyllConfig& config) {
  std::string url_template;
  if (!page.is_html()) {
    url_template = "/:path/:basename:output_ext";
  } else if (page.basename == "index") {
    url_template = "/:path/";
  } else {
    url_template = add_permalink_suffix("/:path/:basename", config.permalink_style);
  }
  const std::string permalink = permalink_of(page);
  page.url = sanitize_url(expand_page_template(permalink.empty() ? url_template : permalink,
                                               {{"path", page.dir}, {"basename", page.basename}, {"output_ext", page.output_ext}}));
}

void assign_document_url(Document& document, const CollectionConfig& collection, const std::string& collections_dir,
                         Diagnostics& diagnostics) {
  const std::string slug_data = to_output(document.data.lookup("slug"));
  const JekyllTime date = document.date.value_or(JekyllTime{});
  const PlaceholderLookup lookup = [&](std::string_view name) -> std::optional<std::string> {
    if (name == "collection") return collection.label;
    if (name == "path") return cleaned_relative_path(document, collections_dir, collection.label);
    if (name == "name") return slugify(document.basename);
    if (name == "title") return slugify(slug_data, SlugMode::pretty, /*cased=*/true);
    if (name == "slug") return slugify(slug_data);
    if (name == "categories") return joined_categories(document, false);
    if (name == "slugified_categories") return joined_categories(document, true);
    if (name == "output_ext") return document.output_ext;
    return date_placeholder(date, name);
  };
  const std::string permalink = permalink_of(document);
  const std::string& url_template = permalink.empty() ? collection.url_template : permalink;
  std::string unknown;
  document.url = sanitize_url(expand_document_template(url_template, lookup, unknown));
  if (!unknown.empty()) {
    diagnostics.error(document.relative_path, 0, 0,
                      "the permalink '" + url_template + "' uses :" + unknown +
                          ", which Jekyll does not know (it stops the build); use :title, :slug, :name, :path, "
                          ":categories, :year, :month, :day or :output_ext. Here :" + unknown + " is left empty");
  }
  std::string slug = document.data.lookup("slug").is_nil() ? document.basename : slug_data;
  const std::string dir = url_dirname(document.url);
  document.id = (dir == "/" ? "" : dir) + "/" + slug;
}

}  // namespace folio::site
