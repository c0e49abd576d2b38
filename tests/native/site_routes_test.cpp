#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "site/route_table.h"
#include "site/site_model.h"
#include "site_fixture.h"

using folio::Diagnostics;
using folio::site::read_site_model;
using folio::site::RouteTable;
using folio::site::SiteModel;
using folio::site::SiteModelOptions;

namespace {

constexpr int64_t k2025_06_01 = 1748736000;  // after al-folio's newest post, as when gh-pages was built

struct SiteAndRoutes {
  Diagnostics diagnostics;
  SiteModel site;
  RouteTable routes;
};

SiteAndRoutes build(const folio::SourceFiles& files, int64_t now = k2025_06_01) {
  SiteAndRoutes built;
  built.site = read_site_model(files, SiteModelOptions{now}, built.diagnostics);
  built.routes = RouteTable::from_site(built.site, built.diagnostics);
  return built;
}

std::string source_at(const SiteAndRoutes& built, const std::string& url) {
  const folio::site::Route* route = built.routes.find(url);
  return route ? built.site.documents[route->document].relative_path : "(none)";
}

}  // namespace

// The expected URLs and files are Jekyll's: the file list of
// Tonny-liu/al-folio's gh-pages branch, Jekyll's own build of the same files.
TEST_CASE("al-folio's template: every document at the URL Jekyll wrote it", "[site][routes]") {
  const SiteAndRoutes built = build(folio::testing::fixture_site("al-folio-template"));
  struct Case {
    const char* source;
    const char* url;
    const char* output;  // as in the gh-pages branch
  };
  const Case cases[] = {
      {"_pages/about.md", "/", "index.html"},
      {"_pages/404.md", "/404.html", "404.html"},
      {"_pages/blog.md", "/blog/", "blog/index.html"},
      {"_pages/books.md", "/books/", "books/index.html"},
      {"_pages/cv.md", "/cv/", "cv/index.html"},
      {"_pages/dropdown.md", "/_pages/dropdown/", "_pages/dropdown/index.html"},
      {"_pages/news.md", "/news/", "news/index.html"},
      {"_pages/projects.md", "/projects/", "projects/index.html"},
      {"_pages/publications.md", "/publications/", "publications/index.html"},
      {"assets/css/main.scss", "/assets/css/main.css", "assets/css/main.css"},
      {"robots.txt", "/robots.txt", "robots.txt"},
      {"_posts/2015-03-15-formatting-and-links.md", "/blog/2015/formatting-and-links/",
       "blog/2015/formatting-and-links/index.html"},
      {"_posts/2015-10-20-math.md", "/blog/2015/math/", "blog/2015/math/index.html"},
      {"_posts/2015-10-20-disqus-comments.md", "/blog/2015/disqus-comments/", "blog/2015/disqus-comments/index.html"},
      {"_posts/2018-12-22-distill.md", "/blog/2021/distill/", "blog/2021/distill/index.html"},  // date: in front matter
      {"_posts/2022-02-01-redirect.md", "/blog/2022/redirect/", "blog/2022/redirect/index.html"},
      {"_posts/2024-01-26-chartjs.md", "/blog/2024/chartjs/", "blog/2024/chartjs/index.html"},
      {"_news/announcement_1.md", "/news/announcement_1/", "news/announcement_1/index.html"},
      {"_news/announcement_2.md", "/news/announcement_2/", "news/announcement_2/index.html"},
      {"_news/announcement_3.md", "/news/announcement_3/", "news/announcement_3/index.html"},
      {"_projects/1_project.md", "/projects/1_project/", "projects/1_project/index.html"},
      {"_projects/2_project.md", "/projects/2_project/", "projects/2_project/index.html"},
      {"_books/the_godfather.md", "/books/the_godfather/", "books/the_godfather/index.html"},
  };
  const std::filesystem::path jekyll_build = "/work/ref/al-folio-gh-pages";
  for (const Case& c : cases) {
    SECTION(c.source) {
      const folio::site::Route* route = built.routes.find(c.url);
      REQUIRE(route);
      CHECK(built.site.documents[route->document].relative_path == c.source);
      CHECK(route->output_path == c.output);
      // Where Jekyll's build is at hand (the reference checkout), it holds the file.
      if (std::filesystem::exists(jekyll_build)) CHECK(std::filesystem::exists(jekyll_build / c.output));
    }
  }
  SECTION("nothing else: the excluded about_einstein.md has no route") {
    CHECK(built.routes.routes().size() == std::size(cases));
    CHECK(built.diagnostics.size() == 0);
  }
  SECTION("the baseurl is kept apart and added for links") {
    CHECK(built.routes.baseurl() == "/al-folio");
    CHECK(built.routes.public_url(*built.routes.find("/cv/")) == "/al-folio/cv/");
  }
}

TEST_CASE("Pages are found by front matter and permalink, never by file name", "[site][routes]") {
  const SiteAndRoutes built = build(folio::testing::site_files({
      {"_config.yml", "include: [_pages]\n"},
      {"_pages/01_about.md", "---\nlayout: about\npermalink: /\n---\nHello\n"},
      {"_pages/02_team.md", "---\ntitle: team\npermalink: /team/\n---\n"},
      {"_pages/notes.md", "No front matter: copied as it is\n"},
      {"about.md", "---\ntitle: not the home page\n---\n"},
  }));
  CHECK(source_at(built, "/") == "_pages/01_about.md");
  CHECK(source_at(built, "/team/") == "_pages/02_team.md");
  CHECK(source_at(built, "/about.html") == "about.md");  // date style: pages keep .html
  CHECK(built.routes.find("/_pages/notes.md") == nullptr);
  REQUIRE(built.site.static_files.size() == 1);
  CHECK(built.site.static_files[0].url == "/_pages/notes.md");
}

TEST_CASE("Permalink styles give Jekyll's URLs", "[site][routes]") {
  struct Case {
    const char* name;
    const char* config;
    const char* path;
    const char* text;
    const char* url;  // what Jekyll 4.3 (Debian's jekyll) gives the same files
  };
  const Case cases[] = {
      {"date (the default)", "", "_posts/2020-01-03-cats.md", "---\ncategories: Foo Bar\n---\n",
       "/foo/bar/2020/01/03/cats.html"},
      {"pretty", "permalink: pretty\n", "_posts/2020-01-03-cats.md", "---\ncategories: Foo Bar\n---\n",
       "/foo/bar/2020/01/03/cats/"},
      {"ordinal", "permalink: ordinal\n", "_posts/2020-02-03-x.md", "", "/2020/034/x.html"},
      {"none", "permalink: none\n", "_posts/2020-02-03-Some Title.md", "", "/Some-Title.html"},
      {"weekdate", "permalink: weekdate\n", "_posts/2021-01-01-x.md", "", "/2021/W53/Fri/x.html"},
      {"custom pattern", "permalink: /blog/:year/:title/\n", "_posts/2015-03-15-formatting-and-links.md", "",
       "/blog/2015/formatting-and-links/"},
      {"a folder above _posts is a category", "permalink: pretty\n", "sub/_posts/2020-01-04-subpost.md", "---\n---\n",
       "/sub/2020/01/04/subpost/"},
      {"front matter permalink", "", "_posts/2020-01-03-x.md", "---\npermalink: /custom/:title.html\n---\n",
       "/custom/x.html"},
      {"front matter date over the file name's", "permalink: /:year/:month/:day/:title/\n",
       "_posts/2018-12-22-distill.md", "---\ndate: 2021-05-22\n---\n", "/2021/05/22/distill/"},
      {"a time with an offset, in UTC", "permalink: /:year/:month/:day/:hour:minute/\n", "_posts/2015-10-22-x.md",
       "---\ndate: 2015-10-22 22:30:00 -0400\n---\n", "/2015/10/23/0230/"},
      {"collection :collection/:name", "collections: {talks: {output: true}}\npermalink: pretty\n",
       "_talks/2018-02-03-dated-talk.md", "---\n---\n", "/talks/2018-02-03-dated-talk/"},
      {"collection permalink with a date", "collections: {talks: {output: true, permalink: /talks/:year/:name:output_ext}}\n",
       "_talks/talk-one.md", "---\ndate: 2019-05-05\n---\n", "/talks/2019/talk-one.html"},
      {"collection :path keeps folders", "collections: {docs: {output: true}}\n",
       "_docs/guide/install.md", "---\n---\n", "/docs/guide/install.html"},
      {":slug, :name and :title from the file name", "permalink: /:slug/:name/:title/\n",
       "_posts/2020-01-01-Hello World!.md", "", "/hello-world/2020-01-01-hello-world/Hello-World!/"},
      {"front matter slug and categories", "permalink: /:slug/:title/:categories/\n", "_posts/2020-01-01-x.md",
       "---\nslug: My Slug\ncategories: [A B, c]\n---\n", "/my-slug/My-Slug/a%20b/c/"},
      {"page under pretty", "permalink: pretty\n", "sub/page.md", "---\n---\n", "/sub/page/"},
      {"index page", "", "sub/index.html", "---\n---\n", "/sub/"},
      {"page permalink with placeholders", "", "sub/perm.md", "---\npermalink: /x/:basename:output_ext\n---\n",
       "/x/perm.html"},
      {"a page that is not HTML", "permalink: pretty\n", "feed.xml", "---\n---\n", "/feed.xml"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      folio::SourceFiles files;
      files.text_by_path["_config.yml"] = c.config;
      files.text_by_path[c.path] = c.text;
      const SiteAndRoutes built = build(files);
      CHECK(source_at(built, c.url) == c.path);
    }
  }
}

TEST_CASE("Left out as Jekyll leaves them out: drafts, unpublished and future posts", "[site][routes]") {
  const SiteAndRoutes built = build(folio::testing::site_files({
      {"_config.yml", "collections: {talks: {output: true}}\n"},
      {"_posts/2024-01-01-kept.md", "---\n---\n"},
      {"_posts/2099-01-01-future.md", "---\ntitle: F\n---\n"},
      {"_posts/2024-01-02-unpublished.md", "---\npublished: false\n---\n"},
      {"_drafts/draft.md", "---\n---\n"},
      {"_talks/later.md", "---\ndate: 2099-01-01\n---\n"},
      {"notes.md~", "---\n---\n"},
      {".hidden.md", "---\n---\n"},
      {"Gemfile", "---\n---\n"},
  }));
  REQUIRE(built.routes.routes().size() == 1);
  CHECK(built.routes.routes()[0].url == "/2024/01/01/kept.html");
  SECTION("a future post is left out with a note that says how to show it") {
    const auto& all = built.diagnostics.all();
    const auto future = std::find_if(all.begin(), all.end(), [](const folio::Diagnostic& d) {
      return d.file == "_posts/2099-01-01-future.md";
    });
    REQUIRE(future != all.end());
    CHECK(future->severity == folio::Severity::info);
    CHECK(future->message.find("future: true") != std::string::npos);
  }
  SECTION("a future collection document is read but not written") {
    const folio::site::Collection* talks = built.site.collection("talks");
    REQUIRE(talks);
    REQUIRE(talks->documents.size() == 1);
    CHECK_FALSE(built.site.documents[talks->documents[0]].write);
  }
  SECTION("future: true shows them") {
    const SiteAndRoutes shown = build(folio::testing::site_files({
        {"_config.yml", "future: true\n"},
        {"_posts/2099-01-01-future.md", "---\n---\n"},
    }));
    CHECK(source_at(shown, "/2099/01/01/future.html") == "_posts/2099-01-01-future.md");
  }
}

TEST_CASE("Two documents at one URL are reported at both files", "[site][routes]") {
  const SiteAndRoutes built = build(folio::testing::site_files({
      {"_pages/01_about.md", "---\npermalink: /\n---\n"},
      {"_config.yml", "include: [_pages]\n"},
      {"index.md", "---\n---\n"},
  }));
  // Jekyll writes pages in file-name order: index.md last, so it is the one on disk.
  CHECK(source_at(built, "/") == "index.md");
  CHECK(built.routes.routes().size() == 1);
  REQUIRE(built.diagnostics.size() == 2);
  for (const folio::Diagnostic& d : built.diagnostics.all()) {
    CHECK(d.severity == folio::Severity::warning);
    CHECK(d.message.find("permalink") != std::string::npos);
  }
  CHECK(built.diagnostics.all()[0].file == "_pages/01_about.md");
  CHECK(built.diagnostics.all()[1].file == "index.md");
}

TEST_CASE("Browser paths resolve to routes, with or without the baseurl", "[site][routes]") {
  const SiteAndRoutes built = build(folio::testing::fixture_site("al-folio-template"));
  struct Case {
    const char* path;
    const char* source;
  };
  const Case cases[] = {
      {"/al-folio/", "_pages/about.md"},
      {"/al-folio", "_pages/about.md"},
      {"/", "_pages/about.md"},
      {"/al-folio/cv", "_pages/cv.md"},
      {"/cv/index.html", "_pages/cv.md"},
      {"/al-folio/blog/2015/math/?x=1#top", "_posts/2015-10-20-math.md"},
      {"/404.html", "_pages/404.md"},
      {"/al-folio/404", "_pages/404.md"},
      {"/nothing/", "(none)"},
  };
  for (const Case& c : cases) {
    SECTION(c.path) {
      const folio::site::Route* route = built.routes.resolve(c.path);
      CHECK((route ? built.site.documents[route->document].relative_path : "(none)") == c.source);
    }
  }
}

TEST_CASE("Generated pages join the table and never replace a document", "[site][routes]") {
  SiteAndRoutes built = build(folio::testing::site_files({
      {"_config.yml", "permalink: pretty\n"},
      {"blog.md", "---\npermalink: /blog/\n---\n"},
      {"taken.md", "---\npermalink: /blog/page/3/\n---\n"},
  }));
  const size_t blog = built.routes.find("/blog/")->document;
  built.routes.add_generated({"/blog/page/2/", "blog/page/2/index.html", {}, blog, "paginator"}, built.site,
                             built.diagnostics);
  built.routes.add_generated({"/blog/page/3/", "blog/page/3/index.html", {}, blog, "paginator"}, built.site,
                             built.diagnostics);
  REQUIRE(built.routes.find("/blog/page/2/"));
  CHECK(built.routes.find("/blog/page/2/")->kind == folio::site::RouteKind::generated);
  CHECK(source_at(built, "/blog/page/3/") == "taken.md");
  CHECK(built.diagnostics.size() == 1);
}

TEST_CASE("A site of Jekyll's URL rules: the same table as Jekyll's", "[site][routes]") {
  // tests/reference/jekyll-routes.rb on tests/fixtures/sites/jekyll-routes
  // (tests/node/site-routes.test.mjs runs it where Jekyll is installed).
  const SiteAndRoutes built = build(folio::testing::fixture_site("jekyll-routes"));
  const std::pair<const char*, const char*> jekyll[] = {
      {"/", "_pages/01_about.md"},
      {"/assets/js/b.js", "assets/js/b.js"},
      {"/feed.xml", "feed.xml"},
      {"/sub/page/", "sub/page.md"},
      {"/x/perm.html", "sub/perm.md"},
      {"/_pages/plain/", "_pages/plain.html"},
      {"/2020/01/02/nofm/", "_posts/2020-01-02-nofm.md"},
      {"/foo/bar/2020/01/03/cats/", "_posts/2020-01-03-cats.md"},
      {"/sub/2020/01/04/subpost/", "sub/_posts/2020-01-04-subpost.md"},
      {"/2021/01/01/Hello-World!/", "_posts/2021-01-01-Hello World!.md"},
      {"/talks/2018/2018-02-03-dated-talk.html", "_talks/2018-02-03-dated-talk.md"},
      {"/talks/2019/talk-one.html", "_talks/talk-one.md"},
      {"/news/2015-10-22-launch/", "_news/2015-10-22-launch.md"},
  };
  for (const auto& [url, source] : jekyll) {
    SECTION(url) { CHECK(source_at(built, url) == source); }
  }
  SECTION("and nothing more") { CHECK(built.routes.routes().size() == std::size(jekyll)); }
  SECTION("static files, in and out of collections, at Jekyll's URLs") {
    std::vector<std::string> urls;
    for (const folio::site::StaticFile& file : built.site.static_files) urls.push_back(file.url);
    std::sort(urls.begin(), urls.end());
    CHECK(urls == std::vector<std::string>{"/assets/js/a.js", "/talks/:year/slides.pdf"});
  }
}
