#include <catch2/catch.hpp>

#include <string>

#include "liquid/engine.h"
#include "scholar/scholar_tags.h"
#include "scholar_fixture.h"

namespace {

using folio::liquid::Value;

// A bib layout as small as al-folio's is long: what it reads of each entry.
const char* kBibLayout =
    "<div id=\"{{ entry.key }}\">{{ entry.title }}, {{ entry.year }}"
    "{% for author in entry.author_array limit: 1 %}, {{ author.first }} {{ author.last }}{% endfor %}"
    "{% if entry.bibtex_show %} [bib]{% endif %}</div>";

struct Render {
  std::string output;
  folio::Diagnostics diagnostics;
};

Render render_page(const std::string& source, folio::scholar::ScholarPage& page, const Value& environment) {
  folio::liquid::TagRegistry tags;
  folio::scholar::register_scholar_tags(
      tags, {[&page](folio::liquid::TagContext&) { return &page; },
             [](std::string_view name) -> std::optional<folio::liquid::TemplateSource> {
               if (name != "bib") return std::nullopt;
               return folio::liquid::TemplateSource{kBibLayout, "_layouts/bib.liquid"};
             }});
  folio::liquid::LiquidOptions options;
  options.tags = &tags;
  Render out;
  const auto parsed = folio::liquid::parse_template(source, page.file, options, out.diagnostics);
  folio::liquid::RenderHost host;
  out.output = folio::liquid::render_template(*parsed, environment, host, options, out.diagnostics).output;
  return out;
}

Value page_environment(Value page) {
  folio::liquid::Hash environment;
  environment.set("page", std::move(page));
  return Value(std::move(environment));
}

}  // namespace

// al-folio's _includes/selected_papers.liquid through the engine, with
// Jekyll's structure from gh-pages index.html.
TEST_CASE("selected papers render through the engine and a bib layout", "[scholar][tags]") {
  const auto site = scholar_test::al_folio_site(scholar_test::read_scholar_fixture("papers.bib"));
  auto page = folio::scholar::make_scholar_page(*site, "_includes/selected_papers.liquid", {});
  const Render out = render_page(
      "<div class=\"publications\">\n{% bibliography -q @*[selected=true]* %}\n</div>", page, page_environment({}));
  CHECK(out.diagnostics.size() == 0);
  CHECK(out.output ==
        "<div class=\"publications\">\n"
        "<h2 class=\"bibliography\">2023</h2>\n"
        "<ol class=\"bibliography\"><li><div id=\"liu2023teleconnections\">Teleconnections among tipping elements "
        "in the Earth system, 2023, Teng Liu [bib]</div></li></ol>\n"
        "<h2 class=\"bibliography\">2022</h2>\n"
        "<ol class=\"bibliography\"><li><div id=\"liu2022renormalization\">Renormalization group theory of eigen "
        "microstates, 2022, Teng Liu [bib]</div></li></ol>\n"
        "</div>");
}

// al-folio's publications page loops over page.years with a query per year.
TEST_CASE("a query built from a loop variable, counts, cites and the cited list", "[scholar][tags]") {
  const auto site = scholar_test::al_folio_site(scholar_test::read_scholar_fixture("papers.bib"));
  auto page = folio::scholar::make_scholar_page(*site, "_pages/publications.md", {});
  folio::liquid::Hash front_matter;
  front_matter.set("years", folio::liquid::Array{2024, 2019});
  const Render years = render_page(
      "{% for y in page.years %}{% bibliography --query @*[year={{ y }}] --group_by none --template "
      "[{{key}}] %}|{% endfor %}{% bibliography_count -q @*[year<2023] %}",
      page, page_environment(Value(std::move(front_matter))));
  CHECK(years.diagnostics.size() == 0);
  CHECK(years.output ==
        "<ol class=\"bibliography\"><li>[zhang2024eigen]</li></ol>|"
        "<ol class=\"bibliography\"><li>[hu2019condensation]</li></ol>|3");

  auto post = folio::scholar::make_scholar_page(*site, "_posts/2023-07-12-post-bibliography.md", {});
  const Render cited = render_page(
      "See {% cite hu2019condensation %}.\nAnd {% cite nope2020 %}.\n{% bibliography --group_by none "
      "--cited_in_order --template {{reference}} %}",
      post, page_environment({}));
  CHECK(cited.output ==
        "See <a class=\"citation\" href=\"#hu2019condensation\">(Hu et al., 2019)</a>.\n"
        "And (missing reference).\n"
        "<ol class=\"bibliography\"><li><span id=\"hu2019condensation\">Hu, G., Liu, T., Liu, M., Chen, W., &amp; "
        "Chen, X. (2019). Condensation of eigen microstate in statistical ensemble and phase transition. "
        "<i>Science China Physics, Mechanics &amp; Astronomy</i>, <i>62</i>, 1–8. "
        "https://doi.org/10.1007/s11433-018-9353-x</span></li></ol>");
  REQUIRE(cited.diagnostics.size() == 1);
  CHECK(cited.diagnostics.all()[0].file == "_posts/2023-07-12-post-bibliography.md");
  CHECK(cited.diagnostics.all()[0].line == 2);
  CHECK_THAT(cited.diagnostics.all()[0].message, Catch::Contains("'nope2020'"));
}

TEST_CASE("without a bibliography the tags say what to add", "[scholar][tags]") {
  folio::liquid::TagRegistry tags;
  folio::scholar::register_scholar_tags(tags, {[](folio::liquid::TagContext&) { return nullptr; }, nullptr});
  folio::liquid::LiquidOptions options;
  options.tags = &tags;
  folio::Diagnostics diagnostics;
  const auto parsed = folio::liquid::parse_template("a{% bibliography %}b", "_pages/x.md", options, diagnostics);
  folio::liquid::RenderHost host;
  CHECK(folio::liquid::render_template(*parsed, page_environment({}), host, options, diagnostics).output == "ab");
  REQUIRE(diagnostics.size() == 1);
  CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("_bibliography/"));
}
