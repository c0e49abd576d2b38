#include "site/document_reader.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "parse/front_matter.h"
#include "parse/yaml_reader.h"
#include "site/deep_merge.h"
#include "site/excerpt.h"
#include "site/slugify.h"
#include "site/yaml_value.h"

namespace folio::site {
namespace {

std::string without_trailing_dots(std::string text) {
  while (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

struct FrontMatter {
  liquid::Value data{liquid::Hash()};
  std::string body;
  int body_first_line = 1;
};

FrontMatter read_front_matter(const std::string& path, const std::string& text, Diagnostics& diagnostics) {
  FrontMatter front_matter;
  const FrontMatterSplit split = split_front_matter(text, path, diagnostics);
  front_matter.body = std::string(split.body);
  front_matter.body_first_line = split.body_first_line;
  if (!split.has_front_matter) return front_matter;
  if (std::optional<liquid::Value> flat = flat_yaml_to_value(split.yaml)) {
    front_matter.data = std::move(*flat);
    return front_matter;
  }
  const YAML::Node yaml = parse_yaml(split.yaml, YamlSource{path, split.yaml_first_line}, diagnostics);
  if (yaml.IsMap()) {
    front_matter.data = yaml_to_value(yaml);
  } else if (yaml.IsDefined() && !yaml.IsNull()) {
    diagnostics.warning(path, split.yaml_first_line, 1,
                        "front matter should be 'key: value' lines; this one is ignored (the page renders without it)");
  }
  return front_matter;
}

bool is_unpublished(const liquid::Value& data) {
  const liquid::Value* published = data.as_hash().find("published");
  return published && published->is_bool() && !published->as_bool();
}

std::string converted_extension(const std::string& extname, const JekyllConfig& config) {
  std::string lower = extname;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (std::find(config.markdown_extensions.begin(), config.markdown_extensions.end(), lower) !=
      config.markdown_extensions.end()) {
    return ".html";
  }
  if (lower == ".scss" || lower == ".sass") return ".css";
  if (lower == ".coffee") return ".js";
  return extname;
}

// Jekyll's Renderer#output_ext: an explicit permalink's extension, else the
// converter's (Markdown makes .html; other files keep theirs).
std::string output_extension(const liquid::Value& data, const std::string& extname, const JekyllConfig& config) {
  const liquid::Value permalink = data.lookup("permalink");
  if (permalink.is_string() && !permalink.as_string().empty() && permalink.as_string().back() != '/') {
    const std::string ext = ruby_extname(file_name_of(permalink.as_string()));
    if (!ext.empty()) return ext;
  }
  return converted_extension(extname, config);
}

liquid::Array split_words(const std::string& text) {
  liquid::Array words;
  std::string word;
  for (char c : text + " ") {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!word.empty()) words.emplace_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

// Jekyll's pluralized_array_from_hash: `tag: x` as one item, else `tags:`
// split on whitespace when a string.
liquid::Array pluralized(const liquid::Value& data, const char* singular, const char* plural) {
  liquid::Array items;
  const liquid::Value* one = data.as_hash().find(singular);
  const liquid::Value* many = data.as_hash().find(plural);
  const auto add = [&items](const liquid::Value& value) {
    if (value.is_array()) {
      for (const liquid::Value& item : value.as_array()) {
        if (!item.is_nil()) items.push_back(item);
      }
    } else if (!value.is_nil()) {
      items.push_back(value);
    }
  };
  if (one && !one->is_nil()) {
    add(*one);
  } else if (many && many->is_string()) {
    items = split_words(many->as_string());
  } else if (many) {
    add(*many);
  }
  return items;
}

liquid::Array as_string_list(const liquid::Value& value) {
  if (value.is_string()) return split_words(value.as_string());
  return value.is_array() ? value.as_array() : liquid::Array();
}

void add_unique(liquid::Array& list, const liquid::Value& item) {
  for (const liquid::Value& existing : list) {
    if (liquid_equal(existing, item)) return;
  }
  list.push_back(item);
}

// merge_categories!: a later `categories:` joins the earlier ones.
liquid::Value merge_with_categories(const liquid::Value& data, const liquid::Value& overwrite) {
  liquid::Value merged = deep_merge(data, overwrite);
  const liquid::Value* added = overwrite.is_hash() ? overwrite.as_hash().find("categories") : nullptr;
  if (!added || added->is_nil()) return merged;
  liquid::Array categories = as_string_list(data.lookup("categories"));
  for (const liquid::Value& category : as_string_list(*added)) add_unique(categories, category);
  return with_key(merged, "categories", liquid::Value(std::move(categories)));
}

// The folders above a collection's folder ("sub" of "sub/_posts/x.md").
liquid::Array categories_from_path(const std::string& collection_folder) {
  liquid::Array categories;
  const size_t slash = collection_folder.rfind('/');
  const std::string above = slash == std::string::npos ? "" : collection_folder.substr(0, slash);
  size_t start = 0;
  while (start < above.size()) {
    size_t end = above.find('/', start);
    if (end == std::string::npos) end = above.size();
    const std::string part = above.substr(start, end - start);
    if (!part.empty()) categories.emplace_back(part);
    start = end + 1;
  }
  return categories;
}

struct FileNameParts {
  std::optional<std::string> date;  // "2015-03-15"
  std::string slug;
  std::string ext;
};

bool is_digits(std::string_view text, size_t min, size_t max) {
  return text.size() >= min && text.size() <= max &&
         std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// DATE_FILENAME_MATCHER and DATELESS_FILENAME_MATCHER on the file name.
FileNameParts file_name_parts(const std::string& name, const std::string& basename_without_ext) {
  FileNameParts parts;
  parts.ext = ruby_extname(name);
  std::string stem = parts.ext.empty() ? basename_without_ext : name.substr(0, name.size() - parts.ext.size());
  std::vector<std::string_view> pieces;
  std::string_view rest = stem;
  for (int i = 0; i < 3; ++i) {
    const size_t dash = rest.find('-');
    if (dash == std::string_view::npos) break;
    pieces.push_back(rest.substr(0, dash));
    rest.remove_prefix(dash + 1);
  }
  if (!parts.ext.empty() && pieces.size() == 3 && is_digits(pieces[0], 2, 4) && is_digits(pieces[1], 1, 2) &&
      is_digits(pieces[2], 1, 2)) {
    parts.date = std::string(pieces[0]) + "-" + std::string(pieces[1]) + "-" + std::string(pieces[2]);
    stem = std::string(rest);
  }
  parts.slug = without_trailing_dots(stem);
  return parts;
}

void set_if_absent(liquid::Hash& data, const char* key, liquid::Value value) {
  const liquid::Value* existing = data.find(key);
  if (!existing || !existing->truthy()) data.set(key, std::move(value));
}

std::string excerpt_separator_of(const liquid::Value& data, const JekyllConfig& config) {
  const liquid::Value separator = data.lookup("excerpt_separator");
  return separator.is_nil() ? config.excerpt_separator : to_output(separator);
}

// The front matter's `date:`, parsed as Jekyll's merge_date! does; a date it
// cannot read is reported and dropped.
std::optional<JekyllTime> front_matter_date(const std::string& path, const liquid::Value& data,
                                            Diagnostics& diagnostics) {
  const liquid::Value value = data.lookup("date");
  if (value.is_nil()) return std::nullopt;
  const std::optional<JekyllTime> time = parse_jekyll_time(to_output(value));
  if (!time) {
    diagnostics.error(path, 0, 0,
                      "'date: " + to_output(value) +
                          "' is not a date Jekyll reads (Jekyll stops the build here); write it as 2024-05-01 or "
                          "2024-05-01 14:30:00 +0800. The file name's date or the build time is used");
  }
  return time;
}

}  // namespace

std::string file_name_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string ruby_extname(const std::string& name) {
  const std::string file = file_name_of(name);
  const size_t dot = file.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == file.size()) return "";
  size_t leading = 0;
  while (leading < file.size() && file[leading] == '.') ++leading;
  return dot < leading ? "" : file.substr(dot);
}

std::optional<Document> read_page(const std::string& relative_path, const std::string& text, const ReadContext& context,
                                  Diagnostics& diagnostics) {
  FrontMatter front_matter = read_front_matter(relative_path, text, diagnostics);
  Document page;
  page.kind = DocumentKind::page;
  page.relative_path = relative_path;
  page.name = file_name_of(relative_path);
  page.extname = ruby_extname(page.name);
  page.basename = without_trailing_dots(page.name.substr(0, page.name.size() - page.extname.size()));
  const size_t slash = relative_path.rfind('/');
  page.dir = slash == std::string::npos ? "" : relative_path.substr(0, slash);
  page.data = deep_merge(context.defaults.values_for(relative_path, "pages"), front_matter.data);
  if (is_unpublished(page.data) && !context.config.unpublished) return std::nullopt;
  page.output_ext = output_extension(page.data, page.extname, context.config);
  page.body = std::move(front_matter.body);
  page.body_first_line = front_matter.body_first_line;
  const std::string separator = excerpt_separator_of(page.data, context.config);
  if (context.config.page_excerpts && !separator.empty() && page.is_html() && page.data.lookup("excerpt").is_nil()) {
    page.excerpt_source = extract_excerpt(page.body, separator);
  }
  return page;
}

std::optional<Document> read_collection_document(const std::string& relative_path, const std::string& text,
                                                 const CollectionConfig& collection,
                                                 const std::string& collection_folder, const ReadContext& context,
                                                 Diagnostics& diagnostics) {
  Document document;
  document.kind = collection.label == "posts" ? DocumentKind::post : DocumentKind::document;
  document.relative_path = relative_path;
  document.collection = collection.label;
  document.name = file_name_of(relative_path);
  document.extname = ruby_extname(document.name);
  document.basename = document.name.substr(0, document.name.size() - document.extname.size());

  liquid::Value data = with_key(liquid::Hash(), "categories", categories_from_path(collection_folder));
  data = merge_with_categories(data, context.defaults.values_for(relative_path, collection.label));
  FrontMatter front_matter = read_front_matter(relative_path, text, diagnostics);
  data = merge_with_categories(data, front_matter.data);
  if (is_unpublished(data) && !context.config.unpublished) return std::nullopt;

  std::optional<JekyllTime> date = front_matter_date(relative_path, data, diagnostics);
  const FileNameParts parts = file_name_parts(document.name, document.basename);
  if (parts.date && (!date || date->unix_seconds == context.site_time.unix_seconds)) {
    date = parse_jekyll_time(*parts.date);
    if (!date) {
      diagnostics.error(relative_path, 0, 0,
                        "the file name starts with '" + *parts.date +
                            "', which is not a date; Jekyll stops the build here and folio leaves the file out. "
                            "Rename it to YEAR-MONTH-DAY-title" + parts.ext + " with a real date");
      return std::nullopt;
    }
  }
  document.date = in_utc(date.value_or(context.site_time));

  // What Jekyll adds, set on one copy of the front matter's hash.
  liquid::Hash fields = data.as_hash();
  fields.set("date", ruby_time_string(*document.date));
  set_if_absent(fields, "title", titleize_slug(parts.slug));
  set_if_absent(fields, "slug", parts.slug);
  set_if_absent(fields, "ext", parts.ext.empty() ? liquid::Value() : liquid::Value(parts.ext));
  liquid::Array categories;
  for (const liquid::Value& category : as_string_list(data.lookup("categories"))) add_unique(categories, to_output(category));
  for (const liquid::Value& category : pluralized(data, "category", "categories")) add_unique(categories, to_output(category));
  fields.set("categories", liquid::Value(std::move(categories)));
  fields.set("tags", pluralized(data, "tag", "tags"));
  if (!fields.find("draft")) fields.set("draft", false);

  document.data = liquid::Value(std::move(fields));
  document.output_ext = output_extension(document.data, document.extname, context.config);
  document.body = std::move(front_matter.body);
  document.body_first_line = front_matter.body_first_line;
  const std::string separator = excerpt_separator_of(document.data, context.config);
  if (!separator.empty() && document.data.lookup("excerpt").is_nil()) {
    document.excerpt_source = extract_excerpt(document.body, separator);
  }
  return document;
}

}  // namespace folio::site
