#include "plugins/pagination.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>

#include "plugins/overlay_drop.h"
#include "plugins/plugin_config.h"
#include "site/deep_merge.h"
#include "site/document_url.h"

namespace folio::plugins {
namespace {

using liquid::Value;

// The plugin's DEFAULT, under the site's `pagination:` and the page's.
Value default_config() {
  liquid::Hash trail;
  trail.set("before", 0);
  trail.set("after", 0);
  liquid::Hash config;
  config.set("enabled", false);
  config.set("collection", "posts");
  config.set("offset", 0);
  config.set("per_page", 10);
  config.set("permalink", "/page:num/");
  config.set("title", ":title - page :num");
  config.set("sort_reverse", false);
  config.set("sort_field", "date");
  config.set("limit", 0);
  config.set("trail", Value(std::move(trail)));
  config.set("extension", "html");
  return Value(std::move(config));
}

// Jekyll's Page#dir: the URL's folder, with its "/".
std::string url_dir(const std::string& url) {
  if (!url.empty() && url.back() == '/') return url;
  const std::string dir = site::url_dirname(url);
  return dir == "/" || dir == "." ? "/" : dir + "/";
}

std::string ensure_trailing_slash(std::string path) {
  if (path.empty() || path.back() != '/') path += '/';
  return path;
}

// Ruby's File.join of two parts: one "/" between them.
std::string join_path(std::string first, std::string_view second) {
  while (!first.empty() && first.back() == '/') first.pop_back();
  while (!second.empty() && second.front() == '/') second.remove_prefix(1);
  return first + "/" + std::string(second);
}

// The plugin's Utils.ensure_full_path: "/x/" gets the index file, a name
// without a dot gets the index name.
std::string ensure_full_path(const std::string& url, const std::string& index, const std::string& ext) {
  if (!url.empty() && url.back() == '/') return url + index + ext;
  if (url.find('.') == std::string::npos) return url + index;
  return url;
}

// String#sub: the first occurrence only.
std::string replace_first(std::string text, std::string_view from, const std::string& to) {
  const size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::string format_page_number(const std::string& pattern, int number, int total) {
  return replace_first(replace_first(pattern, ":num", std::to_string(number)), ":max", std::to_string(total));
}

std::string lower_trimmed(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const size_t first = text.find_first_not_of(" \t\r\n");
  const size_t last = text.find_last_not_of(" \t\r\n");
  return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

// The documents of the collections named ("posts", "news projects",
// "all" for every collection but posts), less the hidden ones and those
// that paginate themselves.
std::vector<size_t> collection_documents(const site::SiteModel& site, const Value& names, size_t page,
                                         Diagnostics* diagnostics) {
  std::vector<size_t> documents;
  const auto take = [&](const site::Collection& collection) {
    for (size_t index : collection.documents) {
      const site::Document& document = site.documents[index];
      if (document.data.as_hash().find("pagination") || document.data.lookup("hidden").truthy()) continue;
      documents.push_back(index);
    }
  };
  for (const std::string& raw : split_list(names, ";, \t\r\n")) {
    const std::string name = lower_trimmed(raw);
    if (name.empty()) continue;
    if (name == "all") {
      for (const site::Collection& collection : site.collections) {
        if (collection.config.label != "posts") take(collection);
      }
    } else if (const site::Collection* collection = site.collection(name)) {
      take(*collection);
    } else if (diagnostics) {
      diagnostics->warning(site.documents[page].relative_path, 0, 0,
                           "pagination: there is no collection '" + name +
                               "' to paginate; name one of _config.yml's collections (or posts)");
    }
  }
  return documents;
}

// The plugin's category / tag / locale filters: a document stays when it
// has every value asked for (compared lowercased).
std::vector<size_t> filter_by(const site::SiteModel& site, std::vector<size_t> documents, const Value& config,
                              const std::string& setting, const std::string& field) {
  const Value wanted = config.lookup(setting);
  if (wanted.is_nil()) return documents;
  for (const std::string& raw : split_list(wanted, ";,")) {
    const std::string value = lower_trimmed(raw);
    if (setting == "category" && value == "posts") continue;  // the plugin's "every post" category
    std::vector<size_t> kept;
    for (size_t index : documents) {
      const Value values = site.documents[index].data.lookup(field);
      for (const std::string& own : split_list(values, field == "locale" ? ";, \t" : ";,")) {
        if (lower_trimmed(own) == value) {
          kept.push_back(index);
          break;
        }
      }
    }
    documents = std::move(kept);
  }
  return documents;
}

// Utils.sort_get_post_data: "parent:child" walks into hashes; a hash at the
// end, or a missing key, is nil.
Value sort_value(const site::Document& document, const std::string& field) {
  Value value = document.data;
  size_t start = 0;
  while (start <= field.size()) {
    const size_t end = std::min(field.find(':', start), field.size());
    const std::string key = lower_trimmed(field.substr(start, end - start));
    if (!value.is_hash() || !value.as_hash().find(key)) return Value();
    value = *value.as_hash().find(key);
    start = end + 1;
  }
  return value.is_hash() ? Value() : value;
}

// Utils.sort_values: nil first, strings without case, dates as dates.
bool sorts_before(const site::Document& a, const site::Document& b, const std::string& field) {
  if (lower_trimmed(field) == "date" && a.date && b.date) return a.date->unix_seconds < b.date->unix_seconds;
  const Value left = sort_value(a, field);
  const Value right = sort_value(b, field);
  if (left.is_nil() || right.is_nil()) return left.is_nil() && !right.is_nil();
  if (left.is_string() && right.is_string()) return lower_trimmed(left.as_string()) < lower_trimmed(right.as_string());
  return liquid::liquid_compare(left, right).value_or(0) < 0;
}

std::vector<size_t> sorted(const site::SiteModel& site, std::vector<size_t> documents, const Value& config) {
  const Value field = config.lookup("sort_field");
  if (!field.truthy()) return documents;
  const std::string name = liquid::to_output(field);
  // Ruby's sort! is not stable; a stable sort keeps ties in the collection's
  // order (date, then path), one of the orders Jekyll may give.
  std::stable_sort(documents.begin(), documents.end(),
                   [&](size_t a, size_t b) { return sorts_before(site.documents[a], site.documents[b], name); });
  const int64_t offset = std::max<int64_t>(0, to_integer(config.lookup("offset"), 0));
  // The plugin pops the offset off the end of the ascending list, before it
  // reverses it: with sort_reverse, the newest go.
  documents.resize(documents.size() - std::min<size_t>(documents.size(), static_cast<size_t>(offset)));
  if (config.lookup("sort_reverse").truthy()) std::reverse(documents.begin(), documents.end());
  return documents;
}

std::optional<Pagination> paginate(const site::SiteModel& site, size_t page, const Value& site_config,
                                   Diagnostics* diagnostics) {
  const site::Document& document = site.documents[page];
  const Value own = document.data.lookup("pagination");
  if (!own.is_hash() || !own.lookup("enabled").truthy()) return std::nullopt;
  const Value config = site::deep_merge(site_config, own);
  if (!config.lookup("enabled").truthy()) return std::nullopt;

  Pagination pagination;
  pagination.page = page;
  pagination.per_page = static_cast<int>(to_integer(config.lookup("per_page"), 0));
  if (pagination.per_page < 1) {
    if (diagnostics) {
      diagnostics->warning(document.relative_path, 0, 0,
                           "pagination: per_page must be a whole number above 0 (Jekyll stops here); "
                           "folio shows 10 a page");
    }
    pagination.per_page = 10;
  }
  std::vector<size_t> documents = collection_documents(site, config.lookup("collection"), page, diagnostics);
  documents = filter_by(site, std::move(documents), config, "category", "categories");
  documents = filter_by(site, std::move(documents), config, "tag", "tags");
  documents = filter_by(site, std::move(documents), config, "locale", "locale");
  pagination.documents = sorted(site, std::move(documents), config);

  const size_t count = pagination.documents.size();
  int total = static_cast<int>((count + pagination.per_page - 1) / pagination.per_page);
  const int64_t limit = to_integer(config.lookup("limit"), 0);
  if (limit > 0 && limit < total) total = static_cast<int>(limit);
  if (total == 0) total = 1;  // an empty list still has its first page

  const Value permalink = document.data.lookup("permalink");
  pagination.first_page_url = ensure_trailing_slash(permalink.is_string() ? permalink.as_string()
                                                                          : url_dir(document.url));
  pagination.paginated_url = join_path(pagination.first_page_url, liquid::to_output(config.lookup("permalink")));

  // `indexpage` and `extension` name the file of each page ("index.html").
  const Value index_setting = config.lookup("indexpage");
  const std::string index_name = index_setting.is_nil() ? "" : liquid::to_output(index_setting).substr(
                                                                   0, liquid::to_output(index_setting).find('.'));
  const Value ext_setting = config.lookup("extension");
  std::string ext = ext_setting.is_nil() ? "" : liquid::to_output(ext_setting);
  if (!ext.empty() && ext[0] != '.') ext.insert(0, ".");
  if (!index_name.empty()) {
    pagination.first_page_url = ensure_full_path(pagination.first_page_url, index_name, ext);
    pagination.paginated_url = ensure_full_path(pagination.paginated_url, index_name, ext);
  }

  const Value own_title = document.data.lookup("title");
  const std::string title = liquid::to_output(own_title.is_nil() ? site.config.site.lookup("title") : own_title);
  const Value title_setting = config.lookup("title");
  for (int number = 1; number <= total; ++number) {
    PaginatorPage entry;
    entry.number = number;
    const std::string& pattern = number == 1 ? pagination.first_page_url : pagination.paginated_url;
    entry.page_path = format_page_number(
        ensure_full_path(pattern, index_name.empty() ? "index" : index_name, ext.empty() ? ".html" : ext), number,
        total);
    std::string url = entry.page_path;
    if (url.empty() || url[0] != '/') url.insert(0, "/");
    const std::string index_file = "/index.html";
    if (url.size() >= index_file.size() && url.compare(url.size() - index_file.size(), index_file.size(), index_file) == 0) {
      url.erase(url.size() - index_file.size() + 1);
    }
    entry.url = url;
    entry.title = number > 1 && !title_setting.is_nil()
                      ? format_page_number(replace_first(liquid::to_output(title_setting), ":title", title), number,
                                           total)
                      : title;
    pagination.pages.push_back(std::move(entry));
  }
  const Value trail = config.lookup("trail");
  if (trail.is_hash()) {
    pagination.trail_before = static_cast<int>(std::max<int64_t>(0, to_integer(trail.lookup("before"), 0)));
    pagination.trail_after = static_cast<int>(std::max<int64_t>(0, to_integer(trail.lookup("after"), 0)));
  }
  return pagination;
}

Value site_pagination_config(const site::SiteModel& site) {
  return site::deep_merge(default_config(), site.config.site.lookup("pagination"));
}

Value nil_unless(bool present, Value value) { return present ? std::move(value) : Value(); }

// The trail of links around page `number`: before + after + 1 pages, shifted
// to stay that long at either end.
Value page_trail(const Pagination& pagination, int number) {
  const int count = static_cast<int>(pagination.pages.size());
  if (count <= 1 || (pagination.trail_before == 0 && pagination.trail_after == 0)) return Value();
  const int length = pagination.trail_before + pagination.trail_after + 1;
  int start = std::max(number - pagination.trail_before - 1, 0);
  const int end = std::min(start + length, count);
  if (end - start < length) start = std::max(start - (length - (end - start)), 0);
  liquid::Array trail;
  for (int i = start; i < end; ++i) {
    liquid::Hash entry;
    entry.set("num", i + 1);
    entry.set("path", pagination.pages[i].page_path);
    entry.set("title", pagination.pages[i].title);
    trail.emplace_back(std::move(entry));
  }
  return Value(std::move(trail));
}

}  // namespace

std::vector<Pagination> find_paginations(const site::SiteModel& site, Diagnostics* diagnostics) {
  std::vector<Pagination> found;
  const Value config = site_pagination_config(site);
  if (!config.lookup("enabled").truthy()) return found;
  for (size_t page : site.pages) {
    if (std::optional<Pagination> pagination = paginate(site, page, config, diagnostics)) {
      found.push_back(std::move(*pagination));
    }
  }
  return found;
}

std::optional<Pagination> pagination_of(const site::SiteModel& site, size_t page) {
  if (page >= site.documents.size() || site.documents[page].kind != site::DocumentKind::page) return std::nullopt;
  const Value config = site_pagination_config(site);
  if (!config.lookup("enabled").truthy()) return std::nullopt;
  return paginate(site, page, config, nullptr);
}

Value paginator_value(const site::SiteDrops& drops, const Pagination& pagination, int number) {
  const int total = static_cast<int>(pagination.pages.size());
  const size_t first = static_cast<size_t>(number - 1) * static_cast<size_t>(pagination.per_page);
  std::vector<size_t> shown;
  for (size_t i = first; i < pagination.documents.size() && i < first + pagination.per_page; ++i) {
    shown.push_back(pagination.documents[i]);
  }
  const auto path_of = [&](int page) {
    return format_page_number(page == 1 ? pagination.first_page_url : pagination.paginated_url, page, total);
  };
  liquid::Hash paginator;
  paginator.set("per_page", pagination.per_page);
  paginator.set("posts", drops.documents(shown));
  paginator.set("total_posts", static_cast<int64_t>(pagination.documents.size()));
  paginator.set("total_pages", total);
  paginator.set("page", number);
  paginator.set("page_path", pagination.pages[number - 1].page_path);
  paginator.set("previous_page", nil_unless(number > 1, number - 1));
  paginator.set("previous_page_path", nil_unless(number > 1, path_of(number - 1)));
  paginator.set("next_page", nil_unless(number < total, number + 1));
  paginator.set("next_page_path", nil_unless(number < total, path_of(number + 1)));
  paginator.set("first_page", 1);
  paginator.set("first_page_path", path_of(1));
  paginator.set("last_page", total);
  paginator.set("last_page_path", format_page_number(pagination.paginated_url, total, total));
  paginator.set("page_trail", page_trail(pagination, number));
  return Value(std::move(paginator));
}

Value paginated_page_value(const site::SiteDrops& drops, const Pagination& pagination, int number) {
  const site::Document& page = drops.model().documents[pagination.page];
  const PaginatorPage& entry = pagination.pages[number - 1];
  liquid::Hash fields;
  fields.set("url", entry.page_path);
  fields.set("title", entry.title);
  fields.set("name", entry.page_path.substr(entry.page_path.rfind('/') + 1));
  fields.set("dir", url_dir(entry.page_path));
  if (page.data.lookup("permalink").is_string()) fields.set("permalink", entry.page_path);
  if (number > 1) fields.set("autogen", "jekyll-paginate-v2");
  liquid::Hash info;
  info.set("curr_page", number);
  info.set("total_pages", static_cast<int64_t>(pagination.pages.size()));
  fields.set("pagination_info", Value(std::move(info)));
  return Value(liquid::DropPtr(std::make_shared<OverlayDrop>(drops.document(pagination.page), std::move(fields))));
}

}  // namespace folio::plugins
