#include "plugins/archives.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <optional>

#include "plugins/plugin_config.h"
#include "site/deep_merge.h"
#include "site/jekyll_time.h"
#include "site/permalink.h"
#include "site/slugify.h"

namespace folio::plugins {
namespace {

using liquid::Value;

// One collection's settings, with the plugin's defaults under them.
struct CollectionArchives {
  std::string collection;
  Value config;
  // jekyll-archives 2 (v1 of the plugin, posts only, `jekyll-archives:
  // enabled:` at the top): types "tag"/"category", the drop's `posts`.
  bool v1 = false;
};

Value string_hash(std::initializer_list<std::pair<const char*, const char*>> entries) {
  liquid::Hash hash;
  for (const auto& [key, value] : entries) hash.set(key, value);
  return Value(std::move(hash));
}

Value v2_defaults() {
  liquid::Hash defaults;
  defaults.set("layout", "archive");
  defaults.set("enabled", Value(liquid::Array{}));
  defaults.set("permalinks", string_hash({{"year", "/:collection/:year/"},
                                          {"month", "/:collection/:year/:month/"},
                                          {"day", "/:collection/:year/:month/:day/"},
                                          {"tags", "/:collection/:type/:name/"}}));
  return Value(std::move(defaults));
}

Value v1_defaults() {
  liquid::Hash defaults;
  defaults.set("layout", "archive");
  defaults.set("enabled", Value(liquid::Array{}));
  defaults.set("permalinks", string_hash({{"year", "/:year/"},
                                          {"month", "/:year/:month/"},
                                          {"day", "/:year/:month/:day/"},
                                          {"tag", "/tag/:name/"},
                                          {"category", "/category/:name/"}}));
  return Value(std::move(defaults));
}

std::vector<CollectionArchives> read_settings(const site::SiteModel& site, Diagnostics* diagnostics) {
  std::vector<CollectionArchives> settings;
  const Value* raw = site.config.site.as_hash().find("jekyll-archives");
  if (!raw) return settings;
  if (!raw->is_hash()) {
    if (diagnostics) {
      diagnostics->warning(site.config.file, 0, 0,
                           "jekyll-archives: expected a hash of collections (posts: enabled: [year, tags]); "
                           "no archives are made");
    }
    return settings;
  }
  if (raw->as_hash().find("enabled")) {
    settings.push_back({"posts", site::deep_merge(v1_defaults(), *raw), true});
    return settings;
  }
  for (const site::Collection& collection : site.collections) {
    const Value* own = raw->as_hash().find(collection.config.label);
    settings.push_back({collection.config.label, site::deep_merge(v2_defaults(), own ? *own : Value()), false});
  }
  for (const auto& [name, own] : raw->as_hash()) {
    if (site.collection(name)) continue;
    if (diagnostics) {
      diagnostics->warning(site.config.file, 0, 0,
                           "jekyll-archives: '" + name +
                               "' is not a collection; add it under 'collections:' or remove its archives");
    }
  }
  return settings;
}

bool enabled(const Value& config, const std::string& type) {
  const Value on = config.lookup("enabled");
  if ((on.is_bool() && on.as_bool()) || (on.is_string() && on.as_string() == "all")) return true;
  if (!on.is_array()) return false;
  for (const Value& item : on.as_array()) {
    if (liquid::to_output(item) == type) return true;
  }
  return false;
}

// ActiveSupport's singularize for the names archives use.
std::string singular(const std::string& word) {
  if (word.size() > 3 && word.compare(word.size() - 3, 3, "ies") == 0) return word.substr(0, word.size() - 3) + "y";
  if (word.size() > 1 && word.back() == 's' && word[word.size() - 2] != 's') return word.substr(0, word.size() - 1);
  return word;
}

site::SlugMode slug_mode(const Value& setting) {
  const std::string mode = setting.is_string() ? setting.as_string() : "";
  if (mode == "raw") return site::SlugMode::raw;
  if (mode == "pretty") return site::SlugMode::pretty;
  if (mode == "ascii") return site::SlugMode::ascii;
  return site::SlugMode::default_mode;
}

std::string percent_decoded(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The file Jekyll writes for a page URL.
std::string output_path_of(const std::string& url) {
  std::string path = percent_decoded(url);
  while (!path.empty() && path.front() == '/') path.erase(0, 1);
  if (path.empty() || path.back() == '/') return path + "index.html";
  const size_t slash = path.rfind('/');
  const size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) path += ".html";
  return path;
}

// Document#<=> reversed: newest first, and of two at one time the later path.
void sort_newest_first(const site::SiteModel& site, std::vector<size_t>& documents) {
  std::stable_sort(documents.begin(), documents.end(), [&](size_t a, size_t b) {
    const site::Document& first = site.documents[a];
    const site::Document& second = site.documents[b];
    const int64_t ta = first.date ? first.date->unix_seconds : site.time.unix_seconds;
    const int64_t tb = second.date ? second.date->unix_seconds : site.time.unix_seconds;
    return ta != tb ? ta > tb : first.relative_path > second.relative_path;
  });
}

class ArchiveMaker {
 public:
  ArchiveMaker(const site::SiteModel& site, const CollectionArchives& settings, std::vector<Archive>& out)
      : site_(site), settings_(settings), out_(out) {}

  void make(const site::Collection& collection) {
    std::vector<size_t> documents;
    for (size_t index : collection.documents) {
      const site::Document& document = site_.documents[index];
      const bool in_future = document.date && document.date->unix_seconds > site_.time.unix_seconds;
      if (!in_future || site_.config.future) documents.push_back(index);
    }
    const Value& config = settings_.config;
    if (enabled(config, "year") || enabled(config, "month") || enabled(config, "day")) make_dates(documents);
    for (const std::string& field : fields(documents)) make_field(documents, field);
  }

 private:
  // The enabled fields that are not dates; with `enabled: true` (or "all"),
  // every front matter key that is a list in some document.
  std::vector<std::string> fields(const std::vector<size_t>& documents) const {
    std::vector<std::string> names;
    const Value on = settings_.config.lookup("enabled");
    if (settings_.v1) {
      for (const char* name : {"categories", "tags"}) {
        if (enabled(settings_.config, name) || enabled(settings_.config, singular(name))) names.push_back(name);
      }
      return names;
    }
    if (on.is_array()) {
      for (const Value& item : on.as_array()) {
        const std::string name = liquid::to_output(item);
        if (name != "year" && name != "month" && name != "day") names.push_back(name);
      }
      return names;
    }
    if (!enabled(settings_.config, "year")) return names;
    for (size_t index : documents) {
      for (const auto& [key, value] : site_.documents[index].data.as_hash()) {
        if (value.is_array() && std::find(names.begin(), names.end(), key) == names.end()) names.push_back(key);
      }
    }
    return names;
  }

  template <typename Key>
  static std::vector<std::pair<Key, std::vector<size_t>>> grouped(const std::vector<size_t>& documents,
                                                                   const std::function<std::vector<Key>(size_t)>& keys) {
    std::vector<std::pair<Key, std::vector<size_t>>> groups;
    std::map<Key, size_t> where;
    for (size_t index : documents) {
      for (const Key& key : keys(index)) {
        const auto found = where.find(key);
        if (found == where.end()) {
          where.emplace(key, groups.size());
          groups.push_back({key, {index}});
        } else {
          groups[found->second].second.push_back(index);
        }
      }
    }
    return groups;
  }

  std::string time_part(size_t index, const char* pattern) const {
    const site::Document& document = site_.documents[index];
    return site::format_time(document.date.value_or(site_.time), pattern);
  }

  void make_dates(const std::vector<size_t>& documents) {
    const auto years = grouped<std::string>(documents, [&](size_t i) { return std::vector{time_part(i, "%Y")}; });
    for (const auto& [year, in_year] : years) {
      add_date("year", year, "", "", in_year);
      const auto months = grouped<std::string>(in_year, [&](size_t i) { return std::vector{time_part(i, "%m")}; });
      for (const auto& [month, in_month] : months) {
        add_date("month", year, month, "", in_month);
        const auto days = grouped<std::string>(in_month, [&](size_t i) { return std::vector{time_part(i, "%d")}; });
        for (const auto& [day, in_day] : days) add_date("day", year, month, day, in_day);
      }
    }
  }

  void add_date(const std::string& type, const std::string& year, const std::string& month, const std::string& day,
                std::vector<size_t> documents) {
    if (!enabled(settings_.config, type)) return;
    std::vector<std::pair<std::string, std::optional<std::string>>> placeholders = {{"year", year}};
    if (!month.empty()) placeholders.push_back({"month", month});
    if (!day.empty()) placeholders.push_back({"day", day});
    if (!settings_.v1) placeholders.push_back({"collection", settings_.collection});
    placeholders.push_back({"type", type});
    Archive archive;
    archive.type = type;
    archive.date = year + "-" + (month.empty() ? "01" : month) + "-" + (day.empty() ? "01" : day);
    add(std::move(archive), placeholders, std::move(documents));
  }

  void make_field(const std::vector<size_t>& documents, const std::string& field) {
    const auto values = grouped<std::string>(documents, [&](size_t i) {
      const Value value = site_.documents[i].data.lookup(field);
      if (value.is_string()) return std::vector<std::string>{value.as_string()};
      return value.is_array() ? split_list(value, "") : std::vector<std::string>{};
    });
    const std::string type = settings_.v1 ? singular(field) : field;
    for (const auto& [title, in_group] : values) {
      const std::string slug = site::slugify(title, slug_mode(settings_.config.lookup("slug_mode")));
      std::vector<std::pair<std::string, std::optional<std::string>>> placeholders;
      if (!settings_.v1) placeholders.push_back({"collection", settings_.collection});
      placeholders.push_back({"name", slug});
      placeholders.push_back({"type", singular(field)});
      Archive archive;
      archive.type = type;
      archive.title = title;
      add(std::move(archive), placeholders, in_group);
    }
  }

  void add(Archive archive, const std::vector<std::pair<std::string, std::optional<std::string>>>& placeholders,
           std::vector<size_t> documents) {
    const Value& config = settings_.config;
    const Value url_template = config.lookup("permalinks").lookup(archive.type);
    const std::string pattern = url_template.is_string() ? url_template.as_string()
                                                         : (settings_.v1 ? "/:type/:name/" : "/:collection/:type/:name/");
    archive.collection = settings_.collection;
    archive.v1 = settings_.v1;
    archive.url = site::sanitize_url(site::expand_page_template(pattern, placeholders));
    archive.output_path = output_path_of(archive.url);
    const Value layout = config.lookup("layouts").lookup(archive.type);
    archive.layout = liquid::to_output(layout.is_nil() ? config.lookup("layout") : layout);
    sort_newest_first(site_, documents);
    archive.documents = std::move(documents);
    out_.push_back(std::move(archive));
  }

  const site::SiteModel& site_;
  const CollectionArchives& settings_;
  std::vector<Archive>& out_;
};

}  // namespace

std::vector<Archive> find_archives(const site::SiteModel& site, Diagnostics* diagnostics) {
  std::vector<Archive> archives;
  for (const CollectionArchives& settings : read_settings(site, diagnostics)) {
    if (const site::Collection* collection = site.collection(settings.collection)) {
      ArchiveMaker(site, settings, archives).make(*collection);
    }
  }
  return archives;
}

liquid::Value archive_page_value(const site::SiteDrops& drops, const Archive& archive) {
  const bool v1 = archive.v1;
  const std::string name = archive.output_path.substr(archive.output_path.rfind('/') + 1);
  liquid::Hash page;
  if (!v1) page.set("collection_name", archive.collection);
  page.set(v1 ? "posts" : "documents", drops.documents(archive.documents));
  page.set("type", archive.type);
  page.set("title", archive.title.empty() ? Value() : Value(archive.title));
  page.set("date", archive.date.empty() ? Value() : Value(archive.date));
  page.set("name", name.substr(0, name.rfind('.')));
  page.set("path", archive.output_path);
  page.set("url", archive.url);
  page.set("permalink", Value());
  page.set("layout", archive.layout);
  return Value(std::move(page));
}

}  // namespace folio::plugins
