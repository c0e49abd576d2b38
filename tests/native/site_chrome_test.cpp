// What the views give the page around them and the browser's tools: the
// footer from _config.yml, the data the publications filter reads on each
// entry, where the Copy BibTeX button is not, and the config keys that link diagnostics to
// GitHub.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "api/model_json.h"
#include "parse/site_parser.h"
#include "views/view_router.h"

using Catch::Contains;

namespace {

using Files = std::map<std::string, std::string>;

folio::Site parse(const Files& files) {
  folio::SourceFiles sources;
  for (const auto& [path, text] : files) sources.text_by_path[path] = text;
  folio::Diagnostics diagnostics;
  return folio::parse_site(sources, diagnostics);
}

const std::string kBib =
    "---\n---\n"
    "@inproceedings{hu2024characterization,\n  abbr = {NSDI},\n"
    "  title = {Characterization of {Large} Language Model Development},\n"
    "  author = {Hu, Qinghao and Sch{\\\"o}n, Peter and Sun, Peng and Ye, Zhisheng and Wang, Zerui},\n"
    "  booktitle = {21st USENIX Symposium (NSDI 2024)},\n  year = {2024},\n  bibtex_show = {true}\n}\n"
    "@misc{undated.note,\n  title = {A \"Note\" <x>},\n}\n";

}  // namespace

TEST_CASE("the footer is footer_text, sanitized, after the site's name", "[views][footer]") {
  struct Case { const char* footer_text; const char* expected; const char* absent; };
  const Case cases[] = {
      {"Powered by <a href=\"https://jekyllrb.com/\">Jekyll</a>.\n",
       "<p>&copy; Copyright Lab. Powered by <a href=\"https://jekyllrb.com/\"", nullptr},
      {"<script>alert(1)</script>Hi <img src=x onerror=alert(1)>", "Copyright Lab. ", "<script"},
      {"", "<p>&copy; Copyright Lab.</p>", nullptr},
  };
  for (const Case& c : cases) {
    CAPTURE(c.footer_text);
    const folio::Site site = parse({{"_config.yml", std::string("title: Lab\nfooter_text: '") + c.footer_text + "'\n"}});
    const std::string footer = folio::render_view(site, "about", {}).footer_html;
    CHECK_THAT(footer, Contains(c.expected));
    CHECK_THAT(footer, Contains("class=\"folio-credit\""));
    if (c.absent) {
      CHECK_THAT(footer, !Contains(c.absent));
      CHECK_THAT(footer, !Contains("onerror"));
    }
  }
  folio::RenderOptions widget;
  widget.widget = true;
  CHECK(folio::render_view(parse({{"_config.yml", "title: Lab\n"}}), "news", widget).footer_html.empty());
}

TEST_CASE("each bibliography entry carries what the filter and anchors read", "[views][papers][filter]") {
  const folio::Site site = parse({{"_config.yml", "title: Lab\nmax_author_limit: 1\n"}, {"_bibliography/papers.bib", kBib}});
  const std::string html = folio::render_view(site, "publications", {}).html;
  // Every author counts, those behind "N more authors" too; ASCII lowercased,
  // other letters as written (the browser folds accents and case again).
  CHECK_THAT(html, Contains("<li data-key=\"hu2024characterization\" data-year=\"2024\" data-venue=\"NSDI\" "
                            "data-search=\"characterization of large language model development qinghao hu peter "
                            "sch\xC3\xB6n peng sun zhisheng ye zerui wang 21st usenix symposium (nsdi 2024) nsdi\">"));
  // Values are escaped; an entry without year or venue has empty ones.
  CHECK_THAT(html, Contains("<li data-key=\"undated-note\" data-year=\"\" data-venue=\"\" data-search=\"a &quot;note&quot; &lt;x&gt;\">"));
  // No Copy BibTeX button on the row: as in al-folio, it is inside the opened
  // block, where web/bib-toggles.mjs adds it (a clipboard is script's).
  CHECK_THAT(html, Contains("aria-controls=\"hu2024characterization-bibtex\">Bib</button>"));
  CHECK_THAT(html, !Contains("copy-bibtex"));
  CHECK_THAT(html, Contains("<div class=\"bibtex hidden\" id=\"hu2024characterization-bibtex\">"));
}

TEST_CASE("repository, folio_branch and folio_content_path reach the model", "[config][diagnostics]") {
  struct Case { const char* config; const char* repository; const char* branch; const char* path; };
  const Case cases[] = {
      {"title: Lab\n", "", "main", "content"},
      {"repository: nds-group/nds-group.github.io\nfolio_branch: source\nfolio_content_path: site\n",
       "nds-group/nds-group.github.io", "source", "site"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.config);
    const nlohmann::json config = folio::site_to_json(parse({{"_config.yml", c.config}}))["config"];
    CHECK(config["repository"] == c.repository);
    CHECK(config["folio_branch"] == c.branch);
    CHECK(config["folio_content_path"] == c.path);
  }
}

TEST_CASE("icon and folio_diagnostics reach the model", "[config][diagnostics]") {
  struct Case { const char* config; const char* icon; const char* audience; size_t warnings; };
  const Case cases[] = {
      {"title: Lab\n", "", "console", 0},
      {"icon: \"\xF0\x9F\x9B\xB0\xEF\xB8\x8F\"\nfolio_diagnostics: panel\n", "\xF0\x9F\x9B\xB0\xEF\xB8\x8F", "panel", 0},
      {"icon: prof_pic.png\nfolio_diagnostics: console\n", "prof_pic.png", "console", 0},
      {"folio_diagnostics: everyone\n", "", "console", 1},  // unknown: the safe default, and why
  };
  for (const Case& c : cases) {
    CAPTURE(c.config);
    folio::SourceFiles sources;
    sources.text_by_path["_config.yml"] = c.config;
    folio::Diagnostics diagnostics;
    const nlohmann::json config = folio::site_to_json(folio::parse_site(sources, diagnostics))["config"];
    CHECK(config["icon"] == c.icon);
    CHECK(config["folio_diagnostics"] == c.audience);
    size_t warnings = 0;
    for (const folio::Diagnostic& d : diagnostics.all()) {
      if (d.message.find("folio_diagnostics") != std::string::npos) ++warnings;
    }
    CHECK(warnings == c.warnings);
  }
}
