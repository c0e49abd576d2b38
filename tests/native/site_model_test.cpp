#include <catch2/catch.hpp>

#include "site/site_drops.h"
#include "site/site_model.h"
#include "site_fixture.h"

using folio::Diagnostics;
using folio::liquid::Value;
using folio::site::read_site_model;
using folio::site::SiteDrops;
using folio::site::SiteModel;

namespace {

constexpr int64_t k2025_06_01 = 1748736000;

SiteModel read(const folio::SourceFiles& files, Diagnostics& diagnostics) {
  return read_site_model(files, {k2025_06_01}, diagnostics);
}

// `site.a.b.c` as a template reads it.
Value lookup(Value value, std::initializer_list<const char*> path) {
  for (const char* key : path) value = value.lookup(key);
  return value;
}

std::string text(const Value& value) { return folio::liquid::to_output(value); }

const folio::site::Document& by_path(const SiteModel& site, const std::string& path) {
  for (const folio::site::Document& document : site.documents) {
    if (document.relative_path == path) return document;
  }
  FAIL("no document " << path);
  return site.documents.front();
}

}  // namespace

// Expected values are Jekyll 4.3's on the same fixture (site.posts, next_doc,
// previous_doc, data["tags"], site.tags, ids), checked with Debian's jekyll.
TEST_CASE("al-folio's posts: order, neighbours, dates, titles, tags", "[site][model]") {
  Diagnostics diagnostics;
  const SiteModel site = read(folio::testing::fixture_site("al-folio-template"), diagnostics);
  const SiteDrops drops(site);
  const Value math = drops.document(&by_path(site, "_posts/2015-10-20-math.md") - site.documents.data());

  SECTION("next is the newer post, previous the older") {
    CHECK(text(lookup(math, {"next", "path"})) == "_posts/2015-10-20-disqus-comments.md");
    CHECK(text(lookup(math, {"previous", "path"})) == "_posts/2015-03-15-formatting-and-links.md");
    CHECK(lookup(math, {"previous", "previous"}).is_nil());
  }
  SECTION("page variables of a post") {
    struct Case {
      const char* key;
      const char* expected;
    };
    const Case cases[] = {
        {"url", "/blog/2015/math/"},
        {"id", "/blog/2015/math"},
        {"title", "a post with math"},
        {"date", "2015-10-20 15:12:00 +0000"},
        {"slug", "math"},
        {"ext", ".md"},
        {"name", "2015-10-20-math.md"},
        {"collection", "posts"},
        {"path", "_posts/2015-10-20-math.md"},
        {"relative_path", "_posts/2015-10-20-math.md"},
        {"layout", "post"},
        {"tags", "formattingmath"},
        {"categories", "sample-posts"},
        {"draft", "false"},
        {"output_ext", ".html"},
    };
    for (const Case& c : cases) {
      INFO(c.key);
      CHECK(text(math.lookup(c.key)) == c.expected);
    }
  }
  SECTION("site.posts is newest first") {
    const Value posts = drops.site().lookup("posts");
    REQUIRE(posts.as_array().size() == 6);
    CHECK(text(lookup(posts.as_array()[0], {"path"})) == "_posts/2024-01-26-chartjs.md");
    CHECK(text(lookup(posts.as_array()[1], {"path"})) == "_posts/2022-02-01-redirect.md");
  }
  SECTION("site.tags: each tag's posts, newest first, tags in the order posts first use them") {
    const Value tags = drops.site().lookup("tags");
    std::string names;
    for (const auto& [name, posts] : tags.as_hash()) names += name + " ";
    CHECK(names == "formatting links math comments distill charts ");
    const Value formatting = tags.lookup("formatting");
    REQUIRE(formatting.as_array().size() == 4);
    CHECK(text(formatting.as_array()[0].lookup("path")) == "_posts/2024-01-26-chartjs.md");
    CHECK(text(formatting.as_array()[3].lookup("path")) == "_posts/2015-03-15-formatting-and-links.md");
    std::string categories;
    for (const auto& [name, posts] : drops.site().lookup("categories").as_hash()) categories += name + " ";
    CHECK(categories == "sample-posts external-services ");
  }
  SECTION("a collection document's title comes from its file name when it has none") {
    const Value news = drops.site().lookup("news");
    REQUIRE(news.as_array().size() == 3);
    CHECK(text(news.as_array()[0].lookup("title")) == "Announcement_1");
    CHECK(text(news.as_array()[1].lookup("title")) == "A long announcement with details");
    CHECK(text(news.as_array()[0].lookup("date")) == "2015-10-22 19:59:00 +0000");  // -0400 shown in UTC
    CHECK(text(lookup(news.as_array()[0], {"next", "url"})) == "/news/announcement_2/");
  }
}

TEST_CASE("The site drop: config, collections, pages, data, time", "[site][model]") {
  Diagnostics diagnostics;
  const SiteModel site = read(folio::testing::fixture_site("al-folio-template"), diagnostics);
  const SiteDrops drops(site);
  const Value s = drops.site();
  struct Case {
    const char* name;
    Value value;
    const char* expected;
  };
  const Case cases[] = {
      {"site.url", s.lookup("url"), "https://tonny-liu.github.io"},
      {"site.baseurl", s.lookup("baseurl"), "/al-folio"},
      {"site.title", s.lookup("title"), "Teng Liu"},
      {"a nested config key", lookup(s, {"scholar", "group_order"}), "descending"},
      {"Jekyll's default for a key the config lacks", s.lookup("markdown_ext"), "markdown,mkdown,mkdn,mkd,md"},
      {"a config key's number", s.lookup("max_author_limit"), "3"},
      {"site.time", s.lookup("time"), "2025-06-01 00:00:00 +0000"},
      {"site.data from a yml file", lookup(s, {"data", "socials", "email"}), "teng.liu@tum.de"},
      {"site.projects", lookup(s, {"projects", "first", "title"}), "project 1"},
      {"site.pages sorted by file name", lookup(s, {"pages", "first", "name"}), "404.md"},
      {"a page's path", lookup(s, {"pages", "first", "path"}), "_pages/404.md"},
      {"a page's dir", lookup(s, {"pages", "first", "dir"}), "/"},
      {"site.collections sorted by label", lookup(s, {"collections", "first", "label"}), "books"},
      {"a collection's metadata", lookup(s, {"collections", "first", "output"}), "true"},
      {"site.documents", lookup(s, {"documents", "size"}), "12"},
      {"site.html_pages leaves out CSS and robots.txt", lookup(s, {"html_pages", "size"}), "9"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) { CHECK(text(c.value) == c.expected); }
  }
  SECTION("the posts collection always writes, with the site's permalink") {
    const folio::site::Collection* posts = site.collection("posts");
    REQUIRE(posts);
    CHECK(posts->config.output);
    CHECK(posts->config.url_template == "/blog/:year/:title/");
    CHECK(site.collections.front().config.label == "posts");
  }
}

TEST_CASE("Front matter defaults apply with Jekyll's precedence", "[site][model]") {
  Diagnostics diagnostics;
  const SiteModel site = read(folio::testing::site_files({
                                  {"_config.yml", R"(collections: {projects: {output: true}}
defaults:
  - scope: {path: ""}
    values: {layout: default, author: all, nav: {show: true, order: 1}}
  - scope: {path: "", type: posts}
    values: {layout: post}
  - scope: {path: "sub"}
    values: {author: sub}
  - scope: {path: "_projects/*.md"}
    values: {card: glob}
  - scope: {path: "", type: page}
    values: {nav: {order: 9}}
  - scope: {type: projects}
    values: {layout: project, comments: true}
)"},
                                  {"_posts/2020-01-01-a.md", "---\n---\n"},
                                  {"sub/_posts/2020-01-02-b.md", "---\n---\n"},
                                  {"sub/page.md", "---\nlayout: own\n---\n"},
                                  {"about.md", "---\n---\n"},
                                  {"_projects/p.md", "---\ncomments: false\n---\n"},
                              }),
                              diagnostics);
  struct Case {
    const char* path;
    const char* key;
    const char* expected;
  };
  // What Jekyll 4.3 gives the same files.
  const Case cases[] = {
      {"_posts/2020-01-01-a.md", "layout", "post"},       // the typed set wins at equal path length
      {"_posts/2020-01-01-a.md", "author", "all"},
      {"sub/_posts/2020-01-02-b.md", "author", "sub"},    // the longer path wins
      {"sub/_posts/2020-01-02-b.md", "layout", "post"},
      {"sub/page.md", "layout", "own"},                   // front matter over every default
      {"sub/page.md", "author", "sub"},
      {"about.md", "layout", "default"},
      {"_projects/p.md", "card", "glob"},
      // The glob's longer path outranks `type: projects` (no path): its layout
      // comes from under the glob's winner, the first set.
      {"_projects/p.md", "layout", "default"},
      {"_projects/p.md", "comments", "false"},
  };
  for (const Case& c : cases) {
    SECTION(std::string(c.path) + " " + c.key) {
      CHECK(text(by_path(site, c.path).data.lookup(c.key)) == c.expected);
    }
  }
  SECTION("nested values merge key by key; `type: page` is the old name of pages") {
    const Value nav = by_path(site, "about.md").data.lookup("nav");
    CHECK(text(nav.lookup("show")) == "true");
    CHECK(text(nav.lookup("order")) == "9");
  }
  CHECK(diagnostics.size() == 0);
}

TEST_CASE("site.data reads yml, json, csv, tsv and folders", "[site][model][data]") {
  Diagnostics diagnostics;
  const SiteModel site = read(folio::testing::site_files({
                                  {"_data/venues.yml", "ICML:\n  url: https://icml.cc\n"},
                                  {"_data/team.json", R"({"lead": {"name": "Ada"}, "size": 3})"},
                                  {"_data/people.csv", "name,role\nAda,lead\n\"Lovelace, A\",\"\"\nBob\n"},
                                  {"_data/talks.tsv", "title\tyear\nLiquid\t2024\n"},
                                  {"_data/lab/members/students.yml", "- Carol\n- Dan\n"},
                                  {"_data/my data-2.yml", "x: 1\n"},
                                  {"_data/notes.txt", "not data\n"},
                              }),
                              diagnostics);
  const SiteDrops drops(site);
  const Value data = drops.site().lookup("data");
  struct Case {
    const char* name;
    Value value;
    const char* expected;
  };
  const Case cases[] = {
      {"yml", lookup(data, {"venues", "ICML", "url"}), "https://icml.cc"},
      {"json", lookup(data, {"team", "lead", "name"}), "Ada"},
      {"json numbers", lookup(data, {"team", "size"}), "3"},
      {"csv rows by header", lookup(data, {"people", "first", "role"}), "lead"},
      {"csv quoted comma", data.lookup("people").as_array()[1].lookup("name"), "Lovelace, A"},
      {"csv short row", folio::liquid::inspect(data.lookup("people").as_array()[2].lookup("role")), "nil"},
      {"csv quoted empty", folio::liquid::inspect(data.lookup("people").as_array()[1].lookup("role")), "\"\""},
      {"tsv", lookup(data, {"talks", "first", "year"}), "2024"},
      {"nested folders", lookup(data, {"lab", "members", "students", "last"}), "Dan"},
      {"a file name made a key", lookup(data, {"my_data-2", "x"}), "1"},
      {"other files are not data", folio::liquid::inspect(data.lookup("notes")), "nil"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) { CHECK(text(c.value) == c.expected); }
  }
  CHECK(diagnostics.size() == 0);
}

TEST_CASE("Bad input is reported with file, line and what to do", "[site][model][diagnostics]") {
  struct Case {
    const char* name;
    const char* path;
    const char* text;
    int line;
    const char* says;
  };
  const Case cases[] = {
      {"YAML data", "_data/bad.yml", "a: 1\nb: [1, 2\nc: 3\n", 3, "YAML syntax error"},
      {"JSON data", "_data/bad.json", "{\n  \"a\": 1,\n  \"b\": }\n", 3, "JSON syntax error"},
      {"CSV unclosed quote", "_data/bad.csv", "a,b\n1,2\n\"x,y\n", 3, "Unclosed quoted field"},
      {"CSV stray quote", "_data/bad.csv", "a,b\nx\"y,z\n", 2, "Illegal quoting"},
      {"a post name's impossible date", "_posts/2015-13-45-x.md", "---\n---\n", 0, "not a date"},
      {"a front matter date Jekyll cannot read", "_posts/2015-01-01-x.md", "---\ndate: soon\n---\n", 0,
       "2024-05-01"},
      {"a post without a date in its name", "_posts/x.md", "---\n---\n", 0, "starts with its date"},
      {"an unknown permalink placeholder", "_posts/2015-01-01-x.md", "---\npermalink: /:author/:title/\n---\n", 0,
       ":author"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      Diagnostics diagnostics;
      folio::SourceFiles files;
      files.text_by_path[c.path] = c.text;
      read(files, diagnostics);
      REQUIRE(diagnostics.size() == 1);
      const folio::Diagnostic& d = diagnostics.all()[0];
      CHECK(d.file == c.path);
      CHECK(d.line == c.line);
      CHECK(d.message.find(c.says) != std::string::npos);
    }
  }
  SECTION("the rest of the site is still read") {
    Diagnostics diagnostics;
    const SiteModel site = read(folio::testing::site_files({
                                    {"_data/bad.yml", "a: [\n"},
                                    {"_data/good.yml", "a: 1\n"},
                                    {"_posts/2015-13-45-x.md", "---\n---\n"},
                                    {"_posts/2015-01-01-y.md", "---\n---\n"},
                                }),
                                diagnostics);
    CHECK(text(lookup(SiteDrops(site).site(), {"data", "good", "a"})) == "1");
    CHECK(site.collection("posts")->documents.size() == 1);
  }
}

TEST_CASE("Content and excerpts come from the renderer's hooks", "[site][model]") {
  Diagnostics diagnostics;
  const SiteModel site = read(folio::testing::site_files({
                                  {"_posts/2020-01-01-a.md", "---\n---\nFirst [link][l].\n\nSecond.\n\n[l]: /x\n"},
                                  {"_posts/2020-01-02-b.md", "---\nexcerpt: Written.\n---\nBody.\n"},
                                  {"_posts/2020-01-03-c.md", "---\nexcerpt_separator: <!--more-->\n---\n{% if x %}A\n\nB<!--more-->C{% endif %}\n"},
                              }),
                              diagnostics);
  const auto& posts = site.collection("posts")->documents;
  SECTION("without hooks: the text as written") {
    const SiteDrops drops(site);
    CHECK(text(drops.document(posts[0]).lookup("content")) == "First [link][l].\n\nSecond.\n\n[l]: /x\n");
    CHECK(text(drops.document(posts[0]).lookup("excerpt")) == "First [link][l].\n\n[l]: /x");
    CHECK(text(drops.document(posts[1]).lookup("excerpt")) == "Written.");
    CHECK(text(drops.document(posts[2]).lookup("excerpt")) == "{% if x %}A\n\nB\n{% endif %}");
  }
  SECTION("with hooks: what the renderer made, asked for only when read") {
    int asked = 0;
    folio::site::ContentHooks hooks;
    hooks.content = [&](size_t index) -> std::optional<std::string> {
      ++asked;
      return "<p>rendered " + site.documents[index].relative_path + "</p>";
    };
    hooks.excerpt = [&](size_t, const std::string& source) -> std::optional<std::string> { return "<p>" + source + "</p>"; };
    const SiteDrops drops(site, hooks);
    const Value post = drops.document(posts[0]);
    CHECK(asked == 0);
    CHECK(text(post.lookup("content")) == "<p>rendered _posts/2020-01-01-a.md</p>");
    CHECK(text(post.lookup("excerpt")) == "<p>First [link][l].\n\n[l]: /x</p>");
    CHECK(asked == 1);
  }
}
