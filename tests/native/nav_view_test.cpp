#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "site/route_table.h"
#include "site/site_model.h"
#include "site_fixture.h"
#include "views/nav_view.h"

using folio::render_nav_html;
using folio::testing::fixture_site;
using folio::testing::site_files;

namespace {

struct Built {
  folio::Diagnostics diagnostics;
  folio::site::SiteModel site;
  folio::site::RouteTable routes;
};

Built build(const folio::SourceFiles& files) {
  Built built;
  built.site = folio::site::read_site_model(files, folio::site::SiteModelOptions{1748736000}, built.diagnostics);
  built.routes = folio::site::RouteTable::from_site(built.site, built.diagnostics);
  return built;
}

// "text<href>" of each link, in order, "*" after the current one.
std::vector<std::string> links_of(const std::string& html) {
  std::vector<std::string> links;
  const std::regex link(R"re(<a href="([^"]*)"[^>]*?( aria-current="page")?>([^<]*)</a>)re");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), link); it != std::sregex_iterator(); ++it) {
    links.push_back((*it)[3].str() + "<" + (*it)[1].str() + ">" + ((*it)[2].matched ? "*" : ""));
  }
  return links;
}

}  // namespace

// Jekyll's build of al-folio's template (branch gh-pages, _includes/header.liquid)
// has exactly these: about, then the nav: true pages by nav_order.
TEST_CASE("the nav of al-folio's template is the one Jekyll writes") {
  const Built built = build(fixture_site("al-folio-template"));
  CHECK(links_of(render_nav_html(built.site, "/", "")) ==
        std::vector<std::string>{"about</al-folio/>*", "publications</al-folio/publications/>", "cv</al-folio/cv/>"});
  CHECK(links_of(render_nav_html(built.site, "/cv/", "#/")) ==
        std::vector<std::string>{"about<#/>", "publications<#/publications/>", "cv<#/cv/>*"});
}

TEST_CASE("nav pages: nav_order first, pages without one last, dropdowns and external links") {
  const Built built = build(site_files({
      {"_config.yml", "title: Lab\ninclude: [_pages]\n"},
      {"_pages/about.md", "---\ntitle: home\npermalink: /\n---\n"},
      {"_pages/team.md", "---\ntitle: team\npermalink: /team/\nnav: true\n---\n"},
      {"_pages/blog.md", "---\ntitle: blog\npermalink: /blog/\nnav: true\nnav_order: 1\n---\n"},
      {"_pages/old.md", "---\ntitle: old\npermalink: /old/\nnav: true\nnav_order: 2\nautogen: true\n---\n"},
      {"_pages/code.md", "---\ntitle: code <&>\npermalink: https://github.com/lab\nnav: true\nnav_order: 3\n---\n"},
      {"_pages/more.md", "---\ntitle: more\nnav: true\nnav_order: 2\ndropdown: true\nchildren:\n"
                         "  - title: team\n    permalink: /team/\n  - title: divider\n---\n"},
  }));
  const std::string html = render_nav_html(built.site, "/team/", "/");
  CHECK(links_of(html) == std::vector<std::string>{"home</>", "blog</blog/>", "team</team/>*",
                                                   "code &lt;&amp;&gt;<https://github.com/lab>", "team</team/>*"});
  CHECK(html.find("<summary class=\"folio-nav-current\">more</summary>") != std::string::npos);
  CHECK(html.find("role=\"separator\"") != std::string::npos);
  CHECK(html.find("old") == std::string::npos);
  // Posts are under the blog: its item is current there too.
  CHECK(links_of(render_nav_html(built.site, "/blog/2024/x/", "/"))[1] == "blog</blog/>*");
}

TEST_CASE("a site without nav pages shows folio's views") {
  const Built built = build(site_files({{"_config.yml", "include: [_pages]\n"}, {"_pages/about.md", "---\npermalink: /\n---\n"}}));
  CHECK(links_of(render_nav_html(built.site, "/news/x/", "#/")) ==
        std::vector<std::string>{"about<#/>", "news<#/news/>*", "publications<#/publications/>"});
}
