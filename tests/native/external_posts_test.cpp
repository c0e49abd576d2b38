// al-folio's external posts (_plugins/external-posts.rb) from the file
// `folio external` fetches them into: the posts the plugin would make, with
// its slugs and data, in the places Jekyll shows them; and what is said when
// the file is missing, incomplete or wrong. Expectations are the plugin's
// code and Jekyll's (collection.docs << doc, related_posts.rb), read there.
#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "api/protocol.h"
#include "api/site_session.h"
#include "plugins/external_posts.h"

namespace {

const char* const kConfig =
    "title: Lab\ninclude: [_pages]\npermalink: /blog/:year/:title/\n"
    // al-folio's: a post's layout comes from the defaults, also for the plugin's posts.
    "defaults:\n  - scope:\n      path: ''\n      type: posts\n    values:\n      layout: post\n"
    "external_sources:\n"
    "  - name: medium.com\n    rss_url: https://medium.com/@lab/feed\n"
    "  - name: Google Blog\n    posts:\n"
    "      - url: https://blog.google/technology/ai/gemini-update/\n        published_date: 2024-05-14\n";

const char* const kCache = R"({"fetched_at": "2026-12-03T00:00:00Z", "sources": ["medium.com", "Google Blog"], "posts": [
  {"source": "medium.com", "url": "https://medium.com/@lab/displaying-external-posts-abc", "title": "Displaying External Posts on Your al-folio Blog",
   "content": "<p>Feed body</p>", "summary": "A summary", "published": "2022-04-23T23:20:09Z"},
  {"source": "Google Blog", "url": "https://blog.google/technology/ai/gemini-update/", "title": "Gemini updates: Flash 1.5",
   "content": "Page text", "summary": null, "published": "2024-05-14"}
]})";

struct Site {
  folio::SiteSession session;
  nlohmann::json built;
};

void open_site(Site& site, const std::map<std::string, std::string>& files) {
  site.session.put_file("_config.yml", kConfig);
  for (const auto& [path, text] : files) site.session.put_file(path, text);
  // A week after kCache's fetch (site.time decides whether the fetch is stale).
  site.built = nlohmann::json::parse(site.session.build(R"({"time": 1796860800})"));
}

std::string page_html(folio::SiteSession& session, const std::string& path) {
  const nlohmann::json answer =
      folio::parse_answer_with_text(session.render(nlohmann::json{{"path", path}}.dump()), "html");
  return answer["found"].get<bool>() ? answer["html"].get<std::string>() : "(not found)";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Every diagnostic message of `file` as one text.
std::string messages_of(const nlohmann::json& built, const std::string& file) {
  std::string all;
  for (const auto& d : built["diagnostics"]) {
    if (d["file"] == file) all += d["message"].get<std::string>() + "\n";
  }
  return all;
}

const std::map<std::string, std::string> kSite = {
    {"_layouts/post.liquid",
     "---\n---\n{{ page.title }}|{{ page.external_source }}|{{ page.redirect }}|"
     "{% for p in site.related_posts %}{{ p.title }};{% endfor %}"},
    {"_pages/blog.md",
     "---\npermalink: /list/\n---\n{% for post in site.posts %}{{ post.date | date: '%F' }} {{ post.title }} "
     "{{ post.url }} [{{ post.external_source }}]\n{% endfor %}"},
    {"_posts/2023-01-01-local.md", "---\ntitle: Local\n---\nbody"},
    {"_external_posts.json", kCache},
};

}  // namespace

TEST_CASE("an external post's slug is the plugin's", "[plugins][external]") {
  using folio::plugins::external_post_slug;
  CHECK(external_post_slug("Google Gemini updates: Flash 1.5, Gemma 2 and Project Astra", "Google Blog",
                           "https://blog.google/x/") == "google-gemini-updates-flash-15-gemma-2-and-project-astra");
  // Ruby's \w is ASCII: other letters go, and spaces become hyphens first.
  CHECK(external_post_slug("  Café au lait  ", "medium.com", "https://m/x") == "caf-au-lait");
  // No word character in the title: the source's name and the URL's last segment.
  CHECK(external_post_slug("《标题》", "Google Blog", "https://blog.google/ai/gemini-update/") ==
        "google-blog-gemini-update");
}

TEST_CASE("fetched external posts are posts of the blog, where Jekyll has them", "[plugins][external]") {
  Site site;
  open_site(site, kSite);
  CHECK(messages_of(site.built, "_config.yml").empty());
  CHECK(messages_of(site.built, "_external_posts.json").empty());
  // site.posts: by date, the external ones among the local ones, at their slugs.
  CHECK(contains(page_html(site.session, "/list/"),
                 "2024-05-14 Gemini updates: Flash 1.5 /blog/2024/gemini-updates-flash-15/ [Google Blog]\n"
                 "2023-01-01 Local /blog/2023/local/ []\n"
                 "2022-04-23 Displaying External Posts on Your al-folio Blog "
                 "/blog/2022/displaying-external-posts-on-your-al-folio-blog/ [medium.com]"));
  // Each has a page (the site's layout sends readers to the original).
  CHECK(contains(page_html(site.session, "/blog/2024/gemini-updates-flash-15/"),
                 "Gemini updates: Flash 1.5|Google Blog|https://blog.google/technology/ai/gemini-update/|"));
  // Appended after the reader sorted the posts: first in related_posts, last appended first.
  CHECK(contains(page_html(site.session, "/blog/2023/local/"),
                 "|Gemini updates: Flash 1.5;Displaying External Posts on Your al-folio Blog;"));
  // What `folio external` is to fetch.
  const nlohmann::json routes = nlohmann::json::parse(site.session.routes());
  REQUIRE(routes["external_sources"].size() == 2);
  CHECK(routes["external_sources"][0] == nlohmann::json{{"name", "medium.com"}, {"rss_url", "https://medium.com/@lab/feed"}});
  CHECK(routes["external_sources"][1]["posts"][0]["published_date"] == "2024-05-14");
}

TEST_CASE("without the fetched file, or with a source or a record missing, the author is told", "[plugins][external]") {
  std::map<std::string, std::string> files = kSite;
  files.erase("_external_posts.json");
  Site unfetched;
  open_site(unfetched, files);
  const std::string config = messages_of(unfetched.built, "_config.yml");
  CHECK(contains(config, "external_sources:"));
  CHECK(contains(config, "node web/cli.mjs external DIR"));
  CHECK(contains(config, "https://medium.com/@lab/feed"));
  CHECK(contains(page_html(unfetched.session, "/list/"), "Local"));

  files["_external_posts.json"] = R"({"sources": ["medium.com"], "posts": [
    {"source": "medium.com", "url": "https://m/a", "title": "Kept", "content": "x", "summary": null, "published": "2022-01-02"},
    {"source": "medium.com", "url": "https://m/b", "title": "No date"},
    {"source": "medium.com", "url": "https://m/c", "title": "Bad date", "published": "last week"}]})";
  Site partial;
  open_site(partial, files);
  const std::string cache = messages_of(partial.built, "_external_posts.json");
  CHECK(contains(cache, "posts[1] is not a post"));
  CHECK(contains(cache, "posts[2]: 'published: last week' is not a time"));
  CHECK(contains(cache, "no posts from the external source 'Google Blog'"));
  const std::string list = page_html(partial.session, "/list/");
  CHECK(contains(list, "2022-01-02 Kept /blog/2022/kept/ [medium.com]"));
  CHECK_FALSE(contains(list, "No date"));

  files["_external_posts.json"] = "[1, 2]";
  Site broken;
  open_site(broken, files);
  CHECK(contains(messages_of(broken.built, "_external_posts.json"), "is not the list of external posts"));
  CHECK(contains(page_html(broken.session, "/list/"), "Local"));
}

TEST_CASE("a fetch a month older than site.time is reported as stale", "[plugins][external]") {
  Site week_old;
  open_site(week_old, kSite);
  CHECK_FALSE(contains(messages_of(week_old.built, "_external_posts.json"), "days ago"));
  for (const auto& [path, text] : kSite) week_old.session.put_file(path, text);
  const nlohmann::json later = nlohmann::json::parse(week_old.session.build(R"({"time": 1799712000})"));  // 2027-01-12
  const std::string cache = messages_of(later, "_external_posts.json");
  CHECK(contains(cache, "was fetched 40 days ago (fetched_at 2026-12-03T00:00:00Z)"));
  CHECK(contains(cache, "node web/cli.mjs external DIR"));
  CHECK(contains(page_html(week_old.session, "/list/"), "Displaying External Posts"));  // still shown
}
