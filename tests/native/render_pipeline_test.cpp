// The render pipeline (wasm/render/) through SiteSession's {"path"} request:
// layout chains, where includes and layouts come from, what bad input
// becomes, and what the sanitizer leaves of template output. Expectations
// are Jekyll's behaviour (its renderer's place_in_layouts and
// validate_layout, read in jekyll/renderer.rb), not this code's output.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "api/protocol.h"
#include "api/site_session.h"
#include "render/builtin_theme.h"

namespace {

const char* const kConfig = "title: Lab\ninclude: [_pages]\n";

nlohmann::json render(folio::SiteSession& session, const std::string& path) {
  return folio::parse_answer_with_text(session.render(nlohmann::json{{"path", path}}.dump()), "html");
}

std::string html_of(const nlohmann::json& answer) { return answer["html"].get<std::string>(); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The first diagnostic of `file` whose message has `text`, or null.
nlohmann::json find_diagnostic(const nlohmann::json& answer, const std::string& file, const std::string& text) {
  for (const auto& d : answer["diagnostics"]) {
    if (d["file"] == file && contains(d["message"].get<std::string>(), text)) return d;
  }
  return nullptr;
}

folio::SiteSession session_of(const std::map<std::string, std::string>& files) {
  folio::SiteSession session;
  session.put_file("_config.yml", kConfig);
  for (const auto& [path, text] : files) session.put_file(path, text);
  session.build("");
  return session;
}

}  // namespace

TEST_CASE("the embedded theme is the themes/builtin folder, file for file", "[render][theme]") {
  std::map<std::string, std::string> folder;
  const std::filesystem::path root(FOLIO_THEME_DIR);
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    folder[entry.path().lexically_relative(root).generic_string()] = text.str();
  }
  std::map<std::string, std::string> embedded;
  for (const auto& file : folio::render::embedded_theme_files()) embedded[std::string(file.path)] = std::string(file.text);
  CHECK(embedded == folder);
  CHECK(folder.count("_layouts/page.liquid") == 1);
}

TEST_CASE("a page renders through its layout chain up to default, with layout data merged down", "[render]") {
  auto session = session_of({
      {"_pages/a.md", "---\nlayout: inner\ntitle: A\npermalink: /a/\n---\nbody"},
      // inner's own key wins over outer's, as Jekyll's deep_merge_hashes(layout.data, payload["layout"]).
      {"_layouts/inner.liquid", "---\nlayout: outer\nshade: inner\nonly_inner: 1\n---\n<i>{{ content }}|{{ layout.shade }}</i>"},
      {"_layouts/outer.html", "---\nlayout: default\nshade: outer\nonly_outer: 2\n---\n<b>{{ content }}|{{ layout.shade }}|{{ layout.only_inner }}{{ layout.only_outer }}</b>"},
      {"_layouts/default.liquid", "---\n---\nSHELL {{ content }}"},
  });
  const auto page = render(session, "/a/");
  CHECK(page["found"] == true);
  CHECK(page["route"]["layout"] == "inner");
  // default is folio's shell: the answer is what goes inside it.
  CHECK(html_of(page) == "<b><i><p>body</p>\n|inner</i>|inner|12</b>");
  CHECK(page["title"] == "A");
}

TEST_CASE("layout: none and a page without a layout are their content alone", "[render]") {
  auto session = session_of({{"_pages/n.md", "---\nlayout: none\npermalink: /n/\n---\n*x*"},
                             {"_pages/p.html", "---\npermalink: /p/\n---\n<p>y</p>"}});
  CHECK(html_of(render(session, "/n/")) == "<p><em>x</em></p>\n");
  CHECK(html_of(render(session, "/p/")) == "<p>y</p>");
}

TEST_CASE("a layout loop ends where it repeats", "[render]") {
  auto session = session_of({{"_pages/a.md", "---\nlayout: x\npermalink: /a/\n---\nz"},
                             {"_layouts/x.liquid", "---\nlayout: y\n---\nx({{ content }})"},
                             {"_layouts/y.liquid", "---\nlayout: x\n---\ny({{ content }})"}});
  CHECK(html_of(render(session, "/a/")) == "y(x(<p>z</p>\n))");
}

TEST_CASE("includes and layouts come from the site first, then from the built-in theme", "[render]") {
  auto session = session_of({
      {"_pages/a.md", "---\nlayout: page\ntitle: T\npermalink: /a/\n---\n{% include mine.liquid %}"},
      {"_includes/mine.liquid", "<span>site include</span>"},
      {"_layouts/page.liquid", "---\n---\n<div class=\"site-page\">{{ content }}</div>"},
      {"_pages/b.md", "---\nlayout: post\ntitle: Built in\npermalink: /b/\n---\nbody"},
  });
  const std::string a = html_of(render(session, "/a/"));
  CHECK(contains(a, "<div class=\"site-page\"><p><span>site include</span></p>\n</div>"));
  // The site has no post layout: the built-in one draws it, title and all.
  const std::string b = html_of(render(session, "/b/"));
  CHECK(contains(b, "Built in"));
  CHECK(contains(b, "<p>body</p>"));
  // A built-in include, overridden by the site's file of the same name.
  for (const auto& file : folio::render::embedded_theme_files()) {
    if (file.path.substr(0, 10) != "_includes/") continue;
    const std::string name(file.path.substr(10));
    auto overridden = session_of({{"_pages/c.md", "---\npermalink: /c/\n---\n{% include " + name + " %}"},
                                  {"_includes/" + name, "SITE-VERSION"}});
    CHECK(html_of(render(overridden, "/c/")) == "<p>SITE-VERSION</p>\n");
    auto builtin = session_of({{"_pages/c.md", "---\npermalink: /c/\n---\n{% include " + name + " %}"}});
    CHECK(find_diagnostic(render(builtin, "/c/"), "_pages/c.md", "not found") == nullptr);
    break;
  }
}

TEST_CASE("an unknown layout falls back to the built-in page layout, with a warning at the layout line", "[render]") {
  auto session = session_of({{"_pages/a.md", "---\ntitle: Lost\nlayout: nosuch\npermalink: /a/\n---\nstill here"}});
  const auto page = render(session, "/a/");
  CHECK(page["found"] == true);
  const std::string html = html_of(page);
  CHECK(contains(html, "Lost"));
  CHECK(contains(html, "<p>still here</p>"));
  const auto warning = find_diagnostic(page, "_pages/a.md", "layout \"nosuch\" does not exist");
  REQUIRE(warning != nullptr);
  CHECK(warning["severity"] == "warning");
  CHECK(warning["line"] == 3);
}

TEST_CASE("Liquid errors, unknown filters and missing includes name file:line; the rest renders", "[render]") {
  auto session = session_of({
      {"_pages/a.md", "---\nlayout: broken\npermalink: /a/\n---\nline one\n\n{% bogus %}\n{{ 'x' | nofilter }}\n{% include missing.liquid %}\nlast words"},
      {"_layouts/broken.liquid", "---\nlayout: default\n---\n<div>\n{% nosuchtag %}\n{{ content }}</div>"},
  });
  const auto page = render(session, "/a/");
  const std::string html = html_of(page);
  CHECK(contains(html, "line one"));
  CHECK(contains(html, "last words"));
  const auto tag = find_diagnostic(page, "_pages/a.md", "Unknown tag 'bogus'");
  REQUIRE(tag != nullptr);
  CHECK(tag["line"] == 7);
  const auto filter = find_diagnostic(page, "_pages/a.md", "nofilter");
  REQUIRE(filter != nullptr);
  CHECK(filter["line"] == 8);
  const auto include = find_diagnostic(page, "_pages/a.md", "missing.liquid");
  REQUIRE(include != nullptr);
  CHECK(include["line"] == 9);
  // The layout's lines count from the top of its file, front matter included.
  bool layout_line = false;
  for (const auto& d : page["diagnostics"]) layout_line |= d["file"] == "_layouts/broken.liquid" && d["line"] == 5;
  CHECK(layout_line);
}

TEST_CASE("template output passes the sanitizer: a title's script does not survive {{ page.title }}", "[render][safety]") {
  auto session = session_of({
      {"_pages/a.md", "---\nlayout: plain\ntitle: \"Hi <script>alert(1)</script><img src=x onerror=alert(2)>\"\npermalink: /a/\n---\nx"},
      {"_layouts/plain.liquid", "---\n---\n<h1 onclick=\"steal()\" style=\"color:red\">{{ page.title }}</h1><a href=\"javascript:alert(3)\">j</a>{{ content }}"},
  });
  const std::string html = html_of(render(session, "/a/"));
  CHECK(contains(html, "<h1>Hi "));
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(html, "onerror"));
  CHECK_FALSE(contains(html, "onclick"));
  CHECK_FALSE(contains(html, "style="));
  CHECK_FALSE(contains(html, "javascript:"));
}

TEST_CASE("al-folio's inline behaviours become folio's: more-authors names kept, badge colour, toggles", "[render][safety]") {
  auto session = session_of({
      {"_pages/a.html",
       "---\npermalink: /a/\n---\n<div class=\"bibliography\"><abbr class=\"badge rounded w-100\" style=\"background-color:#00369f\">J</abbr>"
       "<abbr class=\"badge\" style=\"background-color:url(x)\">K</abbr>"
       ", and <span class=\"more-authors\" title=\"click to view 2 more authors\" onclick=\"var element = $(this); "
       "var more_authors_text = element.text() == '2 more authors' ? 'Ann Bo, Cy Di' : '2 more authors';\">2 more authors</span>"
       "<a class=\"abstract btn btn-sm z-depth-0\" role=\"button\">Abs</a><a class=\"bibtex btn btn-sm z-depth-0\" role=\"button\">Bib</a>"
       "<div class=\"abstract hidden\"><p>About it.</p></div><div class=\"bibtex hidden\">@article{k}</div></div>"},
  });
  const std::string html = html_of(render(session, "/a/"));
  CHECK_FALSE(contains(html, "onclick"));
  CHECK_FALSE(contains(html, "style="));
  CHECK(contains(html, "<abbr class=\"badge rounded w-100\" data-venue-color=\"#00369f\">J</abbr>"));
  CHECK(contains(html, "<abbr class=\"badge\">K</abbr>"));  // not a colour: dropped
  CHECK(contains(html, "<button type=\"button\" class=\"more-authors\" title=\"click to view 2 more authors\" "
                       "aria-expanded=\"false\" aria-controls=\"user-content-folio-more-authors-0\">"
                       "<span class=\"more-authors-count\">2 more authors</span>"
                       "<span class=\"more-authors-names hidden\" id=\"user-content-folio-more-authors-0\">Ann Bo, Cy Di</span></button>"));
  CHECK(contains(html, "<button type=\"button\" class=\"abstract btn btn-sm z-depth-0\" aria-expanded=\"false\" "
                       "aria-controls=\"user-content-folio-abstract-0\">Abs</button>"));
  CHECK(contains(html, "<div class=\"abstract hidden\" id=\"user-content-folio-abstract-0\">"));
  CHECK(contains(html, "aria-controls=\"user-content-folio-bibtex-0\">Bib</button>"));
  CHECK(contains(html, "<div class=\"bibtex hidden\" id=\"user-content-folio-bibtex-0\">"));
}

TEST_CASE("_pages/01_about.md with permalink: / is the home page", "[render]") {
  auto session = session_of({{"_pages/01_about.md", "---\nlayout: page\ntitle: about\npermalink: /\n---\nWelcome."}});
  const auto home = render(session, "/");
  CHECK(home["found"] == true);
  CHECK(home["route"]["url"] == "/");
  CHECK(home["route"]["output"] == "index.html");
  CHECK(contains(html_of(home), "<p>Welcome.</p>"));
  CHECK(render(session, "/index.html")["route"]["url"] == "/");
  const auto missing = render(session, "/nope/");
  CHECK(missing["found"] == false);
  CHECK_FALSE(missing.contains("route"));
}

// Jekyll's IncludeRelativeTag reads from the folder of the page being
// rendered (registers[:page]["path"]), also inside a layout: al-folio's
// profiles layout includes each profile's _pages/about_einstein.md so.
TEST_CASE("include_relative in a layout reads beside the page, and says so when the file is missing", "[render]") {
  auto session = session_of({
      {"_layouts/people.liquid", "---\n---\n{% for p in page.bios %}{% capture bio %}{% include_relative {{ p }} %}"
                                 "{% endcapture %}{{ bio | markdownify }}{% endfor %}"},
      {"_pages/team.md", "---\nlayout: people\npermalink: /team/\nbios: [ann.md, nobody.md]\n---\n"},
      {"_pages/ann.md", "**Ann** studies networks."},
  });
  const auto answer = render(session, "/team/");
  CHECK(contains(html_of(answer), "<p><strong>Ann</strong> studies networks.</p>"));
  const auto missing = find_diagnostic(answer, "_layouts/people.liquid", "include_relative 'nobody.md' not found");
  REQUIRE(missing != nullptr);
  CHECK(contains(missing["message"].get<std::string>(), "next to _pages/team.md"));
}

// Jekyll's payload for a post: site.related_posts is (posts.last(11).reverse
// - [post]).first(10) without lsi (jekyll/related_posts.rb); nil elsewhere.
TEST_CASE("a post's site.related_posts is the ten newest other posts; a page has none", "[render]") {
  std::map<std::string, std::string> files = {
      {"_layouts/post.liquid", "---\n---\n{% for p in site.related_posts %}{{ p.title }},{% endfor %}|{{ content }}"},
      {"_pages/list.md", "---\npermalink: /list/\n---\n[{{ site.related_posts.size }}]"},
  };
  for (int day = 1; day <= 12; ++day) {
    const std::string date = "2024-01-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    files["_posts/" + date + "-p" + std::to_string(day) + ".md"] =
        "---\nlayout: post\ntitle: P" + std::to_string(day) + "\n---\nbody";
  }
  auto session = session_of(files);
  // The newest post: the ten after it.
  CHECK(contains(html_of(render(session, "/2024/01/12/p12.html")), "P11,P10,P9,P8,P7,P6,P5,P4,P3,P2,|"));
  // One of the eleven newest: the other ten of them.
  CHECK(contains(html_of(render(session, "/2024/01/05/p5.html")), "P12,P11,P10,P9,P8,P7,P6,P4,P3,P2,|"));
  // An older post: the ten newest.
  CHECK(contains(html_of(render(session, "/2024/01/01/p1.html")), "P12,P11,P10,P9,P8,P7,P6,P5,P4,P3,|"));
  CHECK(contains(html_of(render(session, "/list/")), "<p>[]</p>"));
}

TEST_CASE("a site folder with its own _layouts/bib.liquid renders its entries that way", "[render][scholar]") {
  auto session = session_of({
      {"_config.yml", std::string(kConfig) + "scholar:\n  source: /_bibliography/\n  bibliography: papers.bib\n  bibliography_template: bib\n"},
      {"_pages/publications.md", "---\npermalink: /publications/\n---\n{% bibliography %}"},
      {"_bibliography/papers.bib", "@article{one, title={First Paper}, author={Ann Bo}, year={2024}, doi={10.1/x}}\n"},
      {"_layouts/bib.liquid", "---\n---\n<div class=\"title\"><a href=\"https://doi.org/{{ entry.doi }}\">{{ entry.title }}</a></div>"},
  });
  const std::string html = html_of(render(session, "/publications/"));
  CHECK(contains(html, "<div class=\"title\"><a href=\"https://doi.org/10.1/x\" rel=\"external nofollow noopener\" "
                       "target=\"_blank\">First Paper</a></div>"));
}

TEST_CASE("links, post_url and asset URLs; route and asset bases rebase site-absolute URLs", "[render]") {
  auto session = session_of({
      {"_config.yml", std::string(kConfig) + "baseurl: /lab\n"},
      {"_posts/2024-01-02-hello.md", "---\ntitle: Hello\n---\nhi"},
      {"_pages/a.md", "---\npermalink: /a/\n---\n[p]({% post_url 2024-01-02-hello %}) [l]({% link _pages/a.md %}) "
                      "![i]({{ '/assets/img/x.png' | relative_url }})"},
  });
  const std::string jekyll = html_of(render(session, "/lab/a/"));
  CHECK(contains(jekyll, "href=\"/lab/2024/01/02/hello.html\""));
  CHECK(contains(jekyll, "href=\"/lab/a/\""));
  CHECK(contains(jekyll, "src=\"/lab/assets/img/x.png\""));
  const auto shell = folio::parse_answer_with_text(
      session.render(R"({"path": "/a/", "route_base": "#/", "asset_base": "content/"})"), "html");
  const std::string html = html_of(shell);
  CHECK(contains(html, "href=\"#/2024/01/02/hello.html\""));
  CHECK(contains(html, "href=\"#/a/\""));
  CHECK(contains(html, "src=\"content/assets/img/x.png\""));
}
