#include "parse/news_parser.h"

#include "news/news_date.h"

#include <cctype>
#include <map>
#include <set>

#include "core/html_text.h"
#include "news/news_order.h"
#include "parse/front_matter.h"
#include "parse/liquid_check.h"
#include "parse/markdown.h"
#include "parse/yaml_reader.h"

namespace folio {
namespace {

std::string_view file_name_of(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view extension_of(std::string_view name) {
  const size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
}

std::string_view stem_of(std::string_view name) {
  const size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
}

// The files of the collection, as web/content-files.mjs counts them: directly
// in _news/, ending in .md, .markdown or .html.
bool is_news_file(std::string_view path) {
  const std::string_view rest = path.substr(std::string_view(content_paths::news_folder).size());
  const std::string_view extension = extension_of(rest);
  return rest.find('/') == std::string_view::npos && stem_of(rest) != rest &&
         (extension == "md" || extension == "markdown" || extension == "html");
}

// "2024-06-29-torchgt" -> "torchgt" (the name has a date prefix).
std::string_view after_date_prefix(std::string_view stem) {
  size_t pos = 0;
  for (int dash = 0; dash < 3 && pos != std::string_view::npos; ++dash) {
    pos = stem.find('-', pos);
    if (pos != std::string_view::npos) ++pos;
  }
  return pos == std::string_view::npos ? stem : stem.substr(pos);
}

// Jekyll's default title for a document without one: the slug's words split at
// '-', each capitalized (Ruby's capitalize lowercases the rest).
std::string titleize_slug(std::string_view slug) {
  std::string title;
  bool word_start = true;
  for (char c : slug) {
    if (c == '-') {
      if (!title.empty() && title.back() != ' ') title += ' ';
      word_start = true;
      continue;
    }
    const unsigned char byte = static_cast<unsigned char>(c);
    title += static_cast<char>(word_start ? std::toupper(byte) : std::tolower(byte));
    word_start = false;
  }
  while (!title.empty() && title.back() == ' ') title.pop_back();
  return title;
}

// "TorchGT <b>accepted</b> at SC'24!" -> "torchgt-accepted-at-sc-24". Letters
// outside ASCII are kept (routes are percent-encoded in links).
std::string slugify(std::string_view text) {
  std::string slug;
  for (char c : text) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      slug += static_cast<char>(std::tolower(byte));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string_view trim_whitespace(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// al-folio strips the <p> tags of inline content; folio strips one wrapping
// paragraph (markdown_to_inline_html) and keeps the structure of longer content.
std::string strip_wrapping_paragraph(std::string_view html) {
  html = trim_whitespace(html);
  constexpr std::string_view open = "<p>", close = "</p>";
  if (html.size() >= open.size() + close.size() && html.substr(0, open.size()) == open &&
      html.substr(html.size() - close.size()) == close && html.find("<p", open.size()) == std::string_view::npos) {
    return std::string(html.substr(open.size(), html.size() - open.size() - close.size()));
  }
  return std::string(html);
}

void set_body(NewsItem& item, std::string_view body, bool is_html) {
  item.body_markdown = std::string(body);
  item.body_html = is_html ? std::string(body) : markdown_to_html(body);
  if (item.is_inline) {
    item.inline_html = is_html ? strip_wrapping_paragraph(body) : markdown_to_inline_html(body);
  }
}

// Column (1-based) of a key's value, for diagnostics.
int column_of(const YamlReader& reader, const char* key) {
  const YAML::Node& map = reader.node();
  const YAML::Mark mark = map[key].Mark();
  return mark.column >= 0 ? mark.column + 1 : 0;
}

// title, date and inline, as _news front matter and _data/news.yml entries
// both write them. `where` names the place to fix ("its front matter").
void read_common_fields(const YamlReader& reader, NewsItem& item, const char* where, const TimeZone& zone,
                        Diagnostics& diagnostics) {
  item.title_html = reader.string("title");
  item.is_inline = reader.boolean("inline", false);
  if (!reader.has("date")) return;
  const std::string date_text = reader.string("date");
  if (date_text.empty()) return;  // a list or mapping: YamlReader reported it
  // yaml-cpp tags a quoted scalar "!": a string, not a YAML timestamp.
  const bool quoted = reader.node()["date"].Tag() == "!";
  NewsDateParse parsed = parse_news_date(date_text, quoted, zone);
  item.date = parsed.date;
  if (parsed.problem.empty()) return;
  const int line = reader.line_of("date"), column = column_of(reader, "date");
  if (parsed.date) {
    diagnostics.warning(reader.source().file, line, column,
                        "date '" + date_text + "': " + parsed.problem + "; write the day you mean in " + where);
    return;
  }
  diagnostics.error(reader.source().file, line, column,
                    "date '" + date_text + "' cannot be read: " + parsed.problem +
                        ". Write it as YYYY-MM-DD (or YYYY-MM-DD HH:MM:SS +0800) in " + where +
                        "; until then the item is listed after all dated news");
}

void report_missing_date(const NewsItem& item, const char* fix, Diagnostics& diagnostics) {
  diagnostics.warning(item.file, item.line, 0,
                      std::string("has no date, so it is listed after all dated news; ") + fix);
}

void check_title_and_content(const NewsItem& item, bool title_written, Diagnostics& diagnostics) {
  if (!item.is_inline && !title_written) {
    diagnostics.warning(item.file, item.line, 0,
                        "has no title, so its link in the news list reads '" + item.title_html +
                            "'; add a title (or inline: true to show its content in the list instead)");
  }
  if (item.is_inline && trim_whitespace(item.body_markdown).empty()) {
    diagnostics.warning(item.file, item.line, 0,
                        "is inline but has no content, so its row in the news list is empty; write the news "
                        "as its content");
  }
}

}  // namespace

std::optional<NewsItem> parse_news_file(std::string_view text, const std::string& file, const TimeZone& zone,
                                        Diagnostics& diagnostics) {
  const std::string_view name = file_name_of(file);
  const size_t problems_before = diagnostics.size();
  const FrontMatterSplit split = split_front_matter(text, file, diagnostics);
  if (!split.has_front_matter) {
    if (diagnostics.size() == problems_before) {
      diagnostics.warning(file, 1, 1,
                          "has no front matter, so it is not a news item (Jekyll copies such a file as it is); "
                          "start it with a line ---, then title: and date: lines, then another line ---");
    }
    return std::nullopt;
  }

  NewsItem item;
  item.file = file;
  item.id = std::string(stem_of(name));
  const YamlSource source{file, split.yaml_first_line};
  const YAML::Node front_matter = parse_yaml(split.yaml, source, diagnostics);
  // After a YAML error or a front matter of the wrong shape, that diagnostic
  // is the one to fix; the item is shown with Jekyll's defaults meanwhile.
  bool front_matter_read = diagnostics.size() == problems_before;
  bool title_written = false, date_written = false;
  if (front_matter.IsMap()) {
    const YamlReader reader(front_matter, source, diagnostics);
    read_common_fields(reader, item, "its front matter", zone, diagnostics);
    title_written = reader.has("title");
    date_written = reader.has("date");
  } else if (front_matter_read && !front_matter.IsNull()) {
    diagnostics.error(file, split.yaml_first_line, 1,
                      "front matter should be key: value lines (title:, date:, inline:)");
    front_matter_read = false;
  }

  // Jekyll's defaults: the date in a name like 2024-06-29-torchgt.md, and a
  // title made from the rest of the name.
  const std::optional<Timestamp> named_date = date_from_file_name(name, zone);
  if (!title_written) item.title_html = titleize_slug(named_date ? after_date_prefix(stem_of(name)) : stem_of(name));
  if (!date_written) item.date = named_date;

  set_body(item, split.body, extension_of(name) == "html");
  warn_about_liquid(split.body, file, split.body_first_line, diagnostics);
  if (front_matter_read) {
    if (!date_written && !item.date) {
      report_missing_date(item, "add a line date: YYYY-MM-DD to its front matter", diagnostics);
    }
    check_title_and_content(item, title_written, diagnostics);
  }
  return item;
}

std::vector<NewsItem> parse_news_data_file(std::string_view text, const std::string& file, const TimeZone& zone,
                                           Diagnostics& diagnostics) {
  std::vector<NewsItem> items;
  const YamlSource source{file, 1};
  const YAML::Node root = parse_yaml_list(
      text, source, "a list of news items, each starting with '- title:' (or '- date:')", diagnostics);
  if (!root.IsSequence()) return items;
  std::set<std::string> ids;
  for (size_t index = 0; index < root.size(); ++index) {
    const YAML::Node entry = root[index];
    const int line = yaml_line(entry, source);
    if (!entry.IsMap()) {
      diagnostics.error(file, line, 0,
                        "news item " + std::to_string(index + 1) +
                            " should be a mapping (title:, date:, inline:, content:); it is left out");
      continue;
    }
    const YamlReader reader(entry, source, diagnostics);
    NewsItem item;
    item.file = file;
    item.line = line;
    read_common_fields(reader, item, "this entry", zone, diagnostics);
    const bool title_written = reader.has("title");
    item.id = reader.string("id");
    if (item.id.empty()) {
      const std::string base = title_written ? slugify(html_to_text(item.title_html)) : std::string();
      item.id = base.empty() ? "news-" + std::to_string(index + 1) : base;
      for (int suffix = 2; ids.count(item.id) != 0; ++suffix) {
        item.id = (base.empty() ? "news-" + std::to_string(index + 1) : base) + "-" + std::to_string(suffix);
      }
    }
    ids.insert(item.id);
    if (!title_written) item.title_html = item.id;
    set_body(item, reader.string("content"), false);
    if (!reader.has("date")) report_missing_date(item, "add date: YYYY-MM-DD to this entry", diagnostics);
    check_title_and_content(item, title_written, diagnostics);
    items.push_back(std::move(item));
  }
  return items;
}

std::vector<NewsItem> parse_news(const SourceFiles& files, const TimeZone& zone, Diagnostics& diagnostics) {
  std::vector<NewsItem> items;
  for (const std::string& path : files.paths_under(content_paths::news_folder)) {
    if (!is_news_file(path)) continue;
    if (std::optional<NewsItem> item = parse_news_file(*files.find(path), path, zone, diagnostics)) {
      items.push_back(std::move(*item));
    }
  }
  if (const std::string* data = files.find(content_paths::news_data)) {
    for (NewsItem& item : parse_news_data_file(*data, content_paths::news_data, zone, diagnostics)) {
      items.push_back(std::move(item));
    }
  }
  sort_news_newest_first(items);

  std::map<std::string, const NewsItem*> first_by_id;
  for (const NewsItem& item : items) {
    const auto [it, inserted] = first_by_id.emplace(item.id, &item);
    if (inserted) continue;
    diagnostics.warning(item.file, item.line, 0,
                        "has the id '" + item.id + "', like " + it->second->file +
                            ", so the page news/" + item.id + " shows only the newer one; rename one of them" +
                            (item.file == content_paths::news_data ? " (or give this entry its own id:)" : ""));
  }
  return items;
}

}  // namespace folio
