#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scholar/bibliography_tag.h"
#include "scholar_fixture.h"

using folio::scholar::count_bibliography;
using folio::scholar::render_bibliography;

namespace {

struct Rendered {
  std::string html;
  folio::Diagnostics diagnostics;
};

Rendered render(folio::scholar::ScholarPage& page, const std::string& markup) {
  Rendered out;
  out.html = render_bibliography(page, markup, 3, scholar_test::print_entry, out.diagnostics);
  return out;
}

}  // namespace

// Jekyll's build of al-folio's about page (gh-pages index.html), whitespace
// between tags aside: <h2 class="bibliography">2023</h2> <ol
// class="bibliography"><li>...liu2023teleconnections...</li></ol> <h2
// class="bibliography">2022</h2> <ol class="bibliography"><li>...
TEST_CASE("selected papers group by year as al-folio's about page shows them", "[scholar][bibliography]") {
  const auto site = scholar_test::al_folio_site(scholar_test::read_scholar_fixture("papers.bib"));
  auto page = folio::scholar::make_scholar_page(*site, "_includes/selected_papers.liquid", {});
  const Rendered out = render(page, "--group_by year --group_order descending --query @*[selected=true]*");
  CHECK(out.diagnostics.size() == 0);
  CHECK(out.html ==
        "<h2 class=\"bibliography\">2023</h2>\n"
        "<ol class=\"bibliography\"><li>[1] liu2023teleconnections: Teleconnections among tipping elements in the "
        "Earth system (Liu) bib</li></ol>\n"
        "<h2 class=\"bibliography\">2022</h2>\n"
        "<ol class=\"bibliography\"><li>[1] liu2022renormalization: Renormalization group theory of eigen "
        "microstates (Liu) bib</li></ol>");
}

// The publications page of Jekyll's build lists, newest first:
// xie2025ecosystem, zhang2024eigen, liu2023teleconnections,
// liu2022renormalization, chen2021simultaneous, hu2019condensation.
TEST_CASE("the whole bibliography by year, descending, in the publications page's order", "[scholar][bibliography]") {
  const auto site = scholar_test::al_folio_site(scholar_test::read_scholar_fixture("papers.bib"));
  auto page = folio::scholar::make_scholar_page(*site, "_pages/publications.md", {});
  const Rendered out = render(page, "");
  std::vector<std::string> headings, keys;
  for (size_t at = out.html.find("<h2 class=\"bibliography\">"); at != std::string::npos;
       at = out.html.find("<h2 class=\"bibliography\">", at + 1)) {
    const size_t start = at + 25;
    headings.push_back(out.html.substr(start, out.html.find('<', start) - start));
  }
  for (size_t at = out.html.find("] "); at != std::string::npos; at = out.html.find("] ", at + 1)) {
    keys.push_back(out.html.substr(at + 2, out.html.find(':', at) - at - 2));
  }
  CHECK(headings == std::vector<std::string>{"2025", "2024", "2023", "2022", "2021", "2019"});
  CHECK(keys == std::vector<std::string>{"xie2025ecosystem", "zhang2024eigen", "liu2023teleconnections",
                                         "liu2022renormalization", "chen2021simultaneous", "hu2019condensation"});
}

TEST_CASE("bibliography options shape the list", "[scholar][bibliography]") {
  const char* bib = R"(
@article{a, title={A}, author={Liu, Teng}, year={2024}, month={may}}
@inproceedings{b, title={B}, author={Chen, Dean}, booktitle={Proc}, year={2024}, month={jan}}
@phdthesis{c, title={C}, author={Yang, Lan}, school={U}, year={2023}}
@article{d, title={D}, author={Meng, Jun}, year={2023}}
)";
  const auto site = scholar_test::al_folio_site(bib);
  struct Case {
    std::string markup;
    std::string html;
  };
  const std::vector<Case> cases = {
      {"--query @article --group_by none",
       "<ol class=\"bibliography\"><li>[1] a: A (Liu) bib</li>\n<li>[2] d: D (Meng) bib</li></ol>"},
      {"--query @*[year=2023] --group_by none --template {{reference}}",
       "<ol class=\"bibliography\"><li>[1] c: C (Yang) {{reference}}</li>\n<li>[2] d: D (Meng) "
       "{{reference}}</li></ol>"},
      {"--group_by none --offset 1 --max 2",
       "<ol class=\"bibliography\"><li>[1] b: B (Chen) bib</li>\n<li>[2] c: C (Yang) bib</li></ol>"},
      {"--group_by none --max 0", "<ol class=\"bibliography\"></ol>"},
      {"--group_by none -h ul --query @book", "<ul class=\"bibliography\"></ul>"},
      // Types outside scholar.type_order keep the order they first come in.
      {"--group_by type --query @*[year=2023]",
       "<h2 class=\"bibliography\">Theses</h2>\n<ol class=\"bibliography\"><li>[1] c: C (Yang) "
       "bib</li></ol>\n<h2 class=\"bibliography\">Journal Articles</h2>\n<ol class=\"bibliography\"><li>[1] d: "
       "D (Meng) bib</li></ol>"},
      {"--group_by year,month --group_order descending,ascending --query @*[year=2024]",
       "<h2 class=\"bibliography\">2024</h2>\n<h3 class=\"bibliography\">January</h3>\n<ol "
       "class=\"bibliography\"><li>[1] b: B (Chen) bib</li></ol>\n<h3 class=\"bibliography\">May</h3>\n<ol "
       "class=\"bibliography\"><li>[1] a: A (Liu) bib</li></ol>"},
  };
  for (const Case& c : cases) {
    INFO(c.markup);
    auto page = folio::scholar::make_scholar_page(*site, "_pages/x.md", {});
    const Rendered out = render(page, c.markup);
    CHECK(out.html == c.html);
    CHECK(out.diagnostics.size() == 0);
  }
}

TEST_CASE("--cited and --cited_in_order show the page's citations", "[scholar][bibliography]") {
  const auto site = scholar_test::al_folio_site(scholar_test::read_scholar_fixture("papers.bib"));
  auto page = folio::scholar::make_scholar_page(*site, "_posts/2023-07-12-post-bibliography.md", {});
  page.cited = {"hu2019condensation", "xie2025ecosystem"};
  const Rendered in_order = render(page, "--group_by none --cited_in_order");
  CHECK(in_order.html ==
        "<ol class=\"bibliography\"><li>[1] hu2019condensation: Condensation of eigen microstate in statistical "
        "ensemble and phase transition (Hu) bib</li>\n<li>[2] xie2025ecosystem: Ecosystem evolution and drivers "
        "across the Tibetan Plateau and surrounding regions (Xie) bib</li></ol>");
  page.cited = {"hu2019condensation", "hu2019condensaton"};
  const Rendered misspelt = render(page, "--group_by none --cited");
  CHECK(misspelt.html.find("[1] hu2019condensation") != std::string::npos);
  REQUIRE(misspelt.diagnostics.size() == 1);
  CHECK(misspelt.diagnostics.all()[0].file == "_posts/2023-07-12-post-bibliography.md");
  CHECK(misspelt.diagnostics.all()[0].line == 3);
  CHECK_THAT(misspelt.diagnostics.all()[0].message, Catch::Contains("'hu2019condensaton'"));
  page.cited.clear();
  CHECK(render(page, "--cited_in_order").html.empty());  // grouped by year: no group at all
  CHECK(render(page, "--group_by none --cited").html == "<ol class=\"bibliography\"></ol>");
}

TEST_CASE("a scholar: section in front matter overrides the site's", "[scholar][bibliography]") {
  const auto site = scholar_test::al_folio_site(scholar_test::read_scholar_fixture("papers.bib"));
  folio::liquid::Hash settings;
  settings.set("group_by", "none");
  settings.set("query", "@*[year<2022]");
  auto page = folio::scholar::make_scholar_page(*site, "_pages/old.md", folio::liquid::Value(std::move(settings)));
  folio::Diagnostics diagnostics;
  CHECK(count_bibliography(page, "", 1, diagnostics) == 2);
  CHECK(count_bibliography(page, "--query @*", 1, diagnostics) == 6);
  CHECK(diagnostics.size() == 0);
}

TEST_CASE("{{ variables }} in the markup come from the page", "[scholar][bibliography]") {
  const auto site = scholar_test::al_folio_site(scholar_test::read_scholar_fixture("papers.bib"));
  auto page = folio::scholar::make_scholar_page(*site, "_pages/publications.md", {});
  page.lookup = [](std::string_view name) {
    return name == "y" ? folio::liquid::Value(2024) : folio::liquid::Value();
  };
  folio::Diagnostics diagnostics;
  CHECK(count_bibliography(page, "--query @*[year={{ y }}] --group_by none", 1, diagnostics) == 1);
  CHECK(folio::scholar::interpolate_variables("@*[year={{y}}] {{ nope }} {{ a b }}", page.lookup) ==
        "@*[year=2024] {{ nope }} {{ a b }}");
}

TEST_CASE("bad files and queries are errors at the tag; the rest renders", "[scholar][bibliography]") {
  const auto site = scholar_test::al_folio_site(scholar_test::read_scholar_fixture("papers.bib"));
  auto page = folio::scholar::make_scholar_page(*site, "_pages/publications.md", {});
  struct Case {
    std::string markup;
    int64_t count;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"--file talks", 0, "no bibliography file _bibliography/talks.bib"},
      {"-f talks -f papers", 6, "files found: _bibliography/papers.bib"},
      {"--query selected=true", 0, "cannot be read: a query starts with @"},
      {"--query @*[title~=[]", 0, "not a regular expression"},
  };
  for (const Case& c : cases) {
    INFO(c.markup);
    folio::Diagnostics diagnostics;
    CHECK(count_bibliography(page, c.markup, 12, diagnostics) == c.count);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.all()[0].severity == folio::Severity::error);
    CHECK(diagnostics.all()[0].file == "_pages/publications.md");
    CHECK(diagnostics.all()[0].line == 12);
    CHECK_THAT(diagnostics.all()[0].message, Catch::Contains(c.message));
  }
  folio::Diagnostics diagnostics;
  CHECK(count_bibliography(page, "-f papers.bib", 1, diagnostics) == 6);
  CHECK(count_bibliography(page, "-f /_bibliography/papers.bib", 1, diagnostics) == 6);
  CHECK(diagnostics.size() == 0);
}
