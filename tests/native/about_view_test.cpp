#include <catch2/catch.hpp>

#include "parse/site_parser.h"
#include "views/view_router.h"

using Catch::Contains;

namespace {

folio::RenderedView render_about(const std::string& config, const std::string& about,
                                 folio::RenderOptions options = {}) {
  folio::SourceFiles files;
  files.text_by_path["_config.yml"] = config;
  files.text_by_path["_pages/about.md"] = about;
  folio::Diagnostics diagnostics;
  const folio::Site site = folio::parse_site(files, diagnostics);
  return folio::render_view(site, "about", options);
}

}  // namespace

TEST_CASE("about title follows site.title, or the names when it is blank", "[about]") {
  struct Case { const char* config; const char* expected_h1; const char* expected_title; };
  const Case cases[] = {
      {"title: Systems Lab\n", "<h1 class=\"post-title\">Systems Lab</h1>", "Systems Lab"},
      {"title: blank\nfirst_name: Ada\nmiddle_name: K.\nlast_name: Lovelace\n",
       "<h1 class=\"post-title\"><span class=\"font-weight-bold\">Ada</span> K. Lovelace</h1>", "Ada K. Lovelace"},
      {"title: blank\nfirst_name: NDS Group @ Shanghai AI Lab\nlast_name:\n",
       "<h1 class=\"post-title\"><span class=\"font-weight-bold\">NDS Group @ Shanghai AI Lab</span></h1>",
       "NDS Group @ Shanghai AI Lab"},
      {"title: blank\nfirst_name: A <b>&</b> B\n",
       "<span class=\"font-weight-bold\">A &lt;b&gt;&amp;&lt;/b&gt; B</span>", "A <b>&</b> B"},
  };
  for (const Case& c : cases) {
    const auto view = render_about(c.config, "---\nlayout: about\n---\nHello\n");
    CHECK_THAT(view.html, Contains(c.expected_h1));
    CHECK(view.title == c.expected_title);
  }
}

TEST_CASE("about profile variants render as al-folio's about layout", "[about]") {
  struct Case { const char* name; const char* profile_yaml; std::vector<const char*> expected; };
  const Case cases[] = {
      {"right by default", "profile:\n  image: me.jpg\n",
       {"<div class=\"profile float-right\">", "class=\"img-fluid z-depth-0 rounded\"",
        "src=\"content/assets/img/me.jpg\"", "alt=\"me.jpg\""}},
      {"left and circular", "profile:\n  align: left\n  image: me.jpg\n  image_circular: true\n",
       {"<div class=\"profile float-left\">", "rounded-circle"}},
      {"more_info without image", "profile:\n  more_info: <p>Room 1</p>\n",
       {"<div class=\"profile float-right\"><div class=\"more-info\"><p>Room 1</p></div></div>"}},
      {"absolute image URL kept", "profile:\n  image: https://cdn.example.org/me.jpg\n",
       {"src=\"https://cdn.example.org/me.jpg\""}},
  };
  folio::RenderOptions options;
  options.asset_base = "content/";
  for (const Case& c : cases) {
    SECTION(c.name) {
      const auto view = render_about("title: T\n", std::string("---\n") + c.profile_yaml + "---\nBody\n", options);
      for (const char* fragment : c.expected) CHECK_THAT(view.html, Contains(fragment));
    }
  }
}

TEST_CASE("about without a profile has no profile block", "[about]") {
  const auto view = render_about("title: T\n", "---\nsubtitle: Hi <em>there</em>\n---\nBody\n");
  CHECK_THAT(view.html, !Contains("profile"));
  CHECK_THAT(view.html, Contains("<p class=\"desc\">Hi <em>there</em></p>"));
}

TEST_CASE("external links get al-folio's rel and target; internal ones do not", "[about][links]") {
  const auto view = render_about("title: T\nurl: https://lab.example.org\n",
                                 "[ext](https://other.example.com/x) [own](https://lab.example.org/p) "
                                 "[rel](/publications/) [mail](mailto:a@b.c) <a href=\"http://raw.example.net\">raw</a>\n");
  const std::string& html = view.html;
  CHECK_THAT(html, Contains("<a href=\"https://other.example.com/x\" rel=\"external nofollow noopener\" target=\"_blank\">ext</a>"));
  CHECK_THAT(html, Contains("<a href=\"http://raw.example.net\" rel=\"external nofollow noopener\" target=\"_blank\">raw</a>"));
  CHECK_THAT(html, Contains("<a href=\"https://lab.example.org/p\">own</a>"));
  CHECK_THAT(html, Contains("<a href=\"/publications/\">rel</a>"));
  CHECK_THAT(html, Contains("<a href=\"mailto:a@b.c\">mail</a>"));
}

TEST_CASE("emoji shortcodes in the about body become emoji, as jemoji does on every page", "[about]") {
  const auto view = render_about("title: T\n", "---\n---\nWe won :tada: but `:tada:` stays code\n");
  CHECK_THAT(view.html, Contains("We won \xF0\x9F\x8E\x89 but <code class=\"language-plaintext highlighter-rouge\">:tada:</code> stays code"));
}
