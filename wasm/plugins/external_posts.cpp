#include "plugins/external_posts.h"

#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "site/jekyll_time.h"

namespace folio::plugins {
namespace {

const char* const kFetchCommand = "node web/cli.mjs external DIR";

// One fetched post, as the fetcher wrote it: what the plugin's create_document receives.
struct ExternalPost {
  std::string source, url, title;
  nlohmann::json content, summary;  // a string, or null (a feed item without one)
  site::JekyllTime published;
};

bool is_ruby_word(unsigned char c) { return std::isalnum(c) || c == '_'; }

// Ruby's String#strip: ASCII whitespace and NUL at both ends.
std::string ruby_strip(const std::string& text) {
  const auto space = [](unsigned char c) { return c == 0 || std::isspace(c); };
  size_t begin = 0, end = text.size();
  while (begin < end && space(text[begin])) ++begin;
  while (end > begin && space(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

// .downcase.strip.gsub(' ', '-').gsub(/[^\w-]/, ''). Ruby's \w is ASCII, so
// every other character goes (downcasing it first changes nothing kept).
std::string slug_part(const std::string& text) {
  std::string slug;
  for (unsigned char c : ruby_strip(text)) {
    if (c == ' ') slug += '-';
    else if (c == '-' || is_ruby_word(c)) slug += static_cast<char>(std::tolower(c));
  }
  return slug;
}

// url.split('/').last: the last non-empty segment ("" for none).
std::string last_segment(const std::string& url) {
  size_t end = url.size();
  while (end > 0 && url[end - 1] == '/') --end;
  const size_t start = url.rfind('/', end == 0 ? 0 : end - 1);
  return start == std::string::npos ? url.substr(0, end) : url.substr(start + 1, end - start - 1);
}

std::optional<ExternalPost> read_record(const nlohmann::json& record, size_t index, Diagnostics& diagnostics) {
  const std::string where = std::string(kExternalPostsFile) + ": posts[" + std::to_string(index) + "]";
  const auto text = [&](const char* key) -> const std::string* {
    const auto found = record.find(key);
    return found != record.end() && found->is_string() ? found->get_ptr<const std::string*>() : nullptr;
  };
  if (!record.is_object() || !text("source") || !text("url") || !text("title") || !text("published")) {
    diagnostics.warning(kExternalPostsFile, 0, 0,
                        where + " is not a post (it needs the strings source, url, title and published); it is left "
                                "out. Fetch the posts again with: " + std::string(kFetchCommand));
    return std::nullopt;
  }
  const std::optional<site::JekyllTime> published = site::parse_jekyll_time(*text("published"));
  if (!published) {
    diagnostics.warning(kExternalPostsFile, 0, 0,
                        where + ": 'published: " + *text("published") +
                            "' is not a time (2024-05-14T00:00:00Z); the post is left out");
    return std::nullopt;
  }
  const auto optional_text = [&](const char* key) {
    const auto found = record.find(key);
    return found != record.end() && found->is_string() ? *found : nlohmann::json();
  };
  return ExternalPost{*text("source"), *text("url"), *text("title"), optional_text("content"),
                      optional_text("summary"), *published};
}

// The post as a file Jekyll would read: the plugin's data as front matter
// (each string JSON-quoted, which YAML reads as a double-quoted scalar), the
// feed's content as the body. A feed's HTML is Markdown's HTML blocks, as in Jekyll.
std::string post_text(const ExternalPost& post) {
  const site::JekyllTime utc = site::in_utc(post.published);
  std::string text = "---\n";
  text += "external_source: " + nlohmann::json(post.source).dump() + "\n";
  text += "title: " + nlohmann::json(post.title).dump() + "\n";
  text += "feed_content: " + post.content.dump() + "\n";
  text += "description: " + post.summary.dump() + "\n";
  text += "date: " + site::format_time(utc, "%Y-%m-%d %H:%M:%S") + " +00:00\n";
  text += "redirect: " + nlohmann::json(post.url).dump() + "\n";
  text += "---\n";
  if (post.content.is_string()) text += post.content.get<std::string>();
  return text;
}

std::string text_of(const liquid::Value& value) { return value.is_nil() ? "" : liquid::to_output(value); }

}  // namespace

std::vector<ExternalSource> external_sources(const site::SiteModel& site) {
  std::vector<ExternalSource> sources;
  const liquid::Value configured = site.config.site.lookup("external_sources");
  if (!configured.is_array()) return sources;
  for (const liquid::Value& entry : configured.as_array()) {
    ExternalSource source{text_of(entry.lookup("name")), text_of(entry.lookup("rss_url")), {}};
    const liquid::Value posts = entry.lookup("posts");
    if (source.rss_url.empty() && posts.is_array()) {
      for (const liquid::Value& post : posts.as_array()) {
        source.posts.push_back({text_of(post.lookup("url")), text_of(post.lookup("published_date"))});
      }
    }
    sources.push_back(std::move(source));
  }
  return sources;
}

std::string external_post_slug(const std::string& title, const std::string& source, const std::string& url) {
  std::string slug = slug_part(title);
  bool has_word = false;
  for (unsigned char c : title) has_word = has_word || is_ruby_word(c);
  if (!has_word || slug.empty()) slug = slug_part(source) + "-" + last_segment(url);
  return slug;
}

// Jekyll reads the external posts at every build; folio shows what the file
// held when it was fetched. A file a month older than site.time says so: the
// CI job that fetches them stopped, or there is none, and newer posts from the
// sources are missing.
constexpr int64_t kStaleAfterDays = 30;

void report_stale_fetch(const nlohmann::json& parsed, const site::SiteModel& site, Diagnostics& diagnostics) {
  const auto at = parsed.find("fetched_at");
  if (at == parsed.end() || !at->is_string()) return;
  const std::optional<site::JekyllTime> fetched = site::parse_jekyll_time(at->get<std::string>());
  if (!fetched) return;
  const int64_t days = (site.time.unix_seconds - fetched->unix_seconds) / 86400;
  if (days < kStaleAfterDays) return;
  diagnostics.warning(kExternalPostsFile, 0, 0,
                      "was fetched " + std::to_string(days) + " days ago (fetched_at " + at->get<std::string>() +
                          "): Jekyll reads external posts at every build, so the newer ones are missing here. "
                          "Fetch them again with: " + std::string(kFetchCommand) +
                          " (a scheduled CI job keeps them current; README, External posts)");
}

void add_external_posts(const SourceFiles& files, site::SiteModel& site, Diagnostics& diagnostics) {
  const std::vector<ExternalSource> sources = external_sources(site);
  const std::string* cache = files.find(kExternalPostsFile);
  if (!cache) {
    if (sources.empty()) return;
    std::string links;
    for (const ExternalSource& source : sources) {
      if (!source.rss_url.empty()) links += " " + source.rss_url;
      for (const ExternalSource::Post& post : source.posts) links += " " + post.url;
    }
    diagnostics.warning(site.config.file, 0, 0,
                        "external_sources: Jekyll reads these posts from other sites while it builds, which a "
                        "browser cannot; folio's blog leaves them out until they are fetched into " +
                            std::string(kExternalPostsFile) + " (run `" + kFetchCommand +
                            "` in the site's CI or before you push). The sources:" + links);
    return;
  }
  // As a string_view: the same parser the request protocol instantiates (api/site_session.cpp).
  const nlohmann::json parsed = nlohmann::json::parse(std::string_view(*cache), nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("posts") || !parsed["posts"].is_array()) {
    diagnostics.warning(kExternalPostsFile, 0, 0,
                        "is not the list of external posts folio writes ({\"posts\": [...]}); no external post is "
                        "shown. Write it again with: " + std::string(kFetchCommand));
    return;
  }
  report_stale_fetch(parsed, site, diagnostics);
  // The sources the fetcher read (a feed can be empty), and those its posts name.
  std::set<std::string> fetched_sources;
  if (const auto read = parsed.find("sources"); read != parsed.end() && read->is_array()) {
    for (const nlohmann::json& name : *read) {
      if (name.is_string()) fetched_sources.insert(name.get<std::string>());
    }
  }
  const nlohmann::json& records = parsed["posts"];
  for (size_t i = 0; i < records.size(); ++i) {
    const std::optional<ExternalPost> post = read_record(records[i], i, diagnostics);
    if (!post) continue;
    fetched_sources.insert(post->source);
    const std::string prefix = site.config.collections_dir.empty() ? "" : site.config.collections_dir + "/";
    const std::string path = prefix + "_posts/" + external_post_slug(post->title, post->source, post->url) + ".md";
    site::append_generated_document(site, "posts", path, post_text(*post), diagnostics);
  }
  for (const ExternalSource& source : sources) {
    if (fetched_sources.count(source.name)) continue;
    diagnostics.warning(kExternalPostsFile, 0, 0,
                        "has no posts from the external source '" + source.name +
                            "' that _config.yml names; fetch them with: " + std::string(kFetchCommand));
  }
}

}  // namespace folio::plugins
