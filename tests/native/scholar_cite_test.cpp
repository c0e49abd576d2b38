#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scholar/apa_style.h"
#include "scholar/citation_tags.h"
#include "scholar_fixture.h"

using folio::scholar::render_cite;
using folio::scholar::render_reference;

namespace {

const char* kBib = R"(
@article{einstein1950meaning,
  title={The meaning of relativity},
  author={Einstein, Albert and Taub, AH},
  journal={American Journal of Physics},
  volume={18}, number={6}, pages={403--404}, year={1950},
  publisher={American Association of Physics Teachers}
}
@book{einstein1956investigations,
  title={Investigations on the Theory of the Brownian Movement},
  author={Einstein, Albert}, year={1956}, publisher={Courier Corporation}
}
@inproceedings{liu2024, title={Fast {GPU} Things}, author={Liu, Teng and Chen, Dean and Yang, Lan},
  booktitle={Proc. of \& Co}, pages={1--8}, year={2024}, doi={10.1/abc}}
)";

}  // namespace

TEST_CASE("cite links to the entry with an APA citation", "[scholar][cite]") {
  const auto site = scholar_test::al_folio_site(kBib);
  auto page = folio::scholar::make_scholar_page(*site, "_posts/2023-07-12-post-bibliography.md", {});
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"einstein1950meaning", "<a class=\"citation\" href=\"#einstein1950meaning\">(Einstein &amp; Taub, 1950)</a>"},
      {"einstein1956investigations", "<a class=\"citation\" href=\"#einstein1956investigations\">(Einstein, 1956)</a>"},
      {"liu2024 einstein1950meaning",
       "<a class=\"citation\" href=\"#liu2024\">(Liu et al., 2024; Einstein &amp; Taub, 1950)</a>"},
      {"liu2024 --prefix talks", "<a class=\"citation\" href=\"#talks-liu2024\">(Liu et al., 2024)</a>"},
  };
  for (const auto& [markup, html] : cases) {
    INFO(markup);
    folio::Diagnostics diagnostics;
    CHECK(render_cite(page, markup, 13, diagnostics) == html);
    CHECK(diagnostics.size() == 0);
  }
  // Each cited key once, in the order cited: what --cited_in_order lists.
  CHECK(page.cited == std::vector<std::string>{"einstein1950meaning", "einstein1956investigations", "liu2024"});
}

TEST_CASE("reference writes the APA reference in a span", "[scholar][cite]") {
  const auto site = scholar_test::al_folio_site(kBib);
  auto page = folio::scholar::make_scholar_page(*site, "_posts/x.md", {});
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"einstein1950meaning",
       "<span id=\"einstein1950meaning\">Einstein, A., &amp; Taub, A. H. (1950). The meaning of relativity. "
       "<i>American Journal of Physics</i>, <i>18</i>(6), 403–404.</span>"},
      {"einstein1956investigations",
       "<span id=\"einstein1956investigations\">Einstein, A. (1956). <i>Investigations on the Theory of the "
       "Brownian Movement</i>. Courier Corporation.</span>"},
      {"liu2024",
       "<span id=\"liu2024\">Liu, T., Chen, D., &amp; Yang, L. (2024). Fast GPU Things. In <i>Proc. of &amp; "
       "Co</i> (pp. 1–8). https://doi.org/10.1/abc</span>"},
  };
  for (const auto& [markup, html] : cases) {
    INFO(markup);
    folio::Diagnostics diagnostics;
    CHECK(render_reference(page, markup, 1, diagnostics) == html);
    CHECK(diagnostics.size() == 0);
  }
}

TEST_CASE("a key no file has shows (missing reference) and says which", "[scholar][cite]") {
  const auto site = scholar_test::al_folio_site(kBib);
  auto page = folio::scholar::make_scholar_page(*site, "_projects/1_project.md", {});
  folio::Diagnostics diagnostics;
  CHECK(render_cite(page, "einstein1950meaning einstien1905", 47, diagnostics) == "(missing reference)");
  CHECK(page.cited.empty());
  CHECK(render_reference(page, "", 48, diagnostics).empty());
  CHECK_THAT(render_reference(page, "liu2024 nope", 49, diagnostics),
             Catch::StartsWith("<span id=\"liu2024\">") && Catch::EndsWith("</span>\n(missing reference)"));
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics.all()[0].file == "_projects/1_project.md");
  CHECK(diagnostics.all()[0].line == 47);
  CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("'einstien1905'") && Catch::Contains("spelling"));
  CHECK_THAT(diagnostics.all()[1].message, Catch::Contains("names no key"));
}

TEST_CASE("a cite key can be a page variable", "[scholar][cite]") {
  const auto site = scholar_test::al_folio_site(kBib);
  auto page = folio::scholar::make_scholar_page(*site, "_posts/x.md", {});
  page.lookup = [](std::string_view name) {
    return name == "paper" ? folio::liquid::Value("liu2024") : folio::liquid::Value();
  };
  folio::Diagnostics diagnostics;
  CHECK(render_cite(page, "paper", 1, diagnostics) ==
        "<a class=\"citation\" href=\"#liu2024\">(Liu et al., 2024)</a>");
}

TEST_CASE("quote writes its body as paragraphs in a blockquote, with the cite", "[scholar][cite]") {
  const auto site = scholar_test::al_folio_site(kBib);
  auto page = folio::scholar::make_scholar_page(*site, "_posts/2023-07-12-post-bibliography.md", {});
  folio::Diagnostics diagnostics;
  // al-folio's sample post: a line break is a <br/>, a blank line a new paragraph;
  // only the first word of the markup is the key.
  CHECK(folio::scholar::render_quote(page, " einstein1950meaning p. 3 ",
                                     "\nLorem ipsum elit,\nsed do.\n\nLorem ipsum.\n", 15, diagnostics) ==
        "<blockquote><p>Lorem ipsum elit,<br/>sed do.</p><p>Lorem ipsum.</p><cite><a class=\"citation\" "
        "href=\"#einstein1950meaning\">(Einstein &amp; Taub, 1950)</a></cite></blockquote>");
  CHECK(diagnostics.size() == 0);
  // Ruby's gsub(/\n\n/) then gsub(/\n/): pairs first, from the left.
  CHECK(folio::scholar::render_quote(page, "liu2024", "a\n\n\nb\n\n\n\nc", 1, diagnostics) ==
        "<blockquote><p>a</p><p><br/>b</p><p></p><p>c</p><cite><a class=\"citation\" href=\"#liu2024\">(Liu et "
        "al., 2024)</a></cite></blockquote>");
  folio::Diagnostics missing;
  CHECK(folio::scholar::render_quote(page, "nobody2020", "text", 1, missing) ==
        "<blockquote><p>text</p><cite>(missing reference)</cite></blockquote>");
  CHECK(missing.size() == 1);
}
